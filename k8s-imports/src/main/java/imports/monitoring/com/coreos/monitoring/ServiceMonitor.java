package imports.monitoring.com.coreos.monitoring;

/**
 * The <code>ServiceMonitor</code> custom resource definition (CRD) defines how <code>Prometheus</code> and <code>PrometheusAgent</code> can scrape metrics from a group of services.
 * <p>
 * Among other things, it allows to specify:
 * The services to scrape via label selectors.
 * The container ports to scrape.
 * Authentication credentials to use.
 * Target and metric relabeling.
 * <p>
 * <code>Prometheus</code> and <code>PrometheusAgent</code> objects select <code>ServiceMonitor</code> objects using label and namespace selectors.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.595Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.ServiceMonitor")
public class ServiceMonitor extends org.cdk8s.ApiObject {

    protected ServiceMonitor(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected ServiceMonitor(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    static {
        GVK = software.amazon.jsii.JsiiObject.jsiiStaticGet(imports.monitoring.com.coreos.monitoring.ServiceMonitor.class, "GVK", software.amazon.jsii.NativeType.forClass(org.cdk8s.GroupVersionKind.class));
    }

    /**
     * Defines a "ServiceMonitor" API object.
     * <p>
     * @param scope the scope in which to define this object. This parameter is required.
     * @param id a scope-local name for the object. This parameter is required.
     * @param props initialization props. This parameter is required.
     */
    public ServiceMonitor(final @org.jetbrains.annotations.NotNull software.constructs.Construct scope, final @org.jetbrains.annotations.NotNull java.lang.String id, final @org.jetbrains.annotations.NotNull imports.monitoring.com.coreos.monitoring.ServiceMonitorProps props) {
        super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
        software.amazon.jsii.JsiiEngine.getInstance().createNewObject(this, new Object[] { java.util.Objects.requireNonNull(scope, "scope is required"), java.util.Objects.requireNonNull(id, "id is required"), java.util.Objects.requireNonNull(props, "props is required") });
    }

    /**
     * Renders a Kubernetes manifest for "ServiceMonitor".
     * <p>
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     * <p>
     * @param props initialization props. This parameter is required.
     */
    public static @org.jetbrains.annotations.NotNull java.lang.Object manifest(final @org.jetbrains.annotations.NotNull imports.monitoring.com.coreos.monitoring.ServiceMonitorProps props) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.monitoring.com.coreos.monitoring.ServiceMonitor.class, "manifest", software.amazon.jsii.NativeType.forClass(java.lang.Object.class), new Object[] { java.util.Objects.requireNonNull(props, "props is required") });
    }

    /**
     * Renders the object to Kubernetes JSON.
     */
    @Override
    public @org.jetbrains.annotations.NotNull java.lang.Object toJson() {
        return software.amazon.jsii.Kernel.call(this, "toJson", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }

    /**
     * Returns the apiVersion and kind for "ServiceMonitor".
     */
    public final static org.cdk8s.GroupVersionKind GVK;

    /**
     * A fluent builder for {@link imports.monitoring.com.coreos.monitoring.ServiceMonitor}.
     */
    public static final class Builder implements software.amazon.jsii.Builder<imports.monitoring.com.coreos.monitoring.ServiceMonitor> {
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
        private final imports.monitoring.com.coreos.monitoring.ServiceMonitorProps.Builder props;

        private Builder(final software.constructs.Construct scope, final java.lang.String id) {
            this.scope = scope;
            this.id = id;
            this.props = new imports.monitoring.com.coreos.monitoring.ServiceMonitorProps.Builder();
        }

        /**
         * spec defines the specification of desired Service selection for target discovery by Prometheus.
         * <p>
         * @return {@code this}
         * @param spec spec defines the specification of desired Service selection for target discovery by Prometheus. This parameter is required.
         */
        public Builder spec(final imports.monitoring.com.coreos.monitoring.ServiceMonitorSpec spec) {
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
         * @return a newly built instance of {@link imports.monitoring.com.coreos.monitoring.ServiceMonitor}.
         */
        @Override
        public imports.monitoring.com.coreos.monitoring.ServiceMonitor build() {
            return new imports.monitoring.com.coreos.monitoring.ServiceMonitor(
                this.scope,
                this.id,
                this.props.build()
            );
        }
    }
}
