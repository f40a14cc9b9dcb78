package imports.cnpg.io.cnpg.postgresql;

/**
 * The configuration for the backup of the WAL stream.
 * <p>
 * When not defined, WAL files will be stored uncompressed and may be
 * unencrypted in the object store, according to the bucket default policy.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.512Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBackupBarmanObjectStoreWal")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBackupBarmanObjectStoreWal.Jsii$Proxy.class)
public interface ClusterSpecBackupBarmanObjectStoreWal extends software.amazon.jsii.JsiiSerializable {

    /**
     * Additional arguments that can be appended to the 'barman-cloud-wal-archive' command-line invocation.
     * <p>
     * These arguments provide flexibility to customize
     * the WAL archive process further, according to specific requirements or configurations.
     * <p>
     * Example:
     * In a scenario where specialized backup options are required, such as setting
     * a specific timeout or defining custom behavior, users can use this field
     * to specify additional command arguments.
     * <p>
     * Note:
     * It's essential to ensure that the provided arguments are valid and supported
     * by the 'barman-cloud-wal-archive' command, to avoid potential errors or unintended
     * behavior during execution.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getArchiveAdditionalCommandArgs() {
        return null;
    }

    /**
     * Compress a WAL file before sending it to the object store.
     * <p>
     * Available
     * options are empty string (no compression, default), <code>gzip</code>, <code>bzip2</code>,
     * <code>lz4</code>, <code>snappy</code>, <code>xz</code>, and <code>zstd</code>.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreWalCompression getCompression() {
        return null;
    }

    /**
     * Whenever to force the encryption of files (if the bucket is not already configured for that).
     * <p>
     * Allowed options are empty string (use the bucket policy, default),
     * <code>AES256</code> and <code>aws:kms</code>
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreWalEncryption getEncryption() {
        return null;
    }

    /**
     * Number of WAL files to be either archived in parallel (when the PostgreSQL instance is archiving to a backup object store) or restored in parallel (when a PostgreSQL standby is fetching WAL files from a recovery object store).
     * <p>
     * If not specified, WAL files
     * will be processed one at a time. It accepts a positive integer as a
     * value - with 1 being the minimum accepted value.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getMaxParallel() {
        return null;
    }

    /**
     * Additional arguments that can be appended to the 'barman-cloud-wal-restore' command-line invocation.
     * <p>
     * These arguments provide flexibility to customize
     * the WAL restore process further, according to specific requirements or configurations.
     * <p>
     * Example:
     * In a scenario where specialized backup options are required, such as setting
     * a specific timeout or defining custom behavior, users can use this field
     * to specify additional command arguments.
     * <p>
     * Note:
     * It's essential to ensure that the provided arguments are valid and supported
     * by the 'barman-cloud-wal-restore' command, to avoid potential errors or unintended
     * behavior during execution.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getRestoreAdditionalCommandArgs() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecBackupBarmanObjectStoreWal}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBackupBarmanObjectStoreWal}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBackupBarmanObjectStoreWal> {
        java.util.List<java.lang.String> archiveAdditionalCommandArgs;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreWalCompression compression;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreWalEncryption encryption;
        java.lang.Number maxParallel;
        java.util.List<java.lang.String> restoreAdditionalCommandArgs;

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreWal#getArchiveAdditionalCommandArgs}
         * @param archiveAdditionalCommandArgs Additional arguments that can be appended to the 'barman-cloud-wal-archive' command-line invocation.
         *                                     These arguments provide flexibility to customize
         *                                     the WAL archive process further, according to specific requirements or configurations.
         *                                     <p>
         *                                     Example:
         *                                     In a scenario where specialized backup options are required, such as setting
         *                                     a specific timeout or defining custom behavior, users can use this field
         *                                     to specify additional command arguments.
         *                                     <p>
         *                                     Note:
         *                                     It's essential to ensure that the provided arguments are valid and supported
         *                                     by the 'barman-cloud-wal-archive' command, to avoid potential errors or unintended
         *                                     behavior during execution.
         * @return {@code this}
         */
        public Builder archiveAdditionalCommandArgs(java.util.List<java.lang.String> archiveAdditionalCommandArgs) {
            this.archiveAdditionalCommandArgs = archiveAdditionalCommandArgs;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreWal#getCompression}
         * @param compression Compress a WAL file before sending it to the object store.
         *                    Available
         *                    options are empty string (no compression, default), <code>gzip</code>, <code>bzip2</code>,
         *                    <code>lz4</code>, <code>snappy</code>, <code>xz</code>, and <code>zstd</code>.
         * @return {@code this}
         */
        public Builder compression(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreWalCompression compression) {
            this.compression = compression;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreWal#getEncryption}
         * @param encryption Whenever to force the encryption of files (if the bucket is not already configured for that).
         *                   Allowed options are empty string (use the bucket policy, default),
         *                   <code>AES256</code> and <code>aws:kms</code>
         * @return {@code this}
         */
        public Builder encryption(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreWalEncryption encryption) {
            this.encryption = encryption;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreWal#getMaxParallel}
         * @param maxParallel Number of WAL files to be either archived in parallel (when the PostgreSQL instance is archiving to a backup object store) or restored in parallel (when a PostgreSQL standby is fetching WAL files from a recovery object store).
         *                    If not specified, WAL files
         *                    will be processed one at a time. It accepts a positive integer as a
         *                    value - with 1 being the minimum accepted value.
         * @return {@code this}
         */
        public Builder maxParallel(java.lang.Number maxParallel) {
            this.maxParallel = maxParallel;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreWal#getRestoreAdditionalCommandArgs}
         * @param restoreAdditionalCommandArgs Additional arguments that can be appended to the 'barman-cloud-wal-restore' command-line invocation.
         *                                     These arguments provide flexibility to customize
         *                                     the WAL restore process further, according to specific requirements or configurations.
         *                                     <p>
         *                                     Example:
         *                                     In a scenario where specialized backup options are required, such as setting
         *                                     a specific timeout or defining custom behavior, users can use this field
         *                                     to specify additional command arguments.
         *                                     <p>
         *                                     Note:
         *                                     It's essential to ensure that the provided arguments are valid and supported
         *                                     by the 'barman-cloud-wal-restore' command, to avoid potential errors or unintended
         *                                     behavior during execution.
         * @return {@code this}
         */
        public Builder restoreAdditionalCommandArgs(java.util.List<java.lang.String> restoreAdditionalCommandArgs) {
            this.restoreAdditionalCommandArgs = restoreAdditionalCommandArgs;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBackupBarmanObjectStoreWal}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBackupBarmanObjectStoreWal build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBackupBarmanObjectStoreWal}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBackupBarmanObjectStoreWal {
        private final java.util.List<java.lang.String> archiveAdditionalCommandArgs;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreWalCompression compression;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreWalEncryption encryption;
        private final java.lang.Number maxParallel;
        private final java.util.List<java.lang.String> restoreAdditionalCommandArgs;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.archiveAdditionalCommandArgs = software.amazon.jsii.Kernel.get(this, "archiveAdditionalCommandArgs", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.compression = software.amazon.jsii.Kernel.get(this, "compression", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreWalCompression.class));
            this.encryption = software.amazon.jsii.Kernel.get(this, "encryption", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreWalEncryption.class));
            this.maxParallel = software.amazon.jsii.Kernel.get(this, "maxParallel", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.restoreAdditionalCommandArgs = software.amazon.jsii.Kernel.get(this, "restoreAdditionalCommandArgs", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.archiveAdditionalCommandArgs = builder.archiveAdditionalCommandArgs;
            this.compression = builder.compression;
            this.encryption = builder.encryption;
            this.maxParallel = builder.maxParallel;
            this.restoreAdditionalCommandArgs = builder.restoreAdditionalCommandArgs;
        }

        @Override
        public final java.util.List<java.lang.String> getArchiveAdditionalCommandArgs() {
            return this.archiveAdditionalCommandArgs;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreWalCompression getCompression() {
            return this.compression;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreWalEncryption getEncryption() {
            return this.encryption;
        }

        @Override
        public final java.lang.Number getMaxParallel() {
            return this.maxParallel;
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

            if (this.getArchiveAdditionalCommandArgs() != null) {
                data.set("archiveAdditionalCommandArgs", om.valueToTree(this.getArchiveAdditionalCommandArgs()));
            }
            if (this.getCompression() != null) {
                data.set("compression", om.valueToTree(this.getCompression()));
            }
            if (this.getEncryption() != null) {
                data.set("encryption", om.valueToTree(this.getEncryption()));
            }
            if (this.getMaxParallel() != null) {
                data.set("maxParallel", om.valueToTree(this.getMaxParallel()));
            }
            if (this.getRestoreAdditionalCommandArgs() != null) {
                data.set("restoreAdditionalCommandArgs", om.valueToTree(this.getRestoreAdditionalCommandArgs()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBackupBarmanObjectStoreWal"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBackupBarmanObjectStoreWal.Jsii$Proxy that = (ClusterSpecBackupBarmanObjectStoreWal.Jsii$Proxy) o;

            if (this.archiveAdditionalCommandArgs != null ? !this.archiveAdditionalCommandArgs.equals(that.archiveAdditionalCommandArgs) : that.archiveAdditionalCommandArgs != null) return false;
            if (this.compression != null ? !this.compression.equals(that.compression) : that.compression != null) return false;
            if (this.encryption != null ? !this.encryption.equals(that.encryption) : that.encryption != null) return false;
            if (this.maxParallel != null ? !this.maxParallel.equals(that.maxParallel) : that.maxParallel != null) return false;
            return this.restoreAdditionalCommandArgs != null ? this.restoreAdditionalCommandArgs.equals(that.restoreAdditionalCommandArgs) : that.restoreAdditionalCommandArgs == null;
        }

        @Override
        public final int hashCode() {
            int result = this.archiveAdditionalCommandArgs != null ? this.archiveAdditionalCommandArgs.hashCode() : 0;
            result = 31 * result + (this.compression != null ? this.compression.hashCode() : 0);
            result = 31 * result + (this.encryption != null ? this.encryption.hashCode() : 0);
            result = 31 * result + (this.maxParallel != null ? this.maxParallel.hashCode() : 0);
            result = 31 * result + (this.restoreAdditionalCommandArgs != null ? this.restoreAdditionalCommandArgs.hashCode() : 0);
            return result;
        }
    }
}
