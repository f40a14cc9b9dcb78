package imports.gateway.io.k8s.networking.gateway;

/**
 * Timeouts defines the timeouts that can be configured for an HTTP request.
 * <p>
 * Support: Extended
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.955Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesTimeouts")
@software.amazon.jsii.Jsii.Proxy(HttpRouteV1Beta1SpecRulesTimeouts.Jsii$Proxy.class)
public interface HttpRouteV1Beta1SpecRulesTimeouts extends software.amazon.jsii.JsiiSerializable {

    /**
     * BackendRequest specifies a timeout for an individual request from the gateway to a backend.
     * <p>
     * This covers the time from when the request first starts being
     * sent from the gateway to when the full response has been received from the backend.
     * <p>
     * Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
     * completely. Implementations that cannot completely disable the timeout MUST
     * instead interpret the zero duration as the longest possible value to which
     * the timeout can be set.
     * <p>
     * An entire client HTTP transaction with a gateway, covered by the Request timeout,
     * may result in more than one call from the gateway to the destination backend,
     * for example, if automatic retries are supported.
     * <p>
     * The value of BackendRequest must be a Gateway API Duration string as defined by
     * GEP-2257.  When this field is unspecified, its behavior is implementation-specific;
     * when specified, the value of BackendRequest must be no more than the value of the
     * Request timeout (since the Request timeout encompasses the BackendRequest timeout).
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getBackendRequest() {
        return null;
    }

    /**
     * Request specifies the maximum duration for a gateway to respond to an HTTP request.
     * <p>
     * If the gateway has not been able to respond before this deadline is met, the gateway
     * MUST return a timeout error.
     * <p>
     * For example, setting the <code>rules.timeouts.request</code> field to the value <code>10s</code> in an
     * <code>HTTPRoute</code> will cause a timeout if a client request is taking longer than 10 seconds
     * to complete.
     * <p>
     * Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
     * completely. Implementations that cannot completely disable the timeout MUST
     * instead interpret the zero duration as the longest possible value to which
     * the timeout can be set.
     * <p>
     * This timeout is intended to cover as close to the whole request-response transaction
     * as possible although an implementation MAY choose to start the timeout after the entire
     * request stream has been received instead of immediately after the transaction is
     * initiated by the client.
     * <p>
     * The value of Request is a Gateway API Duration string as defined by GEP-2257. When this
     * field is unspecified, request timeout behavior is implementation-specific.
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getRequest() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link HttpRouteV1Beta1SpecRulesTimeouts}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link HttpRouteV1Beta1SpecRulesTimeouts}
     */
    public static final class Builder implements software.amazon.jsii.Builder<HttpRouteV1Beta1SpecRulesTimeouts> {
        java.lang.String backendRequest;
        java.lang.String request;

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesTimeouts#getBackendRequest}
         * @param backendRequest BackendRequest specifies a timeout for an individual request from the gateway to a backend.
         *                       This covers the time from when the request first starts being
         *                       sent from the gateway to when the full response has been received from the backend.
         *                       <p>
         *                       Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
         *                       completely. Implementations that cannot completely disable the timeout MUST
         *                       instead interpret the zero duration as the longest possible value to which
         *                       the timeout can be set.
         *                       <p>
         *                       An entire client HTTP transaction with a gateway, covered by the Request timeout,
         *                       may result in more than one call from the gateway to the destination backend,
         *                       for example, if automatic retries are supported.
         *                       <p>
         *                       The value of BackendRequest must be a Gateway API Duration string as defined by
         *                       GEP-2257.  When this field is unspecified, its behavior is implementation-specific;
         *                       when specified, the value of BackendRequest must be no more than the value of the
         *                       Request timeout (since the Request timeout encompasses the BackendRequest timeout).
         *                       <p>
         *                       Support: Extended
         * @return {@code this}
         */
        public Builder backendRequest(java.lang.String backendRequest) {
            this.backendRequest = backendRequest;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesTimeouts#getRequest}
         * @param request Request specifies the maximum duration for a gateway to respond to an HTTP request.
         *                If the gateway has not been able to respond before this deadline is met, the gateway
         *                MUST return a timeout error.
         *                <p>
         *                For example, setting the <code>rules.timeouts.request</code> field to the value <code>10s</code> in an
         *                <code>HTTPRoute</code> will cause a timeout if a client request is taking longer than 10 seconds
         *                to complete.
         *                <p>
         *                Setting a timeout to the zero duration (e.g. "0s") SHOULD disable the timeout
         *                completely. Implementations that cannot completely disable the timeout MUST
         *                instead interpret the zero duration as the longest possible value to which
         *                the timeout can be set.
         *                <p>
         *                This timeout is intended to cover as close to the whole request-response transaction
         *                as possible although an implementation MAY choose to start the timeout after the entire
         *                request stream has been received instead of immediately after the transaction is
         *                initiated by the client.
         *                <p>
         *                The value of Request is a Gateway API Duration string as defined by GEP-2257. When this
         *                field is unspecified, request timeout behavior is implementation-specific.
         *                <p>
         *                Support: Extended
         * @return {@code this}
         */
        public Builder request(java.lang.String request) {
            this.request = request;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link HttpRouteV1Beta1SpecRulesTimeouts}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public HttpRouteV1Beta1SpecRulesTimeouts build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link HttpRouteV1Beta1SpecRulesTimeouts}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements HttpRouteV1Beta1SpecRulesTimeouts {
        private final java.lang.String backendRequest;
        private final java.lang.String request;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.backendRequest = software.amazon.jsii.Kernel.get(this, "backendRequest", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.request = software.amazon.jsii.Kernel.get(this, "request", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.backendRequest = builder.backendRequest;
            this.request = builder.request;
        }

        @Override
        public final java.lang.String getBackendRequest() {
            return this.backendRequest;
        }

        @Override
        public final java.lang.String getRequest() {
            return this.request;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getBackendRequest() != null) {
                data.set("backendRequest", om.valueToTree(this.getBackendRequest()));
            }
            if (this.getRequest() != null) {
                data.set("request", om.valueToTree(this.getRequest()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesTimeouts"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            HttpRouteV1Beta1SpecRulesTimeouts.Jsii$Proxy that = (HttpRouteV1Beta1SpecRulesTimeouts.Jsii$Proxy) o;

            if (this.backendRequest != null ? !this.backendRequest.equals(that.backendRequest) : that.backendRequest != null) return false;
            return this.request != null ? this.request.equals(that.request) : that.request == null;
        }

        @Override
        public final int hashCode() {
            int result = this.backendRequest != null ? this.backendRequest.hashCode() : 0;
            result = 31 * result + (this.request != null ? this.request.hashCode() : 0);
            return result;
        }
    }
}
