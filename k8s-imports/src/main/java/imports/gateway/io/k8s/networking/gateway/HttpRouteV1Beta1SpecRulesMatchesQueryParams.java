package imports.gateway.io.k8s.networking.gateway;

/**
 * HTTPQueryParamMatch describes how to select a HTTP route by matching HTTP query parameters.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.955Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesQueryParams")
@software.amazon.jsii.Jsii.Proxy(HttpRouteV1Beta1SpecRulesMatchesQueryParams.Jsii$Proxy.class)
public interface HttpRouteV1Beta1SpecRulesMatchesQueryParams extends software.amazon.jsii.JsiiSerializable {

    /**
     * Name is the name of the HTTP query param to be matched. This must be an exact string match. (See https://tools.ietf.org/html/rfc7230#section-2.7.3).
     * <p>
     * If multiple entries specify equivalent query param names, only the first
     * entry with an equivalent name MUST be considered for a match. Subsequent
     * entries with an equivalent query param name MUST be ignored.
     * <p>
     * If a query param is repeated in an HTTP request, the behavior is
     * purposely left undefined, since different data planes have different
     * capabilities. However, it is <em>recommended</em> that implementations should
     * match against the first value of the param if the data plane supports it,
     * as this behavior is expected in other load balancing contexts outside of
     * the Gateway API.
     * <p>
     * Users SHOULD NOT route traffic based on repeated query params to guard
     * themselves against potential differences in the implementations.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     * Value is the value of HTTP query param to be matched.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getValue();

    /**
     * Type specifies how to match against the value of the query parameter.
     * <p>
     * Support: Extended (Exact)
     * <p>
     * Support: Implementation-specific (RegularExpression)
     * <p>
     * Since RegularExpression QueryParamMatchType has Implementation-specific
     * conformance, implementations can support POSIX, PCRE or any other
     * dialects of regular expressions. Please read the implementation's
     * documentation to determine the supported dialect.
     */
    default @org.jetbrains.annotations.Nullable imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesMatchesQueryParamsType getType() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link HttpRouteV1Beta1SpecRulesMatchesQueryParams}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link HttpRouteV1Beta1SpecRulesMatchesQueryParams}
     */
    public static final class Builder implements software.amazon.jsii.Builder<HttpRouteV1Beta1SpecRulesMatchesQueryParams> {
        java.lang.String name;
        java.lang.String value;
        imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesMatchesQueryParamsType type;

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesMatchesQueryParams#getName}
         * @param name Name is the name of the HTTP query param to be matched. This must be an exact string match. (See https://tools.ietf.org/html/rfc7230#section-2.7.3). This parameter is required.
         *             If multiple entries specify equivalent query param names, only the first
         *             entry with an equivalent name MUST be considered for a match. Subsequent
         *             entries with an equivalent query param name MUST be ignored.
         *             <p>
         *             If a query param is repeated in an HTTP request, the behavior is
         *             purposely left undefined, since different data planes have different
         *             capabilities. However, it is <em>recommended</em> that implementations should
         *             match against the first value of the param if the data plane supports it,
         *             as this behavior is expected in other load balancing contexts outside of
         *             the Gateway API.
         *             <p>
         *             Users SHOULD NOT route traffic based on repeated query params to guard
         *             themselves against potential differences in the implementations.
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesMatchesQueryParams#getValue}
         * @param value Value is the value of HTTP query param to be matched. This parameter is required.
         * @return {@code this}
         */
        public Builder value(java.lang.String value) {
            this.value = value;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesMatchesQueryParams#getType}
         * @param type Type specifies how to match against the value of the query parameter.
         *             Support: Extended (Exact)
         *             <p>
         *             Support: Implementation-specific (RegularExpression)
         *             <p>
         *             Since RegularExpression QueryParamMatchType has Implementation-specific
         *             conformance, implementations can support POSIX, PCRE or any other
         *             dialects of regular expressions. Please read the implementation's
         *             documentation to determine the supported dialect.
         * @return {@code this}
         */
        public Builder type(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesMatchesQueryParamsType type) {
            this.type = type;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link HttpRouteV1Beta1SpecRulesMatchesQueryParams}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public HttpRouteV1Beta1SpecRulesMatchesQueryParams build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link HttpRouteV1Beta1SpecRulesMatchesQueryParams}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements HttpRouteV1Beta1SpecRulesMatchesQueryParams {
        private final java.lang.String name;
        private final java.lang.String value;
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesMatchesQueryParamsType type;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.value = software.amazon.jsii.Kernel.get(this, "value", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.type = software.amazon.jsii.Kernel.get(this, "type", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesMatchesQueryParamsType.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.value = java.util.Objects.requireNonNull(builder.value, "value is required");
            this.type = builder.type;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final java.lang.String getValue() {
            return this.value;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesMatchesQueryParamsType getType() {
            return this.type;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("name", om.valueToTree(this.getName()));
            data.set("value", om.valueToTree(this.getValue()));
            if (this.getType() != null) {
                data.set("type", om.valueToTree(this.getType()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesQueryParams"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            HttpRouteV1Beta1SpecRulesMatchesQueryParams.Jsii$Proxy that = (HttpRouteV1Beta1SpecRulesMatchesQueryParams.Jsii$Proxy) o;

            if (!name.equals(that.name)) return false;
            if (!value.equals(that.value)) return false;
            return this.type != null ? this.type.equals(that.type) : that.type == null;
        }

        @Override
        public final int hashCode() {
            int result = this.name.hashCode();
            result = 31 * result + (this.value.hashCode());
            result = 31 * result + (this.type != null ? this.type.hashCode() : 0);
            return result;
        }
    }
}
