package imports.cnpg.io.cnpg.postgresql;

/**
 * Options to specify LDAP configuration.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.734Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecPostgresqlLdap")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecPostgresqlLdap.Jsii$Proxy.class)
public interface ClusterSpecPostgresqlLdap extends software.amazon.jsii.JsiiSerializable {

    /**
     * Bind as authentication configuration.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindAsAuth getBindAsAuth() {
        return null;
    }

    /**
     * Bind+Search authentication configuration.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindSearchAuth getBindSearchAuth() {
        return null;
    }

    /**
     * LDAP server port.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getPort() {
        return null;
    }

    /**
     * LDAP schema to be used, possible options are <code>ldap</code> and <code>ldaps</code>.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapScheme getScheme() {
        return null;
    }

    /**
     * LDAP hostname or IP address.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getServer() {
        return null;
    }

    /**
     * Set to 'true' to enable LDAP over TLS.
     * <p>
     * 'false' is default
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getTls() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecPostgresqlLdap}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecPostgresqlLdap}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecPostgresqlLdap> {
        imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindAsAuth bindAsAuth;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindSearchAuth bindSearchAuth;
        java.lang.Number port;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapScheme scheme;
        java.lang.String server;
        java.lang.Boolean tls;

        /**
         * Sets the value of {@link ClusterSpecPostgresqlLdap#getBindAsAuth}
         * @param bindAsAuth Bind as authentication configuration.
         * @return {@code this}
         */
        public Builder bindAsAuth(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindAsAuth bindAsAuth) {
            this.bindAsAuth = bindAsAuth;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlLdap#getBindSearchAuth}
         * @param bindSearchAuth Bind+Search authentication configuration.
         * @return {@code this}
         */
        public Builder bindSearchAuth(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindSearchAuth bindSearchAuth) {
            this.bindSearchAuth = bindSearchAuth;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlLdap#getPort}
         * @param port LDAP server port.
         * @return {@code this}
         */
        public Builder port(java.lang.Number port) {
            this.port = port;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlLdap#getScheme}
         * @param scheme LDAP schema to be used, possible options are <code>ldap</code> and <code>ldaps</code>.
         * @return {@code this}
         */
        public Builder scheme(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapScheme scheme) {
            this.scheme = scheme;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlLdap#getServer}
         * @param server LDAP hostname or IP address.
         * @return {@code this}
         */
        public Builder server(java.lang.String server) {
            this.server = server;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlLdap#getTls}
         * @param tls Set to 'true' to enable LDAP over TLS.
         *            'false' is default
         * @return {@code this}
         */
        public Builder tls(java.lang.Boolean tls) {
            this.tls = tls;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecPostgresqlLdap}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecPostgresqlLdap build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecPostgresqlLdap}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecPostgresqlLdap {
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindAsAuth bindAsAuth;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindSearchAuth bindSearchAuth;
        private final java.lang.Number port;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapScheme scheme;
        private final java.lang.String server;
        private final java.lang.Boolean tls;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.bindAsAuth = software.amazon.jsii.Kernel.get(this, "bindAsAuth", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindAsAuth.class));
            this.bindSearchAuth = software.amazon.jsii.Kernel.get(this, "bindSearchAuth", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindSearchAuth.class));
            this.port = software.amazon.jsii.Kernel.get(this, "port", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.scheme = software.amazon.jsii.Kernel.get(this, "scheme", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapScheme.class));
            this.server = software.amazon.jsii.Kernel.get(this, "server", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.tls = software.amazon.jsii.Kernel.get(this, "tls", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.bindAsAuth = builder.bindAsAuth;
            this.bindSearchAuth = builder.bindSearchAuth;
            this.port = builder.port;
            this.scheme = builder.scheme;
            this.server = builder.server;
            this.tls = builder.tls;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindAsAuth getBindAsAuth() {
            return this.bindAsAuth;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindSearchAuth getBindSearchAuth() {
            return this.bindSearchAuth;
        }

        @Override
        public final java.lang.Number getPort() {
            return this.port;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapScheme getScheme() {
            return this.scheme;
        }

        @Override
        public final java.lang.String getServer() {
            return this.server;
        }

        @Override
        public final java.lang.Boolean getTls() {
            return this.tls;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getBindAsAuth() != null) {
                data.set("bindAsAuth", om.valueToTree(this.getBindAsAuth()));
            }
            if (this.getBindSearchAuth() != null) {
                data.set("bindSearchAuth", om.valueToTree(this.getBindSearchAuth()));
            }
            if (this.getPort() != null) {
                data.set("port", om.valueToTree(this.getPort()));
            }
            if (this.getScheme() != null) {
                data.set("scheme", om.valueToTree(this.getScheme()));
            }
            if (this.getServer() != null) {
                data.set("server", om.valueToTree(this.getServer()));
            }
            if (this.getTls() != null) {
                data.set("tls", om.valueToTree(this.getTls()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecPostgresqlLdap"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecPostgresqlLdap.Jsii$Proxy that = (ClusterSpecPostgresqlLdap.Jsii$Proxy) o;

            if (this.bindAsAuth != null ? !this.bindAsAuth.equals(that.bindAsAuth) : that.bindAsAuth != null) return false;
            if (this.bindSearchAuth != null ? !this.bindSearchAuth.equals(that.bindSearchAuth) : that.bindSearchAuth != null) return false;
            if (this.port != null ? !this.port.equals(that.port) : that.port != null) return false;
            if (this.scheme != null ? !this.scheme.equals(that.scheme) : that.scheme != null) return false;
            if (this.server != null ? !this.server.equals(that.server) : that.server != null) return false;
            return this.tls != null ? this.tls.equals(that.tls) : that.tls == null;
        }

        @Override
        public final int hashCode() {
            int result = this.bindAsAuth != null ? this.bindAsAuth.hashCode() : 0;
            result = 31 * result + (this.bindSearchAuth != null ? this.bindSearchAuth.hashCode() : 0);
            result = 31 * result + (this.port != null ? this.port.hashCode() : 0);
            result = 31 * result + (this.scheme != null ? this.scheme.hashCode() : 0);
            result = 31 * result + (this.server != null ? this.server.hashCode() : 0);
            result = 31 * result + (this.tls != null ? this.tls.hashCode() : 0);
            return result;
        }
    }
}
