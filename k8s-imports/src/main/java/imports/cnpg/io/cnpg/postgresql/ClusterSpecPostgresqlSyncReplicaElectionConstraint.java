package imports.cnpg.io.cnpg.postgresql;

/**
 * Requirements to be met by sync replicas.
 * <p>
 * This will affect how the "synchronous_standby_names" parameter will be
 * set up.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.764Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecPostgresqlSyncReplicaElectionConstraint")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecPostgresqlSyncReplicaElectionConstraint.Jsii$Proxy.class)
public interface ClusterSpecPostgresqlSyncReplicaElectionConstraint extends software.amazon.jsii.JsiiSerializable {

    /**
     * This flag enables the constraints for sync replicas.
     */
    @org.jetbrains.annotations.NotNull java.lang.Boolean getEnabled();

    /**
     * A list of node labels values to extract and compare to evaluate if the pods reside in the same topology or not.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getNodeLabelsAntiAffinity() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecPostgresqlSyncReplicaElectionConstraint}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecPostgresqlSyncReplicaElectionConstraint}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecPostgresqlSyncReplicaElectionConstraint> {
        java.lang.Boolean enabled;
        java.util.List<java.lang.String> nodeLabelsAntiAffinity;

        /**
         * Sets the value of {@link ClusterSpecPostgresqlSyncReplicaElectionConstraint#getEnabled}
         * @param enabled This flag enables the constraints for sync replicas. This parameter is required.
         * @return {@code this}
         */
        public Builder enabled(java.lang.Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlSyncReplicaElectionConstraint#getNodeLabelsAntiAffinity}
         * @param nodeLabelsAntiAffinity A list of node labels values to extract and compare to evaluate if the pods reside in the same topology or not.
         * @return {@code this}
         */
        public Builder nodeLabelsAntiAffinity(java.util.List<java.lang.String> nodeLabelsAntiAffinity) {
            this.nodeLabelsAntiAffinity = nodeLabelsAntiAffinity;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecPostgresqlSyncReplicaElectionConstraint}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecPostgresqlSyncReplicaElectionConstraint build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecPostgresqlSyncReplicaElectionConstraint}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecPostgresqlSyncReplicaElectionConstraint {
        private final java.lang.Boolean enabled;
        private final java.util.List<java.lang.String> nodeLabelsAntiAffinity;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.enabled = software.amazon.jsii.Kernel.get(this, "enabled", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.nodeLabelsAntiAffinity = software.amazon.jsii.Kernel.get(this, "nodeLabelsAntiAffinity", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.enabled = java.util.Objects.requireNonNull(builder.enabled, "enabled is required");
            this.nodeLabelsAntiAffinity = builder.nodeLabelsAntiAffinity;
        }

        @Override
        public final java.lang.Boolean getEnabled() {
            return this.enabled;
        }

        @Override
        public final java.util.List<java.lang.String> getNodeLabelsAntiAffinity() {
            return this.nodeLabelsAntiAffinity;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("enabled", om.valueToTree(this.getEnabled()));
            if (this.getNodeLabelsAntiAffinity() != null) {
                data.set("nodeLabelsAntiAffinity", om.valueToTree(this.getNodeLabelsAntiAffinity()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecPostgresqlSyncReplicaElectionConstraint"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecPostgresqlSyncReplicaElectionConstraint.Jsii$Proxy that = (ClusterSpecPostgresqlSyncReplicaElectionConstraint.Jsii$Proxy) o;

            if (!enabled.equals(that.enabled)) return false;
            return this.nodeLabelsAntiAffinity != null ? this.nodeLabelsAntiAffinity.equals(that.nodeLabelsAntiAffinity) : that.nodeLabelsAntiAffinity == null;
        }

        @Override
        public final int hashCode() {
            int result = this.enabled.hashCode();
            result = 31 * result + (this.nodeLabelsAntiAffinity != null ? this.nodeLabelsAntiAffinity.hashCode() : 0);
            return result;
        }
    }
}
