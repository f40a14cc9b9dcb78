package imports.monitoring.com.coreos.monitoring;

/**
 * cert defines the Client certificate to present when doing client-authentication.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.562Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.PodMonitorSpecPodMetricsEndpointsTlsConfigCert")
@software.amazon.jsii.Jsii.Proxy(PodMonitorSpecPodMetricsEndpointsTlsConfigCert.Jsii$Proxy.class)
public interface PodMonitorSpecPodMetricsEndpointsTlsConfigCert extends software.amazon.jsii.JsiiSerializable {

    /**
     * configMap defines the ConfigMap containing data to use for the targets.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap getConfigMap() {
        return null;
    }

    /**
     * secret defines the Secret containing data to use for the targets.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret getSecret() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PodMonitorSpecPodMetricsEndpointsTlsConfigCert}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PodMonitorSpecPodMetricsEndpointsTlsConfigCert}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PodMonitorSpecPodMetricsEndpointsTlsConfigCert> {
        imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap configMap;
        imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret secret;

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpointsTlsConfigCert#getConfigMap}
         * @param configMap configMap defines the ConfigMap containing data to use for the targets.
         * @return {@code this}
         */
        public Builder configMap(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap configMap) {
            this.configMap = configMap;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpointsTlsConfigCert#getSecret}
         * @param secret secret defines the Secret containing data to use for the targets.
         * @return {@code this}
         */
        public Builder secret(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret secret) {
            this.secret = secret;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PodMonitorSpecPodMetricsEndpointsTlsConfigCert}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PodMonitorSpecPodMetricsEndpointsTlsConfigCert build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PodMonitorSpecPodMetricsEndpointsTlsConfigCert}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PodMonitorSpecPodMetricsEndpointsTlsConfigCert {
        private final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap configMap;
        private final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret secret;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.configMap = software.amazon.jsii.Kernel.get(this, "configMap", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap.class));
            this.secret = software.amazon.jsii.Kernel.get(this, "secret", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.configMap = builder.configMap;
            this.secret = builder.secret;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfigCertConfigMap getConfigMap() {
            return this.configMap;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfigCertSecret getSecret() {
            return this.secret;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getConfigMap() != null) {
                data.set("configMap", om.valueToTree(this.getConfigMap()));
            }
            if (this.getSecret() != null) {
                data.set("secret", om.valueToTree(this.getSecret()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("monitoring_comcoreosmonitoring.PodMonitorSpecPodMetricsEndpointsTlsConfigCert"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PodMonitorSpecPodMetricsEndpointsTlsConfigCert.Jsii$Proxy that = (PodMonitorSpecPodMetricsEndpointsTlsConfigCert.Jsii$Proxy) o;

            if (this.configMap != null ? !this.configMap.equals(that.configMap) : that.configMap != null) return false;
            return this.secret != null ? this.secret.equals(that.secret) : that.secret == null;
        }

        @Override
        public final int hashCode() {
            int result = this.configMap != null ? this.configMap.hashCode() : 0;
            result = 31 * result + (this.secret != null ? this.secret.hashCode() : 0);
            return result;
        }
    }
}
