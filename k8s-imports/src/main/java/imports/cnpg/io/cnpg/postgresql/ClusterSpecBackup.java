package imports.cnpg.io.cnpg.postgresql;

/**
 * The configuration to be used for backups.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.501Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBackup")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBackup.Jsii$Proxy.class)
public interface ClusterSpecBackup extends software.amazon.jsii.JsiiSerializable {

    /**
     * The configuration for the barman-cloud tool suite.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStore getBarmanObjectStore() {
        return null;
    }

    /**
     * RetentionPolicy is the retention policy to be used for backups and WALs (i.e. '60d'). The retention policy is expressed in the form of <code>XXu</code> where <code>XX</code> is a positive integer and <code>u</code> is in <code>[dwm]</code> - days, weeks, months. It's currently only applicable when using the BarmanObjectStore method.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getRetentionPolicy() {
        return null;
    }

    /**
     * The policy to decide which instance should perform backups.
     * <p>
     * Available
     * options are empty string, which will default to <code>prefer-standby</code> policy,
     * <code>primary</code> to have backups run always on primary instances, <code>prefer-standby</code>
     * to have backups run preferably on the most updated standby, if available.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupTarget getTarget() {
        return null;
    }

    /**
     * VolumeSnapshot provides the configuration for the execution of volume snapshot backups.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshot getVolumeSnapshot() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecBackup}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBackup}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBackup> {
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStore barmanObjectStore;
        java.lang.String retentionPolicy;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupTarget target;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshot volumeSnapshot;

        /**
         * Sets the value of {@link ClusterSpecBackup#getBarmanObjectStore}
         * @param barmanObjectStore The configuration for the barman-cloud tool suite.
         * @return {@code this}
         */
        public Builder barmanObjectStore(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStore barmanObjectStore) {
            this.barmanObjectStore = barmanObjectStore;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackup#getRetentionPolicy}
         * @param retentionPolicy RetentionPolicy is the retention policy to be used for backups and WALs (i.e. '60d'). The retention policy is expressed in the form of <code>XXu</code> where <code>XX</code> is a positive integer and <code>u</code> is in <code>[dwm]</code> - days, weeks, months. It's currently only applicable when using the BarmanObjectStore method.
         * @return {@code this}
         */
        public Builder retentionPolicy(java.lang.String retentionPolicy) {
            this.retentionPolicy = retentionPolicy;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackup#getTarget}
         * @param target The policy to decide which instance should perform backups.
         *               Available
         *               options are empty string, which will default to <code>prefer-standby</code> policy,
         *               <code>primary</code> to have backups run always on primary instances, <code>prefer-standby</code>
         *               to have backups run preferably on the most updated standby, if available.
         * @return {@code this}
         */
        public Builder target(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupTarget target) {
            this.target = target;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackup#getVolumeSnapshot}
         * @param volumeSnapshot VolumeSnapshot provides the configuration for the execution of volume snapshot backups.
         * @return {@code this}
         */
        public Builder volumeSnapshot(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshot volumeSnapshot) {
            this.volumeSnapshot = volumeSnapshot;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBackup}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBackup build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBackup}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBackup {
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStore barmanObjectStore;
        private final java.lang.String retentionPolicy;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupTarget target;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshot volumeSnapshot;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.barmanObjectStore = software.amazon.jsii.Kernel.get(this, "barmanObjectStore", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStore.class));
            this.retentionPolicy = software.amazon.jsii.Kernel.get(this, "retentionPolicy", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.target = software.amazon.jsii.Kernel.get(this, "target", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupTarget.class));
            this.volumeSnapshot = software.amazon.jsii.Kernel.get(this, "volumeSnapshot", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshot.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.barmanObjectStore = builder.barmanObjectStore;
            this.retentionPolicy = builder.retentionPolicy;
            this.target = builder.target;
            this.volumeSnapshot = builder.volumeSnapshot;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStore getBarmanObjectStore() {
            return this.barmanObjectStore;
        }

        @Override
        public final java.lang.String getRetentionPolicy() {
            return this.retentionPolicy;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupTarget getTarget() {
            return this.target;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshot getVolumeSnapshot() {
            return this.volumeSnapshot;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getBarmanObjectStore() != null) {
                data.set("barmanObjectStore", om.valueToTree(this.getBarmanObjectStore()));
            }
            if (this.getRetentionPolicy() != null) {
                data.set("retentionPolicy", om.valueToTree(this.getRetentionPolicy()));
            }
            if (this.getTarget() != null) {
                data.set("target", om.valueToTree(this.getTarget()));
            }
            if (this.getVolumeSnapshot() != null) {
                data.set("volumeSnapshot", om.valueToTree(this.getVolumeSnapshot()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBackup"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBackup.Jsii$Proxy that = (ClusterSpecBackup.Jsii$Proxy) o;

            if (this.barmanObjectStore != null ? !this.barmanObjectStore.equals(that.barmanObjectStore) : that.barmanObjectStore != null) return false;
            if (this.retentionPolicy != null ? !this.retentionPolicy.equals(that.retentionPolicy) : that.retentionPolicy != null) return false;
            if (this.target != null ? !this.target.equals(that.target) : that.target != null) return false;
            return this.volumeSnapshot != null ? this.volumeSnapshot.equals(that.volumeSnapshot) : that.volumeSnapshot == null;
        }

        @Override
        public final int hashCode() {
            int result = this.barmanObjectStore != null ? this.barmanObjectStore.hashCode() : 0;
            result = 31 * result + (this.retentionPolicy != null ? this.retentionPolicy.hashCode() : 0);
            result = 31 * result + (this.target != null ? this.target.hashCode() : 0);
            result = 31 * result + (this.volumeSnapshot != null ? this.volumeSnapshot.hashCode() : 0);
            return result;
        }
    }
}
