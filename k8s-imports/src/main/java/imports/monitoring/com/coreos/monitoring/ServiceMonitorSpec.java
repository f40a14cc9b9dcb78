package imports.monitoring.com.coreos.monitoring;

/**
 * spec defines the specification of desired Service selection for target discovery by Prometheus.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.602Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.ServiceMonitorSpec")
@software.amazon.jsii.Jsii.Proxy(ServiceMonitorSpec.Jsii$Proxy.class)
public interface ServiceMonitorSpec extends software.amazon.jsii.JsiiSerializable {

    /**
     * endpoints defines the list of endpoints part of this ServiceMonitor.
     * <p>
     * Defines how to scrape metrics from Kubernetes <a href="https://kubernetes.io/docs/concepts/services-networking/service/#endpoints">Endpoints</a> objects.
     * In most cases, an Endpoints object is backed by a Kubernetes <a href="https://kubernetes.io/docs/concepts/services-networking/service/">Service</a> object with the same name and labels.
     */
    @org.jetbrains.annotations.NotNull java.util.List<imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpoints> getEndpoints();

    /**
     * selector defines the label selector to select the Kubernetes <code>Endpoints</code> objects to scrape metrics from.
     */
    @org.jetbrains.annotations.NotNull imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecSelector getSelector();

    /**
     * attachMetadata defines additional metadata which is added to the discovered targets.
     * <p>
     * It requires Prometheus &gt;= v2.37.0.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecAttachMetadata getAttachMetadata() {
        return null;
    }

    /**
     * bodySizeLimit when defined, bodySizeLimit specifies a job level limit on the size of uncompressed response body that will be accepted by Prometheus.
     * <p>
     * It requires Prometheus &gt;= v2.28.0.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getBodySizeLimit() {
        return null;
    }

    /**
     * convertClassicHistogramsToNHCB defines whether to convert all scraped classic histograms into a native histogram with custom buckets.
     * <p>
     * It requires Prometheus &gt;= v3.0.0.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getConvertClassicHistogramsToNhcb() {
        return null;
    }

    /**
     * fallbackScrapeProtocol defines the protocol to use if a scrape returns blank, unparseable, or otherwise invalid Content-Type.
     * <p>
     * It requires Prometheus &gt;= v3.0.0.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecFallbackScrapeProtocol getFallbackScrapeProtocol() {
        return null;
    }

    /**
     * jobLabel selects the label from the associated Kubernetes <code>Service</code> object which will be used as the <code>job</code> label for all metrics.
     * <p>
     * For example if <code>jobLabel</code> is set to <code>foo</code> and the Kubernetes <code>Service</code>
     * object is labeled with <code>foo: bar</code>, then Prometheus adds the <code>job="bar"</code>
     * label to all ingested metrics.
     * <p>
     * If the value of this field is empty or if the label doesn't exist for
     * the given Service, the <code>job</code> label of the metrics defaults to the name
     * of the associated Kubernetes <code>Service</code>.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getJobLabel() {
        return null;
    }

    /**
     * keepDroppedTargets defines the per-scrape limit on the number of targets dropped by relabeling that will be kept in memory.
     * <p>
     * 0 means no limit.
     * <p>
     * It requires Prometheus &gt;= v2.47.0.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getKeepDroppedTargets() {
        return null;
    }

    /**
     * labelLimit defines the per-scrape limit on number of labels that will be accepted for a sample.
     * <p>
     * It requires Prometheus &gt;= v2.27.0.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getLabelLimit() {
        return null;
    }

    /**
     * labelNameLengthLimit defines the per-scrape limit on length of labels name that will be accepted for a sample.
     * <p>
     * It requires Prometheus &gt;= v2.27.0.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getLabelNameLengthLimit() {
        return null;
    }

    /**
     * labelValueLengthLimit defines the per-scrape limit on length of labels value that will be accepted for a sample.
     * <p>
     * It requires Prometheus &gt;= v2.27.0.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getLabelValueLengthLimit() {
        return null;
    }

    /**
     * namespaceSelector defines in which namespace(s) Prometheus should discover the services.
     * <p>
     * By default, the services are discovered in the same namespace as the <code>ServiceMonitor</code> object but it is possible to select pods across different/all namespaces.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecNamespaceSelector getNamespaceSelector() {
        return null;
    }

    /**
     * nativeHistogramBucketLimit defines ff there are more than this many buckets in a native histogram, buckets will be merged to stay within the limit.
     * <p>
     * It requires Prometheus &gt;= v2.45.0.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getNativeHistogramBucketLimit() {
        return null;
    }

    /**
     * nativeHistogramMinBucketFactor defines if the growth factor of one bucket to the next is smaller than this, buckets will be merged to increase the factor sufficiently.
     * <p>
     * It requires Prometheus &gt;= v2.50.0.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecNativeHistogramMinBucketFactor getNativeHistogramMinBucketFactor() {
        return null;
    }

    /**
     * podTargetLabels defines the labels which are transferred from the associated Kubernetes <code>Pod</code> object onto the ingested metrics.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getPodTargetLabels() {
        return null;
    }

    /**
     * sampleLimit defines a per-scrape limit on the number of scraped samples that will be accepted.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getSampleLimit() {
        return null;
    }

    /**
     * scrapeClass defines the scrape class to apply.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getScrapeClass() {
        return null;
    }

    /**
     * scrapeClassicHistograms defines whether to scrape a classic histogram that is also exposed as a native histogram.
     * <p>
     * It requires Prometheus &gt;= v2.45.0.
     * <p>
     * Notice: <code>scrapeClassicHistograms</code> corresponds to the <code>always_scrape_classic_histograms</code> field in the Prometheus configuration.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getScrapeClassicHistograms() {
        return null;
    }

    /**
     * scrapeNativeHistograms defines whether to enable scraping of native histograms.
     * <p>
     * It requires Prometheus &gt;= v3.8.0.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getScrapeNativeHistograms() {
        return null;
    }

    /**
     * scrapeProtocols defines the protocols to negotiate during a scrape.
     * <p>
     * It tells clients the
     * protocols supported by Prometheus in order of preference (from most to least preferred).
     * <p>
     * If unset, Prometheus uses its default value.
     * <p>
     * It requires Prometheus &gt;= v2.49.0.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecScrapeProtocols> getScrapeProtocols() {
        return null;
    }

    /**
     * selectorMechanism defines the mechanism used to select the endpoints to scrape.
     * <p>
     * By default, the selection process relies on relabel configurations to filter the discovered targets.
     * Alternatively, you can opt in for role selectors, which may offer better efficiency in large clusters.
     * Which strategy is best for your use case needs to be carefully evaluated.
     * <p>
     * It requires Prometheus &gt;= v2.17.0.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecSelectorMechanism getSelectorMechanism() {
        return null;
    }

    /**
     * serviceDiscoveryRole defines the service discovery role used to discover targets.
     * <p>
     * If set, the value should be either "Endpoints" or "EndpointSlice".
     * Otherwise it defaults to the value defined in the
     * Prometheus/PrometheusAgent resource.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecServiceDiscoveryRole getServiceDiscoveryRole() {
        return null;
    }

    /**
     * targetLabels defines the labels which are transferred from the associated Kubernetes <code>Service</code> object onto the ingested metrics.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getTargetLabels() {
        return null;
    }

    /**
     * targetLimit defines a limit on the number of scraped targets that will be accepted.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getTargetLimit() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ServiceMonitorSpec}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ServiceMonitorSpec}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ServiceMonitorSpec> {
        java.util.List<imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpoints> endpoints;
        imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecSelector selector;
        imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecAttachMetadata attachMetadata;
        java.lang.String bodySizeLimit;
        java.lang.Boolean convertClassicHistogramsToNhcb;
        imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecFallbackScrapeProtocol fallbackScrapeProtocol;
        java.lang.String jobLabel;
        java.lang.Number keepDroppedTargets;
        java.lang.Number labelLimit;
        java.lang.Number labelNameLengthLimit;
        java.lang.Number labelValueLengthLimit;
        imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecNamespaceSelector namespaceSelector;
        java.lang.Number nativeHistogramBucketLimit;
        imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecNativeHistogramMinBucketFactor nativeHistogramMinBucketFactor;
        java.util.List<java.lang.String> podTargetLabels;
        java.lang.Number sampleLimit;
        java.lang.String scrapeClass;
        java.lang.Boolean scrapeClassicHistograms;
        java.lang.Boolean scrapeNativeHistograms;
        java.util.List<imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecScrapeProtocols> scrapeProtocols;
        imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecSelectorMechanism selectorMechanism;
        imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecServiceDiscoveryRole serviceDiscoveryRole;
        java.util.List<java.lang.String> targetLabels;
        java.lang.Number targetLimit;

        /**
         * Sets the value of {@link ServiceMonitorSpec#getEndpoints}
         * @param endpoints endpoints defines the list of endpoints part of this ServiceMonitor. This parameter is required.
         *                  Defines how to scrape metrics from Kubernetes <a href="https://kubernetes.io/docs/concepts/services-networking/service/#endpoints">Endpoints</a> objects.
         *                  In most cases, an Endpoints object is backed by a Kubernetes <a href="https://kubernetes.io/docs/concepts/services-networking/service/">Service</a> object with the same name and labels.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder endpoints(java.util.List<? extends imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpoints> endpoints) {
            this.endpoints = (java.util.List<imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpoints>)endpoints;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getSelector}
         * @param selector selector defines the label selector to select the Kubernetes <code>Endpoints</code> objects to scrape metrics from. This parameter is required.
         * @return {@code this}
         */
        public Builder selector(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecSelector selector) {
            this.selector = selector;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getAttachMetadata}
         * @param attachMetadata attachMetadata defines additional metadata which is added to the discovered targets.
         *                       It requires Prometheus &gt;= v2.37.0.
         * @return {@code this}
         */
        public Builder attachMetadata(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecAttachMetadata attachMetadata) {
            this.attachMetadata = attachMetadata;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getBodySizeLimit}
         * @param bodySizeLimit bodySizeLimit when defined, bodySizeLimit specifies a job level limit on the size of uncompressed response body that will be accepted by Prometheus.
         *                      It requires Prometheus &gt;= v2.28.0.
         * @return {@code this}
         */
        public Builder bodySizeLimit(java.lang.String bodySizeLimit) {
            this.bodySizeLimit = bodySizeLimit;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getConvertClassicHistogramsToNhcb}
         * @param convertClassicHistogramsToNhcb convertClassicHistogramsToNHCB defines whether to convert all scraped classic histograms into a native histogram with custom buckets.
         *                                       It requires Prometheus &gt;= v3.0.0.
         * @return {@code this}
         */
        public Builder convertClassicHistogramsToNhcb(java.lang.Boolean convertClassicHistogramsToNhcb) {
            this.convertClassicHistogramsToNhcb = convertClassicHistogramsToNhcb;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getFallbackScrapeProtocol}
         * @param fallbackScrapeProtocol fallbackScrapeProtocol defines the protocol to use if a scrape returns blank, unparseable, or otherwise invalid Content-Type.
         *                               It requires Prometheus &gt;= v3.0.0.
         * @return {@code this}
         */
        public Builder fallbackScrapeProtocol(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecFallbackScrapeProtocol fallbackScrapeProtocol) {
            this.fallbackScrapeProtocol = fallbackScrapeProtocol;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getJobLabel}
         * @param jobLabel jobLabel selects the label from the associated Kubernetes <code>Service</code> object which will be used as the <code>job</code> label for all metrics.
         *                 For example if <code>jobLabel</code> is set to <code>foo</code> and the Kubernetes <code>Service</code>
         *                 object is labeled with <code>foo: bar</code>, then Prometheus adds the <code>job="bar"</code>
         *                 label to all ingested metrics.
         *                 <p>
         *                 If the value of this field is empty or if the label doesn't exist for
         *                 the given Service, the <code>job</code> label of the metrics defaults to the name
         *                 of the associated Kubernetes <code>Service</code>.
         * @return {@code this}
         */
        public Builder jobLabel(java.lang.String jobLabel) {
            this.jobLabel = jobLabel;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getKeepDroppedTargets}
         * @param keepDroppedTargets keepDroppedTargets defines the per-scrape limit on the number of targets dropped by relabeling that will be kept in memory.
         *                           0 means no limit.
         *                           <p>
         *                           It requires Prometheus &gt;= v2.47.0.
         * @return {@code this}
         */
        public Builder keepDroppedTargets(java.lang.Number keepDroppedTargets) {
            this.keepDroppedTargets = keepDroppedTargets;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getLabelLimit}
         * @param labelLimit labelLimit defines the per-scrape limit on number of labels that will be accepted for a sample.
         *                   It requires Prometheus &gt;= v2.27.0.
         * @return {@code this}
         */
        public Builder labelLimit(java.lang.Number labelLimit) {
            this.labelLimit = labelLimit;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getLabelNameLengthLimit}
         * @param labelNameLengthLimit labelNameLengthLimit defines the per-scrape limit on length of labels name that will be accepted for a sample.
         *                             It requires Prometheus &gt;= v2.27.0.
         * @return {@code this}
         */
        public Builder labelNameLengthLimit(java.lang.Number labelNameLengthLimit) {
            this.labelNameLengthLimit = labelNameLengthLimit;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getLabelValueLengthLimit}
         * @param labelValueLengthLimit labelValueLengthLimit defines the per-scrape limit on length of labels value that will be accepted for a sample.
         *                              It requires Prometheus &gt;= v2.27.0.
         * @return {@code this}
         */
        public Builder labelValueLengthLimit(java.lang.Number labelValueLengthLimit) {
            this.labelValueLengthLimit = labelValueLengthLimit;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getNamespaceSelector}
         * @param namespaceSelector namespaceSelector defines in which namespace(s) Prometheus should discover the services.
         *                          By default, the services are discovered in the same namespace as the <code>ServiceMonitor</code> object but it is possible to select pods across different/all namespaces.
         * @return {@code this}
         */
        public Builder namespaceSelector(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecNamespaceSelector namespaceSelector) {
            this.namespaceSelector = namespaceSelector;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getNativeHistogramBucketLimit}
         * @param nativeHistogramBucketLimit nativeHistogramBucketLimit defines ff there are more than this many buckets in a native histogram, buckets will be merged to stay within the limit.
         *                                   It requires Prometheus &gt;= v2.45.0.
         * @return {@code this}
         */
        public Builder nativeHistogramBucketLimit(java.lang.Number nativeHistogramBucketLimit) {
            this.nativeHistogramBucketLimit = nativeHistogramBucketLimit;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getNativeHistogramMinBucketFactor}
         * @param nativeHistogramMinBucketFactor nativeHistogramMinBucketFactor defines if the growth factor of one bucket to the next is smaller than this, buckets will be merged to increase the factor sufficiently.
         *                                       It requires Prometheus &gt;= v2.50.0.
         * @return {@code this}
         */
        public Builder nativeHistogramMinBucketFactor(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecNativeHistogramMinBucketFactor nativeHistogramMinBucketFactor) {
            this.nativeHistogramMinBucketFactor = nativeHistogramMinBucketFactor;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getPodTargetLabels}
         * @param podTargetLabels podTargetLabels defines the labels which are transferred from the associated Kubernetes <code>Pod</code> object onto the ingested metrics.
         * @return {@code this}
         */
        public Builder podTargetLabels(java.util.List<java.lang.String> podTargetLabels) {
            this.podTargetLabels = podTargetLabels;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getSampleLimit}
         * @param sampleLimit sampleLimit defines a per-scrape limit on the number of scraped samples that will be accepted.
         * @return {@code this}
         */
        public Builder sampleLimit(java.lang.Number sampleLimit) {
            this.sampleLimit = sampleLimit;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getScrapeClass}
         * @param scrapeClass scrapeClass defines the scrape class to apply.
         * @return {@code this}
         */
        public Builder scrapeClass(java.lang.String scrapeClass) {
            this.scrapeClass = scrapeClass;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getScrapeClassicHistograms}
         * @param scrapeClassicHistograms scrapeClassicHistograms defines whether to scrape a classic histogram that is also exposed as a native histogram.
         *                                It requires Prometheus &gt;= v2.45.0.
         *                                <p>
         *                                Notice: <code>scrapeClassicHistograms</code> corresponds to the <code>always_scrape_classic_histograms</code> field in the Prometheus configuration.
         * @return {@code this}
         */
        public Builder scrapeClassicHistograms(java.lang.Boolean scrapeClassicHistograms) {
            this.scrapeClassicHistograms = scrapeClassicHistograms;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getScrapeNativeHistograms}
         * @param scrapeNativeHistograms scrapeNativeHistograms defines whether to enable scraping of native histograms.
         *                               It requires Prometheus &gt;= v3.8.0.
         * @return {@code this}
         */
        public Builder scrapeNativeHistograms(java.lang.Boolean scrapeNativeHistograms) {
            this.scrapeNativeHistograms = scrapeNativeHistograms;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getScrapeProtocols}
         * @param scrapeProtocols scrapeProtocols defines the protocols to negotiate during a scrape.
         *                        It tells clients the
         *                        protocols supported by Prometheus in order of preference (from most to least preferred).
         *                        <p>
         *                        If unset, Prometheus uses its default value.
         *                        <p>
         *                        It requires Prometheus &gt;= v2.49.0.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder scrapeProtocols(java.util.List<? extends imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecScrapeProtocols> scrapeProtocols) {
            this.scrapeProtocols = (java.util.List<imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecScrapeProtocols>)scrapeProtocols;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getSelectorMechanism}
         * @param selectorMechanism selectorMechanism defines the mechanism used to select the endpoints to scrape.
         *                          By default, the selection process relies on relabel configurations to filter the discovered targets.
         *                          Alternatively, you can opt in for role selectors, which may offer better efficiency in large clusters.
         *                          Which strategy is best for your use case needs to be carefully evaluated.
         *                          <p>
         *                          It requires Prometheus &gt;= v2.17.0.
         * @return {@code this}
         */
        public Builder selectorMechanism(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecSelectorMechanism selectorMechanism) {
            this.selectorMechanism = selectorMechanism;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getServiceDiscoveryRole}
         * @param serviceDiscoveryRole serviceDiscoveryRole defines the service discovery role used to discover targets.
         *                             If set, the value should be either "Endpoints" or "EndpointSlice".
         *                             Otherwise it defaults to the value defined in the
         *                             Prometheus/PrometheusAgent resource.
         * @return {@code this}
         */
        public Builder serviceDiscoveryRole(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecServiceDiscoveryRole serviceDiscoveryRole) {
            this.serviceDiscoveryRole = serviceDiscoveryRole;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getTargetLabels}
         * @param targetLabels targetLabels defines the labels which are transferred from the associated Kubernetes <code>Service</code> object onto the ingested metrics.
         * @return {@code this}
         */
        public Builder targetLabels(java.util.List<java.lang.String> targetLabels) {
            this.targetLabels = targetLabels;
            return this;
        }

        /**
         * Sets the value of {@link ServiceMonitorSpec#getTargetLimit}
         * @param targetLimit targetLimit defines a limit on the number of scraped targets that will be accepted.
         * @return {@code this}
         */
        public Builder targetLimit(java.lang.Number targetLimit) {
            this.targetLimit = targetLimit;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ServiceMonitorSpec}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ServiceMonitorSpec build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ServiceMonitorSpec}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ServiceMonitorSpec {
        private final java.util.List<imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpoints> endpoints;
        private final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecSelector selector;
        private final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecAttachMetadata attachMetadata;
        private final java.lang.String bodySizeLimit;
        private final java.lang.Boolean convertClassicHistogramsToNhcb;
        private final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecFallbackScrapeProtocol fallbackScrapeProtocol;
        private final java.lang.String jobLabel;
        private final java.lang.Number keepDroppedTargets;
        private final java.lang.Number labelLimit;
        private final java.lang.Number labelNameLengthLimit;
        private final java.lang.Number labelValueLengthLimit;
        private final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecNamespaceSelector namespaceSelector;
        private final java.lang.Number nativeHistogramBucketLimit;
        private final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecNativeHistogramMinBucketFactor nativeHistogramMinBucketFactor;
        private final java.util.List<java.lang.String> podTargetLabels;
        private final java.lang.Number sampleLimit;
        private final java.lang.String scrapeClass;
        private final java.lang.Boolean scrapeClassicHistograms;
        private final java.lang.Boolean scrapeNativeHistograms;
        private final java.util.List<imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecScrapeProtocols> scrapeProtocols;
        private final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecSelectorMechanism selectorMechanism;
        private final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecServiceDiscoveryRole serviceDiscoveryRole;
        private final java.util.List<java.lang.String> targetLabels;
        private final java.lang.Number targetLimit;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.endpoints = software.amazon.jsii.Kernel.get(this, "endpoints", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpoints.class)));
            this.selector = software.amazon.jsii.Kernel.get(this, "selector", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecSelector.class));
            this.attachMetadata = software.amazon.jsii.Kernel.get(this, "attachMetadata", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecAttachMetadata.class));
            this.bodySizeLimit = software.amazon.jsii.Kernel.get(this, "bodySizeLimit", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.convertClassicHistogramsToNhcb = software.amazon.jsii.Kernel.get(this, "convertClassicHistogramsToNhcb", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.fallbackScrapeProtocol = software.amazon.jsii.Kernel.get(this, "fallbackScrapeProtocol", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecFallbackScrapeProtocol.class));
            this.jobLabel = software.amazon.jsii.Kernel.get(this, "jobLabel", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.keepDroppedTargets = software.amazon.jsii.Kernel.get(this, "keepDroppedTargets", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.labelLimit = software.amazon.jsii.Kernel.get(this, "labelLimit", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.labelNameLengthLimit = software.amazon.jsii.Kernel.get(this, "labelNameLengthLimit", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.labelValueLengthLimit = software.amazon.jsii.Kernel.get(this, "labelValueLengthLimit", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.namespaceSelector = software.amazon.jsii.Kernel.get(this, "namespaceSelector", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecNamespaceSelector.class));
            this.nativeHistogramBucketLimit = software.amazon.jsii.Kernel.get(this, "nativeHistogramBucketLimit", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.nativeHistogramMinBucketFactor = software.amazon.jsii.Kernel.get(this, "nativeHistogramMinBucketFactor", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecNativeHistogramMinBucketFactor.class));
            this.podTargetLabels = software.amazon.jsii.Kernel.get(this, "podTargetLabels", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.sampleLimit = software.amazon.jsii.Kernel.get(this, "sampleLimit", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.scrapeClass = software.amazon.jsii.Kernel.get(this, "scrapeClass", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.scrapeClassicHistograms = software.amazon.jsii.Kernel.get(this, "scrapeClassicHistograms", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.scrapeNativeHistograms = software.amazon.jsii.Kernel.get(this, "scrapeNativeHistograms", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.scrapeProtocols = software.amazon.jsii.Kernel.get(this, "scrapeProtocols", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecScrapeProtocols.class)));
            this.selectorMechanism = software.amazon.jsii.Kernel.get(this, "selectorMechanism", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecSelectorMechanism.class));
            this.serviceDiscoveryRole = software.amazon.jsii.Kernel.get(this, "serviceDiscoveryRole", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecServiceDiscoveryRole.class));
            this.targetLabels = software.amazon.jsii.Kernel.get(this, "targetLabels", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.targetLimit = software.amazon.jsii.Kernel.get(this, "targetLimit", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.endpoints = (java.util.List<imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpoints>)java.util.Objects.requireNonNull(builder.endpoints, "endpoints is required");
            this.selector = java.util.Objects.requireNonNull(builder.selector, "selector is required");
            this.attachMetadata = builder.attachMetadata;
            this.bodySizeLimit = builder.bodySizeLimit;
            this.convertClassicHistogramsToNhcb = builder.convertClassicHistogramsToNhcb;
            this.fallbackScrapeProtocol = builder.fallbackScrapeProtocol;
            this.jobLabel = builder.jobLabel;
            this.keepDroppedTargets = builder.keepDroppedTargets;
            this.labelLimit = builder.labelLimit;
            this.labelNameLengthLimit = builder.labelNameLengthLimit;
            this.labelValueLengthLimit = builder.labelValueLengthLimit;
            this.namespaceSelector = builder.namespaceSelector;
            this.nativeHistogramBucketLimit = builder.nativeHistogramBucketLimit;
            this.nativeHistogramMinBucketFactor = builder.nativeHistogramMinBucketFactor;
            this.podTargetLabels = builder.podTargetLabels;
            this.sampleLimit = builder.sampleLimit;
            this.scrapeClass = builder.scrapeClass;
            this.scrapeClassicHistograms = builder.scrapeClassicHistograms;
            this.scrapeNativeHistograms = builder.scrapeNativeHistograms;
            this.scrapeProtocols = (java.util.List<imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecScrapeProtocols>)builder.scrapeProtocols;
            this.selectorMechanism = builder.selectorMechanism;
            this.serviceDiscoveryRole = builder.serviceDiscoveryRole;
            this.targetLabels = builder.targetLabels;
            this.targetLimit = builder.targetLimit;
        }

        @Override
        public final java.util.List<imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpoints> getEndpoints() {
            return this.endpoints;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecSelector getSelector() {
            return this.selector;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecAttachMetadata getAttachMetadata() {
            return this.attachMetadata;
        }

        @Override
        public final java.lang.String getBodySizeLimit() {
            return this.bodySizeLimit;
        }

        @Override
        public final java.lang.Boolean getConvertClassicHistogramsToNhcb() {
            return this.convertClassicHistogramsToNhcb;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecFallbackScrapeProtocol getFallbackScrapeProtocol() {
            return this.fallbackScrapeProtocol;
        }

        @Override
        public final java.lang.String getJobLabel() {
            return this.jobLabel;
        }

        @Override
        public final java.lang.Number getKeepDroppedTargets() {
            return this.keepDroppedTargets;
        }

        @Override
        public final java.lang.Number getLabelLimit() {
            return this.labelLimit;
        }

        @Override
        public final java.lang.Number getLabelNameLengthLimit() {
            return this.labelNameLengthLimit;
        }

        @Override
        public final java.lang.Number getLabelValueLengthLimit() {
            return this.labelValueLengthLimit;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecNamespaceSelector getNamespaceSelector() {
            return this.namespaceSelector;
        }

        @Override
        public final java.lang.Number getNativeHistogramBucketLimit() {
            return this.nativeHistogramBucketLimit;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecNativeHistogramMinBucketFactor getNativeHistogramMinBucketFactor() {
            return this.nativeHistogramMinBucketFactor;
        }

        @Override
        public final java.util.List<java.lang.String> getPodTargetLabels() {
            return this.podTargetLabels;
        }

        @Override
        public final java.lang.Number getSampleLimit() {
            return this.sampleLimit;
        }

        @Override
        public final java.lang.String getScrapeClass() {
            return this.scrapeClass;
        }

        @Override
        public final java.lang.Boolean getScrapeClassicHistograms() {
            return this.scrapeClassicHistograms;
        }

        @Override
        public final java.lang.Boolean getScrapeNativeHistograms() {
            return this.scrapeNativeHistograms;
        }

        @Override
        public final java.util.List<imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecScrapeProtocols> getScrapeProtocols() {
            return this.scrapeProtocols;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecSelectorMechanism getSelectorMechanism() {
            return this.selectorMechanism;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecServiceDiscoveryRole getServiceDiscoveryRole() {
            return this.serviceDiscoveryRole;
        }

        @Override
        public final java.util.List<java.lang.String> getTargetLabels() {
            return this.targetLabels;
        }

        @Override
        public final java.lang.Number getTargetLimit() {
            return this.targetLimit;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("endpoints", om.valueToTree(this.getEndpoints()));
            data.set("selector", om.valueToTree(this.getSelector()));
            if (this.getAttachMetadata() != null) {
                data.set("attachMetadata", om.valueToTree(this.getAttachMetadata()));
            }
            if (this.getBodySizeLimit() != null) {
                data.set("bodySizeLimit", om.valueToTree(this.getBodySizeLimit()));
            }
            if (this.getConvertClassicHistogramsToNhcb() != null) {
                data.set("convertClassicHistogramsToNhcb", om.valueToTree(this.getConvertClassicHistogramsToNhcb()));
            }
            if (this.getFallbackScrapeProtocol() != null) {
                data.set("fallbackScrapeProtocol", om.valueToTree(this.getFallbackScrapeProtocol()));
            }
            if (this.getJobLabel() != null) {
                data.set("jobLabel", om.valueToTree(this.getJobLabel()));
            }
            if (this.getKeepDroppedTargets() != null) {
                data.set("keepDroppedTargets", om.valueToTree(this.getKeepDroppedTargets()));
            }
            if (this.getLabelLimit() != null) {
                data.set("labelLimit", om.valueToTree(this.getLabelLimit()));
            }
            if (this.getLabelNameLengthLimit() != null) {
                data.set("labelNameLengthLimit", om.valueToTree(this.getLabelNameLengthLimit()));
            }
            if (this.getLabelValueLengthLimit() != null) {
                data.set("labelValueLengthLimit", om.valueToTree(this.getLabelValueLengthLimit()));
            }
            if (this.getNamespaceSelector() != null) {
                data.set("namespaceSelector", om.valueToTree(this.getNamespaceSelector()));
            }
            if (this.getNativeHistogramBucketLimit() != null) {
                data.set("nativeHistogramBucketLimit", om.valueToTree(this.getNativeHistogramBucketLimit()));
            }
            if (this.getNativeHistogramMinBucketFactor() != null) {
                data.set("nativeHistogramMinBucketFactor", om.valueToTree(this.getNativeHistogramMinBucketFactor()));
            }
            if (this.getPodTargetLabels() != null) {
                data.set("podTargetLabels", om.valueToTree(this.getPodTargetLabels()));
            }
            if (this.getSampleLimit() != null) {
                data.set("sampleLimit", om.valueToTree(this.getSampleLimit()));
            }
            if (this.getScrapeClass() != null) {
                data.set("scrapeClass", om.valueToTree(this.getScrapeClass()));
            }
            if (this.getScrapeClassicHistograms() != null) {
                data.set("scrapeClassicHistograms", om.valueToTree(this.getScrapeClassicHistograms()));
            }
            if (this.getScrapeNativeHistograms() != null) {
                data.set("scrapeNativeHistograms", om.valueToTree(this.getScrapeNativeHistograms()));
            }
            if (this.getScrapeProtocols() != null) {
                data.set("scrapeProtocols", om.valueToTree(this.getScrapeProtocols()));
            }
            if (this.getSelectorMechanism() != null) {
                data.set("selectorMechanism", om.valueToTree(this.getSelectorMechanism()));
            }
            if (this.getServiceDiscoveryRole() != null) {
                data.set("serviceDiscoveryRole", om.valueToTree(this.getServiceDiscoveryRole()));
            }
            if (this.getTargetLabels() != null) {
                data.set("targetLabels", om.valueToTree(this.getTargetLabels()));
            }
            if (this.getTargetLimit() != null) {
                data.set("targetLimit", om.valueToTree(this.getTargetLimit()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("monitoring_comcoreosmonitoring.ServiceMonitorSpec"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ServiceMonitorSpec.Jsii$Proxy that = (ServiceMonitorSpec.Jsii$Proxy) o;

            if (!endpoints.equals(that.endpoints)) return false;
            if (!selector.equals(that.selector)) return false;
            if (this.attachMetadata != null ? !this.attachMetadata.equals(that.attachMetadata) : that.attachMetadata != null) return false;
            if (this.bodySizeLimit != null ? !this.bodySizeLimit.equals(that.bodySizeLimit) : that.bodySizeLimit != null) return false;
            if (this.convertClassicHistogramsToNhcb != null ? !this.convertClassicHistogramsToNhcb.equals(that.convertClassicHistogramsToNhcb) : that.convertClassicHistogramsToNhcb != null) return false;
            if (this.fallbackScrapeProtocol != null ? !this.fallbackScrapeProtocol.equals(that.fallbackScrapeProtocol) : that.fallbackScrapeProtocol != null) return false;
            if (this.jobLabel != null ? !this.jobLabel.equals(that.jobLabel) : that.jobLabel != null) return false;
            if (this.keepDroppedTargets != null ? !this.keepDroppedTargets.equals(that.keepDroppedTargets) : that.keepDroppedTargets != null) return false;
            if (this.labelLimit != null ? !this.labelLimit.equals(that.labelLimit) : that.labelLimit != null) return false;
            if (this.labelNameLengthLimit != null ? !this.labelNameLengthLimit.equals(that.labelNameLengthLimit) : that.labelNameLengthLimit != null) return false;
            if (this.labelValueLengthLimit != null ? !this.labelValueLengthLimit.equals(that.labelValueLengthLimit) : that.labelValueLengthLimit != null) return false;
            if (this.namespaceSelector != null ? !this.namespaceSelector.equals(that.namespaceSelector) : that.namespaceSelector != null) return false;
            if (this.nativeHistogramBucketLimit != null ? !this.nativeHistogramBucketLimit.equals(that.nativeHistogramBucketLimit) : that.nativeHistogramBucketLimit != null) return false;
            if (this.nativeHistogramMinBucketFactor != null ? !this.nativeHistogramMinBucketFactor.equals(that.nativeHistogramMinBucketFactor) : that.nativeHistogramMinBucketFactor != null) return false;
            if (this.podTargetLabels != null ? !this.podTargetLabels.equals(that.podTargetLabels) : that.podTargetLabels != null) return false;
            if (this.sampleLimit != null ? !this.sampleLimit.equals(that.sampleLimit) : that.sampleLimit != null) return false;
            if (this.scrapeClass != null ? !this.scrapeClass.equals(that.scrapeClass) : that.scrapeClass != null) return false;
            if (this.scrapeClassicHistograms != null ? !this.scrapeClassicHistograms.equals(that.scrapeClassicHistograms) : that.scrapeClassicHistograms != null) return false;
            if (this.scrapeNativeHistograms != null ? !this.scrapeNativeHistograms.equals(that.scrapeNativeHistograms) : that.scrapeNativeHistograms != null) return false;
            if (this.scrapeProtocols != null ? !this.scrapeProtocols.equals(that.scrapeProtocols) : that.scrapeProtocols != null) return false;
            if (this.selectorMechanism != null ? !this.selectorMechanism.equals(that.selectorMechanism) : that.selectorMechanism != null) return false;
            if (this.serviceDiscoveryRole != null ? !this.serviceDiscoveryRole.equals(that.serviceDiscoveryRole) : that.serviceDiscoveryRole != null) return false;
            if (this.targetLabels != null ? !this.targetLabels.equals(that.targetLabels) : that.targetLabels != null) return false;
            return this.targetLimit != null ? this.targetLimit.equals(that.targetLimit) : that.targetLimit == null;
        }

        @Override
        public final int hashCode() {
            int result = this.endpoints.hashCode();
            result = 31 * result + (this.selector.hashCode());
            result = 31 * result + (this.attachMetadata != null ? this.attachMetadata.hashCode() : 0);
            result = 31 * result + (this.bodySizeLimit != null ? this.bodySizeLimit.hashCode() : 0);
            result = 31 * result + (this.convertClassicHistogramsToNhcb != null ? this.convertClassicHistogramsToNhcb.hashCode() : 0);
            result = 31 * result + (this.fallbackScrapeProtocol != null ? this.fallbackScrapeProtocol.hashCode() : 0);
            result = 31 * result + (this.jobLabel != null ? this.jobLabel.hashCode() : 0);
            result = 31 * result + (this.keepDroppedTargets != null ? this.keepDroppedTargets.hashCode() : 0);
            result = 31 * result + (this.labelLimit != null ? this.labelLimit.hashCode() : 0);
            result = 31 * result + (this.labelNameLengthLimit != null ? this.labelNameLengthLimit.hashCode() : 0);
            result = 31 * result + (this.labelValueLengthLimit != null ? this.labelValueLengthLimit.hashCode() : 0);
            result = 31 * result + (this.namespaceSelector != null ? this.namespaceSelector.hashCode() : 0);
            result = 31 * result + (this.nativeHistogramBucketLimit != null ? this.nativeHistogramBucketLimit.hashCode() : 0);
            result = 31 * result + (this.nativeHistogramMinBucketFactor != null ? this.nativeHistogramMinBucketFactor.hashCode() : 0);
            result = 31 * result + (this.podTargetLabels != null ? this.podTargetLabels.hashCode() : 0);
            result = 31 * result + (this.sampleLimit != null ? this.sampleLimit.hashCode() : 0);
            result = 31 * result + (this.scrapeClass != null ? this.scrapeClass.hashCode() : 0);
            result = 31 * result + (this.scrapeClassicHistograms != null ? this.scrapeClassicHistograms.hashCode() : 0);
            result = 31 * result + (this.scrapeNativeHistograms != null ? this.scrapeNativeHistograms.hashCode() : 0);
            result = 31 * result + (this.scrapeProtocols != null ? this.scrapeProtocols.hashCode() : 0);
            result = 31 * result + (this.selectorMechanism != null ? this.selectorMechanism.hashCode() : 0);
            result = 31 * result + (this.serviceDiscoveryRole != null ? this.serviceDiscoveryRole.hashCode() : 0);
            result = 31 * result + (this.targetLabels != null ? this.targetLabels.hashCode() : 0);
            result = 31 * result + (this.targetLimit != null ? this.targetLimit.hashCode() : 0);
            return result;
        }
    }
}
