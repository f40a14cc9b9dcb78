package imports.monitoring.com.coreos.monitoring;

/**
 * spec defines the specification of desired alerting rule definitions for Prometheus.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.574Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.PrometheusRuleSpec")
@software.amazon.jsii.Jsii.Proxy(PrometheusRuleSpec.Jsii$Proxy.class)
public interface PrometheusRuleSpec extends software.amazon.jsii.JsiiSerializable {

    /**
     * groups defines the content of Prometheus rule file.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroups> getGroups() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PrometheusRuleSpec}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PrometheusRuleSpec}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PrometheusRuleSpec> {
        java.util.List<imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroups> groups;

        /**
         * Sets the value of {@link PrometheusRuleSpec#getGroups}
         * @param groups groups defines the content of Prometheus rule file.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder groups(java.util.List<? extends imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroups> groups) {
            this.groups = (java.util.List<imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroups>)groups;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PrometheusRuleSpec}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PrometheusRuleSpec build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PrometheusRuleSpec}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PrometheusRuleSpec {
        private final java.util.List<imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroups> groups;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.groups = software.amazon.jsii.Kernel.get(this, "groups", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroups.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.groups = (java.util.List<imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroups>)builder.groups;
        }

        @Override
        public final java.util.List<imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroups> getGroups() {
            return this.groups;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getGroups() != null) {
                data.set("groups", om.valueToTree(this.getGroups()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("monitoring_comcoreosmonitoring.PrometheusRuleSpec"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PrometheusRuleSpec.Jsii$Proxy that = (PrometheusRuleSpec.Jsii$Proxy) o;

            return this.groups != null ? this.groups.equals(that.groups) : that.groups == null;
        }

        @Override
        public final int hashCode() {
            int result = this.groups != null ? this.groups.hashCode() : 0;
            return result;
        }
    }
}
