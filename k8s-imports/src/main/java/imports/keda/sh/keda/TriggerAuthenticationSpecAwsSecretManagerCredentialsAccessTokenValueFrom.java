package imports.keda.sh.keda;

/**
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.866Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom")
@software.amazon.jsii.Jsii.Proxy(TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom.Jsii$Proxy.class)
public interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef getSecretKeyRef();

    /**
     * @return a {@link Builder} of {@link TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom}
     */
    public static final class Builder implements software.amazon.jsii.Builder<TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom> {
        imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef secretKeyRef;

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom#getSecretKeyRef}
         * @param secretKeyRef the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder secretKeyRef(imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef secretKeyRef) {
            this.secretKeyRef = secretKeyRef;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom {
        private final imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef secretKeyRef;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.secretKeyRef = software.amazon.jsii.Kernel.get(this, "secretKeyRef", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.secretKeyRef = java.util.Objects.requireNonNull(builder.secretKeyRef, "secretKeyRef is required");
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef getSecretKeyRef() {
            return this.secretKeyRef;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("secretKeyRef", om.valueToTree(this.getSecretKeyRef()));

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom.Jsii$Proxy that = (TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom.Jsii$Proxy) o;

            return this.secretKeyRef.equals(that.secretKeyRef);
        }

        @Override
        public final int hashCode() {
            int result = this.secretKeyRef.hashCode();
            return result;
        }
    }
}
