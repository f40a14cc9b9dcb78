package imports.keda.sh.keda;

/**
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.897Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecOauth2")
@software.amazon.jsii.Jsii.Proxy(TriggerAuthenticationSpecOauth2.Jsii$Proxy.class)
public interface TriggerAuthenticationSpecOauth2 extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getClientId();

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getTokenUrl();

    /**
     */
    @org.jetbrains.annotations.NotNull imports.keda.sh.keda.TriggerAuthenticationSpecOauth2Type getType();

    /**
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.TriggerAuthenticationSpecOauth2ClientSecret getClientSecret() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getScopes() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getTokenUrlParams() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link TriggerAuthenticationSpecOauth2}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link TriggerAuthenticationSpecOauth2}
     */
    public static final class Builder implements software.amazon.jsii.Builder<TriggerAuthenticationSpecOauth2> {
        java.lang.String clientId;
        java.lang.String tokenUrl;
        imports.keda.sh.keda.TriggerAuthenticationSpecOauth2Type type;
        imports.keda.sh.keda.TriggerAuthenticationSpecOauth2ClientSecret clientSecret;
        java.util.List<java.lang.String> scopes;
        java.util.Map<java.lang.String, java.lang.String> tokenUrlParams;

        /**
         * Sets the value of {@link TriggerAuthenticationSpecOauth2#getClientId}
         * @param clientId the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder clientId(java.lang.String clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecOauth2#getTokenUrl}
         * @param tokenUrl the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder tokenUrl(java.lang.String tokenUrl) {
            this.tokenUrl = tokenUrl;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecOauth2#getType}
         * @param type the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder type(imports.keda.sh.keda.TriggerAuthenticationSpecOauth2Type type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecOauth2#getClientSecret}
         * @param clientSecret the value to be set.
         * @return {@code this}
         */
        public Builder clientSecret(imports.keda.sh.keda.TriggerAuthenticationSpecOauth2ClientSecret clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecOauth2#getScopes}
         * @param scopes the value to be set.
         * @return {@code this}
         */
        public Builder scopes(java.util.List<java.lang.String> scopes) {
            this.scopes = scopes;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecOauth2#getTokenUrlParams}
         * @param tokenUrlParams the value to be set.
         * @return {@code this}
         */
        public Builder tokenUrlParams(java.util.Map<java.lang.String, java.lang.String> tokenUrlParams) {
            this.tokenUrlParams = tokenUrlParams;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link TriggerAuthenticationSpecOauth2}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public TriggerAuthenticationSpecOauth2 build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link TriggerAuthenticationSpecOauth2}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements TriggerAuthenticationSpecOauth2 {
        private final java.lang.String clientId;
        private final java.lang.String tokenUrl;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecOauth2Type type;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecOauth2ClientSecret clientSecret;
        private final java.util.List<java.lang.String> scopes;
        private final java.util.Map<java.lang.String, java.lang.String> tokenUrlParams;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.clientId = software.amazon.jsii.Kernel.get(this, "clientId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.tokenUrl = software.amazon.jsii.Kernel.get(this, "tokenUrl", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.type = software.amazon.jsii.Kernel.get(this, "type", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecOauth2Type.class));
            this.clientSecret = software.amazon.jsii.Kernel.get(this, "clientSecret", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecOauth2ClientSecret.class));
            this.scopes = software.amazon.jsii.Kernel.get(this, "scopes", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.tokenUrlParams = software.amazon.jsii.Kernel.get(this, "tokenUrlParams", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.clientId = java.util.Objects.requireNonNull(builder.clientId, "clientId is required");
            this.tokenUrl = java.util.Objects.requireNonNull(builder.tokenUrl, "tokenUrl is required");
            this.type = java.util.Objects.requireNonNull(builder.type, "type is required");
            this.clientSecret = builder.clientSecret;
            this.scopes = builder.scopes;
            this.tokenUrlParams = builder.tokenUrlParams;
        }

        @Override
        public final java.lang.String getClientId() {
            return this.clientId;
        }

        @Override
        public final java.lang.String getTokenUrl() {
            return this.tokenUrl;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecOauth2Type getType() {
            return this.type;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecOauth2ClientSecret getClientSecret() {
            return this.clientSecret;
        }

        @Override
        public final java.util.List<java.lang.String> getScopes() {
            return this.scopes;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getTokenUrlParams() {
            return this.tokenUrlParams;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("clientId", om.valueToTree(this.getClientId()));
            data.set("tokenUrl", om.valueToTree(this.getTokenUrl()));
            data.set("type", om.valueToTree(this.getType()));
            if (this.getClientSecret() != null) {
                data.set("clientSecret", om.valueToTree(this.getClientSecret()));
            }
            if (this.getScopes() != null) {
                data.set("scopes", om.valueToTree(this.getScopes()));
            }
            if (this.getTokenUrlParams() != null) {
                data.set("tokenUrlParams", om.valueToTree(this.getTokenUrlParams()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.TriggerAuthenticationSpecOauth2"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            TriggerAuthenticationSpecOauth2.Jsii$Proxy that = (TriggerAuthenticationSpecOauth2.Jsii$Proxy) o;

            if (!clientId.equals(that.clientId)) return false;
            if (!tokenUrl.equals(that.tokenUrl)) return false;
            if (!type.equals(that.type)) return false;
            if (this.clientSecret != null ? !this.clientSecret.equals(that.clientSecret) : that.clientSecret != null) return false;
            if (this.scopes != null ? !this.scopes.equals(that.scopes) : that.scopes != null) return false;
            return this.tokenUrlParams != null ? this.tokenUrlParams.equals(that.tokenUrlParams) : that.tokenUrlParams == null;
        }

        @Override
        public final int hashCode() {
            int result = this.clientId.hashCode();
            result = 31 * result + (this.tokenUrl.hashCode());
            result = 31 * result + (this.type.hashCode());
            result = 31 * result + (this.clientSecret != null ? this.clientSecret.hashCode() : 0);
            result = 31 * result + (this.scopes != null ? this.scopes.hashCode() : 0);
            result = 31 * result + (this.tokenUrlParams != null ? this.tokenUrlParams.hashCode() : 0);
            return result;
        }
    }
}
