package imports.monitoring.com.coreos.monitoring;

/**
 * authorization configures the Authorization header credentials used by the client.
 * <p>
 * Cannot be set at the same time as <code>basicAuth</code>, <code>bearerTokenSecret</code> or <code>oauth2</code>.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.626Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.ServiceMonitorSpecEndpointsAuthorization")
@software.amazon.jsii.Jsii.Proxy(ServiceMonitorSpecEndpointsAuthorization.Jsii$Proxy.class)
public interface ServiceMonitorSpecEndpointsAuthorization extends software.amazon.jsii.JsiiSerializable {

    /**
     * credentials defines a key of a Secret in the namespace that contains the credentials for authentication.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsAuthorizationCredentials getCredentials() {
        return null;
    }

    /**
     * type defines the authentication type. The value is case-insensitive.
     * <p>
     * "Basic" is not a supported value.
     * <p>
     * Default: "Bearer"
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getType() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ServiceMonitorSpecEndpointsAuthorization}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ServiceMonitorSpecEndpointsAuthorization}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ServiceMonitorSpecEndpointsAuthorization> {
        imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsAuthorizationCredentials credentials;
        java.lang.String type;

        /**
         * Sets the value of {@link ServiceMonitorSpecEndpointsAuthorization#getCredentials}
         * @param credentials credentials defines a key of a Secret in the namespace that contains the credentials for authentication.
         * @return {@code this}
         */
        public Builder credentials(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsAuthorizationCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpecEndpointsAuthorization#getType}
         * @param type type defines the authentication type. The value is case-insensitive.
         *             "Basic" is not a supported value.
         *             <p>
         *             Default: "Bearer"
         * @return {@code this}
         */
        public Builder type(java.lang.String type) {
            this.type = type;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ServiceMonitorSpecEndpointsAuthorization}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ServiceMonitorSpecEndpointsAuthorization build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ServiceMonitorSpecEndpointsAuthorization}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ServiceMonitorSpecEndpointsAuthorization {
        private final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsAuthorizationCredentials credentials;
        private final java.lang.String type;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.credentials = software.amazon.jsii.Kernel.get(this, "credentials", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsAuthorizationCredentials.class));
            this.type = software.amazon.jsii.Kernel.get(this, "type", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.credentials = builder.credentials;
            this.type = builder.type;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsAuthorizationCredentials getCredentials() {
            return this.credentials;
        }

        @Override
        public final java.lang.String getType() {
            return this.type;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getCredentials() != null) {
                data.set("credentials", om.valueToTree(this.getCredentials()));
            }
            if (this.getType() != null) {
                data.set("type", om.valueToTree(this.getType()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("monitoring_comcoreosmonitoring.ServiceMonitorSpecEndpointsAuthorization"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ServiceMonitorSpecEndpointsAuthorization.Jsii$Proxy that = (ServiceMonitorSpecEndpointsAuthorization.Jsii$Proxy) o;

            if (this.credentials != null ? !this.credentials.equals(that.credentials) : that.credentials != null) return false;
            return this.type != null ? this.type.equals(that.type) : that.type == null;
        }

        @Override
        public final int hashCode() {
            int result = this.credentials != null ? this.credentials.hashCode() : 0;
            result = 31 * result + (this.type != null ? this.type.hashCode() : 0);
            return result;
        }
    }
}
