package imports.keda.sh.keda;

/**
 * AuthenticationRef points to the TriggerAuthentication or ClusterTriggerAuthentication object that is used to authenticate the scaler with the environment.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.855Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.ScaledObjectSpecTriggersAuthenticationRef")
@software.amazon.jsii.Jsii.Proxy(ScaledObjectSpecTriggersAuthenticationRef.Jsii$Proxy.class)
public interface ScaledObjectSpecTriggersAuthenticationRef extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     * Kind of the resource being referred to.
     * <p>
     * Defaults to TriggerAuthentication.
     * <p>
     * Default: TriggerAuthentication.
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.ScaledObjectSpecTriggersAuthenticationRefKind getKind() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ScaledObjectSpecTriggersAuthenticationRef}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ScaledObjectSpecTriggersAuthenticationRef}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ScaledObjectSpecTriggersAuthenticationRef> {
        java.lang.String name;
        imports.keda.sh.keda.ScaledObjectSpecTriggersAuthenticationRefKind kind;

        /**
         * Sets the value of {@link ScaledObjectSpecTriggersAuthenticationRef#getName}
         * @param name the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecTriggersAuthenticationRef#getKind}
         * @param kind Kind of the resource being referred to.
         *             Defaults to TriggerAuthentication.
         * @return {@code this}
         */
        public Builder kind(imports.keda.sh.keda.ScaledObjectSpecTriggersAuthenticationRefKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ScaledObjectSpecTriggersAuthenticationRef}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ScaledObjectSpecTriggersAuthenticationRef build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ScaledObjectSpecTriggersAuthenticationRef}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ScaledObjectSpecTriggersAuthenticationRef {
        private final java.lang.String name;
        private final imports.keda.sh.keda.ScaledObjectSpecTriggersAuthenticationRefKind kind;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.kind = software.amazon.jsii.Kernel.get(this, "kind", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.ScaledObjectSpecTriggersAuthenticationRefKind.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.kind = builder.kind;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final imports.keda.sh.keda.ScaledObjectSpecTriggersAuthenticationRefKind getKind() {
            return this.kind;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("name", om.valueToTree(this.getName()));
            if (this.getKind() != null) {
                data.set("kind", om.valueToTree(this.getKind()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.ScaledObjectSpecTriggersAuthenticationRef"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ScaledObjectSpecTriggersAuthenticationRef.Jsii$Proxy that = (ScaledObjectSpecTriggersAuthenticationRef.Jsii$Proxy) o;

            if (!name.equals(that.name)) return false;
            return this.kind != null ? this.kind.equals(that.kind) : that.kind == null;
        }

        @Override
        public final int hashCode() {
            int result = this.name.hashCode();
            result = 31 * result + (this.kind != null ? this.kind.hashCode() : 0);
            return result;
        }
    }
}
