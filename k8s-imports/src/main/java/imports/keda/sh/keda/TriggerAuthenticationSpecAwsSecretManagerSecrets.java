package imports.keda.sh.keda;

/**
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.870Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecAwsSecretManagerSecrets")
@software.amazon.jsii.Jsii.Proxy(TriggerAuthenticationSpecAwsSecretManagerSecrets.Jsii$Proxy.class)
public interface TriggerAuthenticationSpecAwsSecretManagerSecrets extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getParameter();

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getSecretKey() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getVersionId() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getVersionStage() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link TriggerAuthenticationSpecAwsSecretManagerSecrets}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link TriggerAuthenticationSpecAwsSecretManagerSecrets}
     */
    public static final class Builder implements software.amazon.jsii.Builder<TriggerAuthenticationSpecAwsSecretManagerSecrets> {
        java.lang.String name;
        java.lang.String parameter;
        java.lang.String secretKey;
        java.lang.String versionId;
        java.lang.String versionStage;

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAwsSecretManagerSecrets#getName}
         * @param name the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAwsSecretManagerSecrets#getParameter}
         * @param parameter the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder parameter(java.lang.String parameter) {
            this.parameter = parameter;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAwsSecretManagerSecrets#getSecretKey}
         * @param secretKey the value to be set.
         * @return {@code this}
         */
        public Builder secretKey(java.lang.String secretKey) {
            this.secretKey = secretKey;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAwsSecretManagerSecrets#getVersionId}
         * @param versionId the value to be set.
         * @return {@code this}
         */
        public Builder versionId(java.lang.String versionId) {
            this.versionId = versionId;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAwsSecretManagerSecrets#getVersionStage}
         * @param versionStage the value to be set.
         * @return {@code this}
         */
        public Builder versionStage(java.lang.String versionStage) {
            this.versionStage = versionStage;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link TriggerAuthenticationSpecAwsSecretManagerSecrets}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public TriggerAuthenticationSpecAwsSecretManagerSecrets build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link TriggerAuthenticationSpecAwsSecretManagerSecrets}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements TriggerAuthenticationSpecAwsSecretManagerSecrets {
        private final java.lang.String name;
        private final java.lang.String parameter;
        private final java.lang.String secretKey;
        private final java.lang.String versionId;
        private final java.lang.String versionStage;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.parameter = software.amazon.jsii.Kernel.get(this, "parameter", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.secretKey = software.amazon.jsii.Kernel.get(this, "secretKey", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.versionId = software.amazon.jsii.Kernel.get(this, "versionId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.versionStage = software.amazon.jsii.Kernel.get(this, "versionStage", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.parameter = java.util.Objects.requireNonNull(builder.parameter, "parameter is required");
            this.secretKey = builder.secretKey;
            this.versionId = builder.versionId;
            this.versionStage = builder.versionStage;
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
        public final java.lang.String getSecretKey() {
            return this.secretKey;
        }

        @Override
        public final java.lang.String getVersionId() {
            return this.versionId;
        }

        @Override
        public final java.lang.String getVersionStage() {
            return this.versionStage;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("name", om.valueToTree(this.getName()));
            data.set("parameter", om.valueToTree(this.getParameter()));
            if (this.getSecretKey() != null) {
                data.set("secretKey", om.valueToTree(this.getSecretKey()));
            }
            if (this.getVersionId() != null) {
                data.set("versionId", om.valueToTree(this.getVersionId()));
            }
            if (this.getVersionStage() != null) {
                data.set("versionStage", om.valueToTree(this.getVersionStage()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.TriggerAuthenticationSpecAwsSecretManagerSecrets"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            TriggerAuthenticationSpecAwsSecretManagerSecrets.Jsii$Proxy that = (TriggerAuthenticationSpecAwsSecretManagerSecrets.Jsii$Proxy) o;

            if (!name.equals(that.name)) return false;
            if (!parameter.equals(that.parameter)) return false;
            if (this.secretKey != null ? !this.secretKey.equals(that.secretKey) : that.secretKey != null) return false;
            if (this.versionId != null ? !this.versionId.equals(that.versionId) : that.versionId != null) return false;
            return this.versionStage != null ? this.versionStage.equals(that.versionStage) : that.versionStage == null;
        }

        @Override
        public final int hashCode() {
            int result = this.name.hashCode();
            result = 31 * result + (this.parameter.hashCode());
            result = 31 * result + (this.secretKey != null ? this.secretKey.hashCode() : 0);
            result = 31 * result + (this.versionId != null ? this.versionId.hashCode() : 0);
            result = 31 * result + (this.versionStage != null ? this.versionStage.hashCode() : 0);
            return result;
        }
    }
}
