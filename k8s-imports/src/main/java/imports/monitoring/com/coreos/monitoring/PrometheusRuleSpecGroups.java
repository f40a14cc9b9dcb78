package imports.monitoring.com.coreos.monitoring;

/**
 * RuleGroup is a list of sequentially evaluated recording and alerting rules.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.574Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.PrometheusRuleSpecGroups")
@software.amazon.jsii.Jsii.Proxy(PrometheusRuleSpecGroups.Jsii$Proxy.class)
public interface PrometheusRuleSpecGroups extends software.amazon.jsii.JsiiSerializable {

    /**
     * name defines the name of the rule group.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     * interval defines how often rules in the group are evaluated.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getInterval() {
        return null;
    }

    /**
     * labels define the labels to add or overwrite before storing the result for its rules.
     * <p>
     * The labels defined at the rule level take precedence.
     * <p>
     * It requires Prometheus &gt;= 3.0.0.
     * The field is ignored for Thanos Ruler.
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getLabels() {
        return null;
    }

    /**
     * limit defines the number of alerts an alerting rule and series a recording rule can produce.
     * <p>
     * Limit is supported starting with Prometheus &gt;= 2.31 and Thanos Ruler &gt;= 0.24.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getLimit() {
        return null;
    }

    /**
     * partial_response_strategy is only used by ThanosRuler and will be ignored by Prometheus instances.
     * <p>
     * More info: https://github.com/thanos-io/thanos/blob/main/docs/components/rule.md#partial-response
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getPartialResponseStrategy() {
        return null;
    }

    /**
     * query_offset defines the offset the rule evaluation timestamp of this particular group by the specified duration into the past.
     * <p>
     * It requires Prometheus &gt;= v2.53.0.
     * It is not supported for ThanosRuler.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getQueryOffset() {
        return null;
    }

    /**
     * rules defines the list of alerting and recording rules.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRules> getRules() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PrometheusRuleSpecGroups}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PrometheusRuleSpecGroups}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PrometheusRuleSpecGroups> {
        java.lang.String name;
        java.lang.String interval;
        java.util.Map<java.lang.String, java.lang.String> labels;
        java.lang.Number limit;
        java.lang.String partialResponseStrategy;
        java.lang.String queryOffset;
        java.util.List<imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRules> rules;

        /**
         * Sets the value of {@link PrometheusRuleSpecGroups#getName}
         * @param name name defines the name of the rule group. This parameter is required.
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link PrometheusRuleSpecGroups#getInterval}
         * @param interval interval defines how often rules in the group are evaluated.
         * @return {@code this}
         */
        public Builder interval(java.lang.String interval) {
            this.interval = interval;
            return this;
        }

        /**
         * Sets the value of {@link PrometheusRuleSpecGroups#getLabels}
         * @param labels labels define the labels to add or overwrite before storing the result for its rules.
         *               The labels defined at the rule level take precedence.
         *               <p>
         *               It requires Prometheus &gt;= 3.0.0.
         *               The field is ignored for Thanos Ruler.
         * @return {@code this}
         */
        public Builder labels(java.util.Map<java.lang.String, java.lang.String> labels) {
            this.labels = labels;
            return this;
        }

        /**
         * Sets the value of {@link PrometheusRuleSpecGroups#getLimit}
         * @param limit limit defines the number of alerts an alerting rule and series a recording rule can produce.
         *              Limit is supported starting with Prometheus &gt;= 2.31 and Thanos Ruler &gt;= 0.24.
         * @return {@code this}
         */
        public Builder limit(java.lang.Number limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets the value of {@link PrometheusRuleSpecGroups#getPartialResponseStrategy}
         * @param partialResponseStrategy partial_response_strategy is only used by ThanosRuler and will be ignored by Prometheus instances.
         *                                More info: https://github.com/thanos-io/thanos/blob/main/docs/components/rule.md#partial-response
         * @return {@code this}
         */
        public Builder partialResponseStrategy(java.lang.String partialResponseStrategy) {
            this.partialResponseStrategy = partialResponseStrategy;
            return this;
        }

        /**
         * Sets the value of {@link PrometheusRuleSpecGroups#getQueryOffset}
         * @param queryOffset query_offset defines the offset the rule evaluation timestamp of this particular group by the specified duration into the past.
         *                    It requires Prometheus &gt;= v2.53.0.
         *                    It is not supported for ThanosRuler.
         * @return {@code this}
         */
        public Builder queryOffset(java.lang.String queryOffset) {
            this.queryOffset = queryOffset;
            return this;
        }

        /**
         * Sets the value of {@link PrometheusRuleSpecGroups#getRules}
         * @param rules rules defines the list of alerting and recording rules.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder rules(java.util.List<? extends imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRules> rules) {
            this.rules = (java.util.List<imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRules>)rules;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PrometheusRuleSpecGroups}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PrometheusRuleSpecGroups build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PrometheusRuleSpecGroups}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PrometheusRuleSpecGroups {
        private final java.lang.String name;
        private final java.lang.String interval;
        private final java.util.Map<java.lang.String, java.lang.String> labels;
        private final java.lang.Number limit;
        private final java.lang.String partialResponseStrategy;
        private final java.lang.String queryOffset;
        private final java.util.List<imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRules> rules;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.interval = software.amazon.jsii.Kernel.get(this, "interval", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.labels = software.amazon.jsii.Kernel.get(this, "labels", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.limit = software.amazon.jsii.Kernel.get(this, "limit", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.partialResponseStrategy = software.amazon.jsii.Kernel.get(this, "partialResponseStrategy", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.queryOffset = software.amazon.jsii.Kernel.get(this, "queryOffset", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.rules = software.amazon.jsii.Kernel.get(this, "rules", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRules.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.interval = builder.interval;
            this.labels = builder.labels;
            this.limit = builder.limit;
            this.partialResponseStrategy = builder.partialResponseStrategy;
            this.queryOffset = builder.queryOffset;
            this.rules = (java.util.List<imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRules>)builder.rules;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final java.lang.String getInterval() {
            return this.interval;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getLabels() {
            return this.labels;
        }

        @Override
        public final java.lang.Number getLimit() {
            return this.limit;
        }

        @Override
        public final java.lang.String getPartialResponseStrategy() {
            return this.partialResponseStrategy;
        }

        @Override
        public final java.lang.String getQueryOffset() {
            return this.queryOffset;
        }

        @Override
        public final java.util.List<imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRules> getRules() {
            return this.rules;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("name", om.valueToTree(this.getName()));
            if (this.getInterval() != null) {
                data.set("interval", om.valueToTree(this.getInterval()));
            }
            if (this.getLabels() != null) {
                data.set("labels", om.valueToTree(this.getLabels()));
            }
            if (this.getLimit() != null) {
                data.set("limit", om.valueToTree(this.getLimit()));
            }
            if (this.getPartialResponseStrategy() != null) {
                data.set("partialResponseStrategy", om.valueToTree(this.getPartialResponseStrategy()));
            }
            if (this.getQueryOffset() != null) {
                data.set("queryOffset", om.valueToTree(this.getQueryOffset()));
            }
            if (this.getRules() != null) {
                data.set("rules", om.valueToTree(this.getRules()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("monitoring_comcoreosmonitoring.PrometheusRuleSpecGroups"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PrometheusRuleSpecGroups.Jsii$Proxy that = (PrometheusRuleSpecGroups.Jsii$Proxy) o;

            if (!name.equals(that.name)) return false;
            if (this.interval != null ? !this.interval.equals(that.interval) : that.interval != null) return false;
            if (this.labels != null ? !this.labels.equals(that.labels) : that.labels != null) return false;
            if (this.limit != null ? !this.limit.equals(that.limit) : that.limit != null) return false;
            if (this.partialResponseStrategy != null ? !this.partialResponseStrategy.equals(that.partialResponseStrategy) : that.partialResponseStrategy != null) return false;
            if (this.queryOffset != null ? !this.queryOffset.equals(that.queryOffset) : that.queryOffset != null) return false;
            return this.rules != null ? this.rules.equals(that.rules) : that.rules == null;
        }

        @Override
        public final int hashCode() {
            int result = this.name.hashCode();
            result = 31 * result + (this.interval != null ? this.interval.hashCode() : 0);
            result = 31 * result + (this.labels != null ? this.labels.hashCode() : 0);
            result = 31 * result + (this.limit != null ? this.limit.hashCode() : 0);
            result = 31 * result + (this.partialResponseStrategy != null ? this.partialResponseStrategy.hashCode() : 0);
            result = 31 * result + (this.queryOffset != null ? this.queryOffset.hashCode() : 0);
            result = 31 * result + (this.rules != null ? this.rules.hashCode() : 0);
            return result;
        }
    }
}
