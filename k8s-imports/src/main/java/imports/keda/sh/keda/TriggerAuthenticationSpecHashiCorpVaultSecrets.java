package imports.keda.sh.keda;

/**
 * VaultSecret defines the mapping between the path of the secret in Vault to the parameter.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.896Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecHashiCorpVaultSecrets")
@software.amazon.jsii.Jsii.Proxy(TriggerAuthenticationSpecHashiCorpVaultSecrets.Jsii$Proxy.class)
public interface TriggerAuthenticationSpecHashiCorpVaultSecrets extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getKey();

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getParameter();

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getPath();

    /**
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData getPkiData() {
        return null;
    }

    /**
     * VaultSecretType defines the type of vault secret.
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecretsType getType() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link TriggerAuthenticationSpecHashiCorpVaultSecrets}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link TriggerAuthenticationSpecHashiCorpVaultSecrets}
     */
    public static final class Builder implements software.amazon.jsii.Builder<TriggerAuthenticationSpecHashiCorpVaultSecrets> {
        java.lang.String key;
        java.lang.String parameter;
        java.lang.String path;
        imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData pkiData;
        imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecretsType type;

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVaultSecrets#getKey}
         * @param key the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder key(java.lang.String key) {
            this.key = key;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVaultSecrets#getParameter}
         * @param parameter the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder parameter(java.lang.String parameter) {
            this.parameter = parameter;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVaultSecrets#getPath}
         * @param path the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder path(java.lang.String path) {
            this.path = path;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVaultSecrets#getPkiData}
         * @param pkiData the value to be set.
         * @return {@code this}
         */
        public Builder pkiData(imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData pkiData) {
            this.pkiData = pkiData;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVaultSecrets#getType}
         * @param type VaultSecretType defines the type of vault secret.
         * @return {@code this}
         */
        public Builder type(imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecretsType type) {
            this.type = type;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link TriggerAuthenticationSpecHashiCorpVaultSecrets}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public TriggerAuthenticationSpecHashiCorpVaultSecrets build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link TriggerAuthenticationSpecHashiCorpVaultSecrets}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements TriggerAuthenticationSpecHashiCorpVaultSecrets {
        private final java.lang.String key;
        private final java.lang.String parameter;
        private final java.lang.String path;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData pkiData;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecretsType type;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.key = software.amazon.jsii.Kernel.get(this, "key", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.parameter = software.amazon.jsii.Kernel.get(this, "parameter", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.path = software.amazon.jsii.Kernel.get(this, "path", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.pkiData = software.amazon.jsii.Kernel.get(this, "pkiData", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData.class));
            this.type = software.amazon.jsii.Kernel.get(this, "type", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecretsType.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.key = java.util.Objects.requireNonNull(builder.key, "key is required");
            this.parameter = java.util.Objects.requireNonNull(builder.parameter, "parameter is required");
            this.path = java.util.Objects.requireNonNull(builder.path, "path is required");
            this.pkiData = builder.pkiData;
            this.type = builder.type;
        }

        @Override
        public final java.lang.String getKey() {
            return this.key;
        }

        @Override
        public final java.lang.String getParameter() {
            return this.parameter;
        }

        @Override
        public final java.lang.String getPath() {
            return this.path;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData getPkiData() {
            return this.pkiData;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecretsType getType() {
            return this.type;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("key", om.valueToTree(this.getKey()));
            data.set("parameter", om.valueToTree(this.getParameter()));
            data.set("path", om.valueToTree(this.getPath()));
            if (this.getPkiData() != null) {
                data.set("pkiData", om.valueToTree(this.getPkiData()));
            }
            if (this.getType() != null) {
                data.set("type", om.valueToTree(this.getType()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.TriggerAuthenticationSpecHashiCorpVaultSecrets"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            TriggerAuthenticationSpecHashiCorpVaultSecrets.Jsii$Proxy that = (TriggerAuthenticationSpecHashiCorpVaultSecrets.Jsii$Proxy) o;

            if (!key.equals(that.key)) return false;
            if (!parameter.equals(that.parameter)) return false;
            if (!path.equals(that.path)) return false;
            if (this.pkiData != null ? !this.pkiData.equals(that.pkiData) : that.pkiData != null) return false;
            return this.type != null ? this.type.equals(that.type) : that.type == null;
        }

        @Override
        public final int hashCode() {
            int result = this.key.hashCode();
            result = 31 * result + (this.parameter.hashCode());
            result = 31 * result + (this.path.hashCode());
            result = 31 * result + (this.pkiData != null ? this.pkiData.hashCode() : 0);
            result = 31 * result + (this.type != null ? this.type.hashCode() : 0);
            return result;
        }
    }
}
