package imports.cnpg.io.cnpg.postgresql;

/**
 * sizeLimit is the total amount of local storage required for this EmptyDir volume.
 * <p>
 * The size limit is also applicable for memory medium.
 * The maximum usage on memory medium EmptyDir would be the minimum value between
 * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
 * The default is nil which means that the limit is undefined.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:49.221Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecVolumesEmptyDirSizeLimit")
public class PoolerSpecTemplateSpecVolumesEmptyDirSizeLimit extends software.amazon.jsii.JsiiObject {

    protected PoolerSpecTemplateSpecVolumesEmptyDirSizeLimit(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected PoolerSpecTemplateSpecVolumesEmptyDirSizeLimit(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    public static @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecVolumesEmptyDirSizeLimit fromNumber(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecVolumesEmptyDirSizeLimit.class, "fromNumber", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecVolumesEmptyDirSizeLimit.class), new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public static @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecVolumesEmptyDirSizeLimit fromString(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecVolumesEmptyDirSizeLimit.class, "fromString", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecVolumesEmptyDirSizeLimit.class), new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    /**
     * Returns union: either {@link java.lang.String} or {@link java.lang.Number}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getValue() {
        return software.amazon.jsii.Kernel.get(this, "value", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }
}
