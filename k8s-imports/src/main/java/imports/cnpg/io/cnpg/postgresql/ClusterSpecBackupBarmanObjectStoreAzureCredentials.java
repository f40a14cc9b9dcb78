package imports.cnpg.io.cnpg.postgresql;

/**
 * The credentials to use to upload data to Azure Blob Storage.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.504Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentials")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBackupBarmanObjectStoreAzureCredentials.Jsii$Proxy.class)
public interface ClusterSpecBackupBarmanObjectStoreAzureCredentials extends software.amazon.jsii.JsiiSerializable {

    /**
     * The connection string to be used.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsConnectionString getConnectionString() {
        return null;
    }

    /**
     * Use the Azure AD based authentication without providing explicitly the keys.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getInheritFromAzureAd() {
        return null;
    }

    /**
     * The storage account where to upload data.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageAccount getStorageAccount() {
        return null;
    }

    /**
     * The storage account key to be used in conjunction with the storage account name.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageKey getStorageKey() {
        return null;
    }

    /**
     * A shared-access-signature to be used in conjunction with the storage account name.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageSasToken getStorageSasToken() {
        return null;
    }

    /**
     * Use the default Azure authentication flow, which includes DefaultAzureCredential.
     * <p>
     * This allows authentication using environment variables and managed identities.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getUseDefaultAzureCredentials() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecBackupBarmanObjectStoreAzureCredentials}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBackupBarmanObjectStoreAzureCredentials}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBackupBarmanObjectStoreAzureCredentials> {
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsConnectionString connectionString;
        java.lang.Boolean inheritFromAzureAd;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageAccount storageAccount;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageKey storageKey;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageSasToken storageSasToken;
        java.lang.Boolean useDefaultAzureCredentials;

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreAzureCredentials#getConnectionString}
         * @param connectionString The connection string to be used.
         * @return {@code this}
         */
        public Builder connectionString(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsConnectionString connectionString) {
            this.connectionString = connectionString;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreAzureCredentials#getInheritFromAzureAd}
         * @param inheritFromAzureAd Use the Azure AD based authentication without providing explicitly the keys.
         * @return {@code this}
         */
        public Builder inheritFromAzureAd(java.lang.Boolean inheritFromAzureAd) {
            this.inheritFromAzureAd = inheritFromAzureAd;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreAzureCredentials#getStorageAccount}
         * @param storageAccount The storage account where to upload data.
         * @return {@code this}
         */
        public Builder storageAccount(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageAccount storageAccount) {
            this.storageAccount = storageAccount;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreAzureCredentials#getStorageKey}
         * @param storageKey The storage account key to be used in conjunction with the storage account name.
         * @return {@code this}
         */
        public Builder storageKey(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageKey storageKey) {
            this.storageKey = storageKey;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreAzureCredentials#getStorageSasToken}
         * @param storageSasToken A shared-access-signature to be used in conjunction with the storage account name.
         * @return {@code this}
         */
        public Builder storageSasToken(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageSasToken storageSasToken) {
            this.storageSasToken = storageSasToken;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreAzureCredentials#getUseDefaultAzureCredentials}
         * @param useDefaultAzureCredentials Use the default Azure authentication flow, which includes DefaultAzureCredential.
         *                                   This allows authentication using environment variables and managed identities.
         * @return {@code this}
         */
        public Builder useDefaultAzureCredentials(java.lang.Boolean useDefaultAzureCredentials) {
            this.useDefaultAzureCredentials = useDefaultAzureCredentials;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBackupBarmanObjectStoreAzureCredentials}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBackupBarmanObjectStoreAzureCredentials build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBackupBarmanObjectStoreAzureCredentials}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBackupBarmanObjectStoreAzureCredentials {
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsConnectionString connectionString;
        private final java.lang.Boolean inheritFromAzureAd;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageAccount storageAccount;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageKey storageKey;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageSasToken storageSasToken;
        private final java.lang.Boolean useDefaultAzureCredentials;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.connectionString = software.amazon.jsii.Kernel.get(this, "connectionString", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsConnectionString.class));
            this.inheritFromAzureAd = software.amazon.jsii.Kernel.get(this, "inheritFromAzureAd", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.storageAccount = software.amazon.jsii.Kernel.get(this, "storageAccount", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageAccount.class));
            this.storageKey = software.amazon.jsii.Kernel.get(this, "storageKey", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageKey.class));
            this.storageSasToken = software.amazon.jsii.Kernel.get(this, "storageSasToken", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageSasToken.class));
            this.useDefaultAzureCredentials = software.amazon.jsii.Kernel.get(this, "useDefaultAzureCredentials", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.connectionString = builder.connectionString;
            this.inheritFromAzureAd = builder.inheritFromAzureAd;
            this.storageAccount = builder.storageAccount;
            this.storageKey = builder.storageKey;
            this.storageSasToken = builder.storageSasToken;
            this.useDefaultAzureCredentials = builder.useDefaultAzureCredentials;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsConnectionString getConnectionString() {
            return this.connectionString;
        }

        @Override
        public final java.lang.Boolean getInheritFromAzureAd() {
            return this.inheritFromAzureAd;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageAccount getStorageAccount() {
            return this.storageAccount;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageKey getStorageKey() {
            return this.storageKey;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentialsStorageSasToken getStorageSasToken() {
            return this.storageSasToken;
        }

        @Override
        public final java.lang.Boolean getUseDefaultAzureCredentials() {
            return this.useDefaultAzureCredentials;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getConnectionString() != null) {
                data.set("connectionString", om.valueToTree(this.getConnectionString()));
            }
            if (this.getInheritFromAzureAd() != null) {
                data.set("inheritFromAzureAd", om.valueToTree(this.getInheritFromAzureAd()));
            }
            if (this.getStorageAccount() != null) {
                data.set("storageAccount", om.valueToTree(this.getStorageAccount()));
            }
            if (this.getStorageKey() != null) {
                data.set("storageKey", om.valueToTree(this.getStorageKey()));
            }
            if (this.getStorageSasToken() != null) {
                data.set("storageSasToken", om.valueToTree(this.getStorageSasToken()));
            }
            if (this.getUseDefaultAzureCredentials() != null) {
                data.set("useDefaultAzureCredentials", om.valueToTree(this.getUseDefaultAzureCredentials()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBackupBarmanObjectStoreAzureCredentials"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBackupBarmanObjectStoreAzureCredentials.Jsii$Proxy that = (ClusterSpecBackupBarmanObjectStoreAzureCredentials.Jsii$Proxy) o;

            if (this.connectionString != null ? !this.connectionString.equals(that.connectionString) : that.connectionString != null) return false;
            if (this.inheritFromAzureAd != null ? !this.inheritFromAzureAd.equals(that.inheritFromAzureAd) : that.inheritFromAzureAd != null) return false;
            if (this.storageAccount != null ? !this.storageAccount.equals(that.storageAccount) : that.storageAccount != null) return false;
            if (this.storageKey != null ? !this.storageKey.equals(that.storageKey) : that.storageKey != null) return false;
            if (this.storageSasToken != null ? !this.storageSasToken.equals(that.storageSasToken) : that.storageSasToken != null) return false;
            return this.useDefaultAzureCredentials != null ? this.useDefaultAzureCredentials.equals(that.useDefaultAzureCredentials) : that.useDefaultAzureCredentials == null;
        }

        @Override
        public final int hashCode() {
            int result = this.connectionString != null ? this.connectionString.hashCode() : 0;
            result = 31 * result + (this.inheritFromAzureAd != null ? this.inheritFromAzureAd.hashCode() : 0);
            result = 31 * result + (this.storageAccount != null ? this.storageAccount.hashCode() : 0);
            result = 31 * result + (this.storageKey != null ? this.storageKey.hashCode() : 0);
            result = 31 * result + (this.storageSasToken != null ? this.storageSasToken.hashCode() : 0);
            result = 31 * result + (this.useDefaultAzureCredentials != null ? this.useDefaultAzureCredentials.hashCode() : 0);
            return result;
        }
    }
}
