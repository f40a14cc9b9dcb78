package imports.cnpg.io.cnpg.postgresql;

/**
 * The configuration to be used to backup the data files When not defined, base backups files will be stored uncompressed and may be unencrypted in the object store, according to the bucket default policy.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.506Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBackupBarmanObjectStoreData")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBackupBarmanObjectStoreData.Jsii$Proxy.class)
public interface ClusterSpecBackupBarmanObjectStoreData extends software.amazon.jsii.JsiiSerializable {

    /**
     * AdditionalCommandArgs represents additional arguments that can be appended to the 'barman-cloud-backup' command-line invocation.
     * <p>
     * These arguments
     * provide flexibility to customize the backup process further according to
     * specific requirements or configurations.
     * <p>
     * Example:
     * In a scenario where specialized backup options are required, such as setting
     * a specific timeout or defining custom behavior, users can use this field
     * to specify additional command arguments.
     * <p>
     * Note:
     * It's essential to ensure that the provided arguments are valid and supported
     * by the 'barman-cloud-backup' command, to avoid potential errors or unintended
     * behavior during execution.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getAdditionalCommandArgs() {
        return null;
    }

    /**
     * Compress a backup file (a tar file per tablespace) while streaming it to the object store.
     * <p>
     * Available options are empty string (no
     * compression, default), <code>gzip</code>, <code>bzip2</code>, <code>lz4</code>, and <code>snappy</code>.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreDataCompression getCompression() {
        return null;
    }

    /**
     * Whenever to force the encryption of files (if the bucket is not already configured for that).
     * <p>
     * Allowed options are empty string (use the bucket policy, default),
     * <code>AES256</code> and <code>aws:kms</code>
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreDataEncryption getEncryption() {
        return null;
    }

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
     * The number of parallel jobs to be used to upload the backup, defaults to 2.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getJobs() {
        return null;
    }

    /**
     * Additional arguments that can be appended to the 'barman-cloud-restore' command-line invocation.
     * <p>
     * These arguments provide flexibility to customize
     * the data restore process further, according to specific requirements or
     * configurations.
     * <p>
     * Example:
     * In a scenario where specialized restore options are required, such as setting
     * a specific read timeout or defining custom behavior, users can use this field
     * to specify additional command arguments.
     * <p>
     * Note:
     * It's essential to ensure that the provided arguments are valid and supported
     * by the 'barman-cloud-restore' command, to avoid potential errors or unintended
     * behavior during execution.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getRestoreAdditionalCommandArgs() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecBackupBarmanObjectStoreData}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBackupBarmanObjectStoreData}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBackupBarmanObjectStoreData> {
        java.util.List<java.lang.String> additionalCommandArgs;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreDataCompression compression;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreDataEncryption encryption;
        java.lang.Boolean immediateCheckpoint;
        java.lang.Number jobs;
        java.util.List<java.lang.String> restoreAdditionalCommandArgs;

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreData#getAdditionalCommandArgs}
         * @param additionalCommandArgs AdditionalCommandArgs represents additional arguments that can be appended to the 'barman-cloud-backup' command-line invocation.
         *                              These arguments
         *                              provide flexibility to customize the backup process further according to
         *                              specific requirements or configurations.
         *                              <p>
         *                              Example:
         *                              In a scenario where specialized backup options are required, such as setting
         *                              a specific timeout or defining custom behavior, users can use this field
         *                              to specify additional command arguments.
         *                              <p>
         *                              Note:
         *                              It's essential to ensure that the provided arguments are valid and supported
         *                              by the 'barman-cloud-backup' command, to avoid potential errors or unintended
         *                              behavior during execution.
         * @return {@code this}
         */
        public Builder additionalCommandArgs(java.util.List<java.lang.String> additionalCommandArgs) {
            this.additionalCommandArgs = additionalCommandArgs;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreData#getCompression}
         * @param compression Compress a backup file (a tar file per tablespace) while streaming it to the object store.
         *                    Available options are empty string (no
         *                    compression, default), <code>gzip</code>, <code>bzip2</code>, <code>lz4</code>, and <code>snappy</code>.
         * @return {@code this}
         */
        public Builder compression(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreDataCompression compression) {
            this.compression = compression;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreData#getEncryption}
         * @param encryption Whenever to force the encryption of files (if the bucket is not already configured for that).
         *                   Allowed options are empty string (use the bucket policy, default),
         *                   <code>AES256</code> and <code>aws:kms</code>
         * @return {@code this}
         */
        public Builder encryption(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreDataEncryption encryption) {
            this.encryption = encryption;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreData#getImmediateCheckpoint}
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
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreData#getJobs}
         * @param jobs The number of parallel jobs to be used to upload the backup, defaults to 2.
         * @return {@code this}
         */
        public Builder jobs(java.lang.Number jobs) {
            this.jobs = jobs;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreData#getRestoreAdditionalCommandArgs}
         * @param restoreAdditionalCommandArgs Additional arguments that can be appended to the 'barman-cloud-restore' command-line invocation.
         *                                     These arguments provide flexibility to customize
         *                                     the data restore process further, according to specific requirements or
         *                                     configurations.
         *                                     <p>
         *                                     Example:
         *                                     In a scenario where specialized restore options are required, such as setting
         *                                     a specific read timeout or defining custom behavior, users can use this field
         *                                     to specify additional command arguments.
         *                                     <p>
         *                                     Note:
         *                                     It's essential to ensure that the provided arguments are valid and supported
         *                                     by the 'barman-cloud-restore' command, to avoid potential errors or unintended
         *                                     behavior during execution.
         * @return {@code this}
         */
        public Builder restoreAdditionalCommandArgs(java.util.List<java.lang.String> restoreAdditionalCommandArgs) {
            this.restoreAdditionalCommandArgs = restoreAdditionalCommandArgs;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBackupBarmanObjectStoreData}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBackupBarmanObjectStoreData build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBackupBarmanObjectStoreData}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBackupBarmanObjectStoreData {
        private final java.util.List<java.lang.String> additionalCommandArgs;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreDataCompression compression;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreDataEncryption encryption;
        private final java.lang.Boolean immediateCheckpoint;
        private final java.lang.Number jobs;
        private final java.util.List<java.lang.String> restoreAdditionalCommandArgs;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.additionalCommandArgs = software.amazon.jsii.Kernel.get(this, "additionalCommandArgs", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.compression = software.amazon.jsii.Kernel.get(this, "compression", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreDataCompression.class));
            this.encryption = software.amazon.jsii.Kernel.get(this, "encryption", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreDataEncryption.class));
            this.immediateCheckpoint = software.amazon.jsii.Kernel.get(this, "immediateCheckpoint", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.jobs = software.amazon.jsii.Kernel.get(this, "jobs", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.restoreAdditionalCommandArgs = software.amazon.jsii.Kernel.get(this, "restoreAdditionalCommandArgs", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.additionalCommandArgs = builder.additionalCommandArgs;
            this.compression = builder.compression;
            this.encryption = builder.encryption;
            this.immediateCheckpoint = builder.immediateCheckpoint;
            this.jobs = builder.jobs;
            this.restoreAdditionalCommandArgs = builder.restoreAdditionalCommandArgs;
        }

        @Override
        public final java.util.List<java.lang.String> getAdditionalCommandArgs() {
            return this.additionalCommandArgs;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreDataCompression getCompression() {
            return this.compression;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreDataEncryption getEncryption() {
            return this.encryption;
        }

        @Override
        public final java.lang.Boolean getImmediateCheckpoint() {
            return this.immediateCheckpoint;
        }

        @Override
        public final java.lang.Number getJobs() {
            return this.jobs;
        }

        @Override
        public final java.util.List<java.lang.String> getRestoreAdditionalCommandArgs() {
            return this.restoreAdditionalCommandArgs;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAdditionalCommandArgs() != null) {
                data.set("additionalCommandArgs", om.valueToTree(this.getAdditionalCommandArgs()));
            }
            if (this.getCompression() != null) {
                data.set("compression", om.valueToTree(this.getCompression()));
            }
            if (this.getEncryption() != null) {
                data.set("encryption", om.valueToTree(this.getEncryption()));
            }
            if (this.getImmediateCheckpoint() != null) {
                data.set("immediateCheckpoint", om.valueToTree(this.getImmediateCheckpoint()));
            }
            if (this.getJobs() != null) {
                data.set("jobs", om.valueToTree(this.getJobs()));
            }
            if (this.getRestoreAdditionalCommandArgs() != null) {
                data.set("restoreAdditionalCommandArgs", om.valueToTree(this.getRestoreAdditionalCommandArgs()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBackupBarmanObjectStoreData"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBackupBarmanObjectStoreData.Jsii$Proxy that = (ClusterSpecBackupBarmanObjectStoreData.Jsii$Proxy) o;

            if (this.additionalCommandArgs != null ? !this.additionalCommandArgs.equals(that.additionalCommandArgs) : that.additionalCommandArgs != null) return false;
            if (this.compression != null ? !this.compression.equals(that.compression) : that.compression != null) return false;
            if (this.encryption != null ? !this.encryption.equals(that.encryption) : that.encryption != null) return false;
            if (this.immediateCheckpoint != null ? !this.immediateCheckpoint.equals(that.immediateCheckpoint) : that.immediateCheckpoint != null) return false;
            if (this.jobs != null ? !this.jobs.equals(that.jobs) : that.jobs != null) return false;
            return this.restoreAdditionalCommandArgs != null ? this.restoreAdditionalCommandArgs.equals(that.restoreAdditionalCommandArgs) : that.restoreAdditionalCommandArgs == null;
        }

        @Override
        public final int hashCode() {
            int result = this.additionalCommandArgs != null ? this.additionalCommandArgs.hashCode() : 0;
            result = 31 * result + (this.compression != null ? this.compression.hashCode() : 0);
            result = 31 * result + (this.encryption != null ? this.encryption.hashCode() : 0);
            result = 31 * result + (this.immediateCheckpoint != null ? this.immediateCheckpoint.hashCode() : 0);
            result = 31 * result + (this.jobs != null ? this.jobs.hashCode() : 0);
            result = 31 * result + (this.restoreAdditionalCommandArgs != null ? this.restoreAdditionalCommandArgs.hashCode() : 0);
            return result;
        }
    }
}
