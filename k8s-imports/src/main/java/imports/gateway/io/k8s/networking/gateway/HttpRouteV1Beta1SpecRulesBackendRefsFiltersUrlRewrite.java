package imports.gateway.io.k8s.networking.gateway;

/**
 * URLRewrite defines a schema for a filter that modifies a request during forwarding.
 * <p>
 * Support: Extended
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.872Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite")
@software.amazon.jsii.Jsii.Proxy(HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite.Jsii$Proxy.class)
public interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite extends software.amazon.jsii.JsiiSerializable {

    /**
     * Hostname is the value to be used to replace the Host header value during forwarding.
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getHostname() {
        return null;
    }

    /**
     * Path defines a path rewrite.
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath getPath() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite}
     */
    public static final class Builder implements software.amazon.jsii.Builder<HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite> {
        java.lang.String hostname;
        imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath path;

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite#getHostname}
         * @param hostname Hostname is the value to be used to replace the Host header value during forwarding.
         *                 Support: Extended
         * @return {@code this}
         */
        public Builder hostname(java.lang.String hostname) {
            this.hostname = hostname;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite#getPath}
         * @param path Path defines a path rewrite.
         *             Support: Extended
         * @return {@code this}
         */
        public Builder path(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath path) {
            this.path = path;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite {
        private final java.lang.String hostname;
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath path;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.hostname = software.amazon.jsii.Kernel.get(this, "hostname", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.path = software.amazon.jsii.Kernel.get(this, "path", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.hostname = builder.hostname;
            this.path = builder.path;
        }

        @Override
        public final java.lang.String getHostname() {
            return this.hostname;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath getPath() {
            return this.path;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getHostname() != null) {
                data.set("hostname", om.valueToTree(this.getHostname()));
            }
            if (this.getPath() != null) {
                data.set("path", om.valueToTree(this.getPath()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite.Jsii$Proxy that = (HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite.Jsii$Proxy) o;

            if (this.hostname != null ? !this.hostname.equals(that.hostname) : that.hostname != null) return false;
            return this.path != null ? this.path.equals(that.path) : that.path == null;
        }

        @Override
        public final int hashCode() {
            int result = this.hostname != null ? this.hostname.hashCode() : 0;
            result = 31 * result + (this.path != null ? this.path.hashCode() : 0);
            return result;
        }
    }
}
