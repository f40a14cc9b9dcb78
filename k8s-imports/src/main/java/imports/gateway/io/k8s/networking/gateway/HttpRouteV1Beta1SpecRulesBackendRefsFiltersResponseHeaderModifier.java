package imports.gateway.io.k8s.networking.gateway;

/**
 * ResponseHeaderModifier defines a schema for a filter that modifies response headers.
 * <p>
 * Support: Extended
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.867Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier")
@software.amazon.jsii.Jsii.Proxy(HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier.Jsii$Proxy.class)
public interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier extends software.amazon.jsii.JsiiSerializable {

    /**
     * Add adds the given header(s) (name, value) to the request before the action.
     * <p>
     * It appends to any existing values associated
     * with the header name.
     * <p>
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     * <p>
     * Config:
     * add:
     * <p>
     * <ul>
     * <li>name: "my-header"
     * value: "bar,baz"</li>
     * </ul>
     * <p>
     * Output:
     * GET /foo HTTP/1.1
     * my-header: foo,bar,baz
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd> getAdd() {
        return null;
    }

    /**
     * Remove the given header(s) from the HTTP request before the action.
     * <p>
     * The
     * value of Remove is a list of HTTP header names. Note that the header
     * names are case-insensitive (see
     * https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
     * <p>
     * Input:
     * GET /foo HTTP/1.1
     * my-header1: foo
     * my-header2: bar
     * my-header3: baz
     * <p>
     * Config:
     * remove: ["my-header1", "my-header3"]
     * <p>
     * Output:
     * GET /foo HTTP/1.1
     * my-header2: bar
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getRemove() {
        return null;
    }

    /**
     * Set overwrites the request with the given header (name, value) before the action.
     * <p>
     * Input:
     * GET /foo HTTP/1.1
     * my-header: foo
     * <p>
     * Config:
     * set:
     * <p>
     * <ul>
     * <li>name: "my-header"
     * value: "bar"</li>
     * </ul>
     * <p>
     * Output:
     * GET /foo HTTP/1.1
     * my-header: bar
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet> getSet() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier}
     */
    public static final class Builder implements software.amazon.jsii.Builder<HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier> {
        java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd> add;
        java.util.List<java.lang.String> remove;
        java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet> set;

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier#getAdd}
         * @param add Add adds the given header(s) (name, value) to the request before the action.
         *            It appends to any existing values associated
         *            with the header name.
         *            <p>
         *            Input:
         *            GET /foo HTTP/1.1
         *            my-header: foo
         *            <p>
         *            Config:
         *            add:
         *            <p>
         *            <ul>
         *            <li>name: "my-header"
         *            value: "bar,baz"</li>
         *            </ul>
         *            <p>
         *            Output:
         *            GET /foo HTTP/1.1
         *            my-header: foo,bar,baz
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder add(java.util.List<? extends imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd> add) {
            this.add = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd>)add;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier#getRemove}
         * @param remove Remove the given header(s) from the HTTP request before the action.
         *               The
         *               value of Remove is a list of HTTP header names. Note that the header
         *               names are case-insensitive (see
         *               https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
         *               <p>
         *               Input:
         *               GET /foo HTTP/1.1
         *               my-header1: foo
         *               my-header2: bar
         *               my-header3: baz
         *               <p>
         *               Config:
         *               remove: ["my-header1", "my-header3"]
         *               <p>
         *               Output:
         *               GET /foo HTTP/1.1
         *               my-header2: bar
         * @return {@code this}
         */
        public Builder remove(java.util.List<java.lang.String> remove) {
            this.remove = remove;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier#getSet}
         * @param set Set overwrites the request with the given header (name, value) before the action.
         *            Input:
         *            GET /foo HTTP/1.1
         *            my-header: foo
         *            <p>
         *            Config:
         *            set:
         *            <p>
         *            <ul>
         *            <li>name: "my-header"
         *            value: "bar"</li>
         *            </ul>
         *            <p>
         *            Output:
         *            GET /foo HTTP/1.1
         *            my-header: bar
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder set(java.util.List<? extends imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet> set) {
            this.set = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet>)set;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier {
        private final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd> add;
        private final java.util.List<java.lang.String> remove;
        private final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet> set;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.add = software.amazon.jsii.Kernel.get(this, "add", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd.class)));
            this.remove = software.amazon.jsii.Kernel.get(this, "remove", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.set = software.amazon.jsii.Kernel.get(this, "set", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.add = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd>)builder.add;
            this.remove = builder.remove;
            this.set = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet>)builder.set;
        }

        @Override
        public final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd> getAdd() {
            return this.add;
        }

        @Override
        public final java.util.List<java.lang.String> getRemove() {
            return this.remove;
        }

        @Override
        public final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet> getSet() {
            return this.set;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAdd() != null) {
                data.set("add", om.valueToTree(this.getAdd()));
            }
            if (this.getRemove() != null) {
                data.set("remove", om.valueToTree(this.getRemove()));
            }
            if (this.getSet() != null) {
                data.set("set", om.valueToTree(this.getSet()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier.Jsii$Proxy that = (HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier.Jsii$Proxy) o;

            if (this.add != null ? !this.add.equals(that.add) : that.add != null) return false;
            if (this.remove != null ? !this.remove.equals(that.remove) : that.remove != null) return false;
            return this.set != null ? this.set.equals(that.set) : that.set == null;
        }

        @Override
        public final int hashCode() {
            int result = this.add != null ? this.add.hashCode() : 0;
            result = 31 * result + (this.remove != null ? this.remove.hashCode() : 0);
            result = 31 * result + (this.set != null ? this.set.hashCode() : 0);
            return result;
        }
    }
}
