package imports.monitoring.com.coreos.monitoring;

/**
 * scheme defines the HTTP scheme to use when scraping the metrics.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.658Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.ServiceMonitorSpecEndpointsScheme")
public enum ServiceMonitorSpecEndpointsScheme {
    /**
     * http.
     */
    HTTP,
    /**
     * https.
     */
    HTTPS,
}
