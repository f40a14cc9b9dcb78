package imports.gateway.io.k8s.networking.gateway;

/**
 * Path specifies a HTTP request path matcher.
 * <p>
 * If this field is not
 * specified, a default prefix match on the "/" path is provided.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.954Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesPath")
@software.amazon.jsii.Jsii.Proxy(HttpRouteV1Beta1SpecRulesMatchesPath.Jsii$Proxy.class)
public interface HttpRouteV1Beta1SpecRulesMatchesPath extends software.amazon.jsii.JsiiSerializable {

    /**
     * Type specifies how to match against the path Value.
     * <p>
     * Support: Core (Exact, PathPrefix)
     * <p>
     * Support: Implementation-specific (RegularExpression)
     */
    default @org.jetbrains.annotations.Nullable imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesMatchesPathType getType() {
        return null;
    }

    /**
     * Value of the HTTP path to match against.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getValue() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link HttpRouteV1Beta1SpecRulesMatchesPath}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link HttpRouteV1Beta1SpecRulesMatchesPath}
     */
    public static final class Builder implements software.amazon.jsii.Builder<HttpRouteV1Beta1SpecRulesMatchesPath> {
        imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesMatchesPathType type;
        java.lang.String value;

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesMatchesPath#getType}
         * @param type Type specifies how to match against the path Value.
         *             Support: Core (Exact, PathPrefix)
         *             <p>
         *             Support: Implementation-specific (RegularExpression)
         * @return {@code this}
         */
        public Builder type(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesMatchesPathType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesMatchesPath#getValue}
         * @param value Value of the HTTP path to match against.
         * @return {@code this}
         */
        public Builder value(java.lang.String value) {
            this.value = value;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link HttpRouteV1Beta1SpecRulesMatchesPath}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public HttpRouteV1Beta1SpecRulesMatchesPath build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link HttpRouteV1Beta1SpecRulesMatchesPath}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements HttpRouteV1Beta1SpecRulesMatchesPath {
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesMatchesPathType type;
        private final java.lang.String value;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.type = software.amazon.jsii.Kernel.get(this, "type", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesMatchesPathType.class));
            this.value = software.amazon.jsii.Kernel.get(this, "value", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.type = builder.type;
            this.value = builder.value;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesMatchesPathType getType() {
            return this.type;
        }

        @Override
        public final java.lang.String getValue() {
            return this.value;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getType() != null) {
                data.set("type", om.valueToTree(this.getType()));
            }
            if (this.getValue() != null) {
                data.set("value", om.valueToTree(this.getValue()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesPath"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            HttpRouteV1Beta1SpecRulesMatchesPath.Jsii$Proxy that = (HttpRouteV1Beta1SpecRulesMatchesPath.Jsii$Proxy) o;

            if (this.type != null ? !this.type.equals(that.type) : that.type != null) return false;
            return this.value != null ? this.value.equals(that.value) : that.value == null;
        }

        @Override
        public final int hashCode() {
            int result = this.type != null ? this.type.hashCode() : 0;
            result = 31 * result + (this.value != null ? this.value.hashCode() : 0);
            return result;
        }
    }
}
