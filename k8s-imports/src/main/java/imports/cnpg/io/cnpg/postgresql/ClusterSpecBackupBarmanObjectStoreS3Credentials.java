package imports.cnpg.io.cnpg.postgresql;

/**
 * The credentials to use to upload data to S3.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.511Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBackupBarmanObjectStoreS3Credentials")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBackupBarmanObjectStoreS3Credentials.Jsii$Proxy.class)
public interface ClusterSpecBackupBarmanObjectStoreS3Credentials extends software.amazon.jsii.JsiiSerializable {

    /**
     * The reference to the access key id.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsAccessKeyId getAccessKeyId() {
        return null;
    }

    /**
     * Use the role based authentication without providing explicitly the keys.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getInheritFromIamRole() {
        return null;
    }

    /**
     * The reference to the secret containing the region name.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsRegion getRegion() {
        return null;
    }

    /**
     * The reference to the secret access key.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsSecretAccessKey getSecretAccessKey() {
        return null;
    }

    /**
     * The references to the session key.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsSessionToken getSessionToken() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecBackupBarmanObjectStoreS3Credentials}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBackupBarmanObjectStoreS3Credentials}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBackupBarmanObjectStoreS3Credentials> {
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsAccessKeyId accessKeyId;
        java.lang.Boolean inheritFromIamRole;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsRegion region;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsSecretAccessKey secretAccessKey;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsSessionToken sessionToken;

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreS3Credentials#getAccessKeyId}
         * @param accessKeyId The reference to the access key id.
         * @return {@code this}
         */
        public Builder accessKeyId(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsAccessKeyId accessKeyId) {
            this.accessKeyId = accessKeyId;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreS3Credentials#getInheritFromIamRole}
         * @param inheritFromIamRole Use the role based authentication without providing explicitly the keys.
         * @return {@code this}
         */
        public Builder inheritFromIamRole(java.lang.Boolean inheritFromIamRole) {
            this.inheritFromIamRole = inheritFromIamRole;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreS3Credentials#getRegion}
         * @param region The reference to the secret containing the region name.
         * @return {@code this}
         */
        public Builder region(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsRegion region) {
            this.region = region;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreS3Credentials#getSecretAccessKey}
         * @param secretAccessKey The reference to the secret access key.
         * @return {@code this}
         */
        public Builder secretAccessKey(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsSecretAccessKey secretAccessKey) {
            this.secretAccessKey = secretAccessKey;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreS3Credentials#getSessionToken}
         * @param sessionToken The references to the session key.
         * @return {@code this}
         */
        public Builder sessionToken(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsSessionToken sessionToken) {
            this.sessionToken = sessionToken;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBackupBarmanObjectStoreS3Credentials}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBackupBarmanObjectStoreS3Credentials build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBackupBarmanObjectStoreS3Credentials}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBackupBarmanObjectStoreS3Credentials {
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsAccessKeyId accessKeyId;
        private final java.lang.Boolean inheritFromIamRole;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsRegion region;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsSecretAccessKey secretAccessKey;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsSessionToken sessionToken;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.accessKeyId = software.amazon.jsii.Kernel.get(this, "accessKeyId", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsAccessKeyId.class));
            this.inheritFromIamRole = software.amazon.jsii.Kernel.get(this, "inheritFromIamRole", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.region = software.amazon.jsii.Kernel.get(this, "region", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsRegion.class));
            this.secretAccessKey = software.amazon.jsii.Kernel.get(this, "secretAccessKey", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsSecretAccessKey.class));
            this.sessionToken = software.amazon.jsii.Kernel.get(this, "sessionToken", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsSessionToken.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.accessKeyId = builder.accessKeyId;
            this.inheritFromIamRole = builder.inheritFromIamRole;
            this.region = builder.region;
            this.secretAccessKey = builder.secretAccessKey;
            this.sessionToken = builder.sessionToken;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsAccessKeyId getAccessKeyId() {
            return this.accessKeyId;
        }

        @Override
        public final java.lang.Boolean getInheritFromIamRole() {
            return this.inheritFromIamRole;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsRegion getRegion() {
            return this.region;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsSecretAccessKey getSecretAccessKey() {
            return this.secretAccessKey;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsSessionToken getSessionToken() {
            return this.sessionToken;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAccessKeyId() != null) {
                data.set("accessKeyId", om.valueToTree(this.getAccessKeyId()));
            }
            if (this.getInheritFromIamRole() != null) {
                data.set("inheritFromIamRole", om.valueToTree(this.getInheritFromIamRole()));
            }
            if (this.getRegion() != null) {
                data.set("region", om.valueToTree(this.getRegion()));
            }
            if (this.getSecretAccessKey() != null) {
                data.set("secretAccessKey", om.valueToTree(this.getSecretAccessKey()));
            }
            if (this.getSessionToken() != null) {
                data.set("sessionToken", om.valueToTree(this.getSessionToken()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBackupBarmanObjectStoreS3Credentials"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBackupBarmanObjectStoreS3Credentials.Jsii$Proxy that = (ClusterSpecBackupBarmanObjectStoreS3Credentials.Jsii$Proxy) o;

            if (this.accessKeyId != null ? !this.accessKeyId.equals(that.accessKeyId) : that.accessKeyId != null) return false;
            if (this.inheritFromIamRole != null ? !this.inheritFromIamRole.equals(that.inheritFromIamRole) : that.inheritFromIamRole != null) return false;
            if (this.region != null ? !this.region.equals(that.region) : that.region != null) return false;
            if (this.secretAccessKey != null ? !this.secretAccessKey.equals(that.secretAccessKey) : that.secretAccessKey != null) return false;
            return this.sessionToken != null ? this.sessionToken.equals(that.sessionToken) : that.sessionToken == null;
        }

        @Override
        public final int hashCode() {
            int result = this.accessKeyId != null ? this.accessKeyId.hashCode() : 0;
            result = 31 * result + (this.inheritFromIamRole != null ? this.inheritFromIamRole.hashCode() : 0);
            result = 31 * result + (this.region != null ? this.region.hashCode() : 0);
            result = 31 * result + (this.secretAccessKey != null ? this.secretAccessKey.hashCode() : 0);
            result = 31 * result + (this.sessionToken != null ? this.sessionToken.hashCode() : 0);
            return result;
        }
    }
}
