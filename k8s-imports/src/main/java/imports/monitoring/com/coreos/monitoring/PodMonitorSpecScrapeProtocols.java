package imports.monitoring.com.coreos.monitoring;

/**
 * ScrapeProtocol represents a protocol used by Prometheus for scraping metrics.
 * <p>
 * Supported values are:
 * <p>
 * <ul>
 * <li><code>OpenMetricsText0.0.1</code></li>
 * <li><code>OpenMetricsText1.0.0</code></li>
 * <li><code>PrometheusProto</code></li>
 * <li><code>PrometheusText0.0.4</code></li>
 * <li><code>PrometheusText1.0.0</code></li>
 * </ul>
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.567Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.PodMonitorSpecScrapeProtocols")
public enum PodMonitorSpecScrapeProtocols {
    /**
     * PrometheusProto.
     */
    PROMETHEUS_PROTO,
    /**
     * OpenMetricsText0.0.1.
     */
    OPEN_METRICS_TEXT0_0_1,
    /**
     * OpenMetricsText1.0.0.
     */
    OPEN_METRICS_TEXT1_0_0,
    /**
     * PrometheusText0.0.4.
     */
    PROMETHEUS_TEXT0_0_4,
    /**
     * PrometheusText1.0.0.
     */
    PROMETHEUS_TEXT1_0_0,
}
