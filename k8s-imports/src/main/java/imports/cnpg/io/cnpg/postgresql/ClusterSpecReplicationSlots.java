package imports.cnpg.io.cnpg.postgresql;

/**
 * Replication slots management configuration.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.799Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecReplicationSlots")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecReplicationSlots.Jsii$Proxy.class)
public interface ClusterSpecReplicationSlots extends software.amazon.jsii.JsiiSerializable {

    /**
     * Replication slots for high availability configuration.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlotsHighAvailability getHighAvailability() {
        return null;
    }

    /**
     * Configures the synchronization of the user defined physical replication slots.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlotsSynchronizeReplicas getSynchronizeReplicas() {
        return null;
    }

    /**
     * Standby will update the status of the local replication slots every <code>updateInterval</code> seconds (default 30).
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getUpdateInterval() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecReplicationSlots}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecReplicationSlots}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecReplicationSlots> {
        imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlotsHighAvailability highAvailability;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlotsSynchronizeReplicas synchronizeReplicas;
        java.lang.Number updateInterval;

        /**
         * Sets the value of {@link ClusterSpecReplicationSlots#getHighAvailability}
         * @param highAvailability Replication slots for high availability configuration.
         * @return {@code this}
         */
        public Builder highAvailability(imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlotsHighAvailability highAvailability) {
            this.highAvailability = highAvailability;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecReplicationSlots#getSynchronizeReplicas}
         * @param synchronizeReplicas Configures the synchronization of the user defined physical replication slots.
         * @return {@code this}
         */
        public Builder synchronizeReplicas(imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlotsSynchronizeReplicas synchronizeReplicas) {
            this.synchronizeReplicas = synchronizeReplicas;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecReplicationSlots#getUpdateInterval}
         * @param updateInterval Standby will update the status of the local replication slots every <code>updateInterval</code> seconds (default 30).
         * @return {@code this}
         */
        public Builder updateInterval(java.lang.Number updateInterval) {
            this.updateInterval = updateInterval;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecReplicationSlots}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecReplicationSlots build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecReplicationSlots}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecReplicationSlots {
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlotsHighAvailability highAvailability;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlotsSynchronizeReplicas synchronizeReplicas;
        private final java.lang.Number updateInterval;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.highAvailability = software.amazon.jsii.Kernel.get(this, "highAvailability", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlotsHighAvailability.class));
            this.synchronizeReplicas = software.amazon.jsii.Kernel.get(this, "synchronizeReplicas", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlotsSynchronizeReplicas.class));
            this.updateInterval = software.amazon.jsii.Kernel.get(this, "updateInterval", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.highAvailability = builder.highAvailability;
            this.synchronizeReplicas = builder.synchronizeReplicas;
            this.updateInterval = builder.updateInterval;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlotsHighAvailability getHighAvailability() {
            return this.highAvailability;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlotsSynchronizeReplicas getSynchronizeReplicas() {
            return this.synchronizeReplicas;
        }

        @Override
        public final java.lang.Number getUpdateInterval() {
            return this.updateInterval;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getHighAvailability() != null) {
                data.set("highAvailability", om.valueToTree(this.getHighAvailability()));
            }
            if (this.getSynchronizeReplicas() != null) {
                data.set("synchronizeReplicas", om.valueToTree(this.getSynchronizeReplicas()));
            }
            if (this.getUpdateInterval() != null) {
                data.set("updateInterval", om.valueToTree(this.getUpdateInterval()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecReplicationSlots"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecReplicationSlots.Jsii$Proxy that = (ClusterSpecReplicationSlots.Jsii$Proxy) o;

            if (this.highAvailability != null ? !this.highAvailability.equals(that.highAvailability) : that.highAvailability != null) return false;
            if (this.synchronizeReplicas != null ? !this.synchronizeReplicas.equals(that.synchronizeReplicas) : that.synchronizeReplicas != null) return false;
            return this.updateInterval != null ? this.updateInterval.equals(that.updateInterval) : that.updateInterval == null;
        }

        @Override
        public final int hashCode() {
            int result = this.highAvailability != null ? this.highAvailability.hashCode() : 0;
            result = 31 * result + (this.synchronizeReplicas != null ? this.synchronizeReplicas.hashCode() : 0);
            result = 31 * result + (this.updateInterval != null ? this.updateInterval.hashCode() : 0);
            return result;
        }
    }
}
