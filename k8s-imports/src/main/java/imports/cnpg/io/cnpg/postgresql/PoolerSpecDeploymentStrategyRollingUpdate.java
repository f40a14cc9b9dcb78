package imports.cnpg.io.cnpg.postgresql;

/**
 * Rolling update config params.
 * <p>
 * Present only if DeploymentStrategyType =
 * RollingUpdate.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.869Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecDeploymentStrategyRollingUpdate")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecDeploymentStrategyRollingUpdate.Jsii$Proxy.class)
public interface PoolerSpecDeploymentStrategyRollingUpdate extends software.amazon.jsii.JsiiSerializable {

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
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxSurge getMaxSurge() {
        return null;
    }

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
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable getMaxUnavailable() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecDeploymentStrategyRollingUpdate}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecDeploymentStrategyRollingUpdate}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecDeploymentStrategyRollingUpdate> {
        imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxSurge maxSurge;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable maxUnavailable;

        /**
         * Sets the value of {@link PoolerSpecDeploymentStrategyRollingUpdate#getMaxSurge}
         * @param maxSurge The maximum number of pods that can be scheduled above the desired number of pods.
         *                 Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
         *                 This can not be 0 if MaxUnavailable is 0.
         *                 Absolute number is calculated from percentage by rounding up.
         *                 Defaults to 25%.
         *                 Example: when this is set to 30%, the new ReplicaSet can be scaled up immediately when
         *                 the rolling update starts, such that the total number of old and new pods do not exceed
         *                 130% of desired pods. Once old pods have been killed,
         *                 new ReplicaSet can be scaled up further, ensuring that total number of pods running
         *                 at any time during the update is at most 130% of desired pods.
         * @return {@code this}
         */
        public Builder maxSurge(imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxSurge maxSurge) {
            this.maxSurge = maxSurge;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecDeploymentStrategyRollingUpdate#getMaxUnavailable}
         * @param maxUnavailable The maximum number of pods that can be unavailable during the update.
         *                       Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
         *                       Absolute number is calculated from percentage by rounding down.
         *                       This can not be 0 if MaxSurge is 0.
         *                       Defaults to 25%.
         *                       Example: when this is set to 30%, the old ReplicaSet can be scaled down to 70% of desired pods
         *                       immediately when the rolling update starts. Once new pods are ready, old ReplicaSet
         *                       can be scaled down further, followed by scaling up the new ReplicaSet, ensuring
         *                       that the total number of pods available at all times during the update is at
         *                       least 70% of desired pods.
         * @return {@code this}
         */
        public Builder maxUnavailable(imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable maxUnavailable) {
            this.maxUnavailable = maxUnavailable;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecDeploymentStrategyRollingUpdate}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecDeploymentStrategyRollingUpdate build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecDeploymentStrategyRollingUpdate}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecDeploymentStrategyRollingUpdate {
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxSurge maxSurge;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable maxUnavailable;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.maxSurge = software.amazon.jsii.Kernel.get(this, "maxSurge", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxSurge.class));
            this.maxUnavailable = software.amazon.jsii.Kernel.get(this, "maxUnavailable", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.maxSurge = builder.maxSurge;
            this.maxUnavailable = builder.maxUnavailable;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxSurge getMaxSurge() {
            return this.maxSurge;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdateMaxUnavailable getMaxUnavailable() {
            return this.maxUnavailable;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getMaxSurge() != null) {
                data.set("maxSurge", om.valueToTree(this.getMaxSurge()));
            }
            if (this.getMaxUnavailable() != null) {
                data.set("maxUnavailable", om.valueToTree(this.getMaxUnavailable()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecDeploymentStrategyRollingUpdate"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecDeploymentStrategyRollingUpdate.Jsii$Proxy that = (PoolerSpecDeploymentStrategyRollingUpdate.Jsii$Proxy) o;

            if (this.maxSurge != null ? !this.maxSurge.equals(that.maxSurge) : that.maxSurge != null) return false;
            return this.maxUnavailable != null ? this.maxUnavailable.equals(that.maxUnavailable) : that.maxUnavailable == null;
        }

        @Override
        public final int hashCode() {
            int result = this.maxSurge != null ? this.maxSurge.hashCode() : 0;
            result = 31 * result + (this.maxUnavailable != null ? this.maxUnavailable.hashCode() : 0);
            return result;
        }
    }
}
