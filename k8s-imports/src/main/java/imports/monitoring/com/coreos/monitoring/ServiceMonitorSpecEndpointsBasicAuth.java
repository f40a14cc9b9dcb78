package imports.monitoring.com.coreos.monitoring;

/**
 * basicAuth defines the Basic Authentication credentials used by the client.
 * <p>
 * Cannot be set at the same time as <code>authorization</code>, <code>bearerTokenSecret</code> or <code>oauth2</code>.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.629Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.ServiceMonitorSpecEndpointsBasicAuth")
@software.amazon.jsii.Jsii.Proxy(ServiceMonitorSpecEndpointsBasicAuth.Jsii$Proxy.class)
public interface ServiceMonitorSpecEndpointsBasicAuth extends software.amazon.jsii.JsiiSerializable {

    /**
     * password defines a key of a Secret containing the password for authentication.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsBasicAuthPassword getPassword() {
        return null;
    }

    /**
     * username defines a key of a Secret containing the username for authentication.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsBasicAuthUsername getUsername() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ServiceMonitorSpecEndpointsBasicAuth}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ServiceMonitorSpecEndpointsBasicAuth}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ServiceMonitorSpecEndpointsBasicAuth> {
        imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsBasicAuthPassword password;
        imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsBasicAuthUsername username;

        /**
         * Sets the value of {@link ServiceMonitorSpecEndpointsBasicAuth#getPassword}
         * @param password password defines a key of a Secret containing the password for authentication.
         * @return {@code this}
         */
        public Builder password(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsBasicAuthPassword password) {
            this.password = password;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpecEndpointsBasicAuth#getUsername}
         * @param username username defines a key of a Secret containing the username for authentication.
         * @return {@code this}
         */
        public Builder username(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsBasicAuthUsername username) {
            this.username = username;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ServiceMonitorSpecEndpointsBasicAuth}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ServiceMonitorSpecEndpointsBasicAuth build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ServiceMonitorSpecEndpointsBasicAuth}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ServiceMonitorSpecEndpointsBasicAuth {
        private final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsBasicAuthPassword password;
        private final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsBasicAuthUsername username;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.password = software.amazon.jsii.Kernel.get(this, "password", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsBasicAuthPassword.class));
            this.username = software.amazon.jsii.Kernel.get(this, "username", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsBasicAuthUsername.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.password = builder.password;
            this.username = builder.username;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsBasicAuthPassword getPassword() {
            return this.password;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsBasicAuthUsername getUsername() {
            return this.username;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getPassword() != null) {
                data.set("password", om.valueToTree(this.getPassword()));
            }
            if (this.getUsername() != null) {
                data.set("username", om.valueToTree(this.getUsername()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("monitoring_comcoreosmonitoring.ServiceMonitorSpecEndpointsBasicAuth"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ServiceMonitorSpecEndpointsBasicAuth.Jsii$Proxy that = (ServiceMonitorSpecEndpointsBasicAuth.Jsii$Proxy) o;

            if (this.password != null ? !this.password.equals(that.password) : that.password != null) return false;
            return this.username != null ? this.username.equals(that.username) : that.username == null;
        }

        @Override
        public final int hashCode() {
            int result = this.password != null ? this.password.hashCode() : 0;
            result = 31 * result + (this.username != null ? this.username.hashCode() : 0);
            return result;
        }
    }
}
