package imports.monitoring.com.coreos.monitoring;

/**
 * scheme defines the HTTP scheme to use for scraping.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.554Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.PodMonitorSpecPodMetricsEndpointsScheme")
public enum PodMonitorSpecPodMetricsEndpointsScheme {
    /**
     * http.
     */
    HTTP,
    /**
     * https.
     */
    HTTPS,
}
