package imports.gateway.io.k8s.networking.gateway;

/**
 * HTTPRouteFilter defines processing steps that must be completed during the request or response lifecycle.
 * <p>
 * HTTPRouteFilters are meant as an extension
 * point to express processing that may be done in Gateway implementations. Some
 * examples include request or response modification, implementing
 * authentication strategies, rate-limiting, and traffic shaping. API
 * guarantee/conformance is defined based on the type of the filter.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.605Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFilters")
@software.amazon.jsii.Jsii.Proxy(HttpRouteSpecRulesBackendRefsFilters.Jsii$Proxy.class)
public interface HttpRouteSpecRulesBackendRefsFilters extends software.amazon.jsii.JsiiSerializable {

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
    @org.jetbrains.annotations.NotNull imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersType getType();

    /**
     * CORS defines a schema for a filter that responds to the cross-origin request based on HTTP response header.
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersCors getCors() {
        return null;
    }

    /**
     * ExtensionRef is an optional, implementation-specific extension to the "filter" behavior.
     * <p>
     * For example, resource "myroutefilter" in group
     * "networking.example.net"). ExtensionRef MUST NOT be used for core and
     * extended filters.
     * <p>
     * This filter can be used multiple times within the same rule.
     * <p>
     * Support: Implementation-specific
     */
    default @org.jetbrains.annotations.Nullable imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersExtensionRef getExtensionRef() {
        return null;
    }

    /**
     * RequestHeaderModifier defines a schema for a filter that modifies request headers.
     * <p>
     * Support: Core
     */
    default @org.jetbrains.annotations.Nullable imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier getRequestHeaderModifier() {
        return null;
    }

    /**
     * RequestMirror defines a schema for a filter that mirrors requests.
     * <p>
     * Requests are sent to the specified destination, but responses from
     * that destination are ignored.
     * <p>
     * This filter can be used multiple times within the same rule. Note that
     * not all implementations will be able to support mirroring to multiple
     * backends.
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirror getRequestMirror() {
        return null;
    }

    /**
     * RequestRedirect defines a schema for a filter that responds to the request with an HTTP redirection.
     * <p>
     * Support: Core
     */
    default @org.jetbrains.annotations.Nullable imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestRedirect getRequestRedirect() {
        return null;
    }

    /**
     * ResponseHeaderModifier defines a schema for a filter that modifies response headers.
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier getResponseHeaderModifier() {
        return null;
    }

    /**
     * URLRewrite defines a schema for a filter that modifies a request during forwarding.
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersUrlRewrite getUrlRewrite() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link HttpRouteSpecRulesBackendRefsFilters}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link HttpRouteSpecRulesBackendRefsFilters}
     */
    public static final class Builder implements software.amazon.jsii.Builder<HttpRouteSpecRulesBackendRefsFilters> {
        imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersType type;
        imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersCors cors;
        imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersExtensionRef extensionRef;
        imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier requestHeaderModifier;
        imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirror requestMirror;
        imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestRedirect requestRedirect;
        imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier responseHeaderModifier;
        imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersUrlRewrite urlRewrite;

        /**
         * Sets the value of {@link HttpRouteSpecRulesBackendRefsFilters#getType}
         * @param type Type identifies the type of filter to apply. As with other API fields, types are classified into three conformance levels:. This parameter is required.
         *             <ul>
         *             <li>Core: Filter types and their corresponding configuration defined by
         *             "Support: Core" in this package, e.g. "RequestHeaderModifier". All
         *             implementations must support core filters.</li>
         *             <li>Extended: Filter types and their corresponding configuration defined by
         *             "Support: Extended" in this package, e.g. "RequestMirror". Implementers
         *             are encouraged to support extended filters.</li>
         *             <li>Implementation-specific: Filters that are defined and supported by
         *             specific vendors.
         *             In the future, filters showing convergence in behavior across multiple
         *             implementations will be considered for inclusion in extended or core
         *             conformance levels. Filter-specific configuration for such filters
         *             is specified using the ExtensionRef field. <code>Type</code> should be set to
         *             "ExtensionRef" for custom filters.</li>
         *             </ul>
         *             <p>
         *             Implementers are encouraged to define custom implementation types to
         *             extend the core API with implementation-specific behavior.
         *             <p>
         *             If a reference to a custom filter type cannot be resolved, the filter
         *             MUST NOT be skipped. Instead, requests that would have been processed by
         *             that filter MUST receive a HTTP error response.
         *             <p>
         *             Note that values may be added to this enum, implementations
         *             must ensure that unknown values will not cause a crash.
         *             <p>
         *             Unknown values here must result in the implementation setting the
         *             Accepted Condition for the Route to <code>status: False</code>, with a
         *             Reason of <code>UnsupportedValue</code>.
         * @return {@code this}
         */
        public Builder type(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRulesBackendRefsFilters#getCors}
         * @param cors CORS defines a schema for a filter that responds to the cross-origin request based on HTTP response header.
         *             Support: Extended
         * @return {@code this}
         */
        public Builder cors(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersCors cors) {
            this.cors = cors;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRulesBackendRefsFilters#getExtensionRef}
         * @param extensionRef ExtensionRef is an optional, implementation-specific extension to the "filter" behavior.
         *                     For example, resource "myroutefilter" in group
         *                     "networking.example.net"). ExtensionRef MUST NOT be used for core and
         *                     extended filters.
         *                     <p>
         *                     This filter can be used multiple times within the same rule.
         *                     <p>
         *                     Support: Implementation-specific
         * @return {@code this}
         */
        public Builder extensionRef(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersExtensionRef extensionRef) {
            this.extensionRef = extensionRef;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRulesBackendRefsFilters#getRequestHeaderModifier}
         * @param requestHeaderModifier RequestHeaderModifier defines a schema for a filter that modifies request headers.
         *                              Support: Core
         * @return {@code this}
         */
        public Builder requestHeaderModifier(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier requestHeaderModifier) {
            this.requestHeaderModifier = requestHeaderModifier;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRulesBackendRefsFilters#getRequestMirror}
         * @param requestMirror RequestMirror defines a schema for a filter that mirrors requests.
         *                      Requests are sent to the specified destination, but responses from
         *                      that destination are ignored.
         *                      <p>
         *                      This filter can be used multiple times within the same rule. Note that
         *                      not all implementations will be able to support mirroring to multiple
         *                      backends.
         *                      <p>
         *                      Support: Extended
         * @return {@code this}
         */
        public Builder requestMirror(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirror requestMirror) {
            this.requestMirror = requestMirror;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRulesBackendRefsFilters#getRequestRedirect}
         * @param requestRedirect RequestRedirect defines a schema for a filter that responds to the request with an HTTP redirection.
         *                        Support: Core
         * @return {@code this}
         */
        public Builder requestRedirect(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestRedirect requestRedirect) {
            this.requestRedirect = requestRedirect;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRulesBackendRefsFilters#getResponseHeaderModifier}
         * @param responseHeaderModifier ResponseHeaderModifier defines a schema for a filter that modifies response headers.
         *                               Support: Extended
         * @return {@code this}
         */
        public Builder responseHeaderModifier(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier responseHeaderModifier) {
            this.responseHeaderModifier = responseHeaderModifier;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRulesBackendRefsFilters#getUrlRewrite}
         * @param urlRewrite URLRewrite defines a schema for a filter that modifies a request during forwarding.
         *                   Support: Extended
         * @return {@code this}
         */
        public Builder urlRewrite(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersUrlRewrite urlRewrite) {
            this.urlRewrite = urlRewrite;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link HttpRouteSpecRulesBackendRefsFilters}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public HttpRouteSpecRulesBackendRefsFilters build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link HttpRouteSpecRulesBackendRefsFilters}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements HttpRouteSpecRulesBackendRefsFilters {
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersType type;
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersCors cors;
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersExtensionRef extensionRef;
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier requestHeaderModifier;
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirror requestMirror;
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestRedirect requestRedirect;
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier responseHeaderModifier;
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersUrlRewrite urlRewrite;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.type = software.amazon.jsii.Kernel.get(this, "type", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersType.class));
            this.cors = software.amazon.jsii.Kernel.get(this, "cors", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersCors.class));
            this.extensionRef = software.amazon.jsii.Kernel.get(this, "extensionRef", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersExtensionRef.class));
            this.requestHeaderModifier = software.amazon.jsii.Kernel.get(this, "requestHeaderModifier", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier.class));
            this.requestMirror = software.amazon.jsii.Kernel.get(this, "requestMirror", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirror.class));
            this.requestRedirect = software.amazon.jsii.Kernel.get(this, "requestRedirect", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestRedirect.class));
            this.responseHeaderModifier = software.amazon.jsii.Kernel.get(this, "responseHeaderModifier", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier.class));
            this.urlRewrite = software.amazon.jsii.Kernel.get(this, "urlRewrite", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersUrlRewrite.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.type = java.util.Objects.requireNonNull(builder.type, "type is required");
            this.cors = builder.cors;
            this.extensionRef = builder.extensionRef;
            this.requestHeaderModifier = builder.requestHeaderModifier;
            this.requestMirror = builder.requestMirror;
            this.requestRedirect = builder.requestRedirect;
            this.responseHeaderModifier = builder.responseHeaderModifier;
            this.urlRewrite = builder.urlRewrite;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersType getType() {
            return this.type;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersCors getCors() {
            return this.cors;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersExtensionRef getExtensionRef() {
            return this.extensionRef;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier getRequestHeaderModifier() {
            return this.requestHeaderModifier;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirror getRequestMirror() {
            return this.requestMirror;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestRedirect getRequestRedirect() {
            return this.requestRedirect;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier getResponseHeaderModifier() {
            return this.responseHeaderModifier;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersUrlRewrite getUrlRewrite() {
            return this.urlRewrite;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("type", om.valueToTree(this.getType()));
            if (this.getCors() != null) {
                data.set("cors", om.valueToTree(this.getCors()));
            }
            if (this.getExtensionRef() != null) {
                data.set("extensionRef", om.valueToTree(this.getExtensionRef()));
            }
            if (this.getRequestHeaderModifier() != null) {
                data.set("requestHeaderModifier", om.valueToTree(this.getRequestHeaderModifier()));
            }
            if (this.getRequestMirror() != null) {
                data.set("requestMirror", om.valueToTree(this.getRequestMirror()));
            }
            if (this.getRequestRedirect() != null) {
                data.set("requestRedirect", om.valueToTree(this.getRequestRedirect()));
            }
            if (this.getResponseHeaderModifier() != null) {
                data.set("responseHeaderModifier", om.valueToTree(this.getResponseHeaderModifier()));
            }
            if (this.getUrlRewrite() != null) {
                data.set("urlRewrite", om.valueToTree(this.getUrlRewrite()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gateway_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFilters"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            HttpRouteSpecRulesBackendRefsFilters.Jsii$Proxy that = (HttpRouteSpecRulesBackendRefsFilters.Jsii$Proxy) o;

            if (!type.equals(that.type)) return false;
            if (this.cors != null ? !this.cors.equals(that.cors) : that.cors != null) return false;
            if (this.extensionRef != null ? !this.extensionRef.equals(that.extensionRef) : that.extensionRef != null) return false;
            if (this.requestHeaderModifier != null ? !this.requestHeaderModifier.equals(that.requestHeaderModifier) : that.requestHeaderModifier != null) return false;
            if (this.requestMirror != null ? !this.requestMirror.equals(that.requestMirror) : that.requestMirror != null) return false;
            if (this.requestRedirect != null ? !this.requestRedirect.equals(that.requestRedirect) : that.requestRedirect != null) return false;
            if (this.responseHeaderModifier != null ? !this.responseHeaderModifier.equals(that.responseHeaderModifier) : that.responseHeaderModifier != null) return false;
            return this.urlRewrite != null ? this.urlRewrite.equals(that.urlRewrite) : that.urlRewrite == null;
        }

        @Override
        public final int hashCode() {
            int result = this.type.hashCode();
            result = 31 * result + (this.cors != null ? this.cors.hashCode() : 0);
            result = 31 * result + (this.extensionRef != null ? this.extensionRef.hashCode() : 0);
            result = 31 * result + (this.requestHeaderModifier != null ? this.requestHeaderModifier.hashCode() : 0);
            result = 31 * result + (this.requestMirror != null ? this.requestMirror.hashCode() : 0);
            result = 31 * result + (this.requestRedirect != null ? this.requestRedirect.hashCode() : 0);
            result = 31 * result + (this.responseHeaderModifier != null ? this.responseHeaderModifier.hashCode() : 0);
            result = 31 * result + (this.urlRewrite != null ? this.urlRewrite.hashCode() : 0);
            return result;
        }
    }
}
