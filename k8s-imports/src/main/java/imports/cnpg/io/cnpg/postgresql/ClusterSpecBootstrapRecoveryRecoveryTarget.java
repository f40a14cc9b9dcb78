package imports.cnpg.io.cnpg.postgresql;

/**
 * By default, the recovery process applies all the available WAL files in the archive (full recovery).
 * <p>
 * However, you can also
 * end the recovery as soon as a consistent state is reached or
 * recover to a point-in-time (PITR) by specifying a <code>RecoveryTarget</code> object,
 * as expected by PostgreSQL (i.e., timestamp, transaction Id, LSN, ...).
 * More info: https://www.postgresql.org/docs/current/runtime-config-wal.html#RUNTIME-CONFIG-WAL-RECOVERY-TARGET
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.561Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBootstrapRecoveryRecoveryTarget")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBootstrapRecoveryRecoveryTarget.Jsii$Proxy.class)
public interface ClusterSpecBootstrapRecoveryRecoveryTarget extends software.amazon.jsii.JsiiSerializable {

    /**
     * The ID of the backup from which to start the recovery process.
     * <p>
     * If empty (default) the operator will automatically detect the backup
     * based on targetTime or targetLSN if specified. Otherwise use the
     * latest available backup in chronological order.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getBackupId() {
        return null;
    }

    /**
     * Set the target to be exclusive.
     * <p>
     * If omitted, defaults to false, so that
     * in Postgres, <code>recovery_target_inclusive</code> will be true
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getExclusive() {
        return null;
    }

    /**
     * End recovery as soon as a consistent state is reached.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getTargetImmediate() {
        return null;
    }

    /**
     * The target LSN (Log Sequence Number).
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getTargetLsn() {
        return null;
    }

    /**
     * The target name (to be previously created with <code>pg_create_restore_point</code>).
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getTargetName() {
        return null;
    }

    /**
     * The target time as a timestamp in RFC3339 format or PostgreSQL timestamp format.
     * <p>
     * Timestamps without an explicit timezone are interpreted as UTC.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getTargetTime() {
        return null;
    }

    /**
     * The target timeline ("latest" or a positive integer).
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getTargetTli() {
        return null;
    }

    /**
     * The target transaction ID.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getTargetXid() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecBootstrapRecoveryRecoveryTarget}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBootstrapRecoveryRecoveryTarget}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBootstrapRecoveryRecoveryTarget> {
        java.lang.String backupId;
        java.lang.Boolean exclusive;
        java.lang.Boolean targetImmediate;
        java.lang.String targetLsn;
        java.lang.String targetName;
        java.lang.String targetTime;
        java.lang.String targetTli;
        java.lang.String targetXid;

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecoveryRecoveryTarget#getBackupId}
         * @param backupId The ID of the backup from which to start the recovery process.
         *                 If empty (default) the operator will automatically detect the backup
         *                 based on targetTime or targetLSN if specified. Otherwise use the
         *                 latest available backup in chronological order.
         * @return {@code this}
         */
        public Builder backupId(java.lang.String backupId) {
            this.backupId = backupId;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecoveryRecoveryTarget#getExclusive}
         * @param exclusive Set the target to be exclusive.
         *                  If omitted, defaults to false, so that
         *                  in Postgres, <code>recovery_target_inclusive</code> will be true
         * @return {@code this}
         */
        public Builder exclusive(java.lang.Boolean exclusive) {
            this.exclusive = exclusive;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecoveryRecoveryTarget#getTargetImmediate}
         * @param targetImmediate End recovery as soon as a consistent state is reached.
         * @return {@code this}
         */
        public Builder targetImmediate(java.lang.Boolean targetImmediate) {
            this.targetImmediate = targetImmediate;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecoveryRecoveryTarget#getTargetLsn}
         * @param targetLsn The target LSN (Log Sequence Number).
         * @return {@code this}
         */
        public Builder targetLsn(java.lang.String targetLsn) {
            this.targetLsn = targetLsn;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecoveryRecoveryTarget#getTargetName}
         * @param targetName The target name (to be previously created with <code>pg_create_restore_point</code>).
         * @return {@code this}
         */
        public Builder targetName(java.lang.String targetName) {
            this.targetName = targetName;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecoveryRecoveryTarget#getTargetTime}
         * @param targetTime The target time as a timestamp in RFC3339 format or PostgreSQL timestamp format.
         *                   Timestamps without an explicit timezone are interpreted as UTC.
         * @return {@code this}
         */
        public Builder targetTime(java.lang.String targetTime) {
            this.targetTime = targetTime;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecoveryRecoveryTarget#getTargetTli}
         * @param targetTli The target timeline ("latest" or a positive integer).
         * @return {@code this}
         */
        public Builder targetTli(java.lang.String targetTli) {
            this.targetTli = targetTli;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecoveryRecoveryTarget#getTargetXid}
         * @param targetXid The target transaction ID.
         * @return {@code this}
         */
        public Builder targetXid(java.lang.String targetXid) {
            this.targetXid = targetXid;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBootstrapRecoveryRecoveryTarget}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBootstrapRecoveryRecoveryTarget build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBootstrapRecoveryRecoveryTarget}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBootstrapRecoveryRecoveryTarget {
        private final java.lang.String backupId;
        private final java.lang.Boolean exclusive;
        private final java.lang.Boolean targetImmediate;
        private final java.lang.String targetLsn;
        private final java.lang.String targetName;
        private final java.lang.String targetTime;
        private final java.lang.String targetTli;
        private final java.lang.String targetXid;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.backupId = software.amazon.jsii.Kernel.get(this, "backupId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.exclusive = software.amazon.jsii.Kernel.get(this, "exclusive", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.targetImmediate = software.amazon.jsii.Kernel.get(this, "targetImmediate", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.targetLsn = software.amazon.jsii.Kernel.get(this, "targetLsn", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.targetName = software.amazon.jsii.Kernel.get(this, "targetName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.targetTime = software.amazon.jsii.Kernel.get(this, "targetTime", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.targetTli = software.amazon.jsii.Kernel.get(this, "targetTli", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.targetXid = software.amazon.jsii.Kernel.get(this, "targetXid", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.backupId = builder.backupId;
            this.exclusive = builder.exclusive;
            this.targetImmediate = builder.targetImmediate;
            this.targetLsn = builder.targetLsn;
            this.targetName = builder.targetName;
            this.targetTime = builder.targetTime;
            this.targetTli = builder.targetTli;
            this.targetXid = builder.targetXid;
        }

        @Override
        public final java.lang.String getBackupId() {
            return this.backupId;
        }

        @Override
        public final java.lang.Boolean getExclusive() {
            return this.exclusive;
        }

        @Override
        public final java.lang.Boolean getTargetImmediate() {
            return this.targetImmediate;
        }

        @Override
        public final java.lang.String getTargetLsn() {
            return this.targetLsn;
        }

        @Override
        public final java.lang.String getTargetName() {
            return this.targetName;
        }

        @Override
        public final java.lang.String getTargetTime() {
            return this.targetTime;
        }

        @Override
        public final java.lang.String getTargetTli() {
            return this.targetTli;
        }

        @Override
        public final java.lang.String getTargetXid() {
            return this.targetXid;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getBackupId() != null) {
                data.set("backupId", om.valueToTree(this.getBackupId()));
            }
            if (this.getExclusive() != null) {
                data.set("exclusive", om.valueToTree(this.getExclusive()));
            }
            if (this.getTargetImmediate() != null) {
                data.set("targetImmediate", om.valueToTree(this.getTargetImmediate()));
            }
            if (this.getTargetLsn() != null) {
                data.set("targetLsn", om.valueToTree(this.getTargetLsn()));
            }
            if (this.getTargetName() != null) {
                data.set("targetName", om.valueToTree(this.getTargetName()));
            }
            if (this.getTargetTime() != null) {
                data.set("targetTime", om.valueToTree(this.getTargetTime()));
            }
            if (this.getTargetTli() != null) {
                data.set("targetTli", om.valueToTree(this.getTargetTli()));
            }
            if (this.getTargetXid() != null) {
                data.set("targetXid", om.valueToTree(this.getTargetXid()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBootstrapRecoveryRecoveryTarget"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBootstrapRecoveryRecoveryTarget.Jsii$Proxy that = (ClusterSpecBootstrapRecoveryRecoveryTarget.Jsii$Proxy) o;

            if (this.backupId != null ? !this.backupId.equals(that.backupId) : that.backupId != null) return false;
            if (this.exclusive != null ? !this.exclusive.equals(that.exclusive) : that.exclusive != null) return false;
            if (this.targetImmediate != null ? !this.targetImmediate.equals(that.targetImmediate) : that.targetImmediate != null) return false;
            if (this.targetLsn != null ? !this.targetLsn.equals(that.targetLsn) : that.targetLsn != null) return false;
            if (this.targetName != null ? !this.targetName.equals(that.targetName) : that.targetName != null) return false;
            if (this.targetTime != null ? !this.targetTime.equals(that.targetTime) : that.targetTime != null) return false;
            if (this.targetTli != null ? !this.targetTli.equals(that.targetTli) : that.targetTli != null) return false;
            return this.targetXid != null ? this.targetXid.equals(that.targetXid) : that.targetXid == null;
        }

        @Override
        public final int hashCode() {
            int result = this.backupId != null ? this.backupId.hashCode() : 0;
            result = 31 * result + (this.exclusive != null ? this.exclusive.hashCode() : 0);
            result = 31 * result + (this.targetImmediate != null ? this.targetImmediate.hashCode() : 0);
            result = 31 * result + (this.targetLsn != null ? this.targetLsn.hashCode() : 0);
            result = 31 * result + (this.targetName != null ? this.targetName.hashCode() : 0);
            result = 31 * result + (this.targetTime != null ? this.targetTime.hashCode() : 0);
            result = 31 * result + (this.targetTli != null ? this.targetTli.hashCode() : 0);
            result = 31 * result + (this.targetXid != null ? this.targetXid.hashCode() : 0);
            return result;
        }
    }
}
