package imports.gateway.io.k8s.networking.gateway;

/**
 * Type specifies how to match against the value of the header.
 * <p>
 * Support: Core (Exact)
 * <p>
 * Support: Implementation-specific (RegularExpression)
 * <p>
 * Since RegularExpression HeaderMatchType has implementation-specific
 * conformance, implementations can support POSIX, PCRE or any other dialects
 * of regular expressions. Please read the implementation's documentation to
 * determine the supported dialect.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.791Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteSpecRulesMatchesHeadersType")
public enum HttpRouteSpecRulesMatchesHeadersType {
    /**
     * Exact.
     */
    EXACT,
    /**
     * RegularExpression.
     */
    REGULAR_EXPRESSION,
}
