package imports.gateway.io.k8s.networking.gateway;

/**
 * CORS defines a schema for a filter that responds to the cross-origin request based on HTTP response header.
 * <p>
 * Support: Extended
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.631Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersCors")
@software.amazon.jsii.Jsii.Proxy(HttpRouteSpecRulesBackendRefsFiltersCors.Jsii$Proxy.class)
public interface HttpRouteSpecRulesBackendRefsFiltersCors extends software.amazon.jsii.JsiiSerializable {

    /**
     * AllowCredentials indicates whether the actual cross-origin request allows to include credentials.
     * <p>
     * When set to true, the gateway will include the <code>Access-Control-Allow-Credentials</code>
     * response header with value true (case-sensitive).
     * <p>
     * When set to false or omitted the gateway will omit the header
     * <code>Access-Control-Allow-Credentials</code> entirely (this is the standard CORS
     * behavior).
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getAllowCredentials() {
        return null;
    }

    /**
     * AllowHeaders indicates which HTTP request headers are supported for accessing the requested resource.
     * <p>
     * Header names are not case-sensitive.
     * <p>
     * Multiple header names in the value of the <code>Access-Control-Allow-Headers</code>
     * response header are separated by a comma (",").
     * <p>
     * When the <code>allowHeaders</code> field is configured with one or more headers, the
     * gateway must return the <code>Access-Control-Allow-Headers</code> response header
     * which value is present in the <code>allowHeaders</code> field.
     * <p>
     * If any header name in the <code>Access-Control-Request-Headers</code> request header
     * is not included in the list of header names specified by the response
     * header <code>Access-Control-Allow-Headers</code>, it will present an error on the
     * client side.
     * <p>
     * If any header name in the <code>Access-Control-Allow-Headers</code> response header
     * does not recognize by the client, it will also occur an error on the
     * client side.
     * <p>
     * A wildcard indicates that the requests with all HTTP headers are allowed.
     * <p>
     * If the configuration contains the wildcard <code>*</code> in <code>allowHeaders</code> and
     * <code>allowCredentials</code> is set to <code>false</code>, the <code>Access-Control-Allow-Headers</code>
     * response header may either contain the wildcard <code>*</code> or echo the value
     * of the <code>Access-Control-Request-Headers</code> request header.
     * <p>
     * If the configuration contains the wildcard <code>*</code> in <code>allowHeaders</code> and
     * <code>allowCredentials</code> is set to <code>true</code>, the gateway must not return <code>*</code>
     * in the <code>Access-Control-Allow-Headers</code> response header. Instead, it must
     * return one or more header names matching the value of the
     * <code>Access-Control-Request-Headers</code> request header.
     * If the <code>Access-Control-Request-Headers</code> header is not present in the
     * request, the gateway must omit the <code>Access-Control-Allow-Headers</code>
     * response header.
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getAllowHeaders() {
        return null;
    }

    /**
     * AllowMethods indicates which HTTP methods are supported for accessing the requested resource.
     * <p>
     * Valid values are any method defined by RFC9110, along with the special
     * value <code>*</code>, which represents all HTTP methods are allowed.
     * <p>
     * Method names are case-sensitive, so these values are also case-sensitive.
     * (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)
     * <p>
     * Multiple method names in the value of the <code>Access-Control-Allow-Methods</code>
     * response header are separated by a comma (",").
     * <p>
     * A CORS-safelisted method is a method that is <code>GET</code>, <code>HEAD</code>, or <code>POST</code>.
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The
     * CORS-safelisted methods are always allowed, regardless of whether they
     * are specified in the <code>allowMethods</code> field.
     * <p>
     * When the <code>allowMethods</code> field is configured with one or more methods, the
     * gateway must return the <code>Access-Control-Allow-Methods</code> response header
     * which value is present in the <code>allowMethods</code> field.
     * <p>
     * If the HTTP method of the <code>Access-Control-Request-Method</code> request header
     * is not included in the list of methods specified by the response header
     * <code>Access-Control-Allow-Methods</code>, it will present an error on the client
     * side.
     * <p>
     * If the configuration contains the wildcard <code>*</code> in <code>allowMethods</code> and
     * <code>allowCredentials</code> is set to <code>false</code>, the <code>Access-Control-Allow-Methods</code>
     * response header may either contain the wildcard <code>*</code> or echo the value
     * of the <code>Access-Control-Request-Method</code> request header.
     * <p>
     * If the configuration contains the wildcard <code>*</code> in <code>allowMethods</code> and
     * <code>allowCredentials</code> is set to <code>true</code>, the gateway must not return <code>*</code>
     * in the <code>Access-Control-Allow-Methods</code> response header. Instead, it must
     * return a single HTTP method matching the value of the
     * <code>Access-Control-Request-Method</code> request header.
     * If the <code>Access-Control-Request-Method</code> header is not present in the request,
     * the gateway must omit the <code>Access-Control-Allow-Methods</code> response header.
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods> getAllowMethods() {
        return null;
    }

    /**
     * AllowOrigins indicates whether the response can be shared with requested resource from the given <code>Origin</code>.
     * <p>
     * The <code>Origin</code> consists of a scheme and a host, with an optional port, and
     * takes the form <code>&lt;scheme&gt;://&lt;host&gt;(:&lt;port&gt;)</code>.
     * <p>
     * Valid values for scheme are: <code>http</code> and <code>https</code>.
     * <p>
     * Valid values for port are any integer between 1 and 65535 (the list of
     * available TCP/UDP ports). Note that, if not included, port <code>80</code> is
     * assumed for <code>http</code> scheme origins, and port <code>443</code> is assumed for <code>https</code>
     * origins. This may affect origin matching.
     * <p>
     * The host part of the origin may contain the wildcard character <code>*</code>. These
     * wildcard characters behave as follows:
     * <p>
     * <ul>
     * <li><code>*</code> is a greedy match to the <em>left</em>, including any number of
     * DNS labels to the left of its position. This also means that
     * <code>*</code> will include any number of period <code>.</code> characters to the
     * left of its position.</li>
     * <li>A wildcard by itself matches all hosts.</li>
     * </ul>
     * <p>
     * An origin value that includes <em>only</em> the <code>*</code> character indicates requests
     * from all <code>Origin</code>s are allowed.
     * <p>
     * When the <code>allowOrigins</code> field is configured with multiple origins, it
     * means the server supports clients from multiple origins. If the request
     * <code>Origin</code> matches the configured allowed origins, the gateway must return
     * the given <code>Origin</code> and sets value of the header
     * <code>Access-Control-Allow-Origin</code> same as the <code>Origin</code> header provided by the
     * client.
     * <p>
     * The status code of a successful response to a "preflight" request is
     * always an OK status (i.e., 204 or 200).
     * <p>
     * If the request <code>Origin</code> does not match the configured allowed origins,
     * the gateway returns 204/200 response but doesn't set the relevant
     * cross-origin response headers. Alternatively, the gateway responds with
     * 403 status to the "preflight" request is denied, coupled with omitting
     * the CORS headers. The cross-origin request fails on the client side.
     * Therefore, the client doesn't attempt the actual cross-origin request.
     * <p>
     * Conversely, if the request <code>Origin</code> matches one of the configured
     * allowed origins, the gateway sets the response header
     * <code>Access-Control-Allow-Origin</code> to the same value as the <code>Origin</code>
     * header provided by the client.
     * <p>
     * If the configuration contains the wildcard <code>*</code> in <code>allowOrigins</code> and
     * <code>allowCredentials</code> is set to <code>false</code>, the <code>Access-Control-Allow-Origin</code>
     * response header may either contain the wildcard <code>*</code> or echo the value
     * of the <code>Origin</code> request header.
     * <p>
     * If the configuration contains the wildcard <code>*</code> in <code>allowOrigins</code> and
     * <code>allowCredentials</code> is set to <code>true</code>, the gateway must not return <code>*</code>
     * in the <code>Access-Control-Allow-Origin</code> response header. Instead, it must
     * return a single origin matching the value of the <code>Origin</code> request header.
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getAllowOrigins() {
        return null;
    }

    /**
     * ExposeHeaders indicates which HTTP response headers can be exposed to client-side scripts in response to a cross-origin request.
     * <p>
     * A CORS-safelisted response header is an HTTP header in a CORS response
     * that it is considered safe to expose to the client scripts.
     * The CORS-safelisted response headers include the following headers:
     * <code>Cache-Control</code>
     * <code>Content-Language</code>
     * <code>Content-Length</code>
     * <code>Content-Type</code>
     * <code>Expires</code>
     * <code>Last-Modified</code>
     * <code>Pragma</code>
     * (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)
     * The CORS-safelisted response headers are exposed to client by default.
     * <p>
     * When an HTTP header name is specified using the <code>exposeHeaders</code> field,
     * this additional header will be exposed as part of the response to the
     * client.
     * <p>
     * Header names are not case-sensitive.
     * <p>
     * Multiple header names in the value of the <code>Access-Control-Expose-Headers</code>
     * response header are separated by a comma (",").
     * <p>
     * A wildcard indicates that the responses with all HTTP headers are exposed
     * to clients.
     * <p>
     * If the configuration contains the wildcard <code>*</code> in <code>exposeHeaders</code> and
     * <code>allowCredentials</code> is set to <code>false</code>, the <code>Access-Control-Expose-Headers</code>
     * response header can contain the wildcard <code>*</code>.
     * <p>
     * If the configuration contains the wildcard <code>*</code> in <code>exposeHeaders</code> and
     * <code>allowCredentials</code> is set to <code>true</code>, the gateway cannot use the <code>*</code>
     * in the <code>Access-Control-Expose-Headers</code> response header.
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getExposeHeaders() {
        return null;
    }

    /**
     * MaxAge indicates the duration (in seconds) for the client to cache the results of a "preflight" request.
     * <p>
     * The information provided by the <code>Access-Control-Allow-Methods</code> and
     * <code>Access-Control-Allow-Headers</code> response headers can be cached by the
     * client until the time specified by <code>Access-Control-Max-Age</code> elapses.
     * <p>
     * The default value of <code>Access-Control-Max-Age</code> response header is 5
     * (seconds).
     * <p>
     * When the <code>MaxAge</code> field is unspecified, the gateway sets the response
     * header "Access-Control-Max-Age: 5" by default.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getMaxAge() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link HttpRouteSpecRulesBackendRefsFiltersCors}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link HttpRouteSpecRulesBackendRefsFiltersCors}
     */
    public static final class Builder implements software.amazon.jsii.Builder<HttpRouteSpecRulesBackendRefsFiltersCors> {
        java.lang.Boolean allowCredentials;
        java.util.List<java.lang.String> allowHeaders;
        java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods> allowMethods;
        java.util.List<java.lang.String> allowOrigins;
        java.util.List<java.lang.String> exposeHeaders;
        java.lang.Number maxAge;

        /**
         * Sets the value of {@link HttpRouteSpecRulesBackendRefsFiltersCors#getAllowCredentials}
         * @param allowCredentials AllowCredentials indicates whether the actual cross-origin request allows to include credentials.
         *                         When set to true, the gateway will include the <code>Access-Control-Allow-Credentials</code>
         *                         response header with value true (case-sensitive).
         *                         <p>
         *                         When set to false or omitted the gateway will omit the header
         *                         <code>Access-Control-Allow-Credentials</code> entirely (this is the standard CORS
         *                         behavior).
         *                         <p>
         *                         Support: Extended
         * @return {@code this}
         */
        public Builder allowCredentials(java.lang.Boolean allowCredentials) {
            this.allowCredentials = allowCredentials;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRulesBackendRefsFiltersCors#getAllowHeaders}
         * @param allowHeaders AllowHeaders indicates which HTTP request headers are supported for accessing the requested resource.
         *                     Header names are not case-sensitive.
         *                     <p>
         *                     Multiple header names in the value of the <code>Access-Control-Allow-Headers</code>
         *                     response header are separated by a comma (",").
         *                     <p>
         *                     When the <code>allowHeaders</code> field is configured with one or more headers, the
         *                     gateway must return the <code>Access-Control-Allow-Headers</code> response header
         *                     which value is present in the <code>allowHeaders</code> field.
         *                     <p>
         *                     If any header name in the <code>Access-Control-Request-Headers</code> request header
         *                     is not included in the list of header names specified by the response
         *                     header <code>Access-Control-Allow-Headers</code>, it will present an error on the
         *                     client side.
         *                     <p>
         *                     If any header name in the <code>Access-Control-Allow-Headers</code> response header
         *                     does not recognize by the client, it will also occur an error on the
         *                     client side.
         *                     <p>
         *                     A wildcard indicates that the requests with all HTTP headers are allowed.
         *                     <p>
         *                     If the configuration contains the wildcard <code>*</code> in <code>allowHeaders</code> and
         *                     <code>allowCredentials</code> is set to <code>false</code>, the <code>Access-Control-Allow-Headers</code>
         *                     response header may either contain the wildcard <code>*</code> or echo the value
         *                     of the <code>Access-Control-Request-Headers</code> request header.
         *                     <p>
         *                     If the configuration contains the wildcard <code>*</code> in <code>allowHeaders</code> and
         *                     <code>allowCredentials</code> is set to <code>true</code>, the gateway must not return <code>*</code>
         *                     in the <code>Access-Control-Allow-Headers</code> response header. Instead, it must
         *                     return one or more header names matching the value of the
         *                     <code>Access-Control-Request-Headers</code> request header.
         *                     If the <code>Access-Control-Request-Headers</code> header is not present in the
         *                     request, the gateway must omit the <code>Access-Control-Allow-Headers</code>
         *                     response header.
         *                     <p>
         *                     Support: Extended
         * @return {@code this}
         */
        public Builder allowHeaders(java.util.List<java.lang.String> allowHeaders) {
            this.allowHeaders = allowHeaders;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRulesBackendRefsFiltersCors#getAllowMethods}
         * @param allowMethods AllowMethods indicates which HTTP methods are supported for accessing the requested resource.
         *                     Valid values are any method defined by RFC9110, along with the special
         *                     value <code>*</code>, which represents all HTTP methods are allowed.
         *                     <p>
         *                     Method names are case-sensitive, so these values are also case-sensitive.
         *                     (See https://www.rfc-editor.org/rfc/rfc2616#section-5.1.1)
         *                     <p>
         *                     Multiple method names in the value of the <code>Access-Control-Allow-Methods</code>
         *                     response header are separated by a comma (",").
         *                     <p>
         *                     A CORS-safelisted method is a method that is <code>GET</code>, <code>HEAD</code>, or <code>POST</code>.
         *                     (See https://fetch.spec.whatwg.org/#cors-safelisted-method) The
         *                     CORS-safelisted methods are always allowed, regardless of whether they
         *                     are specified in the <code>allowMethods</code> field.
         *                     <p>
         *                     When the <code>allowMethods</code> field is configured with one or more methods, the
         *                     gateway must return the <code>Access-Control-Allow-Methods</code> response header
         *                     which value is present in the <code>allowMethods</code> field.
         *                     <p>
         *                     If the HTTP method of the <code>Access-Control-Request-Method</code> request header
         *                     is not included in the list of methods specified by the response header
         *                     <code>Access-Control-Allow-Methods</code>, it will present an error on the client
         *                     side.
         *                     <p>
         *                     If the configuration contains the wildcard <code>*</code> in <code>allowMethods</code> and
         *                     <code>allowCredentials</code> is set to <code>false</code>, the <code>Access-Control-Allow-Methods</code>
         *                     response header may either contain the wildcard <code>*</code> or echo the value
         *                     of the <code>Access-Control-Request-Method</code> request header.
         *                     <p>
         *                     If the configuration contains the wildcard <code>*</code> in <code>allowMethods</code> and
         *                     <code>allowCredentials</code> is set to <code>true</code>, the gateway must not return <code>*</code>
         *                     in the <code>Access-Control-Allow-Methods</code> response header. Instead, it must
         *                     return a single HTTP method matching the value of the
         *                     <code>Access-Control-Request-Method</code> request header.
         *                     If the <code>Access-Control-Request-Method</code> header is not present in the request,
         *                     the gateway must omit the <code>Access-Control-Allow-Methods</code> response header.
         *                     <p>
         *                     Support: Extended
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder allowMethods(java.util.List<? extends imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods> allowMethods) {
            this.allowMethods = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods>)allowMethods;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRulesBackendRefsFiltersCors#getAllowOrigins}
         * @param allowOrigins AllowOrigins indicates whether the response can be shared with requested resource from the given <code>Origin</code>.
         *                     The <code>Origin</code> consists of a scheme and a host, with an optional port, and
         *                     takes the form <code>&lt;scheme&gt;://&lt;host&gt;(:&lt;port&gt;)</code>.
         *                     <p>
         *                     Valid values for scheme are: <code>http</code> and <code>https</code>.
         *                     <p>
         *                     Valid values for port are any integer between 1 and 65535 (the list of
         *                     available TCP/UDP ports). Note that, if not included, port <code>80</code> is
         *                     assumed for <code>http</code> scheme origins, and port <code>443</code> is assumed for <code>https</code>
         *                     origins. This may affect origin matching.
         *                     <p>
         *                     The host part of the origin may contain the wildcard character <code>*</code>. These
         *                     wildcard characters behave as follows:
         *                     <p>
         *                     <ul>
         *                     <li><code>*</code> is a greedy match to the <em>left</em>, including any number of
         *                     DNS labels to the left of its position. This also means that
         *                     <code>*</code> will include any number of period <code>.</code> characters to the
         *                     left of its position.</li>
         *                     <li>A wildcard by itself matches all hosts.</li>
         *                     </ul>
         *                     <p>
         *                     An origin value that includes <em>only</em> the <code>*</code> character indicates requests
         *                     from all <code>Origin</code>s are allowed.
         *                     <p>
         *                     When the <code>allowOrigins</code> field is configured with multiple origins, it
         *                     means the server supports clients from multiple origins. If the request
         *                     <code>Origin</code> matches the configured allowed origins, the gateway must return
         *                     the given <code>Origin</code> and sets value of the header
         *                     <code>Access-Control-Allow-Origin</code> same as the <code>Origin</code> header provided by the
         *                     client.
         *                     <p>
         *                     The status code of a successful response to a "preflight" request is
         *                     always an OK status (i.e., 204 or 200).
         *                     <p>
         *                     If the request <code>Origin</code> does not match the configured allowed origins,
         *                     the gateway returns 204/200 response but doesn't set the relevant
         *                     cross-origin response headers. Alternatively, the gateway responds with
         *                     403 status to the "preflight" request is denied, coupled with omitting
         *                     the CORS headers. The cross-origin request fails on the client side.
         *                     Therefore, the client doesn't attempt the actual cross-origin request.
         *                     <p>
         *                     Conversely, if the request <code>Origin</code> matches one of the configured
         *                     allowed origins, the gateway sets the response header
         *                     <code>Access-Control-Allow-Origin</code> to the same value as the <code>Origin</code>
         *                     header provided by the client.
         *                     <p>
         *                     If the configuration contains the wildcard <code>*</code> in <code>allowOrigins</code> and
         *                     <code>allowCredentials</code> is set to <code>false</code>, the <code>Access-Control-Allow-Origin</code>
         *                     response header may either contain the wildcard <code>*</code> or echo the value
         *                     of the <code>Origin</code> request header.
         *                     <p>
         *                     If the configuration contains the wildcard <code>*</code> in <code>allowOrigins</code> and
         *                     <code>allowCredentials</code> is set to <code>true</code>, the gateway must not return <code>*</code>
         *                     in the <code>Access-Control-Allow-Origin</code> response header. Instead, it must
         *                     return a single origin matching the value of the <code>Origin</code> request header.
         *                     <p>
         *                     Support: Extended
         * @return {@code this}
         */
        public Builder allowOrigins(java.util.List<java.lang.String> allowOrigins) {
            this.allowOrigins = allowOrigins;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRulesBackendRefsFiltersCors#getExposeHeaders}
         * @param exposeHeaders ExposeHeaders indicates which HTTP response headers can be exposed to client-side scripts in response to a cross-origin request.
         *                      A CORS-safelisted response header is an HTTP header in a CORS response
         *                      that it is considered safe to expose to the client scripts.
         *                      The CORS-safelisted response headers include the following headers:
         *                      <code>Cache-Control</code>
         *                      <code>Content-Language</code>
         *                      <code>Content-Length</code>
         *                      <code>Content-Type</code>
         *                      <code>Expires</code>
         *                      <code>Last-Modified</code>
         *                      <code>Pragma</code>
         *                      (See https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name)
         *                      The CORS-safelisted response headers are exposed to client by default.
         *                      <p>
         *                      When an HTTP header name is specified using the <code>exposeHeaders</code> field,
         *                      this additional header will be exposed as part of the response to the
         *                      client.
         *                      <p>
         *                      Header names are not case-sensitive.
         *                      <p>
         *                      Multiple header names in the value of the <code>Access-Control-Expose-Headers</code>
         *                      response header are separated by a comma (",").
         *                      <p>
         *                      A wildcard indicates that the responses with all HTTP headers are exposed
         *                      to clients.
         *                      <p>
         *                      If the configuration contains the wildcard <code>*</code> in <code>exposeHeaders</code> and
         *                      <code>allowCredentials</code> is set to <code>false</code>, the <code>Access-Control-Expose-Headers</code>
         *                      response header can contain the wildcard <code>*</code>.
         *                      <p>
         *                      If the configuration contains the wildcard <code>*</code> in <code>exposeHeaders</code> and
         *                      <code>allowCredentials</code> is set to <code>true</code>, the gateway cannot use the <code>*</code>
         *                      in the <code>Access-Control-Expose-Headers</code> response header.
         *                      <p>
         *                      Support: Extended
         * @return {@code this}
         */
        public Builder exposeHeaders(java.util.List<java.lang.String> exposeHeaders) {
            this.exposeHeaders = exposeHeaders;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRulesBackendRefsFiltersCors#getMaxAge}
         * @param maxAge MaxAge indicates the duration (in seconds) for the client to cache the results of a "preflight" request.
         *               The information provided by the <code>Access-Control-Allow-Methods</code> and
         *               <code>Access-Control-Allow-Headers</code> response headers can be cached by the
         *               client until the time specified by <code>Access-Control-Max-Age</code> elapses.
         *               <p>
         *               The default value of <code>Access-Control-Max-Age</code> response header is 5
         *               (seconds).
         *               <p>
         *               When the <code>MaxAge</code> field is unspecified, the gateway sets the response
         *               header "Access-Control-Max-Age: 5" by default.
         * @return {@code this}
         */
        public Builder maxAge(java.lang.Number maxAge) {
            this.maxAge = maxAge;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link HttpRouteSpecRulesBackendRefsFiltersCors}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public HttpRouteSpecRulesBackendRefsFiltersCors build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link HttpRouteSpecRulesBackendRefsFiltersCors}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements HttpRouteSpecRulesBackendRefsFiltersCors {
        private final java.lang.Boolean allowCredentials;
        private final java.util.List<java.lang.String> allowHeaders;
        private final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods> allowMethods;
        private final java.util.List<java.lang.String> allowOrigins;
        private final java.util.List<java.lang.String> exposeHeaders;
        private final java.lang.Number maxAge;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.allowCredentials = software.amazon.jsii.Kernel.get(this, "allowCredentials", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.allowHeaders = software.amazon.jsii.Kernel.get(this, "allowHeaders", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.allowMethods = software.amazon.jsii.Kernel.get(this, "allowMethods", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods.class)));
            this.allowOrigins = software.amazon.jsii.Kernel.get(this, "allowOrigins", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.exposeHeaders = software.amazon.jsii.Kernel.get(this, "exposeHeaders", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.maxAge = software.amazon.jsii.Kernel.get(this, "maxAge", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.allowCredentials = builder.allowCredentials;
            this.allowHeaders = builder.allowHeaders;
            this.allowMethods = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods>)builder.allowMethods;
            this.allowOrigins = builder.allowOrigins;
            this.exposeHeaders = builder.exposeHeaders;
            this.maxAge = builder.maxAge;
        }

        @Override
        public final java.lang.Boolean getAllowCredentials() {
            return this.allowCredentials;
        }

        @Override
        public final java.util.List<java.lang.String> getAllowHeaders() {
            return this.allowHeaders;
        }

        @Override
        public final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersCorsAllowMethods> getAllowMethods() {
            return this.allowMethods;
        }

        @Override
        public final java.util.List<java.lang.String> getAllowOrigins() {
            return this.allowOrigins;
        }

        @Override
        public final java.util.List<java.lang.String> getExposeHeaders() {
            return this.exposeHeaders;
        }

        @Override
        public final java.lang.Number getMaxAge() {
            return this.maxAge;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAllowCredentials() != null) {
                data.set("allowCredentials", om.valueToTree(this.getAllowCredentials()));
            }
            if (this.getAllowHeaders() != null) {
                data.set("allowHeaders", om.valueToTree(this.getAllowHeaders()));
            }
            if (this.getAllowMethods() != null) {
                data.set("allowMethods", om.valueToTree(this.getAllowMethods()));
            }
            if (this.getAllowOrigins() != null) {
                data.set("allowOrigins", om.valueToTree(this.getAllowOrigins()));
            }
            if (this.getExposeHeaders() != null) {
                data.set("exposeHeaders", om.valueToTree(this.getExposeHeaders()));
            }
            if (this.getMaxAge() != null) {
                data.set("maxAge", om.valueToTree(this.getMaxAge()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gateway_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersCors"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            HttpRouteSpecRulesBackendRefsFiltersCors.Jsii$Proxy that = (HttpRouteSpecRulesBackendRefsFiltersCors.Jsii$Proxy) o;

            if (this.allowCredentials != null ? !this.allowCredentials.equals(that.allowCredentials) : that.allowCredentials != null) return false;
            if (this.allowHeaders != null ? !this.allowHeaders.equals(that.allowHeaders) : that.allowHeaders != null) return false;
            if (this.allowMethods != null ? !this.allowMethods.equals(that.allowMethods) : that.allowMethods != null) return false;
            if (this.allowOrigins != null ? !this.allowOrigins.equals(that.allowOrigins) : that.allowOrigins != null) return false;
            if (this.exposeHeaders != null ? !this.exposeHeaders.equals(that.exposeHeaders) : that.exposeHeaders != null) return false;
            return this.maxAge != null ? this.maxAge.equals(that.maxAge) : that.maxAge == null;
        }

        @Override
        public final int hashCode() {
            int result = this.allowCredentials != null ? this.allowCredentials.hashCode() : 0;
            result = 31 * result + (this.allowHeaders != null ? this.allowHeaders.hashCode() : 0);
            result = 31 * result + (this.allowMethods != null ? this.allowMethods.hashCode() : 0);
            result = 31 * result + (this.allowOrigins != null ? this.allowOrigins.hashCode() : 0);
            result = 31 * result + (this.exposeHeaders != null ? this.exposeHeaders.hashCode() : 0);
            result = 31 * result + (this.maxAge != null ? this.maxAge.hashCode() : 0);
            return result;
        }
    }
}
