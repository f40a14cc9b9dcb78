package imports.monitoring.com.coreos.monitoring;

/**
 * tlsConfig defines TLS configuration used by the client.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.659Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.ServiceMonitorSpecEndpointsTlsConfig")
@software.amazon.jsii.Jsii.Proxy(ServiceMonitorSpecEndpointsTlsConfig.Jsii$Proxy.class)
public interface ServiceMonitorSpecEndpointsTlsConfig extends software.amazon.jsii.JsiiSerializable {

    /**
     * ca defines the Certificate authority used when verifying server certificates.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigCa getCa() {
        return null;
    }

    /**
     * caFile defines the path to the CA cert in the Prometheus container to use for the targets.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getCaFile() {
        return null;
    }

    /**
     * cert defines the Client certificate to present when doing client-authentication.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigCert getCert() {
        return null;
    }

    /**
     * certFile defines the path to the client cert file in the Prometheus container for the targets.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getCertFile() {
        return null;
    }

    /**
     * insecureSkipVerify defines how to disable target certificate validation.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getInsecureSkipVerify() {
        return null;
    }

    /**
     * keyFile defines the path to the client key file in the Prometheus container for the targets.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getKeyFile() {
        return null;
    }

    /**
     * keySecret defines the Secret containing the client key file for the targets.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigKeySecret getKeySecret() {
        return null;
    }

    /**
     * maxVersion defines the maximum acceptable TLS version.
     * <p>
     * It requires Prometheus &gt;= v2.41.0 or Thanos &gt;= v0.31.0.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigMaxVersion getMaxVersion() {
        return null;
    }

    /**
     * minVersion defines the minimum acceptable TLS version.
     * <p>
     * It requires Prometheus &gt;= v2.35.0 or Thanos &gt;= v0.28.0.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigMinVersion getMinVersion() {
        return null;
    }

    /**
     * serverName is used to verify the hostname for the targets.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getServerName() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ServiceMonitorSpecEndpointsTlsConfig}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ServiceMonitorSpecEndpointsTlsConfig}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ServiceMonitorSpecEndpointsTlsConfig> {
        imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigCa ca;
        java.lang.String caFile;
        imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigCert cert;
        java.lang.String certFile;
        java.lang.Boolean insecureSkipVerify;
        java.lang.String keyFile;
        imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigKeySecret keySecret;
        imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigMaxVersion maxVersion;
        imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigMinVersion minVersion;
        java.lang.String serverName;

        /**
         * Sets the value of {@link ServiceMonitorSpecEndpointsTlsConfig#getCa}
         * @param ca ca defines the Certificate authority used when verifying server certificates.
         * @return {@code this}
         */
        public Builder ca(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigCa ca) {
            this.ca = ca;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpecEndpointsTlsConfig#getCaFile}
         * @param caFile caFile defines the path to the CA cert in the Prometheus container to use for the targets.
         * @return {@code this}
         */
        public Builder caFile(java.lang.String caFile) {
            this.caFile = caFile;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpecEndpointsTlsConfig#getCert}
         * @param cert cert defines the Client certificate to present when doing client-authentication.
         * @return {@code this}
         */
        public Builder cert(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigCert cert) {
            this.cert = cert;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpecEndpointsTlsConfig#getCertFile}
         * @param certFile certFile defines the path to the client cert file in the Prometheus container for the targets.
         * @return {@code this}
         */
        public Builder certFile(java.lang.String certFile) {
            this.certFile = certFile;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpecEndpointsTlsConfig#getInsecureSkipVerify}
         * @param insecureSkipVerify insecureSkipVerify defines how to disable target certificate validation.
         * @return {@code this}
         */
        public Builder insecureSkipVerify(java.lang.Boolean insecureSkipVerify) {
            this.insecureSkipVerify = insecureSkipVerify;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpecEndpointsTlsConfig#getKeyFile}
         * @param keyFile keyFile defines the path to the client key file in the Prometheus container for the targets.
         * @return {@code this}
         */
        public Builder keyFile(java.lang.String keyFile) {
            this.keyFile = keyFile;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpecEndpointsTlsConfig#getKeySecret}
         * @param keySecret keySecret defines the Secret containing the client key file for the targets.
         * @return {@code this}
         */
        public Builder keySecret(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigKeySecret keySecret) {
            this.keySecret = keySecret;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpecEndpointsTlsConfig#getMaxVersion}
         * @param maxVersion maxVersion defines the maximum acceptable TLS version.
         *                   It requires Prometheus &gt;= v2.41.0 or Thanos &gt;= v0.31.0.
         * @return {@code this}
         */
        public Builder maxVersion(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigMaxVersion maxVersion) {
            this.maxVersion = maxVersion;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpecEndpointsTlsConfig#getMinVersion}
         * @param minVersion minVersion defines the minimum acceptable TLS version.
         *                   It requires Prometheus &gt;= v2.35.0 or Thanos &gt;= v0.28.0.
         * @return {@code this}
         */
        public Builder minVersion(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigMinVersion minVersion) {
            this.minVersion = minVersion;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpecEndpointsTlsConfig#getServerName}
         * @param serverName serverName is used to verify the hostname for the targets.
         * @return {@code this}
         */
        public Builder serverName(java.lang.String serverName) {
            this.serverName = serverName;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ServiceMonitorSpecEndpointsTlsConfig}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ServiceMonitorSpecEndpointsTlsConfig build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ServiceMonitorSpecEndpointsTlsConfig}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ServiceMonitorSpecEndpointsTlsConfig {
        private final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigCa ca;
        private final java.lang.String caFile;
        private final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigCert cert;
        private final java.lang.String certFile;
        private final java.lang.Boolean insecureSkipVerify;
        private final java.lang.String keyFile;
        private final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigKeySecret keySecret;
        private final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigMaxVersion maxVersion;
        private final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigMinVersion minVersion;
        private final java.lang.String serverName;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.ca = software.amazon.jsii.Kernel.get(this, "ca", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigCa.class));
            this.caFile = software.amazon.jsii.Kernel.get(this, "caFile", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.cert = software.amazon.jsii.Kernel.get(this, "cert", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigCert.class));
            this.certFile = software.amazon.jsii.Kernel.get(this, "certFile", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.insecureSkipVerify = software.amazon.jsii.Kernel.get(this, "insecureSkipVerify", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.keyFile = software.amazon.jsii.Kernel.get(this, "keyFile", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.keySecret = software.amazon.jsii.Kernel.get(this, "keySecret", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigKeySecret.class));
            this.maxVersion = software.amazon.jsii.Kernel.get(this, "maxVersion", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigMaxVersion.class));
            this.minVersion = software.amazon.jsii.Kernel.get(this, "minVersion", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigMinVersion.class));
            this.serverName = software.amazon.jsii.Kernel.get(this, "serverName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.ca = builder.ca;
            this.caFile = builder.caFile;
            this.cert = builder.cert;
            this.certFile = builder.certFile;
            this.insecureSkipVerify = builder.insecureSkipVerify;
            this.keyFile = builder.keyFile;
            this.keySecret = builder.keySecret;
            this.maxVersion = builder.maxVersion;
            this.minVersion = builder.minVersion;
            this.serverName = builder.serverName;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigCa getCa() {
            return this.ca;
        }

        @Override
        public final java.lang.String getCaFile() {
            return this.caFile;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigCert getCert() {
            return this.cert;
        }

        @Override
        public final java.lang.String getCertFile() {
            return this.certFile;
        }

        @Override
        public final java.lang.Boolean getInsecureSkipVerify() {
            return this.insecureSkipVerify;
        }

        @Override
        public final java.lang.String getKeyFile() {
            return this.keyFile;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigKeySecret getKeySecret() {
            return this.keySecret;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigMaxVersion getMaxVersion() {
            return this.maxVersion;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTlsConfigMinVersion getMinVersion() {
            return this.minVersion;
        }

        @Override
        public final java.lang.String getServerName() {
            return this.serverName;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getCa() != null) {
                data.set("ca", om.valueToTree(this.getCa()));
            }
            if (this.getCaFile() != null) {
                data.set("caFile", om.valueToTree(this.getCaFile()));
            }
            if (this.getCert() != null) {
                data.set("cert", om.valueToTree(this.getCert()));
            }
            if (this.getCertFile() != null) {
                data.set("certFile", om.valueToTree(this.getCertFile()));
            }
            if (this.getInsecureSkipVerify() != null) {
                data.set("insecureSkipVerify", om.valueToTree(this.getInsecureSkipVerify()));
            }
            if (this.getKeyFile() != null) {
                data.set("keyFile", om.valueToTree(this.getKeyFile()));
            }
            if (this.getKeySecret() != null) {
                data.set("keySecret", om.valueToTree(this.getKeySecret()));
            }
            if (this.getMaxVersion() != null) {
                data.set("maxVersion", om.valueToTree(this.getMaxVersion()));
            }
            if (this.getMinVersion() != null) {
                data.set("minVersion", om.valueToTree(this.getMinVersion()));
            }
            if (this.getServerName() != null) {
                data.set("serverName", om.valueToTree(this.getServerName()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("monitoring_comcoreosmonitoring.ServiceMonitorSpecEndpointsTlsConfig"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ServiceMonitorSpecEndpointsTlsConfig.Jsii$Proxy that = (ServiceMonitorSpecEndpointsTlsConfig.Jsii$Proxy) o;

            if (this.ca != null ? !this.ca.equals(that.ca) : that.ca != null) return false;
            if (this.caFile != null ? !this.caFile.equals(that.caFile) : that.caFile != null) return false;
            if (this.cert != null ? !this.cert.equals(that.cert) : that.cert != null) return false;
            if (this.certFile != null ? !this.certFile.equals(that.certFile) : that.certFile != null) return false;
            if (this.insecureSkipVerify != null ? !this.insecureSkipVerify.equals(that.insecureSkipVerify) : that.insecureSkipVerify != null) return false;
            if (this.keyFile != null ? !this.keyFile.equals(that.keyFile) : that.keyFile != null) return false;
            if (this.keySecret != null ? !this.keySecret.equals(that.keySecret) : that.keySecret != null) return false;
            if (this.maxVersion != null ? !this.maxVersion.equals(that.maxVersion) : that.maxVersion != null) return false;
            if (this.minVersion != null ? !this.minVersion.equals(that.minVersion) : that.minVersion != null) return false;
            return this.serverName != null ? this.serverName.equals(that.serverName) : that.serverName == null;
        }

        @Override
        public final int hashCode() {
            int result = this.ca != null ? this.ca.hashCode() : 0;
            result = 31 * result + (this.caFile != null ? this.caFile.hashCode() : 0);
            result = 31 * result + (this.cert != null ? this.cert.hashCode() : 0);
            result = 31 * result + (this.certFile != null ? this.certFile.hashCode() : 0);
            result = 31 * result + (this.insecureSkipVerify != null ? this.insecureSkipVerify.hashCode() : 0);
            result = 31 * result + (this.keyFile != null ? this.keyFile.hashCode() : 0);
            result = 31 * result + (this.keySecret != null ? this.keySecret.hashCode() : 0);
            result = 31 * result + (this.maxVersion != null ? this.maxVersion.hashCode() : 0);
            result = 31 * result + (this.minVersion != null ? this.minVersion.hashCode() : 0);
            result = 31 * result + (this.serverName != null ? this.serverName.hashCode() : 0);
            return result;
        }
    }
}
