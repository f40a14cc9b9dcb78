package imports.keda.sh.keda;

/**
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.871Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecAzureKeyVaultCloud")
@software.amazon.jsii.Jsii.Proxy(TriggerAuthenticationSpecAzureKeyVaultCloud.Jsii$Proxy.class)
public interface TriggerAuthenticationSpecAzureKeyVaultCloud extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getType();

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getActiveDirectoryEndpoint() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getKeyVaultResourceUrl() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link TriggerAuthenticationSpecAzureKeyVaultCloud}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link TriggerAuthenticationSpecAzureKeyVaultCloud}
     */
    public static final class Builder implements software.amazon.jsii.Builder<TriggerAuthenticationSpecAzureKeyVaultCloud> {
        java.lang.String type;
        java.lang.String activeDirectoryEndpoint;
        java.lang.String keyVaultResourceUrl;

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAzureKeyVaultCloud#getType}
         * @param type the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder type(java.lang.String type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAzureKeyVaultCloud#getActiveDirectoryEndpoint}
         * @param activeDirectoryEndpoint the value to be set.
         * @return {@code this}
         */
        public Builder activeDirectoryEndpoint(java.lang.String activeDirectoryEndpoint) {
            this.activeDirectoryEndpoint = activeDirectoryEndpoint;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAzureKeyVaultCloud#getKeyVaultResourceUrl}
         * @param keyVaultResourceUrl the value to be set.
         * @return {@code this}
         */
        public Builder keyVaultResourceUrl(java.lang.String keyVaultResourceUrl) {
            this.keyVaultResourceUrl = keyVaultResourceUrl;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link TriggerAuthenticationSpecAzureKeyVaultCloud}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public TriggerAuthenticationSpecAzureKeyVaultCloud build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link TriggerAuthenticationSpecAzureKeyVaultCloud}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements TriggerAuthenticationSpecAzureKeyVaultCloud {
        private final java.lang.String type;
        private final java.lang.String activeDirectoryEndpoint;
        private final java.lang.String keyVaultResourceUrl;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.type = software.amazon.jsii.Kernel.get(this, "type", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.activeDirectoryEndpoint = software.amazon.jsii.Kernel.get(this, "activeDirectoryEndpoint", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.keyVaultResourceUrl = software.amazon.jsii.Kernel.get(this, "keyVaultResourceUrl", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.type = java.util.Objects.requireNonNull(builder.type, "type is required");
            this.activeDirectoryEndpoint = builder.activeDirectoryEndpoint;
            this.keyVaultResourceUrl = builder.keyVaultResourceUrl;
        }

        @Override
        public final java.lang.String getType() {
            return this.type;
        }

        @Override
        public final java.lang.String getActiveDirectoryEndpoint() {
            return this.activeDirectoryEndpoint;
        }

        @Override
        public final java.lang.String getKeyVaultResourceUrl() {
            return this.keyVaultResourceUrl;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("type", om.valueToTree(this.getType()));
            if (this.getActiveDirectoryEndpoint() != null) {
                data.set("activeDirectoryEndpoint", om.valueToTree(this.getActiveDirectoryEndpoint()));
            }
            if (this.getKeyVaultResourceUrl() != null) {
                data.set("keyVaultResourceUrl", om.valueToTree(this.getKeyVaultResourceUrl()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.TriggerAuthenticationSpecAzureKeyVaultCloud"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            TriggerAuthenticationSpecAzureKeyVaultCloud.Jsii$Proxy that = (TriggerAuthenticationSpecAzureKeyVaultCloud.Jsii$Proxy) o;

            if (!type.equals(that.type)) return false;
            if (this.activeDirectoryEndpoint != null ? !this.activeDirectoryEndpoint.equals(that.activeDirectoryEndpoint) : that.activeDirectoryEndpoint != null) return false;
            return this.keyVaultResourceUrl != null ? this.keyVaultResourceUrl.equals(that.keyVaultResourceUrl) : that.keyVaultResourceUrl == null;
        }

        @Override
        public final int hashCode() {
            int result = this.type.hashCode();
            result = 31 * result + (this.activeDirectoryEndpoint != null ? this.activeDirectoryEndpoint.hashCode() : 0);
            result = 31 * result + (this.keyVaultResourceUrl != null ? this.keyVaultResourceUrl.hashCode() : 0);
            return result;
        }
    }
}
