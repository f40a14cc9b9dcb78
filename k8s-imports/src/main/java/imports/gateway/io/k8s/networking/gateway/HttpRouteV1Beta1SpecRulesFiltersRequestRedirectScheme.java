package imports.gateway.io.k8s.networking.gateway;

/**
 * Scheme is the scheme to be used in the value of the <code>Location</code> header in the response.
 * <p>
 * When empty, the scheme of the request is used.
 * <p>
 * Scheme redirects can affect the port of the redirect, for more information,
 * refer to the documentation for the port field of this filter.
 * <p>
 * Note that values may be added to this enum, implementations
 * must ensure that unknown values will not cause a crash.
 * <p>
 * Unknown values here must result in the implementation setting the
 * Accepted Condition for the Route to <code>status: False</code>, with a
 * Reason of <code>UnsupportedValue</code>.
 * <p>
 * Support: Extended
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.929Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme")
public enum HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme {
    /**
     * http.
     */
    HTTP,
    /**
     * https.
     */
    HTTPS,
}
