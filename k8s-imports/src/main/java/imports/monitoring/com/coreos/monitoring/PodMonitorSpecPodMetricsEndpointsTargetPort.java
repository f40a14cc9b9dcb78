package imports.monitoring.com.coreos.monitoring;

/**
 * targetPort defines the name or number of the target port of the <code>Pod</code> object behind the Service, the port must be specified with container port property.
 * <p>
 * Deprecated: use 'port' or 'portNumber' instead.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.554Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.PodMonitorSpecPodMetricsEndpointsTargetPort")
public class PodMonitorSpecPodMetricsEndpointsTargetPort extends software.amazon.jsii.JsiiObject {

    protected PodMonitorSpecPodMetricsEndpointsTargetPort(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected PodMonitorSpecPodMetricsEndpointsTargetPort(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    public static @org.jetbrains.annotations.NotNull imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTargetPort fromNumber(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTargetPort.class, "fromNumber", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTargetPort.class), new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public static @org.jetbrains.annotations.NotNull imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTargetPort fromString(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTargetPort.class, "fromString", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsTargetPort.class), new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    /**
     * Returns union: either {@link java.lang.String} or {@link java.lang.Number}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getValue() {
        return software.amazon.jsii.Kernel.get(this, "value", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }
}
