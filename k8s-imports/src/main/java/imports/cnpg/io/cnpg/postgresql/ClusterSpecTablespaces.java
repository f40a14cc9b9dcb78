package imports.cnpg.io.cnpg.postgresql;

/**
 * TablespaceConfiguration is the configuration of a tablespace, and includes the storage specification for the tablespace.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.830Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecTablespaces")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecTablespaces.Jsii$Proxy.class)
public interface ClusterSpecTablespaces extends software.amazon.jsii.JsiiSerializable {

    /**
     * The name of the tablespace.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     * The storage configuration for the tablespace.
     */
    @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespacesStorage getStorage();

    /**
     * Owner is the PostgreSQL user owning the tablespace.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespacesOwner getOwner() {
        return null;
    }

    /**
     * When set to true, the tablespace will be added as a <code>temp_tablespaces</code> entry in PostgreSQL, and will be available to automatically house temp database objects, or other temporary files.
     * <p>
     * Please refer to PostgreSQL
     * documentation for more information on the <code>temp_tablespaces</code> GUC.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getTemporary() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecTablespaces}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecTablespaces}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecTablespaces> {
        java.lang.String name;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespacesStorage storage;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespacesOwner owner;
        java.lang.Boolean temporary;

        /**
         * Sets the value of {@link ClusterSpecTablespaces#getName}
         * @param name The name of the tablespace. This parameter is required.
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecTablespaces#getStorage}
         * @param storage The storage configuration for the tablespace. This parameter is required.
         * @return {@code this}
         */
        public Builder storage(imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespacesStorage storage) {
            this.storage = storage;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecTablespaces#getOwner}
         * @param owner Owner is the PostgreSQL user owning the tablespace.
         * @return {@code this}
         */
        public Builder owner(imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespacesOwner owner) {
            this.owner = owner;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecTablespaces#getTemporary}
         * @param temporary When set to true, the tablespace will be added as a <code>temp_tablespaces</code> entry in PostgreSQL, and will be available to automatically house temp database objects, or other temporary files.
         *                  Please refer to PostgreSQL
         *                  documentation for more information on the <code>temp_tablespaces</code> GUC.
         * @return {@code this}
         */
        public Builder temporary(java.lang.Boolean temporary) {
            this.temporary = temporary;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecTablespaces}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecTablespaces build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecTablespaces}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecTablespaces {
        private final java.lang.String name;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespacesStorage storage;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespacesOwner owner;
        private final java.lang.Boolean temporary;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.storage = software.amazon.jsii.Kernel.get(this, "storage", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespacesStorage.class));
            this.owner = software.amazon.jsii.Kernel.get(this, "owner", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespacesOwner.class));
            this.temporary = software.amazon.jsii.Kernel.get(this, "temporary", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.storage = java.util.Objects.requireNonNull(builder.storage, "storage is required");
            this.owner = builder.owner;
            this.temporary = builder.temporary;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespacesStorage getStorage() {
            return this.storage;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespacesOwner getOwner() {
            return this.owner;
        }

        @Override
        public final java.lang.Boolean getTemporary() {
            return this.temporary;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("name", om.valueToTree(this.getName()));
            data.set("storage", om.valueToTree(this.getStorage()));
            if (this.getOwner() != null) {
                data.set("owner", om.valueToTree(this.getOwner()));
            }
            if (this.getTemporary() != null) {
                data.set("temporary", om.valueToTree(this.getTemporary()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecTablespaces"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecTablespaces.Jsii$Proxy that = (ClusterSpecTablespaces.Jsii$Proxy) o;

            if (!name.equals(that.name)) return false;
            if (!storage.equals(that.storage)) return false;
            if (this.owner != null ? !this.owner.equals(that.owner) : that.owner != null) return false;
            return this.temporary != null ? this.temporary.equals(that.temporary) : that.temporary == null;
        }

        @Override
        public final int hashCode() {
            int result = this.name.hashCode();
            result = 31 * result + (this.storage.hashCode());
            result = 31 * result + (this.owner != null ? this.owner.hashCode() : 0);
            result = 31 * result + (this.temporary != null ? this.temporary.hashCode() : 0);
            return result;
        }
    }
}
