package imports.monitoring.com.coreos.monitoring;

/**
 * targetPort defines the name or number of a container port on Pods selected by the Service.
 * <p>
 * If a name, it matches against <code>.spec.containers[].ports[].name</code> of the Pods.
 * If a number, it matches against <code>.spec.containers[].ports[].containerPort</code> of the Pods.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.658Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.ServiceMonitorSpecEndpointsTargetPort")
public class ServiceMonitorSpecEndpointsTargetPort extends software.amazon.jsii.JsiiObject {

    protected ServiceMonitorSpecEndpointsTargetPort(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected ServiceMonitorSpecEndpointsTargetPort(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    public static @org.jetbrains.annotations.NotNull imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTargetPort fromNumber(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTargetPort.class, "fromNumber", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTargetPort.class), new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public static @org.jetbrains.annotations.NotNull imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTargetPort fromString(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTargetPort.class, "fromString", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsTargetPort.class), new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    /**
     * Returns union: either {@link java.lang.String} or {@link java.lang.Number}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getValue() {
        return software.amazon.jsii.Kernel.get(this, "value", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }
}
