package imports.cnpg.io.cnpg.postgresql;

/**
 * The configuration for the barman-cloud tool suite.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.622Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecExternalClustersBarmanObjectStore")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecExternalClustersBarmanObjectStore.Jsii$Proxy.class)
public interface ClusterSpecExternalClustersBarmanObjectStore extends software.amazon.jsii.JsiiSerializable {

    /**
     * The path where to store the backup (i.e. s3://bucket/path/to/folder) this path, with different destination folders, will be used for WALs and for data.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getDestinationPath();

    /**
     * The credentials to use to upload data to Azure Blob Storage.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreAzureCredentials getAzureCredentials() {
        return null;
    }

    /**
     * The configuration to be used to backup the data files When not defined, base backups files will be stored uncompressed and may be unencrypted in the object store, according to the bucket default policy.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreData getData() {
        return null;
    }

    /**
     * EndpointCA store the CA bundle of the barman endpoint.
     * <p>
     * Useful when using self-signed certificates to avoid
     * errors with certificate issuer and barman-cloud-wal-archive
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreEndpointCa getEndpointCa() {
        return null;
    }

    /**
     * Endpoint to be used to upload data to the cloud, overriding the automatic endpoint discovery.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getEndpointUrl() {
        return null;
    }

    /**
     * The credentials to use to upload data to Google Cloud Storage.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentials getGoogleCredentials() {
        return null;
    }

    /**
     * HistoryTags is a list of key value pairs that will be passed to the Barman --history-tags option.
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getHistoryTags() {
        return null;
    }

    /**
     * The credentials to use to upload data to S3.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreS3Credentials getS3Credentials() {
        return null;
    }

    /**
     * The server name on S3, the cluster name is used if this parameter is omitted.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getServerName() {
        return null;
    }

    /**
     * Tags is a list of key value pairs that will be passed to the Barman --tags option.
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getTags() {
        return null;
    }

    /**
     * The configuration for the backup of the WAL stream.
     * <p>
     * When not defined, WAL files will be stored uncompressed and may be
     * unencrypted in the object store, according to the bucket default policy.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreWal getWal() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecExternalClustersBarmanObjectStore}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecExternalClustersBarmanObjectStore}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecExternalClustersBarmanObjectStore> {
        java.lang.String destinationPath;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreAzureCredentials azureCredentials;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreData data;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreEndpointCa endpointCa;
        java.lang.String endpointUrl;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentials googleCredentials;
        java.util.Map<java.lang.String, java.lang.String> historyTags;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreS3Credentials s3Credentials;
        java.lang.String serverName;
        java.util.Map<java.lang.String, java.lang.String> tags;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreWal wal;

        /**
         * Sets the value of {@link ClusterSpecExternalClustersBarmanObjectStore#getDestinationPath}
         * @param destinationPath The path where to store the backup (i.e. s3://bucket/path/to/folder) this path, with different destination folders, will be used for WALs and for data. This parameter is required.
         * @return {@code this}
         */
        public Builder destinationPath(java.lang.String destinationPath) {
            this.destinationPath = destinationPath;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecExternalClustersBarmanObjectStore#getAzureCredentials}
         * @param azureCredentials The credentials to use to upload data to Azure Blob Storage.
         * @return {@code this}
         */
        public Builder azureCredentials(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreAzureCredentials azureCredentials) {
            this.azureCredentials = azureCredentials;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecExternalClustersBarmanObjectStore#getData}
         * @param data The configuration to be used to backup the data files When not defined, base backups files will be stored uncompressed and may be unencrypted in the object store, according to the bucket default policy.
         * @return {@code this}
         */
        public Builder data(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreData data) {
            this.data = data;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecExternalClustersBarmanObjectStore#getEndpointCa}
         * @param endpointCa EndpointCA store the CA bundle of the barman endpoint.
         *                   Useful when using self-signed certificates to avoid
         *                   errors with certificate issuer and barman-cloud-wal-archive
         * @return {@code this}
         */
        public Builder endpointCa(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreEndpointCa endpointCa) {
            this.endpointCa = endpointCa;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecExternalClustersBarmanObjectStore#getEndpointUrl}
         * @param endpointUrl Endpoint to be used to upload data to the cloud, overriding the automatic endpoint discovery.
         * @return {@code this}
         */
        public Builder endpointUrl(java.lang.String endpointUrl) {
            this.endpointUrl = endpointUrl;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecExternalClustersBarmanObjectStore#getGoogleCredentials}
         * @param googleCredentials The credentials to use to upload data to Google Cloud Storage.
         * @return {@code this}
         */
        public Builder googleCredentials(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentials googleCredentials) {
            this.googleCredentials = googleCredentials;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecExternalClustersBarmanObjectStore#getHistoryTags}
         * @param historyTags HistoryTags is a list of key value pairs that will be passed to the Barman --history-tags option.
         * @return {@code this}
         */
        public Builder historyTags(java.util.Map<java.lang.String, java.lang.String> historyTags) {
            this.historyTags = historyTags;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecExternalClustersBarmanObjectStore#getS3Credentials}
         * @param s3Credentials The credentials to use to upload data to S3.
         * @return {@code this}
         */
        public Builder s3Credentials(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreS3Credentials s3Credentials) {
            this.s3Credentials = s3Credentials;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecExternalClustersBarmanObjectStore#getServerName}
         * @param serverName The server name on S3, the cluster name is used if this parameter is omitted.
         * @return {@code this}
         */
        public Builder serverName(java.lang.String serverName) {
            this.serverName = serverName;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecExternalClustersBarmanObjectStore#getTags}
         * @param tags Tags is a list of key value pairs that will be passed to the Barman --tags option.
         * @return {@code this}
         */
        public Builder tags(java.util.Map<java.lang.String, java.lang.String> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecExternalClustersBarmanObjectStore#getWal}
         * @param wal The configuration for the backup of the WAL stream.
         *            When not defined, WAL files will be stored uncompressed and may be
         *            unencrypted in the object store, according to the bucket default policy.
         * @return {@code this}
         */
        public Builder wal(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreWal wal) {
            this.wal = wal;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecExternalClustersBarmanObjectStore}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecExternalClustersBarmanObjectStore build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecExternalClustersBarmanObjectStore}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecExternalClustersBarmanObjectStore {
        private final java.lang.String destinationPath;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreAzureCredentials azureCredentials;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreData data;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreEndpointCa endpointCa;
        private final java.lang.String endpointUrl;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentials googleCredentials;
        private final java.util.Map<java.lang.String, java.lang.String> historyTags;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreS3Credentials s3Credentials;
        private final java.lang.String serverName;
        private final java.util.Map<java.lang.String, java.lang.String> tags;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreWal wal;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.destinationPath = software.amazon.jsii.Kernel.get(this, "destinationPath", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.azureCredentials = software.amazon.jsii.Kernel.get(this, "azureCredentials", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreAzureCredentials.class));
            this.data = software.amazon.jsii.Kernel.get(this, "data", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreData.class));
            this.endpointCa = software.amazon.jsii.Kernel.get(this, "endpointCa", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreEndpointCa.class));
            this.endpointUrl = software.amazon.jsii.Kernel.get(this, "endpointUrl", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.googleCredentials = software.amazon.jsii.Kernel.get(this, "googleCredentials", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentials.class));
            this.historyTags = software.amazon.jsii.Kernel.get(this, "historyTags", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.s3Credentials = software.amazon.jsii.Kernel.get(this, "s3Credentials", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreS3Credentials.class));
            this.serverName = software.amazon.jsii.Kernel.get(this, "serverName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.tags = software.amazon.jsii.Kernel.get(this, "tags", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.wal = software.amazon.jsii.Kernel.get(this, "wal", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreWal.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.destinationPath = java.util.Objects.requireNonNull(builder.destinationPath, "destinationPath is required");
            this.azureCredentials = builder.azureCredentials;
            this.data = builder.data;
            this.endpointCa = builder.endpointCa;
            this.endpointUrl = builder.endpointUrl;
            this.googleCredentials = builder.googleCredentials;
            this.historyTags = builder.historyTags;
            this.s3Credentials = builder.s3Credentials;
            this.serverName = builder.serverName;
            this.tags = builder.tags;
            this.wal = builder.wal;
        }

        @Override
        public final java.lang.String getDestinationPath() {
            return this.destinationPath;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreAzureCredentials getAzureCredentials() {
            return this.azureCredentials;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreData getData() {
            return this.data;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreEndpointCa getEndpointCa() {
            return this.endpointCa;
        }

        @Override
        public final java.lang.String getEndpointUrl() {
            return this.endpointUrl;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreGoogleCredentials getGoogleCredentials() {
            return this.googleCredentials;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getHistoryTags() {
            return this.historyTags;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreS3Credentials getS3Credentials() {
            return this.s3Credentials;
        }

        @Override
        public final java.lang.String getServerName() {
            return this.serverName;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getTags() {
            return this.tags;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStoreWal getWal() {
            return this.wal;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("destinationPath", om.valueToTree(this.getDestinationPath()));
            if (this.getAzureCredentials() != null) {
                data.set("azureCredentials", om.valueToTree(this.getAzureCredentials()));
            }
            if (this.getData() != null) {
                data.set("data", om.valueToTree(this.getData()));
            }
            if (this.getEndpointCa() != null) {
                data.set("endpointCa", om.valueToTree(this.getEndpointCa()));
            }
            if (this.getEndpointUrl() != null) {
                data.set("endpointUrl", om.valueToTree(this.getEndpointUrl()));
            }
            if (this.getGoogleCredentials() != null) {
                data.set("googleCredentials", om.valueToTree(this.getGoogleCredentials()));
            }
            if (this.getHistoryTags() != null) {
                data.set("historyTags", om.valueToTree(this.getHistoryTags()));
            }
            if (this.getS3Credentials() != null) {
                data.set("s3Credentials", om.valueToTree(this.getS3Credentials()));
            }
            if (this.getServerName() != null) {
                data.set("serverName", om.valueToTree(this.getServerName()));
            }
            if (this.getTags() != null) {
                data.set("tags", om.valueToTree(this.getTags()));
            }
            if (this.getWal() != null) {
                data.set("wal", om.valueToTree(this.getWal()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecExternalClustersBarmanObjectStore"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecExternalClustersBarmanObjectStore.Jsii$Proxy that = (ClusterSpecExternalClustersBarmanObjectStore.Jsii$Proxy) o;

            if (!destinationPath.equals(that.destinationPath)) return false;
            if (this.azureCredentials != null ? !this.azureCredentials.equals(that.azureCredentials) : that.azureCredentials != null) return false;
            if (this.data != null ? !this.data.equals(that.data) : that.data != null) return false;
            if (this.endpointCa != null ? !this.endpointCa.equals(that.endpointCa) : that.endpointCa != null) return false;
            if (this.endpointUrl != null ? !this.endpointUrl.equals(that.endpointUrl) : that.endpointUrl != null) return false;
            if (this.googleCredentials != null ? !this.googleCredentials.equals(that.googleCredentials) : that.googleCredentials != null) return false;
            if (this.historyTags != null ? !this.historyTags.equals(that.historyTags) : that.historyTags != null) return false;
            if (this.s3Credentials != null ? !this.s3Credentials.equals(that.s3Credentials) : that.s3Credentials != null) return false;
            if (this.serverName != null ? !this.serverName.equals(that.serverName) : that.serverName != null) return false;
            if (this.tags != null ? !this.tags.equals(that.tags) : that.tags != null) return false;
            return this.wal != null ? this.wal.equals(that.wal) : that.wal == null;
        }

        @Override
        public final int hashCode() {
            int result = this.destinationPath.hashCode();
            result = 31 * result + (this.azureCredentials != null ? this.azureCredentials.hashCode() : 0);
            result = 31 * result + (this.data != null ? this.data.hashCode() : 0);
            result = 31 * result + (this.endpointCa != null ? this.endpointCa.hashCode() : 0);
            result = 31 * result + (this.endpointUrl != null ? this.endpointUrl.hashCode() : 0);
            result = 31 * result + (this.googleCredentials != null ? this.googleCredentials.hashCode() : 0);
            result = 31 * result + (this.historyTags != null ? this.historyTags.hashCode() : 0);
            result = 31 * result + (this.s3Credentials != null ? this.s3Credentials.hashCode() : 0);
            result = 31 * result + (this.serverName != null ? this.serverName.hashCode() : 0);
            result = 31 * result + (this.tags != null ? this.tags.hashCode() : 0);
            result = 31 * result + (this.wal != null ? this.wal.hashCode() : 0);
            return result;
        }
    }
}
