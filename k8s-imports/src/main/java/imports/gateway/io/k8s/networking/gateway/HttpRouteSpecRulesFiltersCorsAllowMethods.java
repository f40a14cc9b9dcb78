package imports.gateway.io.k8s.networking.gateway;

/**
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.745Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteSpecRulesFiltersCorsAllowMethods")
public enum HttpRouteSpecRulesFiltersCorsAllowMethods {
    /**
     * GET.
     */
    GET,
    /**
     * HEAD.
     */
    HEAD,
    /**
     * POST.
     */
    POST,
    /**
     * PUT.
     */
    PUT,
    /**
     * DELETE.
     */
    DELETE,
    /**
     * CONNECT.
     */
    CONNECT,
    /**
     * OPTIONS.
     */
    OPTIONS,
    /**
     * TRACE.
     */
    TRACE,
    /**
     * PATCH.
     */
    PATCH,
    /**
     * *.
     */
    VALUE_ASTERISK,
}
