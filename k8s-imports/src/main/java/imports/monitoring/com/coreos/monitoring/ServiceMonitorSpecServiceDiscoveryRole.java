package imports.monitoring.com.coreos.monitoring;

/**
 * serviceDiscoveryRole defines the service discovery role used to discover targets.
 * <p>
 * If set, the value should be either "Endpoints" or "EndpointSlice".
 * Otherwise it defaults to the value defined in the
 * Prometheus/PrometheusAgent resource.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.675Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.ServiceMonitorSpecServiceDiscoveryRole")
public enum ServiceMonitorSpecServiceDiscoveryRole {
    /**
     * Endpoints.
     */
    ENDPOINTS,
    /**
     * EndpointSlice.
     */
    ENDPOINT_SLICE,
}
