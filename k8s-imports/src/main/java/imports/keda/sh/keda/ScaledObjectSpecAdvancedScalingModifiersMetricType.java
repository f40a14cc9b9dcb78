package imports.keda.sh.keda;

/**
 * MetricTargetType specifies the type of metric being targeted, and should be either "Value", "AverageValue", or "Utilization".
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.851Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.ScaledObjectSpecAdvancedScalingModifiersMetricType")
public enum ScaledObjectSpecAdvancedScalingModifiersMetricType {
    /**
     * AverageValue.
     */
    AVERAGE_VALUE,
    /**
     * Value.
     */
    VALUE,
}
