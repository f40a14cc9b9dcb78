package imports.cnpg.io.cnpg.postgresql;

/**
 * Bootstrap the cluster from a backup.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.554Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBootstrapRecovery")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBootstrapRecovery.Jsii$Proxy.class)
public interface ClusterSpecBootstrapRecovery extends software.amazon.jsii.JsiiSerializable {

    /**
     * The backup object containing the physical base backup from which to initiate the recovery procedure.
     * <p>
     * Mutually exclusive with <code>source</code> and <code>volumeSnapshots</code>.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryBackup getBackup() {
        return null;
    }

    /**
     * Name of the database used by the application.
     * <p>
     * Default: <code>app</code>.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getDatabase() {
        return null;
    }

    /**
     * Name of the owner of the database in the instance to be used by applications.
     * <p>
     * Defaults to the value of the <code>database</code> key.
     * <p>
     * Default: the value of the `database` key.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getOwner() {
        return null;
    }

    /**
     * By default, the recovery process applies all the available WAL files in the archive (full recovery).
     * <p>
     * However, you can also
     * end the recovery as soon as a consistent state is reached or
     * recover to a point-in-time (PITR) by specifying a <code>RecoveryTarget</code> object,
     * as expected by PostgreSQL (i.e., timestamp, transaction Id, LSN, ...).
     * More info: https://www.postgresql.org/docs/current/runtime-config-wal.html#RUNTIME-CONFIG-WAL-RECOVERY-TARGET
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryRecoveryTarget getRecoveryTarget() {
        return null;
    }

    /**
     * Name of the secret containing the initial credentials for the owner of the user database.
     * <p>
     * If empty a new secret will be
     * created from scratch
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoverySecret getSecret() {
        return null;
    }

    /**
     * The external cluster whose backup we will restore.
     * <p>
     * This is also
     * used as the name of the folder under which the backup is stored,
     * so it must be set to the name of the source cluster
     * Mutually exclusive with <code>backup</code>.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getSource() {
        return null;
    }

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
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshots getVolumeSnapshots() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecBootstrapRecovery}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBootstrapRecovery}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBootstrapRecovery> {
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryBackup backup;
        java.lang.String database;
        java.lang.String owner;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryRecoveryTarget recoveryTarget;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoverySecret secret;
        java.lang.String source;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshots volumeSnapshots;

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecovery#getBackup}
         * @param backup The backup object containing the physical base backup from which to initiate the recovery procedure.
         *               Mutually exclusive with <code>source</code> and <code>volumeSnapshots</code>.
         * @return {@code this}
         */
        public Builder backup(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryBackup backup) {
            this.backup = backup;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecovery#getDatabase}
         * @param database Name of the database used by the application.
         *                 Default: <code>app</code>.
         * @return {@code this}
         */
        public Builder database(java.lang.String database) {
            this.database = database;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecovery#getOwner}
         * @param owner Name of the owner of the database in the instance to be used by applications.
         *              Defaults to the value of the <code>database</code> key.
         * @return {@code this}
         */
        public Builder owner(java.lang.String owner) {
            this.owner = owner;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecovery#getRecoveryTarget}
         * @param recoveryTarget By default, the recovery process applies all the available WAL files in the archive (full recovery).
         *                       However, you can also
         *                       end the recovery as soon as a consistent state is reached or
         *                       recover to a point-in-time (PITR) by specifying a <code>RecoveryTarget</code> object,
         *                       as expected by PostgreSQL (i.e., timestamp, transaction Id, LSN, ...).
         *                       More info: https://www.postgresql.org/docs/current/runtime-config-wal.html#RUNTIME-CONFIG-WAL-RECOVERY-TARGET
         * @return {@code this}
         */
        public Builder recoveryTarget(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryRecoveryTarget recoveryTarget) {
            this.recoveryTarget = recoveryTarget;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecovery#getSecret}
         * @param secret Name of the secret containing the initial credentials for the owner of the user database.
         *               If empty a new secret will be
         *               created from scratch
         * @return {@code this}
         */
        public Builder secret(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoverySecret secret) {
            this.secret = secret;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecovery#getSource}
         * @param source The external cluster whose backup we will restore.
         *               This is also
         *               used as the name of the folder under which the backup is stored,
         *               so it must be set to the name of the source cluster
         *               Mutually exclusive with <code>backup</code>.
         * @return {@code this}
         */
        public Builder source(java.lang.String source) {
            this.source = source;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecovery#getVolumeSnapshots}
         * @param volumeSnapshots The static PVC data source(s) from which to initiate the recovery procedure.
         *                        Currently supporting <code>VolumeSnapshot</code>
         *                        and <code>PersistentVolumeClaim</code> resources that map an existing
         *                        PVC group, compatible with CloudNativePG, and taken with
         *                        a cold backup copy on a fenced Postgres instance (limitation
         *                        which will be removed in the future when online backup
         *                        will be implemented).
         *                        Mutually exclusive with <code>backup</code>.
         * @return {@code this}
         */
        public Builder volumeSnapshots(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshots volumeSnapshots) {
            this.volumeSnapshots = volumeSnapshots;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBootstrapRecovery}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBootstrapRecovery build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBootstrapRecovery}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBootstrapRecovery {
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryBackup backup;
        private final java.lang.String database;
        private final java.lang.String owner;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryRecoveryTarget recoveryTarget;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoverySecret secret;
        private final java.lang.String source;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshots volumeSnapshots;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.backup = software.amazon.jsii.Kernel.get(this, "backup", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryBackup.class));
            this.database = software.amazon.jsii.Kernel.get(this, "database", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.owner = software.amazon.jsii.Kernel.get(this, "owner", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.recoveryTarget = software.amazon.jsii.Kernel.get(this, "recoveryTarget", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryRecoveryTarget.class));
            this.secret = software.amazon.jsii.Kernel.get(this, "secret", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoverySecret.class));
            this.source = software.amazon.jsii.Kernel.get(this, "source", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.volumeSnapshots = software.amazon.jsii.Kernel.get(this, "volumeSnapshots", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshots.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.backup = builder.backup;
            this.database = builder.database;
            this.owner = builder.owner;
            this.recoveryTarget = builder.recoveryTarget;
            this.secret = builder.secret;
            this.source = builder.source;
            this.volumeSnapshots = builder.volumeSnapshots;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryBackup getBackup() {
            return this.backup;
        }

        @Override
        public final java.lang.String getDatabase() {
            return this.database;
        }

        @Override
        public final java.lang.String getOwner() {
            return this.owner;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryRecoveryTarget getRecoveryTarget() {
            return this.recoveryTarget;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoverySecret getSecret() {
            return this.secret;
        }

        @Override
        public final java.lang.String getSource() {
            return this.source;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryVolumeSnapshots getVolumeSnapshots() {
            return this.volumeSnapshots;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getBackup() != null) {
                data.set("backup", om.valueToTree(this.getBackup()));
            }
            if (this.getDatabase() != null) {
                data.set("database", om.valueToTree(this.getDatabase()));
            }
            if (this.getOwner() != null) {
                data.set("owner", om.valueToTree(this.getOwner()));
            }
            if (this.getRecoveryTarget() != null) {
                data.set("recoveryTarget", om.valueToTree(this.getRecoveryTarget()));
            }
            if (this.getSecret() != null) {
                data.set("secret", om.valueToTree(this.getSecret()));
            }
            if (this.getSource() != null) {
                data.set("source", om.valueToTree(this.getSource()));
            }
            if (this.getVolumeSnapshots() != null) {
                data.set("volumeSnapshots", om.valueToTree(this.getVolumeSnapshots()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBootstrapRecovery"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBootstrapRecovery.Jsii$Proxy that = (ClusterSpecBootstrapRecovery.Jsii$Proxy) o;

            if (this.backup != null ? !this.backup.equals(that.backup) : that.backup != null) return false;
            if (this.database != null ? !this.database.equals(that.database) : that.database != null) return false;
            if (this.owner != null ? !this.owner.equals(that.owner) : that.owner != null) return false;
            if (this.recoveryTarget != null ? !this.recoveryTarget.equals(that.recoveryTarget) : that.recoveryTarget != null) return false;
            if (this.secret != null ? !this.secret.equals(that.secret) : that.secret != null) return false;
            if (this.source != null ? !this.source.equals(that.source) : that.source != null) return false;
            return this.volumeSnapshots != null ? this.volumeSnapshots.equals(that.volumeSnapshots) : that.volumeSnapshots == null;
        }

        @Override
        public final int hashCode() {
            int result = this.backup != null ? this.backup.hashCode() : 0;
            result = 31 * result + (this.database != null ? this.database.hashCode() : 0);
            result = 31 * result + (this.owner != null ? this.owner.hashCode() : 0);
            result = 31 * result + (this.recoveryTarget != null ? this.recoveryTarget.hashCode() : 0);
            result = 31 * result + (this.secret != null ? this.secret.hashCode() : 0);
            result = 31 * result + (this.source != null ? this.source.hashCode() : 0);
            result = 31 * result + (this.volumeSnapshots != null ? this.volumeSnapshots.hashCode() : 0);
            return result;
        }
    }
}
