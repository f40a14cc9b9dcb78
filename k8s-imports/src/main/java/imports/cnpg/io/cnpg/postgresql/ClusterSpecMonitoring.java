package imports.cnpg.io.cnpg.postgresql;

/**
 * The configuration of the monitoring infrastructure of this cluster.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.709Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecMonitoring")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecMonitoring.Jsii$Proxy.class)
public interface ClusterSpecMonitoring extends software.amazon.jsii.JsiiSerializable {

    /**
     * The list of config maps containing the custom queries.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringCustomQueriesConfigMap> getCustomQueriesConfigMap() {
        return null;
    }

    /**
     * The list of secrets containing the custom queries.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringCustomQueriesSecret> getCustomQueriesSecret() {
        return null;
    }

    /**
     * Whether the default queries should be injected.
     * <p>
     * Set it to <code>true</code> if you don't want to inject default queries into the cluster.
     * Default: false.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getDisableDefaultQueries() {
        return null;
    }

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
     * The interval during which metrics computed from queries are considered current.
     * <p>
     * Once it is exceeded, a new scrape will trigger a rerun
     * of the queries.
     * If not set, defaults to 30 seconds, in line with Prometheus scraping defaults.
     * Setting this to zero disables the caching mechanism and can cause heavy load on the PostgreSQL server.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getMetricsQueriesTtl() {
        return null;
    }

    /**
     * The list of metric relabelings for the <code>PodMonitor</code>. Applied to samples before ingestion.
     * <p>
     * Deprecated: This feature will be removed in an upcoming release. If
     * you need this functionality, you can create a PodMonitor manually.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringPodMonitorMetricRelabelings> getPodMonitorMetricRelabelings() {
        return null;
    }

    /**
     * The list of relabelings for the <code>PodMonitor</code>. Applied to samples before scraping.
     * <p>
     * Deprecated: This feature will be removed in an upcoming release. If
     * you need this functionality, you can create a PodMonitor manually.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringPodMonitorRelabelings> getPodMonitorRelabelings() {
        return null;
    }

    /**
     * Configure TLS communication for the metrics endpoint.
     * <p>
     * Changing tls.enabled option will force a rollout of all instances.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringTls getTls() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecMonitoring}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecMonitoring}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecMonitoring> {
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringCustomQueriesConfigMap> customQueriesConfigMap;
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringCustomQueriesSecret> customQueriesSecret;
        java.lang.Boolean disableDefaultQueries;
        java.lang.Boolean enablePodMonitor;
        java.lang.String metricsQueriesTtl;
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringPodMonitorMetricRelabelings> podMonitorMetricRelabelings;
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringPodMonitorRelabelings> podMonitorRelabelings;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringTls tls;

        /**
         * Sets the value of {@link ClusterSpecMonitoring#getCustomQueriesConfigMap}
         * @param customQueriesConfigMap The list of config maps containing the custom queries.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder customQueriesConfigMap(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringCustomQueriesConfigMap> customQueriesConfigMap) {
            this.customQueriesConfigMap = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringCustomQueriesConfigMap>)customQueriesConfigMap;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecMonitoring#getCustomQueriesSecret}
         * @param customQueriesSecret The list of secrets containing the custom queries.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder customQueriesSecret(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringCustomQueriesSecret> customQueriesSecret) {
            this.customQueriesSecret = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringCustomQueriesSecret>)customQueriesSecret;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecMonitoring#getDisableDefaultQueries}
         * @param disableDefaultQueries Whether the default queries should be injected.
         *                              Set it to <code>true</code> if you don't want to inject default queries into the cluster.
         *                              Default: false.
         * @return {@code this}
         */
        public Builder disableDefaultQueries(java.lang.Boolean disableDefaultQueries) {
            this.disableDefaultQueries = disableDefaultQueries;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecMonitoring#getEnablePodMonitor}
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
         * Sets the value of {@link ClusterSpecMonitoring#getMetricsQueriesTtl}
         * @param metricsQueriesTtl The interval during which metrics computed from queries are considered current.
         *                          Once it is exceeded, a new scrape will trigger a rerun
         *                          of the queries.
         *                          If not set, defaults to 30 seconds, in line with Prometheus scraping defaults.
         *                          Setting this to zero disables the caching mechanism and can cause heavy load on the PostgreSQL server.
         * @return {@code this}
         */
        public Builder metricsQueriesTtl(java.lang.String metricsQueriesTtl) {
            this.metricsQueriesTtl = metricsQueriesTtl;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecMonitoring#getPodMonitorMetricRelabelings}
         * @param podMonitorMetricRelabelings The list of metric relabelings for the <code>PodMonitor</code>. Applied to samples before ingestion.
         *                                    Deprecated: This feature will be removed in an upcoming release. If
         *                                    you need this functionality, you can create a PodMonitor manually.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder podMonitorMetricRelabelings(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringPodMonitorMetricRelabelings> podMonitorMetricRelabelings) {
            this.podMonitorMetricRelabelings = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringPodMonitorMetricRelabelings>)podMonitorMetricRelabelings;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecMonitoring#getPodMonitorRelabelings}
         * @param podMonitorRelabelings The list of relabelings for the <code>PodMonitor</code>. Applied to samples before scraping.
         *                              Deprecated: This feature will be removed in an upcoming release. If
         *                              you need this functionality, you can create a PodMonitor manually.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder podMonitorRelabelings(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringPodMonitorRelabelings> podMonitorRelabelings) {
            this.podMonitorRelabelings = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringPodMonitorRelabelings>)podMonitorRelabelings;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecMonitoring#getTls}
         * @param tls Configure TLS communication for the metrics endpoint.
         *            Changing tls.enabled option will force a rollout of all instances.
         * @return {@code this}
         */
        public Builder tls(imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringTls tls) {
            this.tls = tls;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecMonitoring}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecMonitoring build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecMonitoring}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecMonitoring {
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringCustomQueriesConfigMap> customQueriesConfigMap;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringCustomQueriesSecret> customQueriesSecret;
        private final java.lang.Boolean disableDefaultQueries;
        private final java.lang.Boolean enablePodMonitor;
        private final java.lang.String metricsQueriesTtl;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringPodMonitorMetricRelabelings> podMonitorMetricRelabelings;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringPodMonitorRelabelings> podMonitorRelabelings;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringTls tls;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.customQueriesConfigMap = software.amazon.jsii.Kernel.get(this, "customQueriesConfigMap", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringCustomQueriesConfigMap.class)));
            this.customQueriesSecret = software.amazon.jsii.Kernel.get(this, "customQueriesSecret", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringCustomQueriesSecret.class)));
            this.disableDefaultQueries = software.amazon.jsii.Kernel.get(this, "disableDefaultQueries", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.enablePodMonitor = software.amazon.jsii.Kernel.get(this, "enablePodMonitor", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.metricsQueriesTtl = software.amazon.jsii.Kernel.get(this, "metricsQueriesTtl", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.podMonitorMetricRelabelings = software.amazon.jsii.Kernel.get(this, "podMonitorMetricRelabelings", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringPodMonitorMetricRelabelings.class)));
            this.podMonitorRelabelings = software.amazon.jsii.Kernel.get(this, "podMonitorRelabelings", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringPodMonitorRelabelings.class)));
            this.tls = software.amazon.jsii.Kernel.get(this, "tls", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringTls.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.customQueriesConfigMap = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringCustomQueriesConfigMap>)builder.customQueriesConfigMap;
            this.customQueriesSecret = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringCustomQueriesSecret>)builder.customQueriesSecret;
            this.disableDefaultQueries = builder.disableDefaultQueries;
            this.enablePodMonitor = builder.enablePodMonitor;
            this.metricsQueriesTtl = builder.metricsQueriesTtl;
            this.podMonitorMetricRelabelings = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringPodMonitorMetricRelabelings>)builder.podMonitorMetricRelabelings;
            this.podMonitorRelabelings = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringPodMonitorRelabelings>)builder.podMonitorRelabelings;
            this.tls = builder.tls;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringCustomQueriesConfigMap> getCustomQueriesConfigMap() {
            return this.customQueriesConfigMap;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringCustomQueriesSecret> getCustomQueriesSecret() {
            return this.customQueriesSecret;
        }

        @Override
        public final java.lang.Boolean getDisableDefaultQueries() {
            return this.disableDefaultQueries;
        }

        @Override
        public final java.lang.Boolean getEnablePodMonitor() {
            return this.enablePodMonitor;
        }

        @Override
        public final java.lang.String getMetricsQueriesTtl() {
            return this.metricsQueriesTtl;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringPodMonitorMetricRelabelings> getPodMonitorMetricRelabelings() {
            return this.podMonitorMetricRelabelings;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringPodMonitorRelabelings> getPodMonitorRelabelings() {
            return this.podMonitorRelabelings;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoringTls getTls() {
            return this.tls;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getCustomQueriesConfigMap() != null) {
                data.set("customQueriesConfigMap", om.valueToTree(this.getCustomQueriesConfigMap()));
            }
            if (this.getCustomQueriesSecret() != null) {
                data.set("customQueriesSecret", om.valueToTree(this.getCustomQueriesSecret()));
            }
            if (this.getDisableDefaultQueries() != null) {
                data.set("disableDefaultQueries", om.valueToTree(this.getDisableDefaultQueries()));
            }
            if (this.getEnablePodMonitor() != null) {
                data.set("enablePodMonitor", om.valueToTree(this.getEnablePodMonitor()));
            }
            if (this.getMetricsQueriesTtl() != null) {
                data.set("metricsQueriesTtl", om.valueToTree(this.getMetricsQueriesTtl()));
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
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecMonitoring"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecMonitoring.Jsii$Proxy that = (ClusterSpecMonitoring.Jsii$Proxy) o;

            if (this.customQueriesConfigMap != null ? !this.customQueriesConfigMap.equals(that.customQueriesConfigMap) : that.customQueriesConfigMap != null) return false;
            if (this.customQueriesSecret != null ? !this.customQueriesSecret.equals(that.customQueriesSecret) : that.customQueriesSecret != null) return false;
            if (this.disableDefaultQueries != null ? !this.disableDefaultQueries.equals(that.disableDefaultQueries) : that.disableDefaultQueries != null) return false;
            if (this.enablePodMonitor != null ? !this.enablePodMonitor.equals(that.enablePodMonitor) : that.enablePodMonitor != null) return false;
            if (this.metricsQueriesTtl != null ? !this.metricsQueriesTtl.equals(that.metricsQueriesTtl) : that.metricsQueriesTtl != null) return false;
            if (this.podMonitorMetricRelabelings != null ? !this.podMonitorMetricRelabelings.equals(that.podMonitorMetricRelabelings) : that.podMonitorMetricRelabelings != null) return false;
            if (this.podMonitorRelabelings != null ? !this.podMonitorRelabelings.equals(that.podMonitorRelabelings) : that.podMonitorRelabelings != null) return false;
            return this.tls != null ? this.tls.equals(that.tls) : that.tls == null;
        }

        @Override
        public final int hashCode() {
            int result = this.customQueriesConfigMap != null ? this.customQueriesConfigMap.hashCode() : 0;
            result = 31 * result + (this.customQueriesSecret != null ? this.customQueriesSecret.hashCode() : 0);
            result = 31 * result + (this.disableDefaultQueries != null ? this.disableDefaultQueries.hashCode() : 0);
            result = 31 * result + (this.enablePodMonitor != null ? this.enablePodMonitor.hashCode() : 0);
            result = 31 * result + (this.metricsQueriesTtl != null ? this.metricsQueriesTtl.hashCode() : 0);
            result = 31 * result + (this.podMonitorMetricRelabelings != null ? this.podMonitorMetricRelabelings.hashCode() : 0);
            result = 31 * result + (this.podMonitorRelabelings != null ? this.podMonitorRelabelings.hashCode() : 0);
            result = 31 * result + (this.tls != null ? this.tls.hashCode() : 0);
            return result;
        }
    }
}
