package imports.keda.sh.keda;

/**
 * scaleUp is scaling policy for scaling Up.
 * <p>
 * If not set, the default value is the higher of:
 * <p>
 * <ul>
 * <li>increase no more than 4 pods per 60 seconds</li>
 * <li>double the number of pods per 60 seconds
 * No stabilization is used.</li>
 * </ul>
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.843Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp")
@software.amazon.jsii.Jsii.Proxy(ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp.Jsii$Proxy.class)
public interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp extends software.amazon.jsii.JsiiSerializable {

    /**
     * policies is a list of potential scaling polices which can be used during scaling.
     * <p>
     * If not set, use the default values:
     * <p>
     * <ul>
     * <li>For scale up: allow doubling the number of pods, or an absolute change of 4 pods in a 15s window.</li>
     * <li>For scale down: allow all pods to be removed in a 15s window.</li>
     * </ul>
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies> getPolicies() {
        return null;
    }

    /**
     * selectPolicy is used to specify which policy should be used.
     * <p>
     * If not set, the default value Max is used.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getSelectPolicy() {
        return null;
    }

    /**
     * stabilizationWindowSeconds is the number of seconds for which past recommendations should be considered while scaling up or scaling down.
     * <p>
     * StabilizationWindowSeconds must be greater than or equal to zero and less than or equal to 3600 (one hour).
     * If not set, use the default values:
     * <p>
     * <ul>
     * <li>For scale up: 0 (i.e. no stabilization is done).</li>
     * <li>For scale down: 300 (i.e. the stabilization window is 300 seconds long).</li>
     * </ul>
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getStabilizationWindowSeconds() {
        return null;
    }

    /**
     * tolerance is the tolerance on the ratio between the current and desired metric value under which no updates are made to the desired number of replicas (e.g. 0.01 for 1%). Must be greater than or equal to zero. If not set, the default cluster-wide tolerance is applied (by default 10%).
     * <p>
     * For example, if autoscaling is configured with a memory consumption target of 100Mi,
     * and scale-down and scale-up tolerances of 5% and 1% respectively, scaling will be
     * triggered when the actual consumption falls below 95Mi or exceeds 101Mi.
     * <p>
     * This is an beta field and requires the HPAConfigurableTolerance feature
     * gate to be enabled.
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance getTolerance() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp> {
        java.util.List<imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies> policies;
        java.lang.String selectPolicy;
        java.lang.Number stabilizationWindowSeconds;
        imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance tolerance;

        /**
         * Sets the value of {@link ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp#getPolicies}
         * @param policies policies is a list of potential scaling polices which can be used during scaling.
         *                 If not set, use the default values:
         *                 <p>
         *                 <ul>
         *                 <li>For scale up: allow doubling the number of pods, or an absolute change of 4 pods in a 15s window.</li>
         *                 <li>For scale down: allow all pods to be removed in a 15s window.</li>
         *                 </ul>
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder policies(java.util.List<? extends imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies> policies) {
            this.policies = (java.util.List<imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies>)policies;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp#getSelectPolicy}
         * @param selectPolicy selectPolicy is used to specify which policy should be used.
         *                     If not set, the default value Max is used.
         * @return {@code this}
         */
        public Builder selectPolicy(java.lang.String selectPolicy) {
            this.selectPolicy = selectPolicy;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp#getStabilizationWindowSeconds}
         * @param stabilizationWindowSeconds stabilizationWindowSeconds is the number of seconds for which past recommendations should be considered while scaling up or scaling down.
         *                                   StabilizationWindowSeconds must be greater than or equal to zero and less than or equal to 3600 (one hour).
         *                                   If not set, use the default values:
         *                                   <p>
         *                                   <ul>
         *                                   <li>For scale up: 0 (i.e. no stabilization is done).</li>
         *                                   <li>For scale down: 300 (i.e. the stabilization window is 300 seconds long).</li>
         *                                   </ul>
         * @return {@code this}
         */
        public Builder stabilizationWindowSeconds(java.lang.Number stabilizationWindowSeconds) {
            this.stabilizationWindowSeconds = stabilizationWindowSeconds;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp#getTolerance}
         * @param tolerance tolerance is the tolerance on the ratio between the current and desired metric value under which no updates are made to the desired number of replicas (e.g. 0.01 for 1%). Must be greater than or equal to zero. If not set, the default cluster-wide tolerance is applied (by default 10%).
         *                  For example, if autoscaling is configured with a memory consumption target of 100Mi,
         *                  and scale-down and scale-up tolerances of 5% and 1% respectively, scaling will be
         *                  triggered when the actual consumption falls below 95Mi or exceeds 101Mi.
         *                  <p>
         *                  This is an beta field and requires the HPAConfigurableTolerance feature
         *                  gate to be enabled.
         * @return {@code this}
         */
        public Builder tolerance(imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance tolerance) {
            this.tolerance = tolerance;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp {
        private final java.util.List<imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies> policies;
        private final java.lang.String selectPolicy;
        private final java.lang.Number stabilizationWindowSeconds;
        private final imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance tolerance;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.policies = software.amazon.jsii.Kernel.get(this, "policies", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies.class)));
            this.selectPolicy = software.amazon.jsii.Kernel.get(this, "selectPolicy", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.stabilizationWindowSeconds = software.amazon.jsii.Kernel.get(this, "stabilizationWindowSeconds", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.tolerance = software.amazon.jsii.Kernel.get(this, "tolerance", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.policies = (java.util.List<imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies>)builder.policies;
            this.selectPolicy = builder.selectPolicy;
            this.stabilizationWindowSeconds = builder.stabilizationWindowSeconds;
            this.tolerance = builder.tolerance;
        }

        @Override
        public final java.util.List<imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies> getPolicies() {
            return this.policies;
        }

        @Override
        public final java.lang.String getSelectPolicy() {
            return this.selectPolicy;
        }

        @Override
        public final java.lang.Number getStabilizationWindowSeconds() {
            return this.stabilizationWindowSeconds;
        }

        @Override
        public final imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance getTolerance() {
            return this.tolerance;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getPolicies() != null) {
                data.set("policies", om.valueToTree(this.getPolicies()));
            }
            if (this.getSelectPolicy() != null) {
                data.set("selectPolicy", om.valueToTree(this.getSelectPolicy()));
            }
            if (this.getStabilizationWindowSeconds() != null) {
                data.set("stabilizationWindowSeconds", om.valueToTree(this.getStabilizationWindowSeconds()));
            }
            if (this.getTolerance() != null) {
                data.set("tolerance", om.valueToTree(this.getTolerance()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp.Jsii$Proxy that = (ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp.Jsii$Proxy) o;

            if (this.policies != null ? !this.policies.equals(that.policies) : that.policies != null) return false;
            if (this.selectPolicy != null ? !this.selectPolicy.equals(that.selectPolicy) : that.selectPolicy != null) return false;
            if (this.stabilizationWindowSeconds != null ? !this.stabilizationWindowSeconds.equals(that.stabilizationWindowSeconds) : that.stabilizationWindowSeconds != null) return false;
            return this.tolerance != null ? this.tolerance.equals(that.tolerance) : that.tolerance == null;
        }

        @Override
        public final int hashCode() {
            int result = this.policies != null ? this.policies.hashCode() : 0;
            result = 31 * result + (this.selectPolicy != null ? this.selectPolicy.hashCode() : 0);
            result = 31 * result + (this.stabilizationWindowSeconds != null ? this.stabilizationWindowSeconds.hashCode() : 0);
            result = 31 * result + (this.tolerance != null ? this.tolerance.hashCode() : 0);
            return result;
        }
    }
}
