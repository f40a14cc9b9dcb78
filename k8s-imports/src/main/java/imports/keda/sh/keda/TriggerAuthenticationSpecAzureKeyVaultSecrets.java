package imports.keda.sh.keda;

/**
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.875Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecAzureKeyVaultSecrets")
@software.amazon.jsii.Jsii.Proxy(TriggerAuthenticationSpecAzureKeyVaultSecrets.Jsii$Proxy.class)
public interface TriggerAuthenticationSpecAzureKeyVaultSecrets extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getParameter();

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getVersion() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link TriggerAuthenticationSpecAzureKeyVaultSecrets}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link TriggerAuthenticationSpecAzureKeyVaultSecrets}
     */
    public static final class Builder implements software.amazon.jsii.Builder<TriggerAuthenticationSpecAzureKeyVaultSecrets> {
        java.lang.String name;
        java.lang.String parameter;
        java.lang.String version;

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAzureKeyVaultSecrets#getName}
         * @param name the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAzureKeyVaultSecrets#getParameter}
         * @param parameter the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder parameter(java.lang.String parameter) {
            this.parameter = parameter;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAzureKeyVaultSecrets#getVersion}
         * @param version the value to be set.
         * @return {@code this}
         */
        public Builder version(java.lang.String version) {
            this.version = version;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link TriggerAuthenticationSpecAzureKeyVaultSecrets}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public TriggerAuthenticationSpecAzureKeyVaultSecrets build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link TriggerAuthenticationSpecAzureKeyVaultSecrets}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements TriggerAuthenticationSpecAzureKeyVaultSecrets {
        private final java.lang.String name;
        private final java.lang.String parameter;
        private final java.lang.String version;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.parameter = software.amazon.jsii.Kernel.get(this, "parameter", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.version = software.amazon.jsii.Kernel.get(this, "version", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.parameter = java.util.Objects.requireNonNull(builder.parameter, "parameter is required");
            this.version = builder.version;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final java.lang.String getParameter() {
            return this.parameter;
        }

        @Override
        public final java.lang.String getVersion() {
            return this.version;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("name", om.valueToTree(this.getName()));
            data.set("parameter", om.valueToTree(this.getParameter()));
            if (this.getVersion() != null) {
                data.set("version", om.valueToTree(this.getVersion()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.TriggerAuthenticationSpecAzureKeyVaultSecrets"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            TriggerAuthenticationSpecAzureKeyVaultSecrets.Jsii$Proxy that = (TriggerAuthenticationSpecAzureKeyVaultSecrets.Jsii$Proxy) o;

            if (!name.equals(that.name)) return false;
            if (!parameter.equals(that.parameter)) return false;
            return this.version != null ? this.version.equals(that.version) : that.version == null;
        }

        @Override
        public final int hashCode() {
            int result = this.name.hashCode();
            result = 31 * result + (this.parameter.hashCode());
            result = 31 * result + (this.version != null ? this.version.hashCode() : 0);
            return result;
        }
    }
}
