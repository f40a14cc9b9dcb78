package imports.keda.sh.keda;

/**
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.891Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecGcpSecretManager")
@software.amazon.jsii.Jsii.Proxy(TriggerAuthenticationSpecGcpSecretManager.Jsii$Proxy.class)
public interface TriggerAuthenticationSpecGcpSecretManager extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerSecrets> getSecrets();

    /**
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerCredentials getCredentials() {
        return null;
    }

    /**
     * AuthPodIdentity allows users to select the platform native identity mechanism.
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerPodIdentity getPodIdentity() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link TriggerAuthenticationSpecGcpSecretManager}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link TriggerAuthenticationSpecGcpSecretManager}
     */
    public static final class Builder implements software.amazon.jsii.Builder<TriggerAuthenticationSpecGcpSecretManager> {
        java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerSecrets> secrets;
        imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerCredentials credentials;
        imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerPodIdentity podIdentity;

        /**
         * Sets the value of {@link TriggerAuthenticationSpecGcpSecretManager#getSecrets}
         * @param secrets the value to be set. This parameter is required.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder secrets(java.util.List<? extends imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerSecrets> secrets) {
            this.secrets = (java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerSecrets>)secrets;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecGcpSecretManager#getCredentials}
         * @param credentials the value to be set.
         * @return {@code this}
         */
        public Builder credentials(imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerCredentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecGcpSecretManager#getPodIdentity}
         * @param podIdentity AuthPodIdentity allows users to select the platform native identity mechanism.
         * @return {@code this}
         */
        public Builder podIdentity(imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerPodIdentity podIdentity) {
            this.podIdentity = podIdentity;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link TriggerAuthenticationSpecGcpSecretManager}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public TriggerAuthenticationSpecGcpSecretManager build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link TriggerAuthenticationSpecGcpSecretManager}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements TriggerAuthenticationSpecGcpSecretManager {
        private final java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerSecrets> secrets;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerCredentials credentials;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerPodIdentity podIdentity;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.secrets = software.amazon.jsii.Kernel.get(this, "secrets", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerSecrets.class)));
            this.credentials = software.amazon.jsii.Kernel.get(this, "credentials", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerCredentials.class));
            this.podIdentity = software.amazon.jsii.Kernel.get(this, "podIdentity", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerPodIdentity.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.secrets = (java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerSecrets>)java.util.Objects.requireNonNull(builder.secrets, "secrets is required");
            this.credentials = builder.credentials;
            this.podIdentity = builder.podIdentity;
        }

        @Override
        public final java.util.List<imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerSecrets> getSecrets() {
            return this.secrets;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerCredentials getCredentials() {
            return this.credentials;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerPodIdentity getPodIdentity() {
            return this.podIdentity;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("secrets", om.valueToTree(this.getSecrets()));
            if (this.getCredentials() != null) {
                data.set("credentials", om.valueToTree(this.getCredentials()));
            }
            if (this.getPodIdentity() != null) {
                data.set("podIdentity", om.valueToTree(this.getPodIdentity()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.TriggerAuthenticationSpecGcpSecretManager"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            TriggerAuthenticationSpecGcpSecretManager.Jsii$Proxy that = (TriggerAuthenticationSpecGcpSecretManager.Jsii$Proxy) o;

            if (!secrets.equals(that.secrets)) return false;
            if (this.credentials != null ? !this.credentials.equals(that.credentials) : that.credentials != null) return false;
            return this.podIdentity != null ? this.podIdentity.equals(that.podIdentity) : that.podIdentity == null;
        }

        @Override
        public final int hashCode() {
            int result = this.secrets.hashCode();
            result = 31 * result + (this.credentials != null ? this.credentials.hashCode() : 0);
            result = 31 * result + (this.podIdentity != null ? this.podIdentity.hashCode() : 0);
            return result;
        }
    }
}
