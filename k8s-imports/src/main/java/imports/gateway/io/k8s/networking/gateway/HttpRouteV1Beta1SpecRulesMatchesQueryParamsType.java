package imports.gateway.io.k8s.networking.gateway;

/**
 * Type specifies how to match against the value of the query parameter.
 * <p>
 * Support: Extended (Exact)
 * <p>
 * Support: Implementation-specific (RegularExpression)
 * <p>
 * Since RegularExpression QueryParamMatchType has Implementation-specific
 * conformance, implementations can support POSIX, PCRE or any other
 * dialects of regular expressions. Please read the implementation's
 * documentation to determine the supported dialect.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.955Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesQueryParamsType")
public enum HttpRouteV1Beta1SpecRulesMatchesQueryParamsType {
    /**
     * Exact.
     */
    EXACT,
    /**
     * RegularExpression.
     */
    REGULAR_EXPRESSION,
}
