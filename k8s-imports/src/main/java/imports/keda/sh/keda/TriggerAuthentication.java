package imports.keda.sh.keda;

/**
 * TriggerAuthentication defines how a trigger can authenticate.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.856Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthentication")
public class TriggerAuthentication extends org.cdk8s.ApiObject {

    protected TriggerAuthentication(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected TriggerAuthentication(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    static {
        GVK = software.amazon.jsii.JsiiObject.jsiiStaticGet(imports.keda.sh.keda.TriggerAuthentication.class, "GVK", software.amazon.jsii.NativeType.forClass(org.cdk8s.GroupVersionKind.class));
    }

    /**
     * Defines a "TriggerAuthentication" API object.
     * <p>
     * @param scope the scope in which to define this object. This parameter is required.
     * @param id a scope-local name for the object. This parameter is required.
     * @param props initialization props. This parameter is required.
     */
    public TriggerAuthentication(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.NotNull imports.keda.sh.keda.TriggerAuthenticationProps props) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), java.util.Objects.requireNonNull(props, "props is required") });
    }

    /**
     * Renders a Kubernetes manifest for "TriggerAuthentication".
     * <p>
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     * <p>
     * @param props initialization props. This parameter is required.
     */
    public static @org.jetbrains.annotations.NotNull java.lang.Object manifest(final @org.jetbrains.annotations.NotNull imports.keda.sh.keda.TriggerAuthenticationProps props) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.keda.sh.keda.TriggerAuthentication.class, "manifest", software.amazon.jsii.NativeType.forClass(java.lang.Object.class), new Object[] { java.util.Objects.requireNonNull(props, "props is required") });
    }

    /**
     * Renders the object to Kubernetes JSON.
     */
    @Override
    public @org.jetbrains.annotations.NotNull java.lang.Object toJson() {
        return software.amazon.jsii.Kernel.call(this, "toJson", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns the apiVersion and kind for "TriggerAuthentication".
     */
    public final static org.cdk8s.GroupVersionKind GVK;

    /**
     * A fluent builder for {@link imports.keda.sh.keda.TriggerAuthentication}.
     */
    public static final class Builder implements software.amazon.jsii.Builder<imports.keda.sh.keda.TriggerAuthentication> {
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
        private final imports.keda.sh.keda.TriggerAuthenticationProps.Builder props;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
            this.props = new imports.keda.sh.keda.TriggerAuthenticationProps.Builder();
        }

        /**
         * TriggerAuthenticationSpec defines the various ways to authenticate.
         * <p>
         * @return {@code this}
         * @param spec TriggerAuthenticationSpec defines the various ways to authenticate. This parameter is required.
         */
        public Builder spec(final imports.keda.sh.keda.TriggerAuthenticationSpec spec) {
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
         * @return a newly built instance of {@link imports.keda.sh.keda.TriggerAuthentication}.
         */
        @Override
        public imports.keda.sh.keda.TriggerAuthentication build() {
            return new imports.keda.sh.keda.TriggerAuthentication(
                this.scope,
                this.id,
                this.props.build()
            );
        }
    }
}
