package imports.cnpg.io.cnpg.postgresql;

/**
 * The configuration of the monitoring infrastructure of this pooler.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.871Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecMonitoring")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecMonitoring.Jsii$Proxy.class)
public interface PoolerSpecMonitoring extends software.amazon.jsii.JsiiSerializable {

    /**
     * Enable or disable the <code>PodMonitor</code>.
     * <p>
     * Deprecated: This feature will be removed in an upcoming release. If
     * you need this functionality, you can create a PodMonitor manually.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getEnablePodMonitor() {
        return null;
    }

    /**
     * The list of metric relabelings for the <code>PodMonitor</code>. Applied to samples before ingestion.
     * <p>
     * Deprecated: This feature will be removed in an upcoming release. If
     * you need this functionality, you can create a PodMonitor manually.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorMetricRelabelings> getPodMonitorMetricRelabelings() {
        return null;
    }

    /**
     * The list of relabelings for the <code>PodMonitor</code>. Applied to samples before scraping.
     * <p>
     * Deprecated: This feature will be removed in an upcoming release. If
     * you need this functionality, you can create a PodMonitor manually.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorRelabelings> getPodMonitorRelabelings() {
        return null;
    }

    /**
     * Configure TLS communication for the metrics endpoint.
     * <p>
     * Changing tls.enabled option will force a rollout of all instances.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringTls getTls() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecMonitoring}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecMonitoring}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecMonitoring> {
        java.lang.Boolean enablePodMonitor;
        java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorMetricRelabelings> podMonitorMetricRelabelings;
        java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorRelabelings> podMonitorRelabelings;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringTls tls;

        /**
         * Sets the value of {@link PoolerSpecMonitoring#getEnablePodMonitor}
         * @param enablePodMonitor Enable or disable the <code>PodMonitor</code>.
         *                         Deprecated: This feature will be removed in an upcoming release. If
         *                         you need this functionality, you can create a PodMonitor manually.
         * @return {@code this}
         */
        public Builder enablePodMonitor(java.lang.Boolean enablePodMonitor) {
            this.enablePodMonitor = enablePodMonitor;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecMonitoring#getPodMonitorMetricRelabelings}
         * @param podMonitorMetricRelabelings The list of metric relabelings for the <code>PodMonitor</code>. Applied to samples before ingestion.
         *                                    Deprecated: This feature will be removed in an upcoming release. If
         *                                    you need this functionality, you can create a PodMonitor manually.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder podMonitorMetricRelabelings(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorMetricRelabelings> podMonitorMetricRelabelings) {
            this.podMonitorMetricRelabelings = (java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorMetricRelabelings>)podMonitorMetricRelabelings;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecMonitoring#getPodMonitorRelabelings}
         * @param podMonitorRelabelings The list of relabelings for the <code>PodMonitor</code>. Applied to samples before scraping.
         *                              Deprecated: This feature will be removed in an upcoming release. If
         *                              you need this functionality, you can create a PodMonitor manually.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder podMonitorRelabelings(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorRelabelings> podMonitorRelabelings) {
            this.podMonitorRelabelings = (java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorRelabelings>)podMonitorRelabelings;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecMonitoring#getTls}
         * @param tls Configure TLS communication for the metrics endpoint.
         *            Changing tls.enabled option will force a rollout of all instances.
         * @return {@code this}
         */
        public Builder tls(imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringTls tls) {
            this.tls = tls;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecMonitoring}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecMonitoring build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecMonitoring}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecMonitoring {
        private final java.lang.Boolean enablePodMonitor;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorMetricRelabelings> podMonitorMetricRelabelings;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorRelabelings> podMonitorRelabelings;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringTls tls;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.enablePodMonitor = software.amazon.jsii.Kernel.get(this, "enablePodMonitor", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.podMonitorMetricRelabelings = software.amazon.jsii.Kernel.get(this, "podMonitorMetricRelabelings", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorMetricRelabelings.class)));
            this.podMonitorRelabelings = software.amazon.jsii.Kernel.get(this, "podMonitorRelabelings", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorRelabelings.class)));
            this.tls = software.amazon.jsii.Kernel.get(this, "tls", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringTls.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.enablePodMonitor = builder.enablePodMonitor;
            this.podMonitorMetricRelabelings = (java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorMetricRelabelings>)builder.podMonitorMetricRelabelings;
            this.podMonitorRelabelings = (java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorRelabelings>)builder.podMonitorRelabelings;
            this.tls = builder.tls;
        }

        @Override
        public final java.lang.Boolean getEnablePodMonitor() {
            return this.enablePodMonitor;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorMetricRelabelings> getPodMonitorMetricRelabelings() {
            return this.podMonitorMetricRelabelings;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorRelabelings> getPodMonitorRelabelings() {
            return this.podMonitorRelabelings;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringTls getTls() {
            return this.tls;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getEnablePodMonitor() != null) {
                data.set("enablePodMonitor", om.valueToTree(this.getEnablePodMonitor()));
            }
            if (this.getPodMonitorMetricRelabelings() != null) {
                data.set("podMonitorMetricRelabelings", om.valueToTree(this.getPodMonitorMetricRelabelings()));
            }
            if (this.getPodMonitorRelabelings() != null) {
                data.set("podMonitorRelabelings", om.valueToTree(this.getPodMonitorRelabelings()));
            }
            if (this.getTls() != null) {
                data.set("tls", om.valueToTree(this.getTls()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecMonitoring"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecMonitoring.Jsii$Proxy that = (PoolerSpecMonitoring.Jsii$Proxy) o;

            if (this.enablePodMonitor != null ? !this.enablePodMonitor.equals(that.enablePodMonitor) : that.enablePodMonitor != null) return false;
            if (this.podMonitorMetricRelabelings != null ? !this.podMonitorMetricRelabelings.equals(that.podMonitorMetricRelabelings) : that.podMonitorMetricRelabelings != null) return false;
            if (this.podMonitorRelabelings != null ? !this.podMonitorRelabelings.equals(that.podMonitorRelabelings) : that.podMonitorRelabelings != null) return false;
            return this.tls != null ? this.tls.equals(that.tls) : that.tls == null;
        }

        @Override
        public final int hashCode() {
            int result = this.enablePodMonitor != null ? this.enablePodMonitor.hashCode() : 0;
            result = 31 * result + (this.podMonitorMetricRelabelings != null ? this.podMonitorMetricRelabelings.hashCode() : 0);
            result = 31 * result + (this.podMonitorRelabelings != null ? this.podMonitorRelabelings.hashCode() : 0);
            result = 31 * result + (this.tls != null ? this.tls.hashCode() : 0);
            return result;
        }
    }
}
