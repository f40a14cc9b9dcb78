package imports.gateway.io.k8s.networking.gateway;

/**
 * Type identifies the type of filter to apply. As with other API fields, types are classified into three conformance levels:.
 * <p>
 * <ul>
 * <li>Core: Filter types and their corresponding configuration defined by
 * "Support: Core" in this package, e.g. "RequestHeaderModifier". All
 * implementations must support core filters.</li>
 * <li>Extended: Filter types and their corresponding configuration defined by
 * "Support: Extended" in this package, e.g. "RequestMirror". Implementers
 * are encouraged to support extended filters.</li>
 * <li>Implementation-specific: Filters that are defined and supported by
 * specific vendors.
 * In the future, filters showing convergence in behavior across multiple
 * implementations will be considered for inclusion in extended or core
 * conformance levels. Filter-specific configuration for such filters
 * is specified using the ExtensionRef field. <code>Type</code> should be set to
 * "ExtensionRef" for custom filters.</li>
 * </ul>
 * <p>
 * Implementers are encouraged to define custom implementation types to
 * extend the core API with implementation-specific behavior.
 * <p>
 * If a reference to a custom filter type cannot be resolved, the filter
 * MUST NOT be skipped. Instead, requests that would have been processed by
 * that filter MUST receive a HTTP error response.
 * <p>
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 * <p>
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to <code>status: False</code>, with a
 * Reason of <code>UnsupportedValue</code>.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.940Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersType")
public enum HttpRouteV1Beta1SpecRulesFiltersType {
    /**
     * RequestHeaderModifier.
     */
    REQUEST_HEADER_MODIFIER,
    /**
     * ResponseHeaderModifier.
     */
    RESPONSE_HEADER_MODIFIER,
    /**
     * RequestMirror.
     */
    REQUEST_MIRROR,
    /**
     * RequestRedirect.
     */
    REQUEST_REDIRECT,
    /**
     * URLRewrite.
     */
    URL_REWRITE,
    /**
     * ExtensionRef.
     */
    EXTENSION_REF,
    /**
     * CORS.
     */
    CORS,
}
