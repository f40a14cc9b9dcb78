package imports.monitoring.com.coreos.monitoring;

/**
 * Rule describes an alerting or recording rule See Prometheus documentation: <a href="https://www.prometheus.io/docs/prometheus/latest/configuration/alerting_rules/">alerting</a> or <a href="https://www.prometheus.io/docs/prometheus/latest/configuration/recording_rules/#recording-rules">recording</a> rule.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.593Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.PrometheusRuleSpecGroupsRules")
@software.amazon.jsii.Jsii.Proxy(PrometheusRuleSpecGroupsRules.Jsii$Proxy.class)
public interface PrometheusRuleSpecGroupsRules extends software.amazon.jsii.JsiiSerializable {

    /**
     * expr defines the PromQL expression to evaluate.
     */
    @org.jetbrains.annotations.NotNull imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRulesExpr getExpr();

    /**
     * alert defines the name of the alert.
     * <p>
     * Must be a valid label value.
     * Only one of <code>record</code> and <code>alert</code> must be set.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getAlert() {
        return null;
    }

    /**
     * annotations defines annotations to add to each alert.
     * <p>
     * Only valid for alerting rules.
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getAnnotations() {
        return null;
    }

    /**
     * for defines how alerts are considered firing once they have been returned for this long.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getForValue() {
        return null;
    }

    /**
     * keep_firing_for defines how long an alert will continue firing after the condition that triggered it has cleared.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getKeepFiringFor() {
        return null;
    }

    /**
     * labels defines labels to add or overwrite.
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getLabels() {
        return null;
    }

    /**
     * record defines the name of the time series to output to.
     * <p>
     * Must be a valid metric name.
     * Only one of <code>record</code> and <code>alert</code> must be set.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getRecord() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PrometheusRuleSpecGroupsRules}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PrometheusRuleSpecGroupsRules}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PrometheusRuleSpecGroupsRules> {
        imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRulesExpr expr;
        java.lang.String alert;
        java.util.Map<java.lang.String, java.lang.String> annotations;
        java.lang.String forValue;
        java.lang.String keepFiringFor;
        java.util.Map<java.lang.String, java.lang.String> labels;
        java.lang.String record;

        /**
         * Sets the value of {@link PrometheusRuleSpecGroupsRules#getExpr}
         * @param expr expr defines the PromQL expression to evaluate. This parameter is required.
         * @return {@code this}
         */
        public Builder expr(imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRulesExpr expr) {
            this.expr = expr;
            return this;
        }

        /**
         * Sets the value of {@link PrometheusRuleSpecGroupsRules#getAlert}
         * @param alert alert defines the name of the alert.
         *              Must be a valid label value.
         *              Only one of <code>record</code> and <code>alert</code> must be set.
         * @return {@code this}
         */
        public Builder alert(java.lang.String alert) {
            this.alert = alert;
            return this;
        }

        /**
         * Sets the value of {@link PrometheusRuleSpecGroupsRules#getAnnotations}
         * @param annotations annotations defines annotations to add to each alert.
         *                    Only valid for alerting rules.
         * @return {@code this}
         */
        public Builder annotations(java.util.Map<java.lang.String, java.lang.String> annotations) {
            this.annotations = annotations;
            return this;
        }

        /**
         * Sets the value of {@link PrometheusRuleSpecGroupsRules#getForValue}
         * @param forValue for defines how alerts are considered firing once they have been returned for this long.
         * @return {@code this}
         */
        public Builder forValue(java.lang.String forValue) {
            this.forValue = forValue;
            return this;
        }

        /**
         * Sets the value of {@link PrometheusRuleSpecGroupsRules#getKeepFiringFor}
         * @param keepFiringFor keep_firing_for defines how long an alert will continue firing after the condition that triggered it has cleared.
         * @return {@code this}
         */
        public Builder keepFiringFor(java.lang.String keepFiringFor) {
            this.keepFiringFor = keepFiringFor;
            return this;
        }

        /**
         * Sets the value of {@link PrometheusRuleSpecGroupsRules#getLabels}
         * @param labels labels defines labels to add or overwrite.
         * @return {@code this}
         */
        public Builder labels(java.util.Map<java.lang.String, java.lang.String> labels) {
            this.labels = labels;
            return this;
        }

        /**
         * Sets the value of {@link PrometheusRuleSpecGroupsRules#getRecord}
         * @param record record defines the name of the time series to output to.
         *               Must be a valid metric name.
         *               Only one of <code>record</code> and <code>alert</code> must be set.
         * @return {@code this}
         */
        public Builder record(java.lang.String record) {
            this.record = record;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PrometheusRuleSpecGroupsRules}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PrometheusRuleSpecGroupsRules build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PrometheusRuleSpecGroupsRules}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PrometheusRuleSpecGroupsRules {
        private final imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRulesExpr expr;
        private final java.lang.String alert;
        private final java.util.Map<java.lang.String, java.lang.String> annotations;
        private final java.lang.String forValue;
        private final java.lang.String keepFiringFor;
        private final java.util.Map<java.lang.String, java.lang.String> labels;
        private final java.lang.String record;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.expr = software.amazon.jsii.Kernel.get(this, "expr", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRulesExpr.class));
            this.alert = software.amazon.jsii.Kernel.get(this, "alert", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.annotations = software.amazon.jsii.Kernel.get(this, "annotations", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.forValue = software.amazon.jsii.Kernel.get(this, "for", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.keepFiringFor = software.amazon.jsii.Kernel.get(this, "keepFiringFor", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.labels = software.amazon.jsii.Kernel.get(this, "labels", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.record = software.amazon.jsii.Kernel.get(this, "record", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.expr = java.util.Objects.requireNonNull(builder.expr, "expr is required");
            this.alert = builder.alert;
            this.annotations = builder.annotations;
            this.forValue = builder.forValue;
            this.keepFiringFor = builder.keepFiringFor;
            this.labels = builder.labels;
            this.record = builder.record;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRulesExpr getExpr() {
            return this.expr;
        }

        @Override
        public final java.lang.String getAlert() {
            return this.alert;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getAnnotations() {
            return this.annotations;
        }

        @Override
        public final java.lang.String getForValue() {
            return this.forValue;
        }

        @Override
        public final java.lang.String getKeepFiringFor() {
            return this.keepFiringFor;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getLabels() {
            return this.labels;
        }

        @Override
        public final java.lang.String getRecord() {
            return this.record;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("expr", om.valueToTree(this.getExpr()));
            if (this.getAlert() != null) {
                data.set("alert", om.valueToTree(this.getAlert()));
            }
            if (this.getAnnotations() != null) {
                data.set("annotations", om.valueToTree(this.getAnnotations()));
            }
            if (this.getForValue() != null) {
                data.set("for", om.valueToTree(this.getForValue()));
            }
            if (this.getKeepFiringFor() != null) {
                data.set("keepFiringFor", om.valueToTree(this.getKeepFiringFor()));
            }
            if (this.getLabels() != null) {
                data.set("labels", om.valueToTree(this.getLabels()));
            }
            if (this.getRecord() != null) {
                data.set("record", om.valueToTree(this.getRecord()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("monitoring_comcoreosmonitoring.PrometheusRuleSpecGroupsRules"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PrometheusRuleSpecGroupsRules.Jsii$Proxy that = (PrometheusRuleSpecGroupsRules.Jsii$Proxy) o;

            if (!expr.equals(that.expr)) return false;
            if (this.alert != null ? !this.alert.equals(that.alert) : that.alert != null) return false;
            if (this.annotations != null ? !this.annotations.equals(that.annotations) : that.annotations != null) return false;
            if (this.forValue != null ? !this.forValue.equals(that.forValue) : that.forValue != null) return false;
            if (this.keepFiringFor != null ? !this.keepFiringFor.equals(that.keepFiringFor) : that.keepFiringFor != null) return false;
            if (this.labels != null ? !this.labels.equals(that.labels) : that.labels != null) return false;
            return this.record != null ? this.record.equals(that.record) : that.record == null;
        }

        @Override
        public final int hashCode() {
            int result = this.expr.hashCode();
            result = 31 * result + (this.alert != null ? this.alert.hashCode() : 0);
            result = 31 * result + (this.annotations != null ? this.annotations.hashCode() : 0);
            result = 31 * result + (this.forValue != null ? this.forValue.hashCode() : 0);
            result = 31 * result + (this.keepFiringFor != null ? this.keepFiringFor.hashCode() : 0);
            result = 31 * result + (this.labels != null ? this.labels.hashCode() : 0);
            result = 31 * result + (this.record != null ? this.record.hashCode() : 0);
            return result;
        }
    }
}
