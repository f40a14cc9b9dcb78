package imports.gateway.io.k8s.networking.gateway;

/**
 * RequestRedirect defines a schema for a filter that responds to the request with an HTTP redirection.
 * <p>
 * Support: Core
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.859Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect")
@software.amazon.jsii.Jsii.Proxy(HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect.Jsii$Proxy.class)
public interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect extends software.amazon.jsii.JsiiSerializable {

    /**
     * Hostname is the hostname to be used in the value of the <code>Location</code> header in the response.
     * <p>
     * When empty, the hostname in the <code>Host</code> header of the request is used.
     * <p>
     * Support: Core
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getHostname() {
        return null;
    }

    /**
     * Path defines parameters used to modify the path of the incoming request.
     * <p>
     * The modified path is then used to construct the <code>Location</code> header. When
     * empty, the request path is used as-is.
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath getPath() {
        return null;
    }

    /**
     * Port is the port to be used in the value of the <code>Location</code> header in the response.
     * <p>
     * If no port is specified, the redirect port MUST be derived using the
     * following rules:
     * <p>
     * <ul>
     * <li>If redirect scheme is not-empty, the redirect port MUST be the well-known
     * port associated with the redirect scheme. Specifically "http" to port 80
     * and "https" to port 443. If the redirect scheme does not have a
     * well-known port, the listener port of the Gateway SHOULD be used.</li>
     * <li>If redirect scheme is empty, the redirect port MUST be the Gateway
     * Listener port.</li>
     * </ul>
     * <p>
     * Implementations SHOULD NOT add the port number in the 'Location'
     * header in the following cases:
     * <p>
     * <ul>
     * <li>A Location header that will use HTTP (whether that is determined via
     * the Listener protocol or the Scheme field) <em>and</em> use port 80.</li>
     * <li>A Location header that will use HTTPS (whether that is determined via
     * the Listener protocol or the Scheme field) <em>and</em> use port 443.</li>
     * </ul>
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getPort() {
        return null;
    }

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
    default @org.jetbrains.annotations.Nullable imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme getScheme() {
        return null;
    }

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
    default @org.jetbrains.annotations.Nullable imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode getStatusCode() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect}
     */
    public static final class Builder implements software.amazon.jsii.Builder<HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect> {
        java.lang.String hostname;
        imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath path;
        java.lang.Number port;
        imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme scheme;
        imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode statusCode;

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#getHostname}
         * @param hostname Hostname is the hostname to be used in the value of the <code>Location</code> header in the response.
         *                 When empty, the hostname in the <code>Host</code> header of the request is used.
         *                 <p>
         *                 Support: Core
         * @return {@code this}
         */
        public Builder hostname(java.lang.String hostname) {
            this.hostname = hostname;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#getPath}
         * @param path Path defines parameters used to modify the path of the incoming request.
         *             The modified path is then used to construct the <code>Location</code> header. When
         *             empty, the request path is used as-is.
         *             <p>
         *             Support: Extended
         * @return {@code this}
         */
        public Builder path(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath path) {
            this.path = path;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#getPort}
         * @param port Port is the port to be used in the value of the <code>Location</code> header in the response.
         *             If no port is specified, the redirect port MUST be derived using the
         *             following rules:
         *             <p>
         *             <ul>
         *             <li>If redirect scheme is not-empty, the redirect port MUST be the well-known
         *             port associated with the redirect scheme. Specifically "http" to port 80
         *             and "https" to port 443. If the redirect scheme does not have a
         *             well-known port, the listener port of the Gateway SHOULD be used.</li>
         *             <li>If redirect scheme is empty, the redirect port MUST be the Gateway
         *             Listener port.</li>
         *             </ul>
         *             <p>
         *             Implementations SHOULD NOT add the port number in the 'Location'
         *             header in the following cases:
         *             <p>
         *             <ul>
         *             <li>A Location header that will use HTTP (whether that is determined via
         *             the Listener protocol or the Scheme field) <em>and</em> use port 80.</li>
         *             <li>A Location header that will use HTTPS (whether that is determined via
         *             the Listener protocol or the Scheme field) <em>and</em> use port 443.</li>
         *             </ul>
         *             <p>
         *             Support: Extended
         * @return {@code this}
         */
        public Builder port(java.lang.Number port) {
            this.port = port;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#getScheme}
         * @param scheme Scheme is the scheme to be used in the value of the <code>Location</code> header in the response.
         *               When empty, the scheme of the request is used.
         *               <p>
         *               Scheme redirects can affect the port of the redirect, for more information,
         *               refer to the documentation for the port field of this filter.
         *               <p>
         *               Note that values may be added to this enum, implementations
         *               must ensure that unknown values will not cause a crash.
         *               <p>
         *               Unknown values here must result in the implementation setting the
         *               Accepted Condition for the Route to <code>status: False</code>, with a
         *               Reason of <code>UnsupportedValue</code>.
         *               <p>
         *               Support: Extended
         * @return {@code this}
         */
        public Builder scheme(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme scheme) {
            this.scheme = scheme;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#getStatusCode}
         * @param statusCode StatusCode is the HTTP status code to be used in response.
         *                   Note that values may be added to this enum, implementations
         *                   must ensure that unknown values will not cause a crash.
         *                   <p>
         *                   Unknown values here must result in the implementation setting the
         *                   Accepted Condition for the Route to <code>status: False</code>, with a
         *                   Reason of <code>UnsupportedValue</code>.
         *                   <p>
         *                   Support: Core
         * @return {@code this}
         */
        public Builder statusCode(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect {
        private final java.lang.String hostname;
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath path;
        private final java.lang.Number port;
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme scheme;
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode statusCode;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.hostname = software.amazon.jsii.Kernel.get(this, "hostname", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.path = software.amazon.jsii.Kernel.get(this, "path", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath.class));
            this.port = software.amazon.jsii.Kernel.get(this, "port", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.scheme = software.amazon.jsii.Kernel.get(this, "scheme", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme.class));
            this.statusCode = software.amazon.jsii.Kernel.get(this, "statusCode", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.hostname = builder.hostname;
            this.path = builder.path;
            this.port = builder.port;
            this.scheme = builder.scheme;
            this.statusCode = builder.statusCode;
        }

        @Override
        public final java.lang.String getHostname() {
            return this.hostname;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath getPath() {
            return this.path;
        }

        @Override
        public final java.lang.Number getPort() {
            return this.port;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme getScheme() {
            return this.scheme;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode getStatusCode() {
            return this.statusCode;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getHostname() != null) {
                data.set("hostname", om.valueToTree(this.getHostname()));
            }
            if (this.getPath() != null) {
                data.set("path", om.valueToTree(this.getPath()));
            }
            if (this.getPort() != null) {
                data.set("port", om.valueToTree(this.getPort()));
            }
            if (this.getScheme() != null) {
                data.set("scheme", om.valueToTree(this.getScheme()));
            }
            if (this.getStatusCode() != null) {
                data.set("statusCode", om.valueToTree(this.getStatusCode()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect.Jsii$Proxy that = (HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect.Jsii$Proxy) o;

            if (this.hostname != null ? !this.hostname.equals(that.hostname) : that.hostname != null) return false;
            if (this.path != null ? !this.path.equals(that.path) : that.path != null) return false;
            if (this.port != null ? !this.port.equals(that.port) : that.port != null) return false;
            if (this.scheme != null ? !this.scheme.equals(that.scheme) : that.scheme != null) return false;
            return this.statusCode != null ? this.statusCode.equals(that.statusCode) : that.statusCode == null;
        }

        @Override
        public final int hashCode() {
            int result = this.hostname != null ? this.hostname.hashCode() : 0;
            result = 31 * result + (this.path != null ? this.path.hashCode() : 0);
            result = 31 * result + (this.port != null ? this.port.hashCode() : 0);
            result = 31 * result + (this.scheme != null ? this.scheme.hashCode() : 0);
            result = 31 * result + (this.statusCode != null ? this.statusCode.hashCode() : 0);
            return result;
        }
    }
}
