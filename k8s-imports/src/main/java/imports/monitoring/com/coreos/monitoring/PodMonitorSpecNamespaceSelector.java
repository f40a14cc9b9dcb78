package imports.monitoring.com.coreos.monitoring;

/**
 * namespaceSelector defines in which namespace(s) Prometheus should discover the pods.
 * <p>
 * By default, the pods are discovered in the same namespace as the <code>PodMonitor</code> object but it is possible to select pods across different/all namespaces.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.492Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.PodMonitorSpecNamespaceSelector")
@software.amazon.jsii.Jsii.Proxy(PodMonitorSpecNamespaceSelector.Jsii$Proxy.class)
public interface PodMonitorSpecNamespaceSelector extends software.amazon.jsii.JsiiSerializable {

    /**
     * any defines the boolean describing whether all namespaces are selected in contrast to a list restricting them.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getAny() {
        return null;
    }

    /**
     * matchNames defines the list of namespace names to select from.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getMatchNames() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PodMonitorSpecNamespaceSelector}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PodMonitorSpecNamespaceSelector}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PodMonitorSpecNamespaceSelector> {
        java.lang.Boolean any;
        java.util.List<java.lang.String> matchNames;

        /**
         * Sets the value of {@link PodMonitorSpecNamespaceSelector#getAny}
         * @param any any defines the boolean describing whether all namespaces are selected in contrast to a list restricting them.
         * @return {@code this}
         */
        public Builder any(java.lang.Boolean any) {
            this.any = any;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecNamespaceSelector#getMatchNames}
         * @param matchNames matchNames defines the list of namespace names to select from.
         * @return {@code this}
         */
        public Builder matchNames(java.util.List<java.lang.String> matchNames) {
            this.matchNames = matchNames;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PodMonitorSpecNamespaceSelector}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PodMonitorSpecNamespaceSelector build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PodMonitorSpecNamespaceSelector}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PodMonitorSpecNamespaceSelector {
        private final java.lang.Boolean any;
        private final java.util.List<java.lang.String> matchNames;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.any = software.amazon.jsii.Kernel.get(this, "any", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.matchNames = software.amazon.jsii.Kernel.get(this, "matchNames", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.any = builder.any;
            this.matchNames = builder.matchNames;
        }

        @Override
        public final java.lang.Boolean getAny() {
            return this.any;
        }

        @Override
        public final java.util.List<java.lang.String> getMatchNames() {
            return this.matchNames;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAny() != null) {
                data.set("any", om.valueToTree(this.getAny()));
            }
            if (this.getMatchNames() != null) {
                data.set("matchNames", om.valueToTree(this.getMatchNames()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("monitoring_comcoreosmonitoring.PodMonitorSpecNamespaceSelector"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PodMonitorSpecNamespaceSelector.Jsii$Proxy that = (PodMonitorSpecNamespaceSelector.Jsii$Proxy) o;

            if (this.any != null ? !this.any.equals(that.any) : that.any != null) return false;
            return this.matchNames != null ? this.matchNames.equals(that.matchNames) : that.matchNames == null;
        }

        @Override
        public final int hashCode() {
            int result = this.any != null ? this.any.hashCode() : 0;
            result = 31 * result + (this.matchNames != null ? this.matchNames.hashCode() : 0);
            return result;
        }
    }
}
