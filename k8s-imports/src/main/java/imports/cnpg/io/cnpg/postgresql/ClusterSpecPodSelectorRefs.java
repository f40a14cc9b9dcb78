package imports.cnpg.io.cnpg.postgresql;

/**
 * PodSelectorRef defines a named pod label selector for use in pg_hba rules.
 * <p>
 * Pods matching the selector in the Cluster's namespace will have their IPs
 * resolved and made available for pg_hba address expansion via the
 * <code>${podselector:NAME}</code> syntax.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.729Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecPodSelectorRefs")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecPodSelectorRefs.Jsii$Proxy.class)
public interface ClusterSpecPodSelectorRefs extends software.amazon.jsii.JsiiSerializable {

    /**
     * Name is the identifier used to reference this selector in pg_hba rules via the ${podselector:NAME} syntax in the address field.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     * Selector is a label selector that identifies the pods whose IPs should be resolved.
     * <p>
     * Only pods in the Cluster's namespace are considered.
     */
    @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSelectorRefsSelector getSelector();

    /**
     * @return a {@link Builder} of {@link ClusterSpecPodSelectorRefs}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecPodSelectorRefs}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecPodSelectorRefs> {
        java.lang.String name;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSelectorRefsSelector selector;

        /**
         * Sets the value of {@link ClusterSpecPodSelectorRefs#getName}
         * @param name Name is the identifier used to reference this selector in pg_hba rules via the ${podselector:NAME} syntax in the address field. This parameter is required.
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPodSelectorRefs#getSelector}
         * @param selector Selector is a label selector that identifies the pods whose IPs should be resolved. This parameter is required.
         *                 Only pods in the Cluster's namespace are considered.
         * @return {@code this}
         */
        public Builder selector(imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSelectorRefsSelector selector) {
            this.selector = selector;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecPodSelectorRefs}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecPodSelectorRefs build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecPodSelectorRefs}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecPodSelectorRefs {
        private final java.lang.String name;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSelectorRefsSelector selector;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.selector = software.amazon.jsii.Kernel.get(this, "selector", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSelectorRefsSelector.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.selector = java.util.Objects.requireNonNull(builder.selector, "selector is required");
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSelectorRefsSelector getSelector() {
            return this.selector;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("name", om.valueToTree(this.getName()));
            data.set("selector", om.valueToTree(this.getSelector()));

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecPodSelectorRefs"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecPodSelectorRefs.Jsii$Proxy that = (ClusterSpecPodSelectorRefs.Jsii$Proxy) o;

            if (!name.equals(that.name)) return false;
            return this.selector.equals(that.selector);
        }

        @Override
        public final int hashCode() {
            int result = this.name.hashCode();
            result = 31 * result + (this.selector.hashCode());
            return result;
        }
    }
}
