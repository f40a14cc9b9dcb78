package imports.keda.sh.keda;

/**
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.889Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecBoundServiceAccountToken")
@software.amazon.jsii.Jsii.Proxy(TriggerAuthenticationSpecBoundServiceAccountToken.Jsii$Proxy.class)
public interface TriggerAuthenticationSpecBoundServiceAccountToken extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getParameter();

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getServiceAccountName();

    /**
     * @return a {@link Builder} of {@link TriggerAuthenticationSpecBoundServiceAccountToken}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link TriggerAuthenticationSpecBoundServiceAccountToken}
     */
    public static final class Builder implements software.amazon.jsii.Builder<TriggerAuthenticationSpecBoundServiceAccountToken> {
        java.lang.String parameter;
        java.lang.String serviceAccountName;

        /**
         * Sets the value of {@link TriggerAuthenticationSpecBoundServiceAccountToken#getParameter}
         * @param parameter the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder parameter(java.lang.String parameter) {
            this.parameter = parameter;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecBoundServiceAccountToken#getServiceAccountName}
         * @param serviceAccountName the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder serviceAccountName(java.lang.String serviceAccountName) {
            this.serviceAccountName = serviceAccountName;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link TriggerAuthenticationSpecBoundServiceAccountToken}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public TriggerAuthenticationSpecBoundServiceAccountToken build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link TriggerAuthenticationSpecBoundServiceAccountToken}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements TriggerAuthenticationSpecBoundServiceAccountToken {
        private final java.lang.String parameter;
        private final java.lang.String serviceAccountName;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.parameter = software.amazon.jsii.Kernel.get(this, "parameter", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.serviceAccountName = software.amazon.jsii.Kernel.get(this, "serviceAccountName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.parameter = java.util.Objects.requireNonNull(builder.parameter, "parameter is required");
            this.serviceAccountName = java.util.Objects.requireNonNull(builder.serviceAccountName, "serviceAccountName is required");
        }

        @Override
        public final java.lang.String getParameter() {
            return this.parameter;
        }

        @Override
        public final java.lang.String getServiceAccountName() {
            return this.serviceAccountName;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("parameter", om.valueToTree(this.getParameter()));
            data.set("serviceAccountName", om.valueToTree(this.getServiceAccountName()));

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.TriggerAuthenticationSpecBoundServiceAccountToken"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            TriggerAuthenticationSpecBoundServiceAccountToken.Jsii$Proxy that = (TriggerAuthenticationSpecBoundServiceAccountToken.Jsii$Proxy) o;

            if (!parameter.equals(that.parameter)) return false;
            return this.serviceAccountName.equals(that.serviceAccountName);
        }

        @Override
        public final int hashCode() {
            int result = this.parameter.hashCode();
            result = 31 * result + (this.serviceAccountName.hashCode());
            return result;
        }
    }
}
