package imports.gateway.io.k8s.networking.gateway;

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
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.686Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirror")
@software.amazon.jsii.Jsii.Proxy(HttpRouteSpecRulesBackendRefsFiltersRequestMirror.Jsii$Proxy.class)
public interface HttpRouteSpecRulesBackendRefsFiltersRequestMirror extends software.amazon.jsii.JsiiSerializable {

    /**
     * BackendRef references a resource where mirrored requests are sent.
     * <p>
     * Mirrored requests must be sent only to a single destination endpoint
     * within this BackendRef, irrespective of how many endpoints are present
     * within this BackendRef.
     * <p>
     * If the referent cannot be found, this BackendRef is invalid and must be
     * dropped from the Gateway. The controller must ensure the "ResolvedRefs"
     * condition on the Route status is set to <code>status: False</code> and not configure
     * this backend in the underlying implementation.
     * <p>
     * If there is a cross-namespace reference to an <em>existing</em> object
     * that is not allowed by a ReferenceGrant, the controller must ensure the
     * "ResolvedRefs"  condition on the Route is set to <code>status: False</code>,
     * with the "RefNotPermitted" reason and not configure this backend in the
     * underlying implementation.
     * <p>
     * In either error case, the Message of the <code>ResolvedRefs</code> Condition
     * should be used to provide more detail about the problem.
     * <p>
     * Support: Extended for Kubernetes Service
     * <p>
     * Support: Implementation-specific for any other resource
     * <p>
     * If the backend service requires TLS, use BackendTLSPolicy to tell the
     * implementation to supply the TLS details to be used to connect to that
     * backend.
     */
    @org.jetbrains.annotations.NotNull imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef getBackendRef();

    /**
     * Fraction represents the fraction of requests that should be mirrored to BackendRef.
     * <p>
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     */
    default @org.jetbrains.annotations.Nullable imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction getFraction() {
        return null;
    }

    /**
     * Percent represents the percentage of requests that should be mirrored to BackendRef.
     * <p>
     * Its minimum value is 0 (indicating 0% of
     * requests) and its maximum value is 100 (indicating 100% of requests).
     * <p>
     * Only one of Fraction or Percent may be specified. If neither field
     * is specified, 100% of requests will be mirrored.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getPercent() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link HttpRouteSpecRulesBackendRefsFiltersRequestMirror}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link HttpRouteSpecRulesBackendRefsFiltersRequestMirror}
     */
    public static final class Builder implements software.amazon.jsii.Builder<HttpRouteSpecRulesBackendRefsFiltersRequestMirror> {
        imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef backendRef;
        imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction fraction;
        java.lang.Number percent;

        /**
         * Sets the value of {@link HttpRouteSpecRulesBackendRefsFiltersRequestMirror#getBackendRef}
         * @param backendRef BackendRef references a resource where mirrored requests are sent. This parameter is required.
         *                   Mirrored requests must be sent only to a single destination endpoint
         *                   within this BackendRef, irrespective of how many endpoints are present
         *                   within this BackendRef.
         *                   <p>
         *                   If the referent cannot be found, this BackendRef is invalid and must be
         *                   dropped from the Gateway. The controller must ensure the "ResolvedRefs"
         *                   condition on the Route status is set to <code>status: False</code> and not configure
         *                   this backend in the underlying implementation.
         *                   <p>
         *                   If there is a cross-namespace reference to an <em>existing</em> object
         *                   that is not allowed by a ReferenceGrant, the controller must ensure the
         *                   "ResolvedRefs"  condition on the Route is set to <code>status: False</code>,
         *                   with the "RefNotPermitted" reason and not configure this backend in the
         *                   underlying implementation.
         *                   <p>
         *                   In either error case, the Message of the <code>ResolvedRefs</code> Condition
         *                   should be used to provide more detail about the problem.
         *                   <p>
         *                   Support: Extended for Kubernetes Service
         *                   <p>
         *                   Support: Implementation-specific for any other resource
         *                   <p>
         *                   If the backend service requires TLS, use BackendTLSPolicy to tell the
         *                   implementation to supply the TLS details to be used to connect to that
         *                   backend.
         * @return {@code this}
         */
        public Builder backendRef(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef backendRef) {
            this.backendRef = backendRef;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRulesBackendRefsFiltersRequestMirror#getFraction}
         * @param fraction Fraction represents the fraction of requests that should be mirrored to BackendRef.
         *                 Only one of Fraction or Percent may be specified. If neither field
         *                 is specified, 100% of requests will be mirrored.
         * @return {@code this}
         */
        public Builder fraction(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction fraction) {
            this.fraction = fraction;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRulesBackendRefsFiltersRequestMirror#getPercent}
         * @param percent Percent represents the percentage of requests that should be mirrored to BackendRef.
         *                Its minimum value is 0 (indicating 0% of
         *                requests) and its maximum value is 100 (indicating 100% of requests).
         *                <p>
         *                Only one of Fraction or Percent may be specified. If neither field
         *                is specified, 100% of requests will be mirrored.
         * @return {@code this}
         */
        public Builder percent(java.lang.Number percent) {
            this.percent = percent;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link HttpRouteSpecRulesBackendRefsFiltersRequestMirror}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public HttpRouteSpecRulesBackendRefsFiltersRequestMirror build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link HttpRouteSpecRulesBackendRefsFiltersRequestMirror}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements HttpRouteSpecRulesBackendRefsFiltersRequestMirror {
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef backendRef;
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction fraction;
        private final java.lang.Number percent;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.backendRef = software.amazon.jsii.Kernel.get(this, "backendRef", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef.class));
            this.fraction = software.amazon.jsii.Kernel.get(this, "fraction", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction.class));
            this.percent = software.amazon.jsii.Kernel.get(this, "percent", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.backendRef = java.util.Objects.requireNonNull(builder.backendRef, "backendRef is required");
            this.fraction = builder.fraction;
            this.percent = builder.percent;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef getBackendRef() {
            return this.backendRef;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction getFraction() {
            return this.fraction;
        }

        @Override
        public final java.lang.Number getPercent() {
            return this.percent;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("backendRef", om.valueToTree(this.getBackendRef()));
            if (this.getFraction() != null) {
                data.set("fraction", om.valueToTree(this.getFraction()));
            }
            if (this.getPercent() != null) {
                data.set("percent", om.valueToTree(this.getPercent()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gateway_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirror"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            HttpRouteSpecRulesBackendRefsFiltersRequestMirror.Jsii$Proxy that = (HttpRouteSpecRulesBackendRefsFiltersRequestMirror.Jsii$Proxy) o;

            if (!backendRef.equals(that.backendRef)) return false;
            if (this.fraction != null ? !this.fraction.equals(that.fraction) : that.fraction != null) return false;
            return this.percent != null ? this.percent.equals(that.percent) : that.percent == null;
        }

        @Override
        public final int hashCode() {
            int result = this.backendRef.hashCode();
            result = 31 * result + (this.fraction != null ? this.fraction.hashCode() : 0);
            result = 31 * result + (this.percent != null ? this.percent.hashCode() : 0);
            return result;
        }
    }
}
