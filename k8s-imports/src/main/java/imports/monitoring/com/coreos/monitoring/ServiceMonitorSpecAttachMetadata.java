package imports.monitoring.com.coreos.monitoring;

/**
 * attachMetadata defines additional metadata which is added to the discovered targets.
 * <p>
 * It requires Prometheus &gt;= v2.37.0.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.619Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.ServiceMonitorSpecAttachMetadata")
@software.amazon.jsii.Jsii.Proxy(ServiceMonitorSpecAttachMetadata.Jsii$Proxy.class)
public interface ServiceMonitorSpecAttachMetadata extends software.amazon.jsii.JsiiSerializable {

    /**
     * node when set to true, Prometheus attaches node metadata to the discovered targets.
     * <p>
     * The Prometheus service account must have the <code>list</code> and <code>watch</code>
     * permissions on the <code>Nodes</code> objects.
     * <p>
     * Node metadata labels are not automatically added to scraped metrics. They are
     * exposed as <code>__meta_kubernetes_node_*</code> labels and can be copied to timeseries
     * with relabeling configuration.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getNode() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ServiceMonitorSpecAttachMetadata}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ServiceMonitorSpecAttachMetadata}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ServiceMonitorSpecAttachMetadata> {
        java.lang.Boolean node;

        /**
         * Sets the value of {@link ServiceMonitorSpecAttachMetadata#getNode}
         * @param node node when set to true, Prometheus attaches node metadata to the discovered targets.
         *             The Prometheus service account must have the <code>list</code> and <code>watch</code>
         *             permissions on the <code>Nodes</code> objects.
         *             <p>
         *             Node metadata labels are not automatically added to scraped metrics. They are
         *             exposed as <code>__meta_kubernetes_node_*</code> labels and can be copied to timeseries
         *             with relabeling configuration.
         * @return {@code this}
         */
        public Builder node(java.lang.Boolean node) {
            this.node = node;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ServiceMonitorSpecAttachMetadata}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ServiceMonitorSpecAttachMetadata build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ServiceMonitorSpecAttachMetadata}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ServiceMonitorSpecAttachMetadata {
        private final java.lang.Boolean node;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.node = software.amazon.jsii.Kernel.get(this, "node", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.node = builder.node;
        }

        @Override
        public final java.lang.Boolean getNode() {
            return this.node;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getNode() != null) {
                data.set("node", om.valueToTree(this.getNode()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("monitoring_comcoreosmonitoring.ServiceMonitorSpecAttachMetadata"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ServiceMonitorSpecAttachMetadata.Jsii$Proxy that = (ServiceMonitorSpecAttachMetadata.Jsii$Proxy) o;

            return this.node != null ? this.node.equals(that.node) : that.node == null;
        }

        @Override
        public final int hashCode() {
            int result = this.node != null ? this.node.hashCode() : 0;
            return result;
        }
    }
}
