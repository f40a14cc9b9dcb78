package imports.keda.sh.keda;

/**
 * TriggerAuthenticationSpec defines the various ways to authenticate.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.859Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpec")
@software.amazon.jsii.Jsii.Proxy(TriggerAuthenticationSpec.Jsii$Proxy.class)
public interface TriggerAuthenticationSpec extends software.amazon.jsii.JsiiSerializable {

    /**
     * AwsSecretManager is used to authenticate using AwsSecretManager.
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManager getAwsSecretManager() {
        return null;
    }

    /**
     * AzureKeyVault is used to authenticate using Azure Key Vault.
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVault getAzureKeyVault() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecBoundServiceAccountToken> getBoundServiceAccountToken() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecConfigMapTargetRef> getConfigMapTargetRef() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecEnv> getEnv() {
        return null;
    }

    /**
     * FilePath specifies a file containing auth parameters as JSON map[string]string.
     * <p>
     * When set, auth params are read directly from this file instead.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getFilePath() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManager getGcpSecretManager() {
        return null;
    }

    /**
     * HashiCorpVault is used to authenticate using Hashicorp Vault.
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVault getHashiCorpVault() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.TriggerAuthenticationSpecOauth2 getOauth2() {
        return null;
    }

    /**
     * AuthPodIdentity allows users to select the platform native identity mechanism.
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.TriggerAuthenticationSpecPodIdentity getPodIdentity() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecSecretTargetRef> getSecretTargetRef() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link TriggerAuthenticationSpec}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link TriggerAuthenticationSpec}
     */
    public static final class Builder implements software.amazon.jsii.Builder<TriggerAuthenticationSpec> {
        imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManager awsSecretManager;
        imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVault azureKeyVault;
        java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecBoundServiceAccountToken> boundServiceAccountToken;
        java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecConfigMapTargetRef> configMapTargetRef;
        java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecEnv> env;
        java.lang.String filePath;
        imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManager gcpSecretManager;
        imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVault hashiCorpVault;
        imports.keda.sh.keda.TriggerAuthenticationSpecOauth2 oauth2;
        imports.keda.sh.keda.TriggerAuthenticationSpecPodIdentity podIdentity;
        java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecSecretTargetRef> secretTargetRef;

        /**
         * Sets the value of {@link TriggerAuthenticationSpec#getAwsSecretManager}
         * @param awsSecretManager AwsSecretManager is used to authenticate using AwsSecretManager.
         * @return {@code this}
         */
        public Builder awsSecretManager(imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManager awsSecretManager) {
            this.awsSecretManager = awsSecretManager;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpec#getAzureKeyVault}
         * @param azureKeyVault AzureKeyVault is used to authenticate using Azure Key Vault.
         * @return {@code this}
         */
        public Builder azureKeyVault(imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVault azureKeyVault) {
            this.azureKeyVault = azureKeyVault;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpec#getBoundServiceAccountToken}
         * @param boundServiceAccountToken the value to be set.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder boundServiceAccountToken(java.util.List<? extends imports.keda.sh.keda.TriggerAuthenticationSpecBoundServiceAccountToken> boundServiceAccountToken) {
            this.boundServiceAccountToken = (java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecBoundServiceAccountToken>)boundServiceAccountToken;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpec#getConfigMapTargetRef}
         * @param configMapTargetRef the value to be set.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder configMapTargetRef(java.util.List<? extends imports.keda.sh.keda.TriggerAuthenticationSpecConfigMapTargetRef> configMapTargetRef) {
            this.configMapTargetRef = (java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecConfigMapTargetRef>)configMapTargetRef;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpec#getEnv}
         * @param env the value to be set.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder env(java.util.List<? extends imports.keda.sh.keda.TriggerAuthenticationSpecEnv> env) {
            this.env = (java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecEnv>)env;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpec#getFilePath}
         * @param filePath FilePath specifies a file containing auth parameters as JSON map[string]string.
         *                 When set, auth params are read directly from this file instead.
         * @return {@code this}
         */
        public Builder filePath(java.lang.String filePath) {
            this.filePath = filePath;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpec#getGcpSecretManager}
         * @param gcpSecretManager the value to be set.
         * @return {@code this}
         */
        public Builder gcpSecretManager(imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManager gcpSecretManager) {
            this.gcpSecretManager = gcpSecretManager;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpec#getHashiCorpVault}
         * @param hashiCorpVault HashiCorpVault is used to authenticate using Hashicorp Vault.
         * @return {@code this}
         */
        public Builder hashiCorpVault(imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVault hashiCorpVault) {
            this.hashiCorpVault = hashiCorpVault;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpec#getOauth2}
         * @param oauth2 the value to be set.
         * @return {@code this}
         */
        public Builder oauth2(imports.keda.sh.keda.TriggerAuthenticationSpecOauth2 oauth2) {
            this.oauth2 = oauth2;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpec#getPodIdentity}
         * @param podIdentity AuthPodIdentity allows users to select the platform native identity mechanism.
         * @return {@code this}
         */
        public Builder podIdentity(imports.keda.sh.keda.TriggerAuthenticationSpecPodIdentity podIdentity) {
            this.podIdentity = podIdentity;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpec#getSecretTargetRef}
         * @param secretTargetRef the value to be set.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder secretTargetRef(java.util.List<? extends imports.keda.sh.keda.TriggerAuthenticationSpecSecretTargetRef> secretTargetRef) {
            this.secretTargetRef = (java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecSecretTargetRef>)secretTargetRef;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link TriggerAuthenticationSpec}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public TriggerAuthenticationSpec build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link TriggerAuthenticationSpec}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements TriggerAuthenticationSpec {
        private final imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManager awsSecretManager;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVault azureKeyVault;
        private final java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecBoundServiceAccountToken> boundServiceAccountToken;
        private final java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecConfigMapTargetRef> configMapTargetRef;
        private final java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecEnv> env;
        private final java.lang.String filePath;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManager gcpSecretManager;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVault hashiCorpVault;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecOauth2 oauth2;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecPodIdentity podIdentity;
        private final java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecSecretTargetRef> secretTargetRef;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.awsSecretManager = software.amazon.jsii.Kernel.get(this, "awsSecretManager", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManager.class));
            this.azureKeyVault = software.amazon.jsii.Kernel.get(this, "azureKeyVault", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVault.class));
            this.boundServiceAccountToken = software.amazon.jsii.Kernel.get(this, "boundServiceAccountToken", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecBoundServiceAccountToken.class)));
            this.configMapTargetRef = software.amazon.jsii.Kernel.get(this, "configMapTargetRef", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecConfigMapTargetRef.class)));
            this.env = software.amazon.jsii.Kernel.get(this, "env", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecEnv.class)));
            this.filePath = software.amazon.jsii.Kernel.get(this, "filePath", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.gcpSecretManager = software.amazon.jsii.Kernel.get(this, "gcpSecretManager", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManager.class));
            this.hashiCorpVault = software.amazon.jsii.Kernel.get(this, "hashiCorpVault", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVault.class));
            this.oauth2 = software.amazon.jsii.Kernel.get(this, "oauth2", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecOauth2.class));
            this.podIdentity = software.amazon.jsii.Kernel.get(this, "podIdentity", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecPodIdentity.class));
            this.secretTargetRef = software.amazon.jsii.Kernel.get(this, "secretTargetRef", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecSecretTargetRef.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.awsSecretManager = builder.awsSecretManager;
            this.azureKeyVault = builder.azureKeyVault;
            this.boundServiceAccountToken = (java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecBoundServiceAccountToken>)builder.boundServiceAccountToken;
            this.configMapTargetRef = (java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecConfigMapTargetRef>)builder.configMapTargetRef;
            this.env = (java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecEnv>)builder.env;
            this.filePath = builder.filePath;
            this.gcpSecretManager = builder.gcpSecretManager;
            this.hashiCorpVault = builder.hashiCorpVault;
            this.oauth2 = builder.oauth2;
            this.podIdentity = builder.podIdentity;
            this.secretTargetRef = (java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecSecretTargetRef>)builder.secretTargetRef;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManager getAwsSecretManager() {
            return this.awsSecretManager;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVault getAzureKeyVault() {
            return this.azureKeyVault;
        }

        @Override
        public final java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecBoundServiceAccountToken> getBoundServiceAccountToken() {
            return this.boundServiceAccountToken;
        }

        @Override
        public final java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecConfigMapTargetRef> getConfigMapTargetRef() {
            return this.configMapTargetRef;
        }

        @Override
        public final java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecEnv> getEnv() {
            return this.env;
        }

        @Override
        public final java.lang.String getFilePath() {
            return this.filePath;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManager getGcpSecretManager() {
            return this.gcpSecretManager;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVault getHashiCorpVault() {
            return this.hashiCorpVault;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecOauth2 getOauth2() {
            return this.oauth2;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecPodIdentity getPodIdentity() {
            return this.podIdentity;
        }

        @Override
        public final java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecSecretTargetRef> getSecretTargetRef() {
            return this.secretTargetRef;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAwsSecretManager() != null) {
                data.set("awsSecretManager", om.valueToTree(this.getAwsSecretManager()));
            }
            if (this.getAzureKeyVault() != null) {
                data.set("azureKeyVault", om.valueToTree(this.getAzureKeyVault()));
            }
            if (this.getBoundServiceAccountToken() != null) {
                data.set("boundServiceAccountToken", om.valueToTree(this.getBoundServiceAccountToken()));
            }
            if (this.getConfigMapTargetRef() != null) {
                data.set("configMapTargetRef", om.valueToTree(this.getConfigMapTargetRef()));
            }
            if (this.getEnv() != null) {
                data.set("env", om.valueToTree(this.getEnv()));
            }
            if (this.getFilePath() != null) {
                data.set("filePath", om.valueToTree(this.getFilePath()));
            }
            if (this.getGcpSecretManager() != null) {
                data.set("gcpSecretManager", om.valueToTree(this.getGcpSecretManager()));
            }
            if (this.getHashiCorpVault() != null) {
                data.set("hashiCorpVault", om.valueToTree(this.getHashiCorpVault()));
            }
            if (this.getOauth2() != null) {
                data.set("oauth2", om.valueToTree(this.getOauth2()));
            }
            if (this.getPodIdentity() != null) {
                data.set("podIdentity", om.valueToTree(this.getPodIdentity()));
            }
            if (this.getSecretTargetRef() != null) {
                data.set("secretTargetRef", om.valueToTree(this.getSecretTargetRef()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.TriggerAuthenticationSpec"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            TriggerAuthenticationSpec.Jsii$Proxy that = (TriggerAuthenticationSpec.Jsii$Proxy) o;

            if (this.awsSecretManager != null ? !this.awsSecretManager.equals(that.awsSecretManager) : that.awsSecretManager != null) return false;
            if (this.azureKeyVault != null ? !this.azureKeyVault.equals(that.azureKeyVault) : that.azureKeyVault != null) return false;
            if (this.boundServiceAccountToken != null ? !this.boundServiceAccountToken.equals(that.boundServiceAccountToken) : that.boundServiceAccountToken != null) return false;
            if (this.configMapTargetRef != null ? !this.configMapTargetRef.equals(that.configMapTargetRef) : that.configMapTargetRef != null) return false;
            if (this.env != null ? !this.env.equals(that.env) : that.env != null) return false;
            if (this.filePath != null ? !this.filePath.equals(that.filePath) : that.filePath != null) return false;
            if (this.gcpSecretManager != null ? !this.gcpSecretManager.equals(that.gcpSecretManager) : that.gcpSecretManager != null) return false;
            if (this.hashiCorpVault != null ? !this.hashiCorpVault.equals(that.hashiCorpVault) : that.hashiCorpVault != null) return false;
            if (this.oauth2 != null ? !this.oauth2.equals(that.oauth2) : that.oauth2 != null) return false;
            if (this.podIdentity != null ? !this.podIdentity.equals(that.podIdentity) : that.podIdentity != null) return false;
            return this.secretTargetRef != null ? this.secretTargetRef.equals(that.secretTargetRef) : that.secretTargetRef == null;
        }

        @Override
        public final int hashCode() {
            int result = this.awsSecretManager != null ? this.awsSecretManager.hashCode() : 0;
            result = 31 * result + (this.azureKeyVault != null ? this.azureKeyVault.hashCode() : 0);
            result = 31 * result + (this.boundServiceAccountToken != null ? this.boundServiceAccountToken.hashCode() : 0);
            result = 31 * result + (this.configMapTargetRef != null ? this.configMapTargetRef.hashCode() : 0);
            result = 31 * result + (this.env != null ? this.env.hashCode() : 0);
            result = 31 * result + (this.filePath != null ? this.filePath.hashCode() : 0);
            result = 31 * result + (this.gcpSecretManager != null ? this.gcpSecretManager.hashCode() : 0);
            result = 31 * result + (this.hashiCorpVault != null ? this.hashiCorpVault.hashCode() : 0);
            result = 31 * result + (this.oauth2 != null ? this.oauth2.hashCode() : 0);
            result = 31 * result + (this.podIdentity != null ? this.podIdentity.hashCode() : 0);
            result = 31 * result + (this.secretTargetRef != null ? this.secretTargetRef.hashCode() : 0);
            return result;
        }
    }
}
