package imports.keda.sh.keda;

/**
 * ScaleTarget holds the reference to the scale target Object.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.852Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.ScaledObjectSpecScaleTargetRef")
@software.amazon.jsii.Jsii.Proxy(ScaledObjectSpecScaleTargetRef.Jsii$Proxy.class)
public interface ScaledObjectSpecScaleTargetRef extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getApiVersion() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getEnvSourceContainerName() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getKind() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ScaledObjectSpecScaleTargetRef}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ScaledObjectSpecScaleTargetRef}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ScaledObjectSpecScaleTargetRef> {
        java.lang.String name;
        java.lang.String apiVersion;
        java.lang.String envSourceContainerName;
        java.lang.String kind;

        /**
         * Sets the value of {@link ScaledObjectSpecScaleTargetRef#getName}
         * @param name the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecScaleTargetRef#getApiVersion}
         * @param apiVersion the value to be set.
         * @return {@code this}
         */
        public Builder apiVersion(java.lang.String apiVersion) {
            this.apiVersion = apiVersion;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecScaleTargetRef#getEnvSourceContainerName}
         * @param envSourceContainerName the value to be set.
         * @return {@code this}
         */
        public Builder envSourceContainerName(java.lang.String envSourceContainerName) {
            this.envSourceContainerName = envSourceContainerName;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecScaleTargetRef#getKind}
         * @param kind the value to be set.
         * @return {@code this}
         */
        public Builder kind(java.lang.String kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ScaledObjectSpecScaleTargetRef}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ScaledObjectSpecScaleTargetRef build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ScaledObjectSpecScaleTargetRef}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ScaledObjectSpecScaleTargetRef {
        private final java.lang.String name;
        private final java.lang.String apiVersion;
        private final java.lang.String envSourceContainerName;
        private final java.lang.String kind;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.apiVersion = software.amazon.jsii.Kernel.get(this, "apiVersion", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.envSourceContainerName = software.amazon.jsii.Kernel.get(this, "envSourceContainerName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.kind = software.amazon.jsii.Kernel.get(this, "kind", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.apiVersion = builder.apiVersion;
            this.envSourceContainerName = builder.envSourceContainerName;
            this.kind = builder.kind;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final java.lang.String getApiVersion() {
            return this.apiVersion;
        }

        @Override
        public final java.lang.String getEnvSourceContainerName() {
            return this.envSourceContainerName;
        }

        @Override
        public final java.lang.String getKind() {
            return this.kind;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("name", om.valueToTree(this.getName()));
            if (this.getApiVersion() != null) {
                data.set("apiVersion", om.valueToTree(this.getApiVersion()));
            }
            if (this.getEnvSourceContainerName() != null) {
                data.set("envSourceContainerName", om.valueToTree(this.getEnvSourceContainerName()));
            }
            if (this.getKind() != null) {
                data.set("kind", om.valueToTree(this.getKind()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.ScaledObjectSpecScaleTargetRef"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ScaledObjectSpecScaleTargetRef.Jsii$Proxy that = (ScaledObjectSpecScaleTargetRef.Jsii$Proxy) o;

            if (!name.equals(that.name)) return false;
            if (this.apiVersion != null ? !this.apiVersion.equals(that.apiVersion) : that.apiVersion != null) return false;
            if (this.envSourceContainerName != null ? !this.envSourceContainerName.equals(that.envSourceContainerName) : that.envSourceContainerName != null) return false;
            return this.kind != null ? this.kind.equals(that.kind) : that.kind == null;
        }

        @Override
        public final int hashCode() {
            int result = this.name.hashCode();
            result = 31 * result + (this.apiVersion != null ? this.apiVersion.hashCode() : 0);
            result = 31 * result + (this.envSourceContainerName != null ? this.envSourceContainerName.hashCode() : 0);
            result = 31 * result + (this.kind != null ? this.kind.hashCode() : 0);
            return result;
        }
    }
}
