package imports.cnpg.io.cnpg.postgresql;

/**
 * The credentials to use to upload data to Google Cloud Storage.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.510Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBackupBarmanObjectStoreGoogleCredentials")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBackupBarmanObjectStoreGoogleCredentials.Jsii$Proxy.class)
public interface ClusterSpecBackupBarmanObjectStoreGoogleCredentials extends software.amazon.jsii.JsiiSerializable {

    /**
     * The secret containing the Google Cloud Storage JSON file with the credentials.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreGoogleCredentialsApplicationCredentials getApplicationCredentials() {
        return null;
    }

    /**
     * If set to true, will presume that it's running inside a GKE environment, default to false.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getGkeEnvironment() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecBackupBarmanObjectStoreGoogleCredentials}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBackupBarmanObjectStoreGoogleCredentials}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBackupBarmanObjectStoreGoogleCredentials> {
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreGoogleCredentialsApplicationCredentials applicationCredentials;
        java.lang.Boolean gkeEnvironment;

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreGoogleCredentials#getApplicationCredentials}
         * @param applicationCredentials The secret containing the Google Cloud Storage JSON file with the credentials.
         * @return {@code this}
         */
        public Builder applicationCredentials(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreGoogleCredentialsApplicationCredentials applicationCredentials) {
            this.applicationCredentials = applicationCredentials;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupBarmanObjectStoreGoogleCredentials#getGkeEnvironment}
         * @param gkeEnvironment If set to true, will presume that it's running inside a GKE environment, default to false.
         * @return {@code this}
         */
        public Builder gkeEnvironment(java.lang.Boolean gkeEnvironment) {
            this.gkeEnvironment = gkeEnvironment;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBackupBarmanObjectStoreGoogleCredentials}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBackupBarmanObjectStoreGoogleCredentials build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBackupBarmanObjectStoreGoogleCredentials}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBackupBarmanObjectStoreGoogleCredentials {
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreGoogleCredentialsApplicationCredentials applicationCredentials;
        private final java.lang.Boolean gkeEnvironment;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.applicationCredentials = software.amazon.jsii.Kernel.get(this, "applicationCredentials", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreGoogleCredentialsApplicationCredentials.class));
            this.gkeEnvironment = software.amazon.jsii.Kernel.get(this, "gkeEnvironment", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.applicationCredentials = builder.applicationCredentials;
            this.gkeEnvironment = builder.gkeEnvironment;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreGoogleCredentialsApplicationCredentials getApplicationCredentials() {
            return this.applicationCredentials;
        }

        @Override
        public final java.lang.Boolean getGkeEnvironment() {
            return this.gkeEnvironment;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getApplicationCredentials() != null) {
                data.set("applicationCredentials", om.valueToTree(this.getApplicationCredentials()));
            }
            if (this.getGkeEnvironment() != null) {
                data.set("gkeEnvironment", om.valueToTree(this.getGkeEnvironment()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBackupBarmanObjectStoreGoogleCredentials"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBackupBarmanObjectStoreGoogleCredentials.Jsii$Proxy that = (ClusterSpecBackupBarmanObjectStoreGoogleCredentials.Jsii$Proxy) o;

            if (this.applicationCredentials != null ? !this.applicationCredentials.equals(that.applicationCredentials) : that.applicationCredentials != null) return false;
            return this.gkeEnvironment != null ? this.gkeEnvironment.equals(that.gkeEnvironment) : that.gkeEnvironment == null;
        }

        @Override
        public final int hashCode() {
            int result = this.applicationCredentials != null ? this.applicationCredentials.hashCode() : 0;
            result = 31 * result + (this.gkeEnvironment != null ? this.gkeEnvironment.hashCode() : 0);
            return result;
        }
    }
}
