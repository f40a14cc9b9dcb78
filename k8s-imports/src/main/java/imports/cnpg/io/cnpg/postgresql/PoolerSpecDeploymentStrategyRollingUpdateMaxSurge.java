package imports.cnpg.io.cnpg.postgresql;

/**
 * The maximum number of pods that can be scheduled above the desired number of pods.
 * <p>
 * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
 * This can not be 0 if MaxUnavailable is 0.
 * Absolute number is calculated from percentage by rounding up.
 * Defaults to 25%.
 * Example: when this is set to 30%, the new ReplicaSet can be scaled up immediately when
 * the rolling update starts, such that the total number of old and new pods do not exceed
 * 130% of desired pods. Once old pods have been killed,
 * new ReplicaSet can be scaled up further, ensuring that total number of pods running
 * at any time during the update is at most 130% of desired pods.
 * <p>
 * Default: 25%.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.870Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxSurge")
public class PoolerSpecDeploymentStrategyRollingUpdateMaxSurge extends software.amazon.jsii.JsiiObject {

    protected PoolerSpecDeploymentStrategyRollingUpdateMaxSurge(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected PoolerSpecDeploymentStrategyRollingUpdateMaxSurge(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    public static @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxSurge fromNumber(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxSurge.class, "fromNumber", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxSurge.class), new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public static @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxSurge fromString(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxSurge.class, "fromString", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxSurge.class), new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    /**
     * Returns union: either {@link java.lang.String} or {@link java.lang.Number}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getValue() {
        return software.amazon.jsii.Kernel.get(this, "value", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }
}
