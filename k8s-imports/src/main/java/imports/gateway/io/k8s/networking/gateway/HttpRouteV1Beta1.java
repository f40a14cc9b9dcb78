package imports.gateway.io.k8s.networking.gateway;

/**
 * HTTPRoute provides a way to route HTTP requests.
 * <p>
 * This includes the capability
 * to match requests by hostname, path, header, or query param. Filters can be
 * used to specify additional processing steps. Backends specify where matching
 * requests should be routed.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.805Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteV1Beta1")
public class HttpRouteV1Beta1 extends org.cdk8s.ApiObject {

    protected HttpRouteV1Beta1(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected HttpRouteV1Beta1(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    static {
        GVK = software.amazon.jsii.JsiiObject.jsiiStaticGet(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1.class, "GVK", software.amazon.jsii.NativeType.forClass(org.cdk8s.GroupVersionKind.class));
    }

    /**
     * Defines a "HTTPRouteV1Beta1" API object.
     * <p>
     * @param scope the scope in which to define this object. This parameter is required.
     * @param id a scope-local name for the object. This parameter is required.
     * @param props initialization props. This parameter is required.
     */
    public HttpRouteV1Beta1(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.NotNull imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1Props props) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), java.util.Objects.requireNonNull(props, "props is required") });
    }

    /**
     * Renders a Kubernetes manifest for "HTTPRouteV1Beta1".
     * <p>
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     * <p>
     * @param props initialization props. This parameter is required.
     */
    public static @org.jetbrains.annotations.NotNull java.lang.Object manifest(final @org.jetbrains.annotations.NotNull imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1Props props) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1.class, "manifest", software.amazon.jsii.NativeType.forClass(java.lang.Object.class), new Object[] { java.util.Objects.requireNonNull(props, "props is required") });
    }

    /**
     * Renders the object to Kubernetes JSON.
     */
    @Override
    public @org.jetbrains.annotations.NotNull java.lang.Object toJson() {
        return software.amazon.jsii.Kernel.call(this, "toJson", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns the apiVersion and kind for "HTTPRouteV1Beta1".
     */
    public final static org.cdk8s.GroupVersionKind GVK;

    /**
     * A fluent builder for {@link imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1}.
     */
    public static final class Builder implements software.amazon.jsii.Builder<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1> {
        /**
         * @return a new instance of {@link Builder}.
         * @param scope the scope in which to define this object. This parameter is required.
         * @param id a scope-local name for the object. This parameter is required.
         */
        public static Builder create(final software.constructs.Construct scope, final java.lang.String id) {
            return new Builder(scope, id);
        }

        private final software.constructs.Construct scope;
        private final java.lang.String id;
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1Props.Builder props;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
            this.props = new imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1Props.Builder();
        }

        /**
         * Spec defines the desired state of HTTPRoute.
         * <p>
         * @return {@code this}
         * @param spec Spec defines the desired state of HTTPRoute. This parameter is required.
         */
        public Builder spec(final imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1Spec spec) {
            this.props.spec(spec);
            return this;
        }

        /**
         * @return {@code this}
         * @param metadata This parameter is required.
         */
        public Builder metadata(final org.cdk8s.ApiObjectMetadata metadata) {
            this.props.metadata(metadata);
            return this;
        }

        /**
         * @return a newly built instance of {@link imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1}.
         */
        @Override
        public imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1 build() {
            return new imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1(
                this.scope,
                this.id,
                this.props.build()
            );
        }
    }
}
