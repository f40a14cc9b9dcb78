package imports.monitoring.com.coreos.monitoring;

/**
 * selectorMechanism defines the mechanism used to select the endpoints to scrape.
 * <p>
 * By default, the selection process relies on relabel configurations to filter the discovered targets.
 * Alternatively, you can opt in for role selectors, which may offer better efficiency in large clusters.
 * Which strategy is best for your use case needs to be carefully evaluated.
 * <p>
 * It requires Prometheus &gt;= v2.17.0.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.569Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.PodMonitorSpecSelectorMechanism")
public enum PodMonitorSpecSelectorMechanism {
    /**
     * RelabelConfig.
     */
    RELABEL_CONFIG,
    /**
     * RoleSelector.
     */
    ROLE_SELECTOR,
}
