package imports.cnpg.io.cnpg.postgresql;

/**
 * The configuration for the CA and related certificates.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.569Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecCertificates")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecCertificates.Jsii$Proxy.class)
public interface ClusterSpecCertificates extends software.amazon.jsii.JsiiSerializable {

    /**
     * The secret containing the Client CA certificate.
     * <p>
     * If not defined, a new secret will be created
     * with a self-signed CA and will be used to generate all the client certificates.<br />
     * <br />
     * Contains:<br />
     * <br />
     * <p>
     * <ul>
     * <li><code>ca.crt</code>: CA that should be used to validate the client certificates,
     * used as <code>ssl_ca_file</code> of all the instances.<br /></li>
     * <li><code>ca.key</code>: key used to generate client certificates, if ReplicationTLSSecret is provided,
     * this can be omitted.<br /></li>
     * </ul>
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getClientCaSecret() {
        return null;
    }

    /**
     * The secret of type kubernetes.io/tls containing the client certificate to authenticate as the <code>streaming_replica</code> user. If not defined, ClientCASecret must provide also <code>ca.key</code>, and a new secret will be created using the provided CA.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getReplicationTlsSecret() {
        return null;
    }

    /**
     * The list of the server alternative DNS names to be added to the generated server TLS certificates, when required.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getServerAltDnsNames() {
        return null;
    }

    /**
     * The secret containing the Server CA certificate.
     * <p>
     * If not defined, a new secret will be created
     * with a self-signed CA and will be used to generate the TLS certificate ServerTLSSecret.<br />
     * <br />
     * Contains:<br />
     * <br />
     * <p>
     * <ul>
     * <li><code>ca.crt</code>: CA that should be used to validate the server certificate,
     * used as <code>sslrootcert</code> in client connection strings.<br /></li>
     * <li><code>ca.key</code>: key used to generate Server SSL certs, if ServerTLSSecret is provided,
     * this can be omitted.<br /></li>
     * </ul>
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getServerCaSecret() {
        return null;
    }

    /**
     * The secret of type kubernetes.io/tls containing the server TLS certificate and key that will be set as <code>ssl_cert_file</code> and <code>ssl_key_file</code> so that clients can connect to postgres securely. If not defined, ServerCASecret must provide also <code>ca.key</code> and a new secret will be created using the provided CA.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getServerTlsSecret() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecCertificates}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecCertificates}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecCertificates> {
        java.lang.String clientCaSecret;
        java.lang.String replicationTlsSecret;
        java.util.List<java.lang.String> serverAltDnsNames;
        java.lang.String serverCaSecret;
        java.lang.String serverTlsSecret;

        /**
         * Sets the value of {@link ClusterSpecCertificates#getClientCaSecret}
         * @param clientCaSecret The secret containing the Client CA certificate.
         *                       If not defined, a new secret will be created
         *                       with a self-signed CA and will be used to generate all the client certificates.<br />
         *                       <br />
         *                       Contains:<br />
         *                       <br />
         *                       <p>
         *                       <ul>
         *                       <li><code>ca.crt</code>: CA that should be used to validate the client certificates,
         *                       used as <code>ssl_ca_file</code> of all the instances.<br /></li>
         *                       <li><code>ca.key</code>: key used to generate client certificates, if ReplicationTLSSecret is provided,
         *                       this can be omitted.<br /></li>
         *                       </ul>
         * @return {@code this}
         */
        public Builder clientCaSecret(java.lang.String clientCaSecret) {
            this.clientCaSecret = clientCaSecret;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecCertificates#getReplicationTlsSecret}
         * @param replicationTlsSecret The secret of type kubernetes.io/tls containing the client certificate to authenticate as the <code>streaming_replica</code> user. If not defined, ClientCASecret must provide also <code>ca.key</code>, and a new secret will be created using the provided CA.
         * @return {@code this}
         */
        public Builder replicationTlsSecret(java.lang.String replicationTlsSecret) {
            this.replicationTlsSecret = replicationTlsSecret;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecCertificates#getServerAltDnsNames}
         * @param serverAltDnsNames The list of the server alternative DNS names to be added to the generated server TLS certificates, when required.
         * @return {@code this}
         */
        public Builder serverAltDnsNames(java.util.List<java.lang.String> serverAltDnsNames) {
            this.serverAltDnsNames = serverAltDnsNames;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecCertificates#getServerCaSecret}
         * @param serverCaSecret The secret containing the Server CA certificate.
         *                       If not defined, a new secret will be created
         *                       with a self-signed CA and will be used to generate the TLS certificate ServerTLSSecret.<br />
         *                       <br />
         *                       Contains:<br />
         *                       <br />
         *                       <p>
         *                       <ul>
         *                       <li><code>ca.crt</code>: CA that should be used to validate the server certificate,
         *                       used as <code>sslrootcert</code> in client connection strings.<br /></li>
         *                       <li><code>ca.key</code>: key used to generate Server SSL certs, if ServerTLSSecret is provided,
         *                       this can be omitted.<br /></li>
         *                       </ul>
         * @return {@code this}
         */
        public Builder serverCaSecret(java.lang.String serverCaSecret) {
            this.serverCaSecret = serverCaSecret;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecCertificates#getServerTlsSecret}
         * @param serverTlsSecret The secret of type kubernetes.io/tls containing the server TLS certificate and key that will be set as <code>ssl_cert_file</code> and <code>ssl_key_file</code> so that clients can connect to postgres securely. If not defined, ServerCASecret must provide also <code>ca.key</code> and a new secret will be created using the provided CA.
         * @return {@code this}
         */
        public Builder serverTlsSecret(java.lang.String serverTlsSecret) {
            this.serverTlsSecret = serverTlsSecret;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecCertificates}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecCertificates build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecCertificates}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecCertificates {
        private final java.lang.String clientCaSecret;
        private final java.lang.String replicationTlsSecret;
        private final java.util.List<java.lang.String> serverAltDnsNames;
        private final java.lang.String serverCaSecret;
        private final java.lang.String serverTlsSecret;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.clientCaSecret = software.amazon.jsii.Kernel.get(this, "clientCaSecret", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.replicationTlsSecret = software.amazon.jsii.Kernel.get(this, "replicationTlsSecret", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.serverAltDnsNames = software.amazon.jsii.Kernel.get(this, "serverAltDnsNames", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.serverCaSecret = software.amazon.jsii.Kernel.get(this, "serverCaSecret", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.serverTlsSecret = software.amazon.jsii.Kernel.get(this, "serverTlsSecret", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.clientCaSecret = builder.clientCaSecret;
            this.replicationTlsSecret = builder.replicationTlsSecret;
            this.serverAltDnsNames = builder.serverAltDnsNames;
            this.serverCaSecret = builder.serverCaSecret;
            this.serverTlsSecret = builder.serverTlsSecret;
        }

        @Override
        public final java.lang.String getClientCaSecret() {
            return this.clientCaSecret;
        }

        @Override
        public final java.lang.String getReplicationTlsSecret() {
            return this.replicationTlsSecret;
        }

        @Override
        public final java.util.List<java.lang.String> getServerAltDnsNames() {
            return this.serverAltDnsNames;
        }

        @Override
        public final java.lang.String getServerCaSecret() {
            return this.serverCaSecret;
        }

        @Override
        public final java.lang.String getServerTlsSecret() {
            return this.serverTlsSecret;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getClientCaSecret() != null) {
                data.set("clientCaSecret", om.valueToTree(this.getClientCaSecret()));
            }
            if (this.getReplicationTlsSecret() != null) {
                data.set("replicationTlsSecret", om.valueToTree(this.getReplicationTlsSecret()));
            }
            if (this.getServerAltDnsNames() != null) {
                data.set("serverAltDnsNames", om.valueToTree(this.getServerAltDnsNames()));
            }
            if (this.getServerCaSecret() != null) {
                data.set("serverCaSecret", om.valueToTree(this.getServerCaSecret()));
            }
            if (this.getServerTlsSecret() != null) {
                data.set("serverTlsSecret", om.valueToTree(this.getServerTlsSecret()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecCertificates"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecCertificates.Jsii$Proxy that = (ClusterSpecCertificates.Jsii$Proxy) o;

            if (this.clientCaSecret != null ? !this.clientCaSecret.equals(that.clientCaSecret) : that.clientCaSecret != null) return false;
            if (this.replicationTlsSecret != null ? !this.replicationTlsSecret.equals(that.replicationTlsSecret) : that.replicationTlsSecret != null) return false;
            if (this.serverAltDnsNames != null ? !this.serverAltDnsNames.equals(that.serverAltDnsNames) : that.serverAltDnsNames != null) return false;
            if (this.serverCaSecret != null ? !this.serverCaSecret.equals(that.serverCaSecret) : that.serverCaSecret != null) return false;
            return this.serverTlsSecret != null ? this.serverTlsSecret.equals(that.serverTlsSecret) : that.serverTlsSecret == null;
        }

        @Override
        public final int hashCode() {
            int result = this.clientCaSecret != null ? this.clientCaSecret.hashCode() : 0;
            result = 31 * result + (this.replicationTlsSecret != null ? this.replicationTlsSecret.hashCode() : 0);
            result = 31 * result + (this.serverAltDnsNames != null ? this.serverAltDnsNames.hashCode() : 0);
            result = 31 * result + (this.serverCaSecret != null ? this.serverCaSecret.hashCode() : 0);
            result = 31 * result + (this.serverTlsSecret != null ? this.serverTlsSecret.hashCode() : 0);
            return result;
        }
    }
}
