package imports.keda.sh.keda;

/**
 * AdvancedConfig specifies advance scaling options.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.827Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.ScaledObjectSpecAdvanced")
@software.amazon.jsii.Jsii.Proxy(ScaledObjectSpecAdvanced.Jsii$Proxy.class)
public interface ScaledObjectSpecAdvanced extends software.amazon.jsii.JsiiSerializable {

    /**
     * HorizontalPodAutoscalerConfig specifies horizontal scale config.
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig getHorizontalPodAutoscalerConfig() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getRestoreToOriginalReplicaCount() {
        return null;
    }

    /**
     * ScalingModifiers describes advanced scaling logic options like formula.
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.ScaledObjectSpecAdvancedScalingModifiers getScalingModifiers() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ScaledObjectSpecAdvanced}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ScaledObjectSpecAdvanced}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ScaledObjectSpecAdvanced> {
        imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig horizontalPodAutoscalerConfig;
        java.lang.Boolean restoreToOriginalReplicaCount;
        imports.keda.sh.keda.ScaledObjectSpecAdvancedScalingModifiers scalingModifiers;

        /**
         * Sets the value of {@link ScaledObjectSpecAdvanced#getHorizontalPodAutoscalerConfig}
         * @param horizontalPodAutoscalerConfig HorizontalPodAutoscalerConfig specifies horizontal scale config.
         * @return {@code this}
         */
        public Builder horizontalPodAutoscalerConfig(imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig horizontalPodAutoscalerConfig) {
            this.horizontalPodAutoscalerConfig = horizontalPodAutoscalerConfig;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecAdvanced#getRestoreToOriginalReplicaCount}
         * @param restoreToOriginalReplicaCount the value to be set.
         * @return {@code this}
         */
        public Builder restoreToOriginalReplicaCount(java.lang.Boolean restoreToOriginalReplicaCount) {
            this.restoreToOriginalReplicaCount = restoreToOriginalReplicaCount;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecAdvanced#getScalingModifiers}
         * @param scalingModifiers ScalingModifiers describes advanced scaling logic options like formula.
         * @return {@code this}
         */
        public Builder scalingModifiers(imports.keda.sh.keda.ScaledObjectSpecAdvancedScalingModifiers scalingModifiers) {
            this.scalingModifiers = scalingModifiers;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ScaledObjectSpecAdvanced}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ScaledObjectSpecAdvanced build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ScaledObjectSpecAdvanced}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ScaledObjectSpecAdvanced {
        private final imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig horizontalPodAutoscalerConfig;
        private final java.lang.Boolean restoreToOriginalReplicaCount;
        private final imports.keda.sh.keda.ScaledObjectSpecAdvancedScalingModifiers scalingModifiers;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.horizontalPodAutoscalerConfig = software.amazon.jsii.Kernel.get(this, "horizontalPodAutoscalerConfig", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig.class));
            this.restoreToOriginalReplicaCount = software.amazon.jsii.Kernel.get(this, "restoreToOriginalReplicaCount", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.scalingModifiers = software.amazon.jsii.Kernel.get(this, "scalingModifiers", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.ScaledObjectSpecAdvancedScalingModifiers.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.horizontalPodAutoscalerConfig = builder.horizontalPodAutoscalerConfig;
            this.restoreToOriginalReplicaCount = builder.restoreToOriginalReplicaCount;
            this.scalingModifiers = builder.scalingModifiers;
        }

        @Override
        public final imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig getHorizontalPodAutoscalerConfig() {
            return this.horizontalPodAutoscalerConfig;
        }

        @Override
        public final java.lang.Boolean getRestoreToOriginalReplicaCount() {
            return this.restoreToOriginalReplicaCount;
        }

        @Override
        public final imports.keda.sh.keda.ScaledObjectSpecAdvancedScalingModifiers getScalingModifiers() {
            return this.scalingModifiers;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getHorizontalPodAutoscalerConfig() != null) {
                data.set("horizontalPodAutoscalerConfig", om.valueToTree(this.getHorizontalPodAutoscalerConfig()));
            }
            if (this.getRestoreToOriginalReplicaCount() != null) {
                data.set("restoreToOriginalReplicaCount", om.valueToTree(this.getRestoreToOriginalReplicaCount()));
            }
            if (this.getScalingModifiers() != null) {
                data.set("scalingModifiers", om.valueToTree(this.getScalingModifiers()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.ScaledObjectSpecAdvanced"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ScaledObjectSpecAdvanced.Jsii$Proxy that = (ScaledObjectSpecAdvanced.Jsii$Proxy) o;

            if (this.horizontalPodAutoscalerConfig != null ? !this.horizontalPodAutoscalerConfig.equals(that.horizontalPodAutoscalerConfig) : that.horizontalPodAutoscalerConfig != null) return false;
            if (this.restoreToOriginalReplicaCount != null ? !this.restoreToOriginalReplicaCount.equals(that.restoreToOriginalReplicaCount) : that.restoreToOriginalReplicaCount != null) return false;
            return this.scalingModifiers != null ? this.scalingModifiers.equals(that.scalingModifiers) : that.scalingModifiers == null;
        }

        @Override
        public final int hashCode() {
            int result = this.horizontalPodAutoscalerConfig != null ? this.horizontalPodAutoscalerConfig.hashCode() : 0;
            result = 31 * result + (this.restoreToOriginalReplicaCount != null ? this.restoreToOriginalReplicaCount.hashCode() : 0);
            result = 31 * result + (this.scalingModifiers != null ? this.scalingModifiers.hashCode() : 0);
            return result;
        }
    }
}
