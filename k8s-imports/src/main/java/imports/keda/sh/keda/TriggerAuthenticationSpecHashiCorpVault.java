package imports.keda.sh.keda;

/**
 * HashiCorpVault is used to authenticate using Hashicorp Vault.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.894Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecHashiCorpVault")
@software.amazon.jsii.Jsii.Proxy(TriggerAuthenticationSpecHashiCorpVault.Jsii$Proxy.class)
public interface TriggerAuthenticationSpecHashiCorpVault extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getAddress();

    /**
     * VaultAuthentication contains the list of Hashicorp Vault authentication methods.
     */
    @org.jetbrains.annotations.NotNull imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultAuthentication getAuthentication();

    /**
     */
    @org.jetbrains.annotations.NotNull java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecrets> getSecrets();

    /**
     * Credential defines the Hashicorp Vault credentials depending on the authentication method.
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultCredential getCredential() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getMount() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getNamespace() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getRole() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link TriggerAuthenticationSpecHashiCorpVault}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link TriggerAuthenticationSpecHashiCorpVault}
     */
    public static final class Builder implements software.amazon.jsii.Builder<TriggerAuthenticationSpecHashiCorpVault> {
        java.lang.String address;
        imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultAuthentication authentication;
        java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecrets> secrets;
        imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultCredential credential;
        java.lang.String mount;
        java.lang.String namespace;
        java.lang.String role;

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVault#getAddress}
         * @param address the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder address(java.lang.String address) {
            this.address = address;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVault#getAuthentication}
         * @param authentication VaultAuthentication contains the list of Hashicorp Vault authentication methods. This parameter is required.
         * @return {@code this}
         */
        public Builder authentication(imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultAuthentication authentication) {
            this.authentication = authentication;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVault#getSecrets}
         * @param secrets the value to be set. This parameter is required.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder secrets(java.util.List<? extends imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecrets> secrets) {
            this.secrets = (java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecrets>)secrets;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVault#getCredential}
         * @param credential Credential defines the Hashicorp Vault credentials depending on the authentication method.
         * @return {@code this}
         */
        public Builder credential(imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultCredential credential) {
            this.credential = credential;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVault#getMount}
         * @param mount the value to be set.
         * @return {@code this}
         */
        public Builder mount(java.lang.String mount) {
            this.mount = mount;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVault#getNamespace}
         * @param namespace the value to be set.
         * @return {@code this}
         */
        public Builder namespace(java.lang.String namespace) {
            this.namespace = namespace;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVault#getRole}
         * @param role the value to be set.
         * @return {@code this}
         */
        public Builder role(java.lang.String role) {
            this.role = role;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link TriggerAuthenticationSpecHashiCorpVault}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public TriggerAuthenticationSpecHashiCorpVault build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link TriggerAuthenticationSpecHashiCorpVault}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements TriggerAuthenticationSpecHashiCorpVault {
        private final java.lang.String address;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultAuthentication authentication;
        private final java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecrets> secrets;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultCredential credential;
        private final java.lang.String mount;
        private final java.lang.String namespace;
        private final java.lang.String role;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.address = software.amazon.jsii.Kernel.get(this, "address", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.authentication = software.amazon.jsii.Kernel.get(this, "authentication", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultAuthentication.class));
            this.secrets = software.amazon.jsii.Kernel.get(this, "secrets", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecrets.class)));
            this.credential = software.amazon.jsii.Kernel.get(this, "credential", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultCredential.class));
            this.mount = software.amazon.jsii.Kernel.get(this, "mount", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.namespace = software.amazon.jsii.Kernel.get(this, "namespace", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.role = software.amazon.jsii.Kernel.get(this, "role", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.address = java.util.Objects.requireNonNull(builder.address, "address is required");
            this.authentication = java.util.Objects.requireNonNull(builder.authentication, "authentication is required");
            this.secrets = (java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecrets>)java.util.Objects.requireNonNull(builder.secrets, "secrets is required");
            this.credential = builder.credential;
            this.mount = builder.mount;
            this.namespace = builder.namespace;
            this.role = builder.role;
        }

        @Override
        public final java.lang.String getAddress() {
            return this.address;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultAuthentication getAuthentication() {
            return this.authentication;
        }

        @Override
        public final java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultSecrets> getSecrets() {
            return this.secrets;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecHashiCorpVaultCredential getCredential() {
            return this.credential;
        }

        @Override
        public final java.lang.String getMount() {
            return this.mount;
        }

        @Override
        public final java.lang.String getNamespace() {
            return this.namespace;
        }

        @Override
        public final java.lang.String getRole() {
            return this.role;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("address", om.valueToTree(this.getAddress()));
            data.set("authentication", om.valueToTree(this.getAuthentication()));
            data.set("secrets", om.valueToTree(this.getSecrets()));
            if (this.getCredential() != null) {
                data.set("credential", om.valueToTree(this.getCredential()));
            }
            if (this.getMount() != null) {
                data.set("mount", om.valueToTree(this.getMount()));
            }
            if (this.getNamespace() != null) {
                data.set("namespace", om.valueToTree(this.getNamespace()));
            }
            if (this.getRole() != null) {
                data.set("role", om.valueToTree(this.getRole()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.TriggerAuthenticationSpecHashiCorpVault"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            TriggerAuthenticationSpecHashiCorpVault.Jsii$Proxy that = (TriggerAuthenticationSpecHashiCorpVault.Jsii$Proxy) o;

            if (!address.equals(that.address)) return false;
            if (!authentication.equals(that.authentication)) return false;
            if (!secrets.equals(that.secrets)) return false;
            if (this.credential != null ? !this.credential.equals(that.credential) : that.credential != null) return false;
            if (this.mount != null ? !this.mount.equals(that.mount) : that.mount != null) return false;
            if (this.namespace != null ? !this.namespace.equals(that.namespace) : that.namespace != null) return false;
            return this.role != null ? this.role.equals(that.role) : that.role == null;
        }

        @Override
        public final int hashCode() {
            int result = this.address.hashCode();
            result = 31 * result + (this.authentication.hashCode());
            result = 31 * result + (this.secrets.hashCode());
            result = 31 * result + (this.credential != null ? this.credential.hashCode() : 0);
            result = 31 * result + (this.mount != null ? this.mount.hashCode() : 0);
            result = 31 * result + (this.namespace != null ? this.namespace.hashCode() : 0);
            result = 31 * result + (this.role != null ? this.role.hashCode() : 0);
            return result;
        }
    }
}
