package imports.monitoring.com.coreos.monitoring;

/**
 * minVersion defines the minimum acceptable TLS version.
 * <p>
 * It requires Prometheus &gt;= v2.35.0 or Thanos &gt;= v0.28.0.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.672Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.ServiceMonitorSpecEndpointsTlsConfigMinVersion")
public enum ServiceMonitorSpecEndpointsTlsConfigMinVersion {
    /**
     * TLS10.
     */
    TLS10,
    /**
     * TLS11.
     */
    TLS11,
    /**
     * TLS12.
     */
    TLS12,
    /**
     * TLS13.
     */
    TLS13,
}
