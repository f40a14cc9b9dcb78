package imports.monitoring.com.coreos.monitoring;

/**
 * fallbackScrapeProtocol defines the protocol to use if a scrape returns blank, unparseable, or otherwise invalid Content-Type.
 * <p>
 * It requires Prometheus &gt;= v3.0.0.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.492Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.PodMonitorSpecFallbackScrapeProtocol")
public enum PodMonitorSpecFallbackScrapeProtocol {
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
