package imports.keda.sh.keda;

/**
 * AzureKeyVault is used to authenticate using Azure Key Vault.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.870Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecAzureKeyVault")
@software.amazon.jsii.Jsii.Proxy(TriggerAuthenticationSpecAzureKeyVault.Jsii$Proxy.class)
public interface TriggerAuthenticationSpecAzureKeyVault extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultSecrets> getSecrets();

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getVaultUri();

    /**
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCloud getCloud() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCredentials getCredentials() {
        return null;
    }

    /**
     * AuthPodIdentity allows users to select the platform native identity mechanism.
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultPodIdentity getPodIdentity() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link TriggerAuthenticationSpecAzureKeyVault}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link TriggerAuthenticationSpecAzureKeyVault}
     */
    public static final class Builder implements software.amazon.jsii.Builder<TriggerAuthenticationSpecAzureKeyVault> {
        java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultSecrets> secrets;
        java.lang.String vaultUri;
        imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCloud cloud;
        imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCredentials credentials;
        imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultPodIdentity podIdentity;

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAzureKeyVault#getSecrets}
         * @param secrets the value to be set. This parameter is required.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder secrets(java.util.List<? extends imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultSecrets> secrets) {
            this.secrets = (java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultSecrets>)secrets;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAzureKeyVault#getVaultUri}
         * @param vaultUri the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder vaultUri(java.lang.String vaultUri) {
            this.vaultUri = vaultUri;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAzureKeyVault#getCloud}
         * @param cloud the value to be set.
         * @return {@code this}
         */
        public Builder cloud(imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCloud cloud) {
            this.cloud = cloud;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAzureKeyVault#getCredentials}
         * @param credentials the value to be set.
         * @return {@code this}
         */
        public Builder credentials(imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAzureKeyVault#getPodIdentity}
         * @param podIdentity AuthPodIdentity allows users to select the platform native identity mechanism.
         * @return {@code this}
         */
        public Builder podIdentity(imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultPodIdentity podIdentity) {
            this.podIdentity = podIdentity;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link TriggerAuthenticationSpecAzureKeyVault}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public TriggerAuthenticationSpecAzureKeyVault build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link TriggerAuthenticationSpecAzureKeyVault}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements TriggerAuthenticationSpecAzureKeyVault {
        private final java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultSecrets> secrets;
        private final java.lang.String vaultUri;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCloud cloud;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCredentials credentials;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultPodIdentity podIdentity;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.secrets = software.amazon.jsii.Kernel.get(this, "secrets", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultSecrets.class)));
            this.vaultUri = software.amazon.jsii.Kernel.get(this, "vaultUri", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.cloud = software.amazon.jsii.Kernel.get(this, "cloud", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCloud.class));
            this.credentials = software.amazon.jsii.Kernel.get(this, "credentials", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCredentials.class));
            this.podIdentity = software.amazon.jsii.Kernel.get(this, "podIdentity", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultPodIdentity.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.secrets = (java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultSecrets>)java.util.Objects.requireNonNull(builder.secrets, "secrets is required");
            this.vaultUri = java.util.Objects.requireNonNull(builder.vaultUri, "vaultUri is required");
            this.cloud = builder.cloud;
            this.credentials = builder.credentials;
            this.podIdentity = builder.podIdentity;
        }

        @Override
        public final java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultSecrets> getSecrets() {
            return this.secrets;
        }

        @Override
        public final java.lang.String getVaultUri() {
            return this.vaultUri;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCloud getCloud() {
            return this.cloud;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCredentials getCredentials() {
            return this.credentials;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultPodIdentity getPodIdentity() {
            return this.podIdentity;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("secrets", om.valueToTree(this.getSecrets()));
            data.set("vaultUri", om.valueToTree(this.getVaultUri()));
            if (this.getCloud() != null) {
                data.set("cloud", om.valueToTree(this.getCloud()));
            }
            if (this.getCredentials() != null) {
                data.set("credentials", om.valueToTree(this.getCredentials()));
            }
            if (this.getPodIdentity() != null) {
                data.set("podIdentity", om.valueToTree(this.getPodIdentity()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.TriggerAuthenticationSpecAzureKeyVault"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            TriggerAuthenticationSpecAzureKeyVault.Jsii$Proxy that = (TriggerAuthenticationSpecAzureKeyVault.Jsii$Proxy) o;

            if (!secrets.equals(that.secrets)) return false;
            if (!vaultUri.equals(that.vaultUri)) return false;
            if (this.cloud != null ? !this.cloud.equals(that.cloud) : that.cloud != null) return false;
            if (this.credentials != null ? !this.credentials.equals(that.credentials) : that.credentials != null) return false;
            return this.podIdentity != null ? this.podIdentity.equals(that.podIdentity) : that.podIdentity == null;
        }

        @Override
        public final int hashCode() {
            int result = this.secrets.hashCode();
            result = 31 * result + (this.vaultUri.hashCode());
            result = 31 * result + (this.cloud != null ? this.cloud.hashCode() : 0);
            result = 31 * result + (this.credentials != null ? this.credentials.hashCode() : 0);
            result = 31 * result + (this.podIdentity != null ? this.podIdentity.hashCode() : 0);
            return result;
        }
    }
}
