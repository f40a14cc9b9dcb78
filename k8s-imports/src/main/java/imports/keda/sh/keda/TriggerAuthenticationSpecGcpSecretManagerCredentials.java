package imports.keda.sh.keda;

/**
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.891Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecGcpSecretManagerCredentials")
@software.amazon.jsii.Jsii.Proxy(TriggerAuthenticationSpecGcpSecretManagerCredentials.Jsii$Proxy.class)
public interface TriggerAuthenticationSpecGcpSecretManagerCredentials extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret getClientSecret();

    /**
     * @return a {@link Builder} of {@link TriggerAuthenticationSpecGcpSecretManagerCredentials}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link TriggerAuthenticationSpecGcpSecretManagerCredentials}
     */
    public static final class Builder implements software.amazon.jsii.Builder<TriggerAuthenticationSpecGcpSecretManagerCredentials> {
        imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret clientSecret;

        /**
         * Sets the value of {@link TriggerAuthenticationSpecGcpSecretManagerCredentials#getClientSecret}
         * @param clientSecret the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder clientSecret(imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link TriggerAuthenticationSpecGcpSecretManagerCredentials}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public TriggerAuthenticationSpecGcpSecretManagerCredentials build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link TriggerAuthenticationSpecGcpSecretManagerCredentials}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements TriggerAuthenticationSpecGcpSecretManagerCredentials {
        private final imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret clientSecret;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.clientSecret = software.amazon.jsii.Kernel.get(this, "clientSecret", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.clientSecret = java.util.Objects.requireNonNull(builder.clientSecret, "clientSecret is required");
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret getClientSecret() {
            return this.clientSecret;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("clientSecret", om.valueToTree(this.getClientSecret()));

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.TriggerAuthenticationSpecGcpSecretManagerCredentials"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            TriggerAuthenticationSpecGcpSecretManagerCredentials.Jsii$Proxy that = (TriggerAuthenticationSpecGcpSecretManagerCredentials.Jsii$Proxy) o;

            return this.clientSecret.equals(that.clientSecret);
        }

        @Override
        public final int hashCode() {
            int result = this.clientSecret.hashCode();
            return result;
        }
    }
}
