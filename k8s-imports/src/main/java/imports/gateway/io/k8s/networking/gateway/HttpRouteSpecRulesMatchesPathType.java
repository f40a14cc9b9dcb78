package imports.gateway.io.k8s.networking.gateway;

/**
 * Type specifies how to match against the path Value.
 * <p>
 * Support: Core (Exact, PathPrefix)
 * <p>
 * Support: Implementation-specific (RegularExpression)
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.792Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteSpecRulesMatchesPathType")
public enum HttpRouteSpecRulesMatchesPathType {
    /**
     * Exact.
     */
    EXACT,
    /**
     * PathPrefix.
     */
    PATH_PREFIX,
    /**
     * RegularExpression.
     */
    REGULAR_EXPRESSION,
}
