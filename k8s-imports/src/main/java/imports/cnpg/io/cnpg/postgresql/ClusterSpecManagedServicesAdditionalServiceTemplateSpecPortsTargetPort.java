package imports.cnpg.io.cnpg.postgresql;

/**
 * Number or name of the port to access on the pods targeted by the service.
 * <p>
 * Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.
 * If this is a string, it will be looked up as a named port in the
 * target Pod's container ports. If this is not specified, the value
 * of the 'port' field is used (an identity map).
 * This field is ignored for services with clusterIP=None, and should be
 * omitted or set equal to the 'port' field.
 * More info: https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.707Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort")
public class ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort extends software.amazon.jsii.JsiiObject {

    protected ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    public static @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort fromNumber(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort.class, "fromNumber", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort.class), new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public static @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort fromString(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort.class, "fromString", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplateSpecPortsTargetPort.class), new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    /**
     * Returns union: either {@link java.lang.String} or {@link java.lang.Number}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getValue() {
        return software.amazon.jsii.Kernel.get(this, "value", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }
}
