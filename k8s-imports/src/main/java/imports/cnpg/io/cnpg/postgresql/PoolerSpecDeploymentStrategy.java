package imports.cnpg.io.cnpg.postgresql;

/**
 * The deployment strategy to use for pgbouncer to replace existing pods with new ones.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.869Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecDeploymentStrategy")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecDeploymentStrategy.Jsii$Proxy.class)
public interface PoolerSpecDeploymentStrategy extends software.amazon.jsii.JsiiSerializable {

    /**
     * Rolling update config params.
     * <p>
     * Present only if DeploymentStrategyType =
     * RollingUpdate.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdate getRollingUpdate() {
        return null;
    }

    /**
     * Type of deployment.
     * <p>
     * Can be "Recreate" or "RollingUpdate". Default is RollingUpdate.
     * <p>
     * Default: RollingUpdate.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getType() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecDeploymentStrategy}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecDeploymentStrategy}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecDeploymentStrategy> {
        imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdate rollingUpdate;
        java.lang.String type;

        /**
         * Sets the value of {@link PoolerSpecDeploymentStrategy#getRollingUpdate}
         * @param rollingUpdate Rolling update config params.
         *                      Present only if DeploymentStrategyType =
         *                      RollingUpdate.
         * @return {@code this}
         */
        public Builder rollingUpdate(imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdate rollingUpdate) {
            this.rollingUpdate = rollingUpdate;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecDeploymentStrategy#getType}
         * @param type Type of deployment.
         *             Can be "Recreate" or "RollingUpdate". Default is RollingUpdate.
         * @return {@code this}
         */
        public Builder type(java.lang.String type) {
            this.type = type;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecDeploymentStrategy}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecDeploymentStrategy build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecDeploymentStrategy}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecDeploymentStrategy {
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdate rollingUpdate;
        private final java.lang.String type;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.rollingUpdate = software.amazon.jsii.Kernel.get(this, "rollingUpdate", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdate.class));
            this.type = software.amazon.jsii.Kernel.get(this, "type", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.rollingUpdate = builder.rollingUpdate;
            this.type = builder.type;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategyRollingUpdate getRollingUpdate() {
            return this.rollingUpdate;
        }

        @Override
        public final java.lang.String getType() {
            return this.type;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getRollingUpdate() != null) {
                data.set("rollingUpdate", om.valueToTree(this.getRollingUpdate()));
            }
            if (this.getType() != null) {
                data.set("type", om.valueToTree(this.getType()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecDeploymentStrategy"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecDeploymentStrategy.Jsii$Proxy that = (PoolerSpecDeploymentStrategy.Jsii$Proxy) o;

            if (this.rollingUpdate != null ? !this.rollingUpdate.equals(that.rollingUpdate) : that.rollingUpdate != null) return false;
            return this.type != null ? this.type.equals(that.type) : that.type == null;
        }

        @Override
        public final int hashCode() {
            int result = this.rollingUpdate != null ? this.rollingUpdate.hashCode() : 0;
            result = 31 * result + (this.type != null ? this.type.hashCode() : 0);
            return result;
        }
    }
}
