package imports.keda.sh.keda;

/**
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.863Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecAwsSecretManagerCredentials")
@software.amazon.jsii.Jsii.Proxy(TriggerAuthenticationSpecAwsSecretManagerCredentials.Jsii$Proxy.class)
public interface TriggerAuthenticationSpecAwsSecretManagerCredentials extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey getAccessKey();

    /**
     */
    @org.jetbrains.annotations.NotNull imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey getAccessSecretKey();

    /**
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken getAccessToken() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link TriggerAuthenticationSpecAwsSecretManagerCredentials}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link TriggerAuthenticationSpecAwsSecretManagerCredentials}
     */
    public static final class Builder implements software.amazon.jsii.Builder<TriggerAuthenticationSpecAwsSecretManagerCredentials> {
        imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey accessKey;
        imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey accessSecretKey;
        imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken accessToken;

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAwsSecretManagerCredentials#getAccessKey}
         * @param accessKey the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder accessKey(imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey accessKey) {
            this.accessKey = accessKey;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAwsSecretManagerCredentials#getAccessSecretKey}
         * @param accessSecretKey the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder accessSecretKey(imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey accessSecretKey) {
            this.accessSecretKey = accessSecretKey;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAwsSecretManagerCredentials#getAccessToken}
         * @param accessToken the value to be set.
         * @return {@code this}
         */
        public Builder accessToken(imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link TriggerAuthenticationSpecAwsSecretManagerCredentials}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public TriggerAuthenticationSpecAwsSecretManagerCredentials build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link TriggerAuthenticationSpecAwsSecretManagerCredentials}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements TriggerAuthenticationSpecAwsSecretManagerCredentials {
        private final imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey accessKey;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey accessSecretKey;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken accessToken;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.accessKey = software.amazon.jsii.Kernel.get(this, "accessKey", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey.class));
            this.accessSecretKey = software.amazon.jsii.Kernel.get(this, "accessSecretKey", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey.class));
            this.accessToken = software.amazon.jsii.Kernel.get(this, "accessToken", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.accessKey = java.util.Objects.requireNonNull(builder.accessKey, "accessKey is required");
            this.accessSecretKey = java.util.Objects.requireNonNull(builder.accessSecretKey, "accessSecretKey is required");
            this.accessToken = builder.accessToken;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey getAccessKey() {
            return this.accessKey;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey getAccessSecretKey() {
            return this.accessSecretKey;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken getAccessToken() {
            return this.accessToken;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("accessKey", om.valueToTree(this.getAccessKey()));
            data.set("accessSecretKey", om.valueToTree(this.getAccessSecretKey()));
            if (this.getAccessToken() != null) {
                data.set("accessToken", om.valueToTree(this.getAccessToken()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.TriggerAuthenticationSpecAwsSecretManagerCredentials"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            TriggerAuthenticationSpecAwsSecretManagerCredentials.Jsii$Proxy that = (TriggerAuthenticationSpecAwsSecretManagerCredentials.Jsii$Proxy) o;

            if (!accessKey.equals(that.accessKey)) return false;
            if (!accessSecretKey.equals(that.accessSecretKey)) return false;
            return this.accessToken != null ? this.accessToken.equals(that.accessToken) : that.accessToken == null;
        }

        @Override
        public final int hashCode() {
            int result = this.accessKey.hashCode();
            result = 31 * result + (this.accessSecretKey.hashCode());
            result = 31 * result + (this.accessToken != null ? this.accessToken.hashCode() : 0);
            return result;
        }
    }
}
