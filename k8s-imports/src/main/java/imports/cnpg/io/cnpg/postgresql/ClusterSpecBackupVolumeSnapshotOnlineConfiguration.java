package imports.cnpg.io.cnpg.postgresql;

/**
 * Configuration parameters to control the online/hot backup with volume snapshots.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.517Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBackupVolumeSnapshotOnlineConfiguration")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBackupVolumeSnapshotOnlineConfiguration.Jsii$Proxy.class)
public interface ClusterSpecBackupVolumeSnapshotOnlineConfiguration extends software.amazon.jsii.JsiiSerializable {

    /**
     * Control whether the I/O workload for the backup initial checkpoint will be limited, according to the <code>checkpoint_completion_target</code> setting on the PostgreSQL server.
     * <p>
     * If set to true, an immediate checkpoint will be
     * used, meaning PostgreSQL will complete the checkpoint as soon as
     * possible. <code>false</code> by default.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getImmediateCheckpoint() {
        return null;
    }

    /**
     * If false, the function will return immediately after the backup is completed, without waiting for WAL to be archived.
     * <p>
     * This behavior is only useful with backup software that independently monitors WAL archiving.
     * Otherwise, WAL required to make the backup consistent might be missing and make the backup useless.
     * By default, or when this parameter is true, pg_backup_stop will wait for WAL to be archived when archiving is
     * enabled.
     * On a standby, this means that it will wait only when archive_mode = always.
     * If write activity on the primary is low, it may be useful to run pg_switch_wal on the primary in order to trigger
     * an immediate segment switch.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getWaitForArchive() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecBackupVolumeSnapshotOnlineConfiguration}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBackupVolumeSnapshotOnlineConfiguration}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBackupVolumeSnapshotOnlineConfiguration> {
        java.lang.Boolean immediateCheckpoint;
        java.lang.Boolean waitForArchive;

        /**
         * Sets the value of {@link ClusterSpecBackupVolumeSnapshotOnlineConfiguration#getImmediateCheckpoint}
         * @param immediateCheckpoint Control whether the I/O workload for the backup initial checkpoint will be limited, according to the <code>checkpoint_completion_target</code> setting on the PostgreSQL server.
         *                            If set to true, an immediate checkpoint will be
         *                            used, meaning PostgreSQL will complete the checkpoint as soon as
         *                            possible. <code>false</code> by default.
         * @return {@code this}
         */
        public Builder immediateCheckpoint(java.lang.Boolean immediateCheckpoint) {
            this.immediateCheckpoint = immediateCheckpoint;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupVolumeSnapshotOnlineConfiguration#getWaitForArchive}
         * @param waitForArchive If false, the function will return immediately after the backup is completed, without waiting for WAL to be archived.
         *                       This behavior is only useful with backup software that independently monitors WAL archiving.
         *                       Otherwise, WAL required to make the backup consistent might be missing and make the backup useless.
         *                       By default, or when this parameter is true, pg_backup_stop will wait for WAL to be archived when archiving is
         *                       enabled.
         *                       On a standby, this means that it will wait only when archive_mode = always.
         *                       If write activity on the primary is low, it may be useful to run pg_switch_wal on the primary in order to trigger
         *                       an immediate segment switch.
         * @return {@code this}
         */
        public Builder waitForArchive(java.lang.Boolean waitForArchive) {
            this.waitForArchive = waitForArchive;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBackupVolumeSnapshotOnlineConfiguration}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBackupVolumeSnapshotOnlineConfiguration build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBackupVolumeSnapshotOnlineConfiguration}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBackupVolumeSnapshotOnlineConfiguration {
        private final java.lang.Boolean immediateCheckpoint;
        private final java.lang.Boolean waitForArchive;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.immediateCheckpoint = software.amazon.jsii.Kernel.get(this, "immediateCheckpoint", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.waitForArchive = software.amazon.jsii.Kernel.get(this, "waitForArchive", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.immediateCheckpoint = builder.immediateCheckpoint;
            this.waitForArchive = builder.waitForArchive;
        }

        @Override
        public final java.lang.Boolean getImmediateCheckpoint() {
            return this.immediateCheckpoint;
        }

        @Override
        public final java.lang.Boolean getWaitForArchive() {
            return this.waitForArchive;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getImmediateCheckpoint() != null) {
                data.set("immediateCheckpoint", om.valueToTree(this.getImmediateCheckpoint()));
            }
            if (this.getWaitForArchive() != null) {
                data.set("waitForArchive", om.valueToTree(this.getWaitForArchive()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBackupVolumeSnapshotOnlineConfiguration"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBackupVolumeSnapshotOnlineConfiguration.Jsii$Proxy that = (ClusterSpecBackupVolumeSnapshotOnlineConfiguration.Jsii$Proxy) o;

            if (this.immediateCheckpoint != null ? !this.immediateCheckpoint.equals(that.immediateCheckpoint) : that.immediateCheckpoint != null) return false;
            return this.waitForArchive != null ? this.waitForArchive.equals(that.waitForArchive) : that.waitForArchive == null;
        }

        @Override
        public final int hashCode() {
            int result = this.immediateCheckpoint != null ? this.immediateCheckpoint.hashCode() : 0;
            result = 31 * result + (this.waitForArchive != null ? this.waitForArchive.hashCode() : 0);
            return result;
        }
    }
}
