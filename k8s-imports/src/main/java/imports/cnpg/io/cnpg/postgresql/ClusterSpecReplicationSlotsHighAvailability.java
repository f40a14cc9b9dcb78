package imports.cnpg.io.cnpg.postgresql;

/**
 * Replication slots for high availability configuration.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.799Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecReplicationSlotsHighAvailability")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecReplicationSlotsHighAvailability.Jsii$Proxy.class)
public interface ClusterSpecReplicationSlotsHighAvailability extends software.amazon.jsii.JsiiSerializable {

    /**
     * If enabled (default), the operator will automatically manage replication slots on the primary instance and use them in streaming replication connections with all the standby instances that are part of the HA cluster.
     * <p>
     * If disabled, the operator will not take advantage
     * of replication slots in streaming connections with the replicas.
     * This feature also controls replication slots in replica cluster,
     * from the designated primary to its cascading replicas.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getEnabled() {
        return null;
    }

    /**
     * Prefix for replication slots managed by the operator for HA.
     * <p>
     * It may only contain lower case letters, numbers, and the underscore character.
     * This can only be set at creation time. By default set to <code>_cnpg_</code>.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getSlotPrefix() {
        return null;
    }

    /**
     * When enabled, the operator automatically manages synchronization of logical decoding (replication) slots across high-availability clusters.
     * <p>
     * Requires one of the following conditions:
     * <p>
     * <ul>
     * <li>PostgreSQL version 17 or later</li>
     * <li>PostgreSQL version &lt; 17 with pg_failover_slots extension enabled</li>
     * </ul>
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getSynchronizeLogicalDecoding() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecReplicationSlotsHighAvailability}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecReplicationSlotsHighAvailability}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecReplicationSlotsHighAvailability> {
        java.lang.Boolean enabled;
        java.lang.String slotPrefix;
        java.lang.Boolean synchronizeLogicalDecoding;

        /**
         * Sets the value of {@link ClusterSpecReplicationSlotsHighAvailability#getEnabled}
         * @param enabled If enabled (default), the operator will automatically manage replication slots on the primary instance and use them in streaming replication connections with all the standby instances that are part of the HA cluster.
         *                If disabled, the operator will not take advantage
         *                of replication slots in streaming connections with the replicas.
         *                This feature also controls replication slots in replica cluster,
         *                from the designated primary to its cascading replicas.
         * @return {@code this}
         */
        public Builder enabled(java.lang.Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecReplicationSlotsHighAvailability#getSlotPrefix}
         * @param slotPrefix Prefix for replication slots managed by the operator for HA.
         *                   It may only contain lower case letters, numbers, and the underscore character.
         *                   This can only be set at creation time. By default set to <code>_cnpg_</code>.
         * @return {@code this}
         */
        public Builder slotPrefix(java.lang.String slotPrefix) {
            this.slotPrefix = slotPrefix;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecReplicationSlotsHighAvailability#getSynchronizeLogicalDecoding}
         * @param synchronizeLogicalDecoding When enabled, the operator automatically manages synchronization of logical decoding (replication) slots across high-availability clusters.
         *                                   Requires one of the following conditions:
         *                                   <p>
         *                                   <ul>
         *                                   <li>PostgreSQL version 17 or later</li>
         *                                   <li>PostgreSQL version &lt; 17 with pg_failover_slots extension enabled</li>
         *                                   </ul>
         * @return {@code this}
         */
        public Builder synchronizeLogicalDecoding(java.lang.Boolean synchronizeLogicalDecoding) {
            this.synchronizeLogicalDecoding = synchronizeLogicalDecoding;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecReplicationSlotsHighAvailability}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecReplicationSlotsHighAvailability build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecReplicationSlotsHighAvailability}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecReplicationSlotsHighAvailability {
        private final java.lang.Boolean enabled;
        private final java.lang.String slotPrefix;
        private final java.lang.Boolean synchronizeLogicalDecoding;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.enabled = software.amazon.jsii.Kernel.get(this, "enabled", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.slotPrefix = software.amazon.jsii.Kernel.get(this, "slotPrefix", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.synchronizeLogicalDecoding = software.amazon.jsii.Kernel.get(this, "synchronizeLogicalDecoding", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.enabled = builder.enabled;
            this.slotPrefix = builder.slotPrefix;
            this.synchronizeLogicalDecoding = builder.synchronizeLogicalDecoding;
        }

        @Override
        public final java.lang.Boolean getEnabled() {
            return this.enabled;
        }

        @Override
        public final java.lang.String getSlotPrefix() {
            return this.slotPrefix;
        }

        @Override
        public final java.lang.Boolean getSynchronizeLogicalDecoding() {
            return this.synchronizeLogicalDecoding;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getEnabled() != null) {
                data.set("enabled", om.valueToTree(this.getEnabled()));
            }
            if (this.getSlotPrefix() != null) {
                data.set("slotPrefix", om.valueToTree(this.getSlotPrefix()));
            }
            if (this.getSynchronizeLogicalDecoding() != null) {
                data.set("synchronizeLogicalDecoding", om.valueToTree(this.getSynchronizeLogicalDecoding()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecReplicationSlotsHighAvailability"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecReplicationSlotsHighAvailability.Jsii$Proxy that = (ClusterSpecReplicationSlotsHighAvailability.Jsii$Proxy) o;

            if (this.enabled != null ? !this.enabled.equals(that.enabled) : that.enabled != null) return false;
            if (this.slotPrefix != null ? !this.slotPrefix.equals(that.slotPrefix) : that.slotPrefix != null) return false;
            return this.synchronizeLogicalDecoding != null ? this.synchronizeLogicalDecoding.equals(that.synchronizeLogicalDecoding) : that.synchronizeLogicalDecoding == null;
        }

        @Override
        public final int hashCode() {
            int result = this.enabled != null ? this.enabled.hashCode() : 0;
            result = 31 * result + (this.slotPrefix != null ? this.slotPrefix.hashCode() : 0);
            result = 31 * result + (this.synchronizeLogicalDecoding != null ? this.synchronizeLogicalDecoding.hashCode() : 0);
            return result;
        }
    }
}
