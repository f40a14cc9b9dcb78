package imports.gateway.io.k8s.networking.gateway;

/**
 * Type defines the type of path modifier. Additional types may be added in a future release of the API.
 * <p>
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 * <p>
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to <code>status: False</code>, with a
 * Reason of <code>UnsupportedValue</code>.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.789Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteSpecRulesFiltersUrlRewritePathType")
public enum HttpRouteSpecRulesFiltersUrlRewritePathType {
    /**
     * ReplaceFullPath.
     */
    REPLACE_FULL_PATH,
    /**
     * ReplacePrefixMatch.
     */
    REPLACE_PREFIX_MATCH,
}
