package imports.keda.sh.keda;

/**
 * ScalingModifiers describes advanced scaling logic options like formula.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.849Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.ScaledObjectSpecAdvancedScalingModifiers")
@software.amazon.jsii.Jsii.Proxy(ScaledObjectSpecAdvancedScalingModifiers.Jsii$Proxy.class)
public interface ScaledObjectSpecAdvancedScalingModifiers extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getActivationTarget() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getFormula() {
        return null;
    }

    /**
     * MetricTargetType specifies the type of metric being targeted, and should be either "Value", "AverageValue", or "Utilization".
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.ScaledObjectSpecAdvancedScalingModifiersMetricType getMetricType() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getTarget() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ScaledObjectSpecAdvancedScalingModifiers}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ScaledObjectSpecAdvancedScalingModifiers}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ScaledObjectSpecAdvancedScalingModifiers> {
        java.lang.String activationTarget;
        java.lang.String formula;
        imports.keda.sh.keda.ScaledObjectSpecAdvancedScalingModifiersMetricType metricType;
        java.lang.String target;

        /**
         * Sets the value of {@link ScaledObjectSpecAdvancedScalingModifiers#getActivationTarget}
         * @param activationTarget the value to be set.
         * @return {@code this}
         */
        public Builder activationTarget(java.lang.String activationTarget) {
            this.activationTarget = activationTarget;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecAdvancedScalingModifiers#getFormula}
         * @param formula the value to be set.
         * @return {@code this}
         */
        public Builder formula(java.lang.String formula) {
            this.formula = formula;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecAdvancedScalingModifiers#getMetricType}
         * @param metricType MetricTargetType specifies the type of metric being targeted, and should be either "Value", "AverageValue", or "Utilization".
         * @return {@code this}
         */
        public Builder metricType(imports.keda.sh.keda.ScaledObjectSpecAdvancedScalingModifiersMetricType metricType) {
            this.metricType = metricType;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecAdvancedScalingModifiers#getTarget}
         * @param target the value to be set.
         * @return {@code this}
         */
        public Builder target(java.lang.String target) {
            this.target = target;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ScaledObjectSpecAdvancedScalingModifiers}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ScaledObjectSpecAdvancedScalingModifiers build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ScaledObjectSpecAdvancedScalingModifiers}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ScaledObjectSpecAdvancedScalingModifiers {
        private final java.lang.String activationTarget;
        private final java.lang.String formula;
        private final imports.keda.sh.keda.ScaledObjectSpecAdvancedScalingModifiersMetricType metricType;
        private final java.lang.String target;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.activationTarget = software.amazon.jsii.Kernel.get(this, "activationTarget", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.formula = software.amazon.jsii.Kernel.get(this, "formula", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.metricType = software.amazon.jsii.Kernel.get(this, "metricType", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.ScaledObjectSpecAdvancedScalingModifiersMetricType.class));
            this.target = software.amazon.jsii.Kernel.get(this, "target", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.activationTarget = builder.activationTarget;
            this.formula = builder.formula;
            this.metricType = builder.metricType;
            this.target = builder.target;
        }

        @Override
        public final java.lang.String getActivationTarget() {
            return this.activationTarget;
        }

        @Override
        public final java.lang.String getFormula() {
            return this.formula;
        }

        @Override
        public final imports.keda.sh.keda.ScaledObjectSpecAdvancedScalingModifiersMetricType getMetricType() {
            return this.metricType;
        }

        @Override
        public final java.lang.String getTarget() {
            return this.target;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getActivationTarget() != null) {
                data.set("activationTarget", om.valueToTree(this.getActivationTarget()));
            }
            if (this.getFormula() != null) {
                data.set("formula", om.valueToTree(this.getFormula()));
            }
            if (this.getMetricType() != null) {
                data.set("metricType", om.valueToTree(this.getMetricType()));
            }
            if (this.getTarget() != null) {
                data.set("target", om.valueToTree(this.getTarget()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.ScaledObjectSpecAdvancedScalingModifiers"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ScaledObjectSpecAdvancedScalingModifiers.Jsii$Proxy that = (ScaledObjectSpecAdvancedScalingModifiers.Jsii$Proxy) o;

            if (this.activationTarget != null ? !this.activationTarget.equals(that.activationTarget) : that.activationTarget != null) return false;
            if (this.formula != null ? !this.formula.equals(that.formula) : that.formula != null) return false;
            if (this.metricType != null ? !this.metricType.equals(that.metricType) : that.metricType != null) return false;
            return this.target != null ? this.target.equals(that.target) : that.target == null;
        }

        @Override
        public final int hashCode() {
            int result = this.activationTarget != null ? this.activationTarget.hashCode() : 0;
            result = 31 * result + (this.formula != null ? this.formula.hashCode() : 0);
            result = 31 * result + (this.metricType != null ? this.metricType.hashCode() : 0);
            result = 31 * result + (this.target != null ? this.target.hashCode() : 0);
            return result;
        }
    }
}
