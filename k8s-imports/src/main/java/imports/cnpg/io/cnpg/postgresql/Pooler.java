package imports.cnpg.io.cnpg.postgresql;

/**
 * Pooler is the Schema for the poolers API.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.864Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.Pooler")
public class Pooler extends org.cdk8s.ApiObject {

    protected Pooler(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected Pooler(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    static {
        GVK = software.amazon.jsii.JsiiObject.jsiiStaticGet(imports.cnpg.io.cnpg.postgresql.Pooler.class, "GVK", software.amazon.jsii.NativeType.forClass(org.cdk8s.GroupVersionKind.class));
    }

    /**
     * Defines a "Pooler" API object.
     * <p>
     * @param scope the scope in which to define this object. This parameter is required.
     * @param id a scope-local name for the object. This parameter is required.
     * @param props initialization props. This parameter is required.
     */
    public Pooler(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.PoolerProps props) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), java.util.Objects.requireNonNull(props, "props is required") });
    }

    /**
     * Renders a Kubernetes manifest for "Pooler".
     * <p>
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     * <p>
     * @param props initialization props. This parameter is required.
     */
    public static @org.jetbrains.annotations.NotNull java.lang.Object manifest(final @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.PoolerProps props) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.cnpg.io.cnpg.postgresql.Pooler.class, "manifest", software.amazon.jsii.NativeType.forClass(java.lang.Object.class), new Object[] { java.util.Objects.requireNonNull(props, "props is required") });
    }

    /**
     * Renders the object to Kubernetes JSON.
     */
    @Override
    public @org.jetbrains.annotations.NotNull java.lang.Object toJson() {
        return software.amazon.jsii.Kernel.call(this, "toJson", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns the apiVersion and kind for "Pooler".
     */
    public final static org.cdk8s.GroupVersionKind GVK;

    /**
     * A fluent builder for {@link imports.cnpg.io.cnpg.postgresql.Pooler}.
     */
    public static final class Builder implements software.amazon.jsii.Builder<imports.cnpg.io.cnpg.postgresql.Pooler> {
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
        private final imports.cnpg.io.cnpg.postgresql.PoolerProps.Builder props;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
            this.props = new imports.cnpg.io.cnpg.postgresql.PoolerProps.Builder();
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
         * Specification of the desired behavior of the Pooler.
         * <p>
         * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
         * <p>
         * @return {@code this}
         * @param spec Specification of the desired behavior of the Pooler. This parameter is required.
         */
        public Builder spec(final imports.cnpg.io.cnpg.postgresql.PoolerSpec spec) {
            this.props.spec(spec);
            return this;
        }

        /**
         * @return a newly built instance of {@link imports.cnpg.io.cnpg.postgresql.Pooler}.
         */
        @Override
        public imports.cnpg.io.cnpg.postgresql.Pooler build() {
            return new imports.cnpg.io.cnpg.postgresql.Pooler(
                this.scope,
                this.id,
                this.props.build()
            );
        }
    }
}
