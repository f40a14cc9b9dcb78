package imports.cnpg.io.cnpg.postgresql;

/**
 * The static PVC data source(s) from which to initiate the recovery procedure.
 * <p>
 * Currently supporting <code>VolumeSnapshot</code>
 * and <code>PersistentVolumeClaim</code> resources that map an existing
 * PVC group, compatible with CloudNativePG, and taken with
 * a cold backup copy on a fenced Postgres instance (limitation
 * which will be removed in the future when online backup
 * will be implemented).
 * Mutually exclusive with <code>backup</code>.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.562Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBootstrapRecoveryVolumeSnapshots")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBootstrapRecoveryVolumeSnapshots.Jsii$Proxy.class)
public interface ClusterSpecBootstrapRecoveryVolumeSnapshots extends software.amazon.jsii.JsiiSerializable {

    /**
     * Configuration of the storage of the instances.
     */
    @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsStorage getStorage();

    /**
     * Configuration of the storage for PostgreSQL tablespaces.
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsTablespaceStorage> getTablespaceStorage() {
        return null;
    }

    /**
     * Configuration of the storage for PostgreSQL WAL (Write-Ahead Log).
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsWalStorage getWalStorage() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecBootstrapRecoveryVolumeSnapshots}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBootstrapRecoveryVolumeSnapshots}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBootstrapRecoveryVolumeSnapshots> {
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsStorage storage;
        java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsTablespaceStorage> tablespaceStorage;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsWalStorage walStorage;

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecoveryVolumeSnapshots#getStorage}
         * @param storage Configuration of the storage of the instances. This parameter is required.
         * @return {@code this}
         */
        public Builder storage(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsStorage storage) {
            this.storage = storage;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecoveryVolumeSnapshots#getTablespaceStorage}
         * @param tablespaceStorage Configuration of the storage for PostgreSQL tablespaces.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder tablespaceStorage(java.util.Map<java.lang.String, ? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsTablespaceStorage> tablespaceStorage) {
            this.tablespaceStorage = (java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsTablespaceStorage>)tablespaceStorage;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecoveryVolumeSnapshots#getWalStorage}
         * @param walStorage Configuration of the storage for PostgreSQL WAL (Write-Ahead Log).
         * @return {@code this}
         */
        public Builder walStorage(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsWalStorage walStorage) {
            this.walStorage = walStorage;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBootstrapRecoveryVolumeSnapshots}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBootstrapRecoveryVolumeSnapshots build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBootstrapRecoveryVolumeSnapshots}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBootstrapRecoveryVolumeSnapshots {
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsStorage storage;
        private final java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsTablespaceStorage> tablespaceStorage;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsWalStorage walStorage;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.storage = software.amazon.jsii.Kernel.get(this, "storage", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsStorage.class));
            this.tablespaceStorage = software.amazon.jsii.Kernel.get(this, "tablespaceStorage", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsTablespaceStorage.class)));
            this.walStorage = software.amazon.jsii.Kernel.get(this, "walStorage", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsWalStorage.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.storage = java.util.Objects.requireNonNull(builder.storage, "storage is required");
            this.tablespaceStorage = (java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsTablespaceStorage>)builder.tablespaceStorage;
            this.walStorage = builder.walStorage;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsStorage getStorage() {
            return this.storage;
        }

        @Override
        public final java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsTablespaceStorage> getTablespaceStorage() {
            return this.tablespaceStorage;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshotsWalStorage getWalStorage() {
            return this.walStorage;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("storage", om.valueToTree(this.getStorage()));
            if (this.getTablespaceStorage() != null) {
                data.set("tablespaceStorage", om.valueToTree(this.getTablespaceStorage()));
            }
            if (this.getWalStorage() != null) {
                data.set("walStorage", om.valueToTree(this.getWalStorage()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBootstrapRecoveryVolumeSnapshots"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBootstrapRecoveryVolumeSnapshots.Jsii$Proxy that = (ClusterSpecBootstrapRecoveryVolumeSnapshots.Jsii$Proxy) o;

            if (!storage.equals(that.storage)) return false;
            if (this.tablespaceStorage != null ? !this.tablespaceStorage.equals(that.tablespaceStorage) : that.tablespaceStorage != null) return false;
            return this.walStorage != null ? this.walStorage.equals(that.walStorage) : that.walStorage == null;
        }

        @Override
        public final int hashCode() {
            int result = this.storage.hashCode();
            result = 31 * result + (this.tablespaceStorage != null ? this.tablespaceStorage.hashCode() : 0);
            result = 31 * result + (this.walStorage != null ? this.walStorage.hashCode() : 0);
            return result;
        }
    }
}
