package imports.keda.sh.keda;

/**
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.872Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecAzureKeyVaultCredentials")
@software.amazon.jsii.Jsii.Proxy(TriggerAuthenticationSpecAzureKeyVaultCredentials.Jsii$Proxy.class)
public interface TriggerAuthenticationSpecAzureKeyVaultCredentials extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getClientId();

    /**
     */
    @org.jetbrains.annotations.NotNull imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret getClientSecret();

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getTenantId();

    /**
     * @return a {@link Builder} of {@link TriggerAuthenticationSpecAzureKeyVaultCredentials}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link TriggerAuthenticationSpecAzureKeyVaultCredentials}
     */
    public static final class Builder implements software.amazon.jsii.Builder<TriggerAuthenticationSpecAzureKeyVaultCredentials> {
        java.lang.String clientId;
        imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret clientSecret;
        java.lang.String tenantId;

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAzureKeyVaultCredentials#getClientId}
         * @param clientId the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder clientId(java.lang.String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAzureKeyVaultCredentials#getClientSecret}
         * @param clientSecret the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder clientSecret(imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAzureKeyVaultCredentials#getTenantId}
         * @param tenantId the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder tenantId(java.lang.String tenantId) {
            this.tenantId = tenantId;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link TriggerAuthenticationSpecAzureKeyVaultCredentials}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public TriggerAuthenticationSpecAzureKeyVaultCredentials build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link TriggerAuthenticationSpecAzureKeyVaultCredentials}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements TriggerAuthenticationSpecAzureKeyVaultCredentials {
        private final java.lang.String clientId;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret clientSecret;
        private final java.lang.String tenantId;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.clientId = software.amazon.jsii.Kernel.get(this, "clientId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.clientSecret = software.amazon.jsii.Kernel.get(this, "clientSecret", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret.class));
            this.tenantId = software.amazon.jsii.Kernel.get(this, "tenantId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.clientId = java.util.Objects.requireNonNull(builder.clientId, "clientId is required");
            this.clientSecret = java.util.Objects.requireNonNull(builder.clientSecret, "clientSecret is required");
            this.tenantId = java.util.Objects.requireNonNull(builder.tenantId, "tenantId is required");
        }

        @Override
        public final java.lang.String getClientId() {
            return this.clientId;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret getClientSecret() {
            return this.clientSecret;
        }

        @Override
        public final java.lang.String getTenantId() {
            return this.tenantId;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("clientId", om.valueToTree(this.getClientId()));
            data.set("clientSecret", om.valueToTree(this.getClientSecret()));
            data.set("tenantId", om.valueToTree(this.getTenantId()));

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.TriggerAuthenticationSpecAzureKeyVaultCredentials"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            TriggerAuthenticationSpecAzureKeyVaultCredentials.Jsii$Proxy that = (TriggerAuthenticationSpecAzureKeyVaultCredentials.Jsii$Proxy) o;

            if (!clientId.equals(that.clientId)) return false;
            if (!clientSecret.equals(that.clientSecret)) return false;
            return this.tenantId.equals(that.tenantId);
        }

        @Override
        public final int hashCode() {
            int result = this.clientId.hashCode();
            result = 31 * result + (this.clientSecret.hashCode());
            result = 31 * result + (this.tenantId.hashCode());
            return result;
        }
    }
}
