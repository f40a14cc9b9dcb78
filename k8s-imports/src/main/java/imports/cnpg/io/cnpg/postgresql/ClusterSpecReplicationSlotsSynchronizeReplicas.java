package imports.cnpg.io.cnpg.postgresql;

/**
 * Configures the synchronization of the user defined physical replication slots.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.800Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecReplicationSlotsSynchronizeReplicas")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecReplicationSlotsSynchronizeReplicas.Jsii$Proxy.class)
public interface ClusterSpecReplicationSlotsSynchronizeReplicas extends software.amazon.jsii.JsiiSerializable {

    /**
     * When set to true, every replication slot that is on the primary is synchronized on each standby.
     */
    @org.jetbrains.annotations.NotNull java.lang.Boolean getEnabled();

    /**
     * List of regular expression patterns to match the names of replication slots to be excluded (by default empty).
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getExcludePatterns() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecReplicationSlotsSynchronizeReplicas}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecReplicationSlotsSynchronizeReplicas}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecReplicationSlotsSynchronizeReplicas> {
        java.lang.Boolean enabled;
        java.util.List<java.lang.String> excludePatterns;

        /**
         * Sets the value of {@link ClusterSpecReplicationSlotsSynchronizeReplicas#getEnabled}
         * @param enabled When set to true, every replication slot that is on the primary is synchronized on each standby. This parameter is required.
         * @return {@code this}
         */
        public Builder enabled(java.lang.Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecReplicationSlotsSynchronizeReplicas#getExcludePatterns}
         * @param excludePatterns List of regular expression patterns to match the names of replication slots to be excluded (by default empty).
         * @return {@code this}
         */
        public Builder excludePatterns(java.util.List<java.lang.String> excludePatterns) {
            this.excludePatterns = excludePatterns;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecReplicationSlotsSynchronizeReplicas}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecReplicationSlotsSynchronizeReplicas build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecReplicationSlotsSynchronizeReplicas}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecReplicationSlotsSynchronizeReplicas {
        private final java.lang.Boolean enabled;
        private final java.util.List<java.lang.String> excludePatterns;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.enabled = software.amazon.jsii.Kernel.get(this, "enabled", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.excludePatterns = software.amazon.jsii.Kernel.get(this, "excludePatterns", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.enabled = java.util.Objects.requireNonNull(builder.enabled, "enabled is required");
            this.excludePatterns = builder.excludePatterns;
        }

        @Override
        public final java.lang.Boolean getEnabled() {
            return this.enabled;
        }

        @Override
        public final java.util.List<java.lang.String> getExcludePatterns() {
            return this.excludePatterns;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("enabled", om.valueToTree(this.getEnabled()));
            if (this.getExcludePatterns() != null) {
                data.set("excludePatterns", om.valueToTree(this.getExcludePatterns()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecReplicationSlotsSynchronizeReplicas"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecReplicationSlotsSynchronizeReplicas.Jsii$Proxy that = (ClusterSpecReplicationSlotsSynchronizeReplicas.Jsii$Proxy) o;

            if (!enabled.equals(that.enabled)) return false;
            return this.excludePatterns != null ? this.excludePatterns.equals(that.excludePatterns) : that.excludePatterns == null;
        }

        @Override
        public final int hashCode() {
            int result = this.enabled.hashCode();
            result = 31 * result + (this.excludePatterns != null ? this.excludePatterns.hashCode() : 0);
            return result;
        }
    }
}
