package imports.gateway.io.k8s.networking.gateway;

/**
 * HTTPRouteMatch defines the predicate used to match requests to a given action.
 * <p>
 * Multiple match types are ANDed together, i.e. the match will
 * evaluate to true only if all conditions are satisfied.
 * <p>
 * For example, the match below will match a HTTP request only if its path
 * starts with <code>/foo</code> AND it contains the <code>version: v1</code> header:
 * <p>
 * <blockquote><pre>
 * match:
 * path:
 * value: "/foo"
 * headers:
 * - name: "version"
 * value "v1"
 * </pre></blockquote>
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.790Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteSpecRulesMatches")
@software.amazon.jsii.Jsii.Proxy(HttpRouteSpecRulesMatches.Jsii$Proxy.class)
public interface HttpRouteSpecRulesMatches extends software.amazon.jsii.JsiiSerializable {

    /**
     * Headers specifies HTTP request header matchers.
     * <p>
     * Multiple match values are
     * ANDed together, meaning, a request must match all the specified headers
     * to select the route.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesHeaders> getHeaders() {
        return null;
    }

    /**
     * Method specifies HTTP method matcher. When specified, this route will be matched only if the request has the specified method.
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesMethod getMethod() {
        return null;
    }

    /**
     * Path specifies a HTTP request path matcher.
     * <p>
     * If this field is not
     * specified, a default prefix match on the "/" path is provided.
     */
    default @org.jetbrains.annotations.Nullable imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesPath getPath() {
        return null;
    }

    /**
     * QueryParams specifies HTTP query parameter matchers.
     * <p>
     * Multiple match
     * values are ANDed together, meaning, a request must match all the
     * specified query parameters to select the route.
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesQueryParams> getQueryParams() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link HttpRouteSpecRulesMatches}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link HttpRouteSpecRulesMatches}
     */
    public static final class Builder implements software.amazon.jsii.Builder<HttpRouteSpecRulesMatches> {
        java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesHeaders> headers;
        imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesMethod method;
        imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesPath path;
        java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesQueryParams> queryParams;

        /**
         * Sets the value of {@link HttpRouteSpecRulesMatches#getHeaders}
         * @param headers Headers specifies HTTP request header matchers.
         *                Multiple match values are
         *                ANDed together, meaning, a request must match all the specified headers
         *                to select the route.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder headers(java.util.List<? extends imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesHeaders> headers) {
            this.headers = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesHeaders>)headers;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRulesMatches#getMethod}
         * @param method Method specifies HTTP method matcher. When specified, this route will be matched only if the request has the specified method.
         *               Support: Extended
         * @return {@code this}
         */
        public Builder method(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesMethod method) {
            this.method = method;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRulesMatches#getPath}
         * @param path Path specifies a HTTP request path matcher.
         *             If this field is not
         *             specified, a default prefix match on the "/" path is provided.
         * @return {@code this}
         */
        public Builder path(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesPath path) {
            this.path = path;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRulesMatches#getQueryParams}
         * @param queryParams QueryParams specifies HTTP query parameter matchers.
         *                    Multiple match
         *                    values are ANDed together, meaning, a request must match all the
         *                    specified query parameters to select the route.
         *                    <p>
         *                    Support: Extended
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder queryParams(java.util.List<? extends imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesQueryParams> queryParams) {
            this.queryParams = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesQueryParams>)queryParams;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link HttpRouteSpecRulesMatches}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public HttpRouteSpecRulesMatches build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link HttpRouteSpecRulesMatches}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements HttpRouteSpecRulesMatches {
        private final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesHeaders> headers;
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesMethod method;
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesPath path;
        private final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesQueryParams> queryParams;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.headers = software.amazon.jsii.Kernel.get(this, "headers", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesHeaders.class)));
            this.method = software.amazon.jsii.Kernel.get(this, "method", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesMethod.class));
            this.path = software.amazon.jsii.Kernel.get(this, "path", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesPath.class));
            this.queryParams = software.amazon.jsii.Kernel.get(this, "queryParams", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesQueryParams.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.headers = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesHeaders>)builder.headers;
            this.method = builder.method;
            this.path = builder.path;
            this.queryParams = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesQueryParams>)builder.queryParams;
        }

        @Override
        public final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesHeaders> getHeaders() {
            return this.headers;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesMethod getMethod() {
            return this.method;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesPath getPath() {
            return this.path;
        }

        @Override
        public final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatchesQueryParams> getQueryParams() {
            return this.queryParams;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getHeaders() != null) {
                data.set("headers", om.valueToTree(this.getHeaders()));
            }
            if (this.getMethod() != null) {
                data.set("method", om.valueToTree(this.getMethod()));
            }
            if (this.getPath() != null) {
                data.set("path", om.valueToTree(this.getPath()));
            }
            if (this.getQueryParams() != null) {
                data.set("queryParams", om.valueToTree(this.getQueryParams()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gateway_iok8snetworkinggateway.HttpRouteSpecRulesMatches"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            HttpRouteSpecRulesMatches.Jsii$Proxy that = (HttpRouteSpecRulesMatches.Jsii$Proxy) o;

            if (this.headers != null ? !this.headers.equals(that.headers) : that.headers != null) return false;
            if (this.method != null ? !this.method.equals(that.method) : that.method != null) return false;
            if (this.path != null ? !this.path.equals(that.path) : that.path != null) return false;
            return this.queryParams != null ? this.queryParams.equals(that.queryParams) : that.queryParams == null;
        }

        @Override
        public final int hashCode() {
            int result = this.headers != null ? this.headers.hashCode() : 0;
            result = 31 * result + (this.method != null ? this.method.hashCode() : 0);
            result = 31 * result + (this.path != null ? this.path.hashCode() : 0);
            result = 31 * result + (this.queryParams != null ? this.queryParams.hashCode() : 0);
            return result;
        }
    }
}
