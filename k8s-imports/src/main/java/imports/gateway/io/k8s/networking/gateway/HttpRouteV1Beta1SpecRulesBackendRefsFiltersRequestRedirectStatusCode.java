package imports.gateway.io.k8s.networking.gateway;

/**
 * StatusCode is the HTTP status code to be used in response.
 * <p>
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 * <p>
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to <code>status: False</code>, with a
 * Reason of <code>UnsupportedValue</code>.
 * <p>
 * Support: Core
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.867Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode")
public enum HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode {
    /**
     * <ol><li></li></ol>
     */
    VALUE_301,
    /**
     * <ol><li></li></ol>
     */
    VALUE_302,
    /**
     * <ol><li></li></ol>
     */
    VALUE_303,
    /**
     * <ol><li></li></ol>
     */
    VALUE_307,
    /**
     * <ol><li></li></ol>
     */
    VALUE_308,
}
