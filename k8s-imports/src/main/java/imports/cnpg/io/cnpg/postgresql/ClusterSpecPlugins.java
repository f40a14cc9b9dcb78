package imports.cnpg.io.cnpg.postgresql;

/**
 * PluginConfiguration specifies a plugin that need to be loaded for this cluster to be reconciled.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.715Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecPlugins")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecPlugins.Jsii$Proxy.class)
public interface ClusterSpecPlugins extends software.amazon.jsii.JsiiSerializable {

    /**
     * Name is the plugin name.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     * Enabled is true if this plugin will be used.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getEnabled() {
        return null;
    }

    /**
     * Marks the plugin as the WAL archiver.
     * <p>
     * At most one plugin can be
     * designated as a WAL archiver. This cannot be enabled if the
     * <code>.spec.backup.barmanObjectStore</code> configuration is present.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getIsWalArchiver() {
        return null;
    }

    /**
     * Parameters is the configuration of the plugin.
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getParameters() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecPlugins}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecPlugins}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecPlugins> {
        java.lang.String name;
        java.lang.Boolean enabled;
        java.lang.Boolean isWalArchiver;
        java.util.Map<java.lang.String, java.lang.String> parameters;

        /**
         * Sets the value of {@link ClusterSpecPlugins#getName}
         * @param name Name is the plugin name. This parameter is required.
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPlugins#getEnabled}
         * @param enabled Enabled is true if this plugin will be used.
         * @return {@code this}
         */
        public Builder enabled(java.lang.Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPlugins#getIsWalArchiver}
         * @param isWalArchiver Marks the plugin as the WAL archiver.
         *                      At most one plugin can be
         *                      designated as a WAL archiver. This cannot be enabled if the
         *                      <code>.spec.backup.barmanObjectStore</code> configuration is present.
         * @return {@code this}
         */
        public Builder isWalArchiver(java.lang.Boolean isWalArchiver) {
            this.isWalArchiver = isWalArchiver;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPlugins#getParameters}
         * @param parameters Parameters is the configuration of the plugin.
         * @return {@code this}
         */
        public Builder parameters(java.util.Map<java.lang.String, java.lang.String> parameters) {
            this.parameters = parameters;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecPlugins}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecPlugins build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecPlugins}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecPlugins {
        private final java.lang.String name;
        private final java.lang.Boolean enabled;
        private final java.lang.Boolean isWalArchiver;
        private final java.util.Map<java.lang.String, java.lang.String> parameters;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.enabled = software.amazon.jsii.Kernel.get(this, "enabled", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.isWalArchiver = software.amazon.jsii.Kernel.get(this, "isWalArchiver", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.parameters = software.amazon.jsii.Kernel.get(this, "parameters", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.enabled = builder.enabled;
            this.isWalArchiver = builder.isWalArchiver;
            this.parameters = builder.parameters;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final java.lang.Boolean getEnabled() {
            return this.enabled;
        }

        @Override
        public final java.lang.Boolean getIsWalArchiver() {
            return this.isWalArchiver;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getParameters() {
            return this.parameters;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("name", om.valueToTree(this.getName()));
            if (this.getEnabled() != null) {
                data.set("enabled", om.valueToTree(this.getEnabled()));
            }
            if (this.getIsWalArchiver() != null) {
                data.set("isWalArchiver", om.valueToTree(this.getIsWalArchiver()));
            }
            if (this.getParameters() != null) {
                data.set("parameters", om.valueToTree(this.getParameters()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecPlugins"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecPlugins.Jsii$Proxy that = (ClusterSpecPlugins.Jsii$Proxy) o;

            if (!name.equals(that.name)) return false;
            if (this.enabled != null ? !this.enabled.equals(that.enabled) : that.enabled != null) return false;
            if (this.isWalArchiver != null ? !this.isWalArchiver.equals(that.isWalArchiver) : that.isWalArchiver != null) return false;
            return this.parameters != null ? this.parameters.equals(that.parameters) : that.parameters == null;
        }

        @Override
        public final int hashCode() {
            int result = this.name.hashCode();
            result = 31 * result + (this.enabled != null ? this.enabled.hashCode() : 0);
            result = 31 * result + (this.isWalArchiver != null ? this.isWalArchiver.hashCode() : 0);
            result = 31 * result + (this.parameters != null ? this.parameters.hashCode() : 0);
            return result;
        }
    }
}
