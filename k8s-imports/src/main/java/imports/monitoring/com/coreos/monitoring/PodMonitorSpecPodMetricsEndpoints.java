package imports.monitoring.com.coreos.monitoring;

/**
 * PodMetricsEndpoint defines an endpoint serving Prometheus metrics to be scraped by Prometheus.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.496Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.PodMonitorSpecPodMetricsEndpoints")
@software.amazon.jsii.Jsii.Proxy(PodMonitorSpecPodMetricsEndpoints.Jsii$Proxy.class)
public interface PodMonitorSpecPodMetricsEndpoints extends software.amazon.jsii.JsiiSerializable {

    /**
     * authorization configures the Authorization header credentials used by the client.
     * <p>
     * Cannot be set at the same time as <code>basicAuth</code>, <code>bearerTokenSecret</code> or <code>oauth2</code>.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsAuthorization getAuthorization() {
        return null;
    }

    /**
     * basicAuth defines the Basic Authentication credentials used by the client.
     * <p>
     * Cannot be set at the same time as <code>authorization</code>, <code>bearerTokenSecret</code> or <code>oauth2</code>.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsBasicAuth getBasicAuth() {
        return null;
    }

    /**
     * bearerTokenSecret defines a key of a Secret containing the bearer token used by the client for authentication.
     * <p>
     * The secret needs to be in the
     * same namespace as the custom resource and readable by the Prometheus
     * Operator.
     * <p>
     * Cannot be set at the same time as <code>authorization</code>, <code>basicAuth</code> or <code>oauth2</code>.
     * <p>
     * Deprecated: use <code>authorization</code> instead.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsBearerTokenSecret getBearerTokenSecret() {
        return null;
    }

    /**
     * enableHttp2 can be used to disable HTTP2.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getEnableHttp2() {
        return null;
    }

    /**
     * filterRunning when true, the pods which are not running (e.g. either in Failed or Succeeded state) are dropped during the target discovery.
     * <p>
     * If unset, the filtering is enabled.
     * <p>
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-phase
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getFilterRunning() {
        return null;
    }

    /**
     * followRedirects defines whether the client should follow HTTP 3xx redirects.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getFollowRedirects() {
        return null;
    }

    /**
     * honorLabels when true preserves the metric's labels when they collide with the target's labels.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getHonorLabels() {
        return null;
    }

    /**
     * honorTimestamps defines whether Prometheus preserves the timestamps when exposed by the target.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getHonorTimestamps() {
        return null;
    }

    /**
     * interval at which Prometheus scrapes the metrics from the target.
     * <p>
     * If empty, Prometheus uses the global scrape interval.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getInterval() {
        return null;
    }

    /**
     * metricRelabelings defines the relabeling rules to apply to the samples before ingestion.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsMetricRelabelings> getMetricRelabelings() {
        return null;
    }

    /**
     * noProxy defines a comma-separated string that can contain IPs, CIDR notation, domain names that should be excluded from proxying.
     * <p>
     * IP and domain names can
     * contain port numbers.
     * <p>
     * It requires Prometheus &gt;= v2.43.0, Alertmanager &gt;= v0.25.0 or Thanos &gt;= v0.32.0.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getNoProxy() {
        return null;
    }

    /**
     * oauth2 defines the OAuth2 settings used by the client.
     * <p>
     * It requires Prometheus &gt;= 2.27.0.
     * <p>
     * Cannot be set at the same time as <code>authorization</code>, <code>basicAuth</code> or <code>bearerTokenSecret</code>.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2 getOauth2() {
        return null;
    }

    /**
     * params define optional HTTP URL parameters.
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.util.List<java.lang.String>> getParams() {
        return null;
    }

    /**
     * path defines the HTTP path from which to scrape for metrics.
     * <p>
     * If empty, Prometheus uses the default value (e.g. <code>/metrics</code>).
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getPath() {
        return null;
    }

    /**
     * port defines the <code>Pod</code> port name which exposes the endpoint.
     * <p>
     * If the pod doesn't expose a port with the same name, it will result
     * in no targets being discovered.
     * <p>
     * If a <code>Pod</code> has multiple <code>Port</code>s with the same name (which is not
     * recommended), one target instance per unique port number will be
     * generated.
     * <p>
     * It takes precedence over the <code>portNumber</code> and <code>targetPort</code> fields.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getPort() {
        return null;
    }

    /**
     * portNumber defines the <code>Pod</code> port number which exposes the endpoint.
     * <p>
     * The <code>Pod</code> must declare the specified <code>Port</code> in its spec or the
     * target will be dropped by Prometheus.
     * <p>
     * This cannot be used to enable scraping of an undeclared port.
     * To scrape targets on a port which isn't exposed, you need to use
     * relabeling to override the <code>__address__</code> label (but beware of
     * duplicate targets if the <code>Pod</code> has other declared ports).
     * <p>
     * In practice Prometheus will select targets for which the
     * matches the target's __meta_kubernetes_pod_container_port_number.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getPortNumber() {
        return null;
    }

    /**
     * proxyConnectHeader optionally specifies headers to send to proxies during CONNECT requests.
     * <p>
     * It requires Prometheus &gt;= v2.43.0, Alertmanager &gt;= v0.25.0 or Thanos &gt;= v0.32.0.
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsProxyConnectHeader>> getProxyConnectHeader() {
        return null;
    }

    /**
     * proxyFromEnvironment defines whether to use the proxy configuration defined by environment variables (HTTP_PROXY, HTTPS_PROXY, and NO_PROXY).
     * <p>
     * It requires Prometheus &gt;= v2.43.0, Alertmanager &gt;= v0.25.0 or Thanos &gt;= v0.32.0.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getProxyFromEnvironment() {
        return null;
    }

    /**
     * proxyUrl defines the HTTP proxy server to use.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getProxyUrl() {
        return null;
    }

    /**
     * relabelings defines the relabeling rules to apply the target's metadata labels.
     * <p>
     * The Operator automatically adds relabelings for a few standard Kubernetes fields.
     * <p>
     * The original scrape job's name is available via the <code>__tmp_prometheus_job_name</code> label.
     * <p>
     * More info: https://prometheus.io/docs/prometheus/latest/configuration/configuration/#relabel_config
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsRelabelings> getRelabelings() {
        return null;
    }

    /**
     * scheme defines the HTTP scheme to use for scraping.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsScheme getScheme() {
        return null;
    }

    /**
     * scrapeTimeout defines the timeout after which Prometheus considers the scrape to be failed.
     * <p>
     * If empty, Prometheus uses the global scrape timeout unless it is less
     * than the target's scrape interval value in which the latter is used.
     * The value cannot be greater than the scrape interval otherwise the operator will reject the resource.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getScrapeTimeout() {
        return null;
    }

    /**
     * targetPort defines the name or number of the target port of the <code>Pod</code> object behind the Service, the port must be specified with container port property.
     * <p>
     * Deprecated: use 'port' or 'portNumber' instead.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTargetPort getTargetPort() {
        return null;
    }

    /**
     * tlsConfig defines the TLS configuration used by the client.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfig getTlsConfig() {
        return null;
    }

    /**
     * trackTimestampsStaleness defines whether Prometheus tracks staleness of the metrics that have an explicit timestamp present in scraped data.
     * <p>
     * Has no effect if <code>honorTimestamps</code> is false.
     * <p>
     * It requires Prometheus &gt;= v2.48.0.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getTrackTimestampsStaleness() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PodMonitorSpecPodMetricsEndpoints}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PodMonitorSpecPodMetricsEndpoints}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PodMonitorSpecPodMetricsEndpoints> {
        imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsAuthorization authorization;
        imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsBasicAuth basicAuth;
        imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsBearerTokenSecret bearerTokenSecret;
        java.lang.Boolean enableHttp2;
        java.lang.Boolean filterRunning;
        java.lang.Boolean followRedirects;
        java.lang.Boolean honorLabels;
        java.lang.Boolean honorTimestamps;
        java.lang.String interval;
        java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsMetricRelabelings> metricRelabelings;
        java.lang.String noProxy;
        imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2 oauth2;
        java.util.Map<java.lang.String, java.util.List<java.lang.String>> params;
        java.lang.String path;
        java.lang.String port;
        java.lang.Number portNumber;
        java.util.Map<java.lang.String, java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsProxyConnectHeader>> proxyConnectHeader;
        java.lang.Boolean proxyFromEnvironment;
        java.lang.String proxyUrl;
        java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsRelabelings> relabelings;
        imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsScheme scheme;
        java.lang.String scrapeTimeout;
        imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTargetPort targetPort;
        imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfig tlsConfig;
        java.lang.Boolean trackTimestampsStaleness;

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getAuthorization}
         * @param authorization authorization configures the Authorization header credentials used by the client.
         *                      Cannot be set at the same time as <code>basicAuth</code>, <code>bearerTokenSecret</code> or <code>oauth2</code>.
         * @return {@code this}
         */
        public Builder authorization(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsAuthorization authorization) {
            this.authorization = authorization;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getBasicAuth}
         * @param basicAuth basicAuth defines the Basic Authentication credentials used by the client.
         *                  Cannot be set at the same time as <code>authorization</code>, <code>bearerTokenSecret</code> or <code>oauth2</code>.
         * @return {@code this}
         */
        public Builder basicAuth(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsBasicAuth basicAuth) {
            this.basicAuth = basicAuth;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getBearerTokenSecret}
         * @param bearerTokenSecret bearerTokenSecret defines a key of a Secret containing the bearer token used by the client for authentication.
         *                          The secret needs to be in the
         *                          same namespace as the custom resource and readable by the Prometheus
         *                          Operator.
         *                          <p>
         *                          Cannot be set at the same time as <code>authorization</code>, <code>basicAuth</code> or <code>oauth2</code>.
         *                          <p>
         *                          Deprecated: use <code>authorization</code> instead.
         * @return {@code this}
         */
        public Builder bearerTokenSecret(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsBearerTokenSecret bearerTokenSecret) {
            this.bearerTokenSecret = bearerTokenSecret;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getEnableHttp2}
         * @param enableHttp2 enableHttp2 can be used to disable HTTP2.
         * @return {@code this}
         */
        public Builder enableHttp2(java.lang.Boolean enableHttp2) {
            this.enableHttp2 = enableHttp2;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getFilterRunning}
         * @param filterRunning filterRunning when true, the pods which are not running (e.g. either in Failed or Succeeded state) are dropped during the target discovery.
         *                      If unset, the filtering is enabled.
         *                      <p>
         *                      More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-phase
         * @return {@code this}
         */
        public Builder filterRunning(java.lang.Boolean filterRunning) {
            this.filterRunning = filterRunning;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getFollowRedirects}
         * @param followRedirects followRedirects defines whether the client should follow HTTP 3xx redirects.
         * @return {@code this}
         */
        public Builder followRedirects(java.lang.Boolean followRedirects) {
            this.followRedirects = followRedirects;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getHonorLabels}
         * @param honorLabels honorLabels when true preserves the metric's labels when they collide with the target's labels.
         * @return {@code this}
         */
        public Builder honorLabels(java.lang.Boolean honorLabels) {
            this.honorLabels = honorLabels;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getHonorTimestamps}
         * @param honorTimestamps honorTimestamps defines whether Prometheus preserves the timestamps when exposed by the target.
         * @return {@code this}
         */
        public Builder honorTimestamps(java.lang.Boolean honorTimestamps) {
            this.honorTimestamps = honorTimestamps;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getInterval}
         * @param interval interval at which Prometheus scrapes the metrics from the target.
         *                 If empty, Prometheus uses the global scrape interval.
         * @return {@code this}
         */
        public Builder interval(java.lang.String interval) {
            this.interval = interval;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getMetricRelabelings}
         * @param metricRelabelings metricRelabelings defines the relabeling rules to apply to the samples before ingestion.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder metricRelabelings(java.util.List<? extends imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsMetricRelabelings> metricRelabelings) {
            this.metricRelabelings = (java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsMetricRelabelings>)metricRelabelings;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getNoProxy}
         * @param noProxy noProxy defines a comma-separated string that can contain IPs, CIDR notation, domain names that should be excluded from proxying.
         *                IP and domain names can
         *                contain port numbers.
         *                <p>
         *                It requires Prometheus &gt;= v2.43.0, Alertmanager &gt;= v0.25.0 or Thanos &gt;= v0.32.0.
         * @return {@code this}
         */
        public Builder noProxy(java.lang.String noProxy) {
            this.noProxy = noProxy;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getOauth2}
         * @param oauth2 oauth2 defines the OAuth2 settings used by the client.
         *               It requires Prometheus &gt;= 2.27.0.
         *               <p>
         *               Cannot be set at the same time as <code>authorization</code>, <code>basicAuth</code> or <code>bearerTokenSecret</code>.
         * @return {@code this}
         */
        public Builder oauth2(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2 oauth2) {
            this.oauth2 = oauth2;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getParams}
         * @param params params define optional HTTP URL parameters.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder params(java.util.Map<java.lang.String, ? extends java.util.List<java.lang.String>> params) {
            this.params = (java.util.Map<java.lang.String, java.util.List<java.lang.String>>)params;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getPath}
         * @param path path defines the HTTP path from which to scrape for metrics.
         *             If empty, Prometheus uses the default value (e.g. <code>/metrics</code>).
         * @return {@code this}
         */
        public Builder path(java.lang.String path) {
            this.path = path;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getPort}
         * @param port port defines the <code>Pod</code> port name which exposes the endpoint.
         *             If the pod doesn't expose a port with the same name, it will result
         *             in no targets being discovered.
         *             <p>
         *             If a <code>Pod</code> has multiple <code>Port</code>s with the same name (which is not
         *             recommended), one target instance per unique port number will be
         *             generated.
         *             <p>
         *             It takes precedence over the <code>portNumber</code> and <code>targetPort</code> fields.
         * @return {@code this}
         */
        public Builder port(java.lang.String port) {
            this.port = port;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getPortNumber}
         * @param portNumber portNumber defines the <code>Pod</code> port number which exposes the endpoint.
         *                   The <code>Pod</code> must declare the specified <code>Port</code> in its spec or the
         *                   target will be dropped by Prometheus.
         *                   <p>
         *                   This cannot be used to enable scraping of an undeclared port.
         *                   To scrape targets on a port which isn't exposed, you need to use
         *                   relabeling to override the <code>__address__</code> label (but beware of
         *                   duplicate targets if the <code>Pod</code> has other declared ports).
         *                   <p>
         *                   In practice Prometheus will select targets for which the
         *                   matches the target's __meta_kubernetes_pod_container_port_number.
         * @return {@code this}
         */
        public Builder portNumber(java.lang.Number portNumber) {
            this.portNumber = portNumber;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getProxyConnectHeader}
         * @param proxyConnectHeader proxyConnectHeader optionally specifies headers to send to proxies during CONNECT requests.
         *                           It requires Prometheus &gt;= v2.43.0, Alertmanager &gt;= v0.25.0 or Thanos &gt;= v0.32.0.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder proxyConnectHeader(java.util.Map<java.lang.String, ? extends java.util.List<? extends imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsProxyConnectHeader>> proxyConnectHeader) {
            this.proxyConnectHeader = (java.util.Map<java.lang.String, java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsProxyConnectHeader>>)proxyConnectHeader;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getProxyFromEnvironment}
         * @param proxyFromEnvironment proxyFromEnvironment defines whether to use the proxy configuration defined by environment variables (HTTP_PROXY, HTTPS_PROXY, and NO_PROXY).
         *                             It requires Prometheus &gt;= v2.43.0, Alertmanager &gt;= v0.25.0 or Thanos &gt;= v0.32.0.
         * @return {@code this}
         */
        public Builder proxyFromEnvironment(java.lang.Boolean proxyFromEnvironment) {
            this.proxyFromEnvironment = proxyFromEnvironment;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getProxyUrl}
         * @param proxyUrl proxyUrl defines the HTTP proxy server to use.
         * @return {@code this}
         */
        public Builder proxyUrl(java.lang.String proxyUrl) {
            this.proxyUrl = proxyUrl;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getRelabelings}
         * @param relabelings relabelings defines the relabeling rules to apply the target's metadata labels.
         *                    The Operator automatically adds relabelings for a few standard Kubernetes fields.
         *                    <p>
         *                    The original scrape job's name is available via the <code>__tmp_prometheus_job_name</code> label.
         *                    <p>
         *                    More info: https://prometheus.io/docs/prometheus/latest/configuration/configuration/#relabel_config
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder relabelings(java.util.List<? extends imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsRelabelings> relabelings) {
            this.relabelings = (java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsRelabelings>)relabelings;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getScheme}
         * @param scheme scheme defines the HTTP scheme to use for scraping.
         * @return {@code this}
         */
        public Builder scheme(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsScheme scheme) {
            this.scheme = scheme;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getScrapeTimeout}
         * @param scrapeTimeout scrapeTimeout defines the timeout after which Prometheus considers the scrape to be failed.
         *                      If empty, Prometheus uses the global scrape timeout unless it is less
         *                      than the target's scrape interval value in which the latter is used.
         *                      The value cannot be greater than the scrape interval otherwise the operator will reject the resource.
         * @return {@code this}
         */
        public Builder scrapeTimeout(java.lang.String scrapeTimeout) {
            this.scrapeTimeout = scrapeTimeout;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getTargetPort}
         * @param targetPort targetPort defines the name or number of the target port of the <code>Pod</code> object behind the Service, the port must be specified with container port property.
         *                   Deprecated: use 'port' or 'portNumber' instead.
         * @return {@code this}
         */
        public Builder targetPort(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTargetPort targetPort) {
            this.targetPort = targetPort;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getTlsConfig}
         * @param tlsConfig tlsConfig defines the TLS configuration used by the client.
         * @return {@code this}
         */
        public Builder tlsConfig(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfig tlsConfig) {
            this.tlsConfig = tlsConfig;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpoints#getTrackTimestampsStaleness}
         * @param trackTimestampsStaleness trackTimestampsStaleness defines whether Prometheus tracks staleness of the metrics that have an explicit timestamp present in scraped data.
         *                                 Has no effect if <code>honorTimestamps</code> is false.
         *                                 <p>
         *                                 It requires Prometheus &gt;= v2.48.0.
         * @return {@code this}
         */
        public Builder trackTimestampsStaleness(java.lang.Boolean trackTimestampsStaleness) {
            this.trackTimestampsStaleness = trackTimestampsStaleness;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PodMonitorSpecPodMetricsEndpoints}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PodMonitorSpecPodMetricsEndpoints build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PodMonitorSpecPodMetricsEndpoints}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PodMonitorSpecPodMetricsEndpoints {
        private final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsAuthorization authorization;
        private final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsBasicAuth basicAuth;
        private final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsBearerTokenSecret bearerTokenSecret;
        private final java.lang.Boolean enableHttp2;
        private final java.lang.Boolean filterRunning;
        private final java.lang.Boolean followRedirects;
        private final java.lang.Boolean honorLabels;
        private final java.lang.Boolean honorTimestamps;
        private final java.lang.String interval;
        private final java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsMetricRelabelings> metricRelabelings;
        private final java.lang.String noProxy;
        private final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2 oauth2;
        private final java.util.Map<java.lang.String, java.util.List<java.lang.String>> params;
        private final java.lang.String path;
        private final java.lang.String port;
        private final java.lang.Number portNumber;
        private final java.util.Map<java.lang.String, java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsProxyConnectHeader>> proxyConnectHeader;
        private final java.lang.Boolean proxyFromEnvironment;
        private final java.lang.String proxyUrl;
        private final java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsRelabelings> relabelings;
        private final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsScheme scheme;
        private final java.lang.String scrapeTimeout;
        private final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTargetPort targetPort;
        private final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfig tlsConfig;
        private final java.lang.Boolean trackTimestampsStaleness;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.authorization = software.amazon.jsii.Kernel.get(this, "authorization", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsAuthorization.class));
            this.basicAuth = software.amazon.jsii.Kernel.get(this, "basicAuth", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsBasicAuth.class));
            this.bearerTokenSecret = software.amazon.jsii.Kernel.get(this, "bearerTokenSecret", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsBearerTokenSecret.class));
            this.enableHttp2 = software.amazon.jsii.Kernel.get(this, "enableHttp2", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.filterRunning = software.amazon.jsii.Kernel.get(this, "filterRunning", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.followRedirects = software.amazon.jsii.Kernel.get(this, "followRedirects", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.honorLabels = software.amazon.jsii.Kernel.get(this, "honorLabels", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.honorTimestamps = software.amazon.jsii.Kernel.get(this, "honorTimestamps", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.interval = software.amazon.jsii.Kernel.get(this, "interval", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.metricRelabelings = software.amazon.jsii.Kernel.get(this, "metricRelabelings", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsMetricRelabelings.class)));
            this.noProxy = software.amazon.jsii.Kernel.get(this, "noProxy", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.oauth2 = software.amazon.jsii.Kernel.get(this, "oauth2", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2.class));
            this.params = software.amazon.jsii.Kernel.get(this, "params", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class))));
            this.path = software.amazon.jsii.Kernel.get(this, "path", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.port = software.amazon.jsii.Kernel.get(this, "port", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.portNumber = software.amazon.jsii.Kernel.get(this, "portNumber", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.proxyConnectHeader = software.amazon.jsii.Kernel.get(this, "proxyConnectHeader", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsProxyConnectHeader.class))));
            this.proxyFromEnvironment = software.amazon.jsii.Kernel.get(this, "proxyFromEnvironment", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.proxyUrl = software.amazon.jsii.Kernel.get(this, "proxyUrl", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.relabelings = software.amazon.jsii.Kernel.get(this, "relabelings", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsRelabelings.class)));
            this.scheme = software.amazon.jsii.Kernel.get(this, "scheme", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsScheme.class));
            this.scrapeTimeout = software.amazon.jsii.Kernel.get(this, "scrapeTimeout", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.targetPort = software.amazon.jsii.Kernel.get(this, "targetPort", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTargetPort.class));
            this.tlsConfig = software.amazon.jsii.Kernel.get(this, "tlsConfig", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfig.class));
            this.trackTimestampsStaleness = software.amazon.jsii.Kernel.get(this, "trackTimestampsStaleness", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.authorization = builder.authorization;
            this.basicAuth = builder.basicAuth;
            this.bearerTokenSecret = builder.bearerTokenSecret;
            this.enableHttp2 = builder.enableHttp2;
            this.filterRunning = builder.filterRunning;
            this.followRedirects = builder.followRedirects;
            this.honorLabels = builder.honorLabels;
            this.honorTimestamps = builder.honorTimestamps;
            this.interval = builder.interval;
            this.metricRelabelings = (java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsMetricRelabelings>)builder.metricRelabelings;
            this.noProxy = builder.noProxy;
            this.oauth2 = builder.oauth2;
            this.params = (java.util.Map<java.lang.String, java.util.List<java.lang.String>>)builder.params;
            this.path = builder.path;
            this.port = builder.port;
            this.portNumber = builder.portNumber;
            this.proxyConnectHeader = (java.util.Map<java.lang.String, java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsProxyConnectHeader>>)builder.proxyConnectHeader;
            this.proxyFromEnvironment = builder.proxyFromEnvironment;
            this.proxyUrl = builder.proxyUrl;
            this.relabelings = (java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsRelabelings>)builder.relabelings;
            this.scheme = builder.scheme;
            this.scrapeTimeout = builder.scrapeTimeout;
            this.targetPort = builder.targetPort;
            this.tlsConfig = builder.tlsConfig;
            this.trackTimestampsStaleness = builder.trackTimestampsStaleness;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsAuthorization getAuthorization() {
            return this.authorization;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsBasicAuth getBasicAuth() {
            return this.basicAuth;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsBearerTokenSecret getBearerTokenSecret() {
            return this.bearerTokenSecret;
        }

        @Override
        public final java.lang.Boolean getEnableHttp2() {
            return this.enableHttp2;
        }

        @Override
        public final java.lang.Boolean getFilterRunning() {
            return this.filterRunning;
        }

        @Override
        public final java.lang.Boolean getFollowRedirects() {
            return this.followRedirects;
        }

        @Override
        public final java.lang.Boolean getHonorLabels() {
            return this.honorLabels;
        }

        @Override
        public final java.lang.Boolean getHonorTimestamps() {
            return this.honorTimestamps;
        }

        @Override
        public final java.lang.String getInterval() {
            return this.interval;
        }

        @Override
        public final java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsMetricRelabelings> getMetricRelabelings() {
            return this.metricRelabelings;
        }

        @Override
        public final java.lang.String getNoProxy() {
            return this.noProxy;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2 getOauth2() {
            return this.oauth2;
        }

        @Override
        public final java.util.Map<java.lang.String, java.util.List<java.lang.String>> getParams() {
            return this.params;
        }

        @Override
        public final java.lang.String getPath() {
            return this.path;
        }

        @Override
        public final java.lang.String getPort() {
            return this.port;
        }

        @Override
        public final java.lang.Number getPortNumber() {
            return this.portNumber;
        }

        @Override
        public final java.util.Map<java.lang.String, java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsProxyConnectHeader>> getProxyConnectHeader() {
            return this.proxyConnectHeader;
        }

        @Override
        public final java.lang.Boolean getProxyFromEnvironment() {
            return this.proxyFromEnvironment;
        }

        @Override
        public final java.lang.String getProxyUrl() {
            return this.proxyUrl;
        }

        @Override
        public final java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsRelabelings> getRelabelings() {
            return this.relabelings;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsScheme getScheme() {
            return this.scheme;
        }

        @Override
        public final java.lang.String getScrapeTimeout() {
            return this.scrapeTimeout;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTargetPort getTargetPort() {
            return this.targetPort;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTlsConfig getTlsConfig() {
            return this.tlsConfig;
        }

        @Override
        public final java.lang.Boolean getTrackTimestampsStaleness() {
            return this.trackTimestampsStaleness;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAuthorization() != null) {
                data.set("authorization", om.valueToTree(this.getAuthorization()));
            }
            if (this.getBasicAuth() != null) {
                data.set("basicAuth", om.valueToTree(this.getBasicAuth()));
            }
            if (this.getBearerTokenSecret() != null) {
                data.set("bearerTokenSecret", om.valueToTree(this.getBearerTokenSecret()));
            }
            if (this.getEnableHttp2() != null) {
                data.set("enableHttp2", om.valueToTree(this.getEnableHttp2()));
            }
            if (this.getFilterRunning() != null) {
                data.set("filterRunning", om.valueToTree(this.getFilterRunning()));
            }
            if (this.getFollowRedirects() != null) {
                data.set("followRedirects", om.valueToTree(this.getFollowRedirects()));
            }
            if (this.getHonorLabels() != null) {
                data.set("honorLabels", om.valueToTree(this.getHonorLabels()));
            }
            if (this.getHonorTimestamps() != null) {
                data.set("honorTimestamps", om.valueToTree(this.getHonorTimestamps()));
            }
            if (this.getInterval() != null) {
                data.set("interval", om.valueToTree(this.getInterval()));
            }
            if (this.getMetricRelabelings() != null) {
                data.set("metricRelabelings", om.valueToTree(this.getMetricRelabelings()));
            }
            if (this.getNoProxy() != null) {
                data.set("noProxy", om.valueToTree(this.getNoProxy()));
            }
            if (this.getOauth2() != null) {
                data.set("oauth2", om.valueToTree(this.getOauth2()));
            }
            if (this.getParams() != null) {
                data.set("params", om.valueToTree(this.getParams()));
            }
            if (this.getPath() != null) {
                data.set("path", om.valueToTree(this.getPath()));
            }
            if (this.getPort() != null) {
                data.set("port", om.valueToTree(this.getPort()));
            }
            if (this.getPortNumber() != null) {
                data.set("portNumber", om.valueToTree(this.getPortNumber()));
            }
            if (this.getProxyConnectHeader() != null) {
                data.set("proxyConnectHeader", om.valueToTree(this.getProxyConnectHeader()));
            }
            if (this.getProxyFromEnvironment() != null) {
                data.set("proxyFromEnvironment", om.valueToTree(this.getProxyFromEnvironment()));
            }
            if (this.getProxyUrl() != null) {
                data.set("proxyUrl", om.valueToTree(this.getProxyUrl()));
            }
            if (this.getRelabelings() != null) {
                data.set("relabelings", om.valueToTree(this.getRelabelings()));
            }
            if (this.getScheme() != null) {
                data.set("scheme", om.valueToTree(this.getScheme()));
            }
            if (this.getScrapeTimeout() != null) {
                data.set("scrapeTimeout", om.valueToTree(this.getScrapeTimeout()));
            }
            if (this.getTargetPort() != null) {
                data.set("targetPort", om.valueToTree(this.getTargetPort()));
            }
            if (this.getTlsConfig() != null) {
                data.set("tlsConfig", om.valueToTree(this.getTlsConfig()));
            }
            if (this.getTrackTimestampsStaleness() != null) {
                data.set("trackTimestampsStaleness", om.valueToTree(this.getTrackTimestampsStaleness()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("monitoring_comcoreosmonitoring.PodMonitorSpecPodMetricsEndpoints"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PodMonitorSpecPodMetricsEndpoints.Jsii$Proxy that = (PodMonitorSpecPodMetricsEndpoints.Jsii$Proxy) o;

            if (this.authorization != null ? !this.authorization.equals(that.authorization) : that.authorization != null) return false;
            if (this.basicAuth != null ? !this.basicAuth.equals(that.basicAuth) : that.basicAuth != null) return false;
            if (this.bearerTokenSecret != null ? !this.bearerTokenSecret.equals(that.bearerTokenSecret) : that.bearerTokenSecret != null) return false;
            if (this.enableHttp2 != null ? !this.enableHttp2.equals(that.enableHttp2) : that.enableHttp2 != null) return false;
            if (this.filterRunning != null ? !this.filterRunning.equals(that.filterRunning) : that.filterRunning != null) return false;
            if (this.followRedirects != null ? !this.followRedirects.equals(that.followRedirects) : that.followRedirects != null) return false;
            if (this.honorLabels != null ? !this.honorLabels.equals(that.honorLabels) : that.honorLabels != null) return false;
            if (this.honorTimestamps != null ? !this.honorTimestamps.equals(that.honorTimestamps) : that.honorTimestamps != null) return false;
            if (this.interval != null ? !this.interval.equals(that.interval) : that.interval != null) return false;
            if (this.metricRelabelings != null ? !this.metricRelabelings.equals(that.metricRelabelings) : that.metricRelabelings != null) return false;
            if (this.noProxy != null ? !this.noProxy.equals(that.noProxy) : that.noProxy != null) return false;
            if (this.oauth2 != null ? !this.oauth2.equals(that.oauth2) : that.oauth2 != null) return false;
            if (this.params != null ? !this.params.equals(that.params) : that.params != null) return false;
            if (this.path != null ? !this.path.equals(that.path) : that.path != null) return false;
            if (this.port != null ? !this.port.equals(that.port) : that.port != null) return false;
            if (this.portNumber != null ? !this.portNumber.equals(that.portNumber) : that.portNumber != null) return false;
            if (this.proxyConnectHeader != null ? !this.proxyConnectHeader.equals(that.proxyConnectHeader) : that.proxyConnectHeader != null) return false;
            if (this.proxyFromEnvironment != null ? !this.proxyFromEnvironment.equals(that.proxyFromEnvironment) : that.proxyFromEnvironment != null) return false;
            if (this.proxyUrl != null ? !this.proxyUrl.equals(that.proxyUrl) : that.proxyUrl != null) return false;
            if (this.relabelings != null ? !this.relabelings.equals(that.relabelings) : that.relabelings != null) return false;
            if (this.scheme != null ? !this.scheme.equals(that.scheme) : that.scheme != null) return false;
            if (this.scrapeTimeout != null ? !this.scrapeTimeout.equals(that.scrapeTimeout) : that.scrapeTimeout != null) return false;
            if (this.targetPort != null ? !this.targetPort.equals(that.targetPort) : that.targetPort != null) return false;
            if (this.tlsConfig != null ? !this.tlsConfig.equals(that.tlsConfig) : that.tlsConfig != null) return false;
            return this.trackTimestampsStaleness != null ? this.trackTimestampsStaleness.equals(that.trackTimestampsStaleness) : that.trackTimestampsStaleness == null;
        }

        @Override
        public final int hashCode() {
            int result = this.authorization != null ? this.authorization.hashCode() : 0;
            result = 31 * result + (this.basicAuth != null ? this.basicAuth.hashCode() : 0);
            result = 31 * result + (this.bearerTokenSecret != null ? this.bearerTokenSecret.hashCode() : 0);
            result = 31 * result + (this.enableHttp2 != null ? this.enableHttp2.hashCode() : 0);
            result = 31 * result + (this.filterRunning != null ? this.filterRunning.hashCode() : 0);
            result = 31 * result + (this.followRedirects != null ? this.followRedirects.hashCode() : 0);
            result = 31 * result + (this.honorLabels != null ? this.honorLabels.hashCode() : 0);
            result = 31 * result + (this.honorTimestamps != null ? this.honorTimestamps.hashCode() : 0);
            result = 31 * result + (this.interval != null ? this.interval.hashCode() : 0);
            result = 31 * result + (this.metricRelabelings != null ? this.metricRelabelings.hashCode() : 0);
            result = 31 * result + (this.noProxy != null ? this.noProxy.hashCode() : 0);
            result = 31 * result + (this.oauth2 != null ? this.oauth2.hashCode() : 0);
            result = 31 * result + (this.params != null ? this.params.hashCode() : 0);
            result = 31 * result + (this.path != null ? this.path.hashCode() : 0);
            result = 31 * result + (this.port != null ? this.port.hashCode() : 0);
            result = 31 * result + (this.portNumber != null ? this.portNumber.hashCode() : 0);
            result = 31 * result + (this.proxyConnectHeader != null ? this.proxyConnectHeader.hashCode() : 0);
            result = 31 * result + (this.proxyFromEnvironment != null ? this.proxyFromEnvironment.hashCode() : 0);
            result = 31 * result + (this.proxyUrl != null ? this.proxyUrl.hashCode() : 0);
            result = 31 * result + (this.relabelings != null ? this.relabelings.hashCode() : 0);
            result = 31 * result + (this.scheme != null ? this.scheme.hashCode() : 0);
            result = 31 * result + (this.scrapeTimeout != null ? this.scrapeTimeout.hashCode() : 0);
            result = 31 * result + (this.targetPort != null ? this.targetPort.hashCode() : 0);
            result = 31 * result + (this.tlsConfig != null ? this.tlsConfig.hashCode() : 0);
            result = 31 * result + (this.trackTimestampsStaleness != null ? this.trackTimestampsStaleness.hashCode() : 0);
            return result;
        }
    }
}
