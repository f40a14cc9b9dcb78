package imports.cnpg.io.cnpg.postgresql;

/**
 * The maximum number of pods that can be unavailable during the update.
 * <p>
 * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
 * Absolute number is calculated from percentage by rounding down.
 * This can not be 0 if MaxSurge is 0.
 * Defaults to 25%.
 * Example: when this is set to 30%, the old ReplicaSet can be scaled down to 70% of desired pods
 * immediately when the rolling update starts. Once new pods are ready, old ReplicaSet
 * can be scaled down further, followed by scaling up the new ReplicaSet, ensuring
 * that the total number of pods available at all times during the update is at
 * least 70% of desired pods.
 * <p>
 * Default: 25%.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.871Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable")
public class PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable extends software.amazon.jsii.JsiiObject {

    protected PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    public static @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable fromNumber(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable.class, "fromNumber", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable.class), new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public static @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable fromString(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable.class, "fromString", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable.class), new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    /**
     * Returns union: either {@link java.lang.String} or {@link java.lang.Number}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getValue() {
        return software.amazon.jsii.Kernel.get(this, "value", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }
}
