package imports.keda.sh.keda;

/**
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.865Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken")
@software.amazon.jsii.Jsii.Proxy(TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken.Jsii$Proxy.class)
public interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom getValueFrom();

    /**
     * @return a {@link Builder} of {@link TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken}
     */
    public static final class Builder implements software.amazon.jsii.Builder<TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken> {
        imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom valueFrom;

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken#getValueFrom}
         * @param valueFrom the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder valueFrom(imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom valueFrom) {
            this.valueFrom = valueFrom;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken {
        private final imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom valueFrom;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.valueFrom = software.amazon.jsii.Kernel.get(this, "valueFrom", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.valueFrom = java.util.Objects.requireNonNull(builder.valueFrom, "valueFrom is required");
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom getValueFrom() {
            return this.valueFrom;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("valueFrom", om.valueToTree(this.getValueFrom()));

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken.Jsii$Proxy that = (TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken.Jsii$Proxy) o;

            return this.valueFrom.equals(that.valueFrom);
        }

        @Override
        public final int hashCode() {
            int result = this.valueFrom.hashCode();
            return result;
        }
    }
}
