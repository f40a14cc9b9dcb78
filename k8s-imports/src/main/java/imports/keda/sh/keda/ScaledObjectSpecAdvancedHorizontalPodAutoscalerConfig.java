package imports.keda.sh.keda;

/**
 * HorizontalPodAutoscalerConfig specifies horizontal scale config.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.828Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig")
@software.amazon.jsii.Jsii.Proxy(ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig.Jsii$Proxy.class)
public interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig extends software.amazon.jsii.JsiiSerializable {

    /**
     * HorizontalPodAutoscalerBehavior configures the scaling behavior of the target in both Up and Down directions (scaleUp and scaleDown fields respectively).
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior getBehavior() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getName() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig> {
        imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior behavior;
        java.lang.String name;

        /**
         * Sets the value of {@link ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig#getBehavior}
         * @param behavior HorizontalPodAutoscalerBehavior configures the scaling behavior of the target in both Up and Down directions (scaleUp and scaleDown fields respectively).
         * @return {@code this}
         */
        public Builder behavior(imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior behavior) {
            this.behavior = behavior;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig#getName}
         * @param name the value to be set.
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig {
        private final imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior behavior;
        private final java.lang.String name;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.behavior = software.amazon.jsii.Kernel.get(this, "behavior", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior.class));
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.behavior = builder.behavior;
            this.name = builder.name;
        }

        @Override
        public final imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior getBehavior() {
            return this.behavior;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getBehavior() != null) {
                data.set("behavior", om.valueToTree(this.getBehavior()));
            }
            if (this.getName() != null) {
                data.set("name", om.valueToTree(this.getName()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig.Jsii$Proxy that = (ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig.Jsii$Proxy) o;

            if (this.behavior != null ? !this.behavior.equals(that.behavior) : that.behavior != null) return false;
            return this.name != null ? this.name.equals(that.name) : that.name == null;
        }

        @Override
        public final int hashCode() {
            int result = this.behavior != null ? this.behavior.hashCode() : 0;
            result = 31 * result + (this.name != null ? this.name.hashCode() : 0);
            return result;
        }
    }
}
