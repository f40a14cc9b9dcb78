package imports.cnpg.io.cnpg.postgresql;

/**
 * Name or number of the port to access on the container.
 * <p>
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.995Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopHttpGetPort")
public class PoolerSpecTemplateSpecContainersLifecyclePreStopHttpGetPort extends software.amazon.jsii.JsiiObject {

    protected PoolerSpecTemplateSpecContainersLifecyclePreStopHttpGetPort(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected PoolerSpecTemplateSpecContainersLifecyclePreStopHttpGetPort(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    public static @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopHttpGetPort fromNumber(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopHttpGetPort.class, "fromNumber", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopHttpGetPort.class), new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public static @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopHttpGetPort fromString(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopHttpGetPort.class, "fromString", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopHttpGetPort.class), new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    /**
     * Returns union: either {@link java.lang.String} or {@link java.lang.Number}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getValue() {
        return software.amazon.jsii.Kernel.get(this, "value", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }
}
