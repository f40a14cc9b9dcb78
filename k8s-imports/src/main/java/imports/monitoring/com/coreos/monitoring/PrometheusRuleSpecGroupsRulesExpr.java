package imports.monitoring.com.coreos.monitoring;

/**
 * expr defines the PromQL expression to evaluate.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.594Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.PrometheusRuleSpecGroupsRulesExpr")
public class PrometheusRuleSpecGroupsRulesExpr extends software.amazon.jsii.JsiiObject {

    protected PrometheusRuleSpecGroupsRulesExpr(final software.amazon.jsii.JsiiObjectRef objRef) {
        super(objRef);
    }

    protected PrometheusRuleSpecGroupsRulesExpr(final software.amazon.jsii.JsiiObject.InitializationMode initializationMode) {
        super(initializationMode);
    }

    public static @org.jetbrains.annotations.NotNull imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRulesExpr fromNumber(final @org.jetbrains.annotations.NotNull java.lang.Number value) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRulesExpr.class, "fromNumber", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRulesExpr.class), new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    public static @org.jetbrains.annotations.NotNull imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRulesExpr fromString(final @org.jetbrains.annotations.NotNull java.lang.String value) {
        return software.amazon.jsii.JsiiObject.jsiiStaticCall(imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRulesExpr.class, "fromString", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRulesExpr.class), new Object[] { java.util.Objects.requireNonNull(value, "value is required") });
    }

    /**
     * Returns union: either {@link java.lang.String} or {@link java.lang.Number}
     */
    public @org.jetbrains.annotations.NotNull java.lang.Object getValue() {
        return software.amazon.jsii.Kernel.get(this, "value", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
    }
}
