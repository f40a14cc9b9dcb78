package imports.cnpg.io.cnpg.postgresql;

/**
 * ManagedService represents a specific service managed by the cluster.
 * <p>
 * It includes the type of service and its associated template specification.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.674Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecManagedServicesAdditional")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecManagedServicesAdditional.Jsii$Proxy.class)
public interface ClusterSpecManagedServicesAdditional extends software.amazon.jsii.JsiiSerializable {

    /**
     * SelectorType specifies the type of selectors that the service will have.
     * <p>
     * Valid values are "rw", "r", and "ro", representing read-write, read, and read-only services.
     */
    @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalSelectorType getSelectorType();

    /**
     * ServiceTemplate is the template specification for the service.
     */
    @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplate getServiceTemplate();

    /**
     * UpdateStrategy describes how the service differences should be reconciled.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalUpdateStrategy getUpdateStrategy() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecManagedServicesAdditional}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecManagedServicesAdditional}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecManagedServicesAdditional> {
        imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalSelectorType selectorType;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplate serviceTemplate;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalUpdateStrategy updateStrategy;

        /**
         * Sets the value of {@link ClusterSpecManagedServicesAdditional#getSelectorType}
         * @param selectorType SelectorType specifies the type of selectors that the service will have. This parameter is required.
         *                     Valid values are "rw", "r", and "ro", representing read-write, read, and read-only services.
         * @return {@code this}
         */
        public Builder selectorType(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalSelectorType selectorType) {
            this.selectorType = selectorType;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManagedServicesAdditional#getServiceTemplate}
         * @param serviceTemplate ServiceTemplate is the template specification for the service. This parameter is required.
         * @return {@code this}
         */
        public Builder serviceTemplate(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplate serviceTemplate) {
            this.serviceTemplate = serviceTemplate;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManagedServicesAdditional#getUpdateStrategy}
         * @param updateStrategy UpdateStrategy describes how the service differences should be reconciled.
         * @return {@code this}
         */
        public Builder updateStrategy(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalUpdateStrategy updateStrategy) {
            this.updateStrategy = updateStrategy;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecManagedServicesAdditional}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecManagedServicesAdditional build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecManagedServicesAdditional}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecManagedServicesAdditional {
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalSelectorType selectorType;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplate serviceTemplate;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalUpdateStrategy updateStrategy;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.selectorType = software.amazon.jsii.Kernel.get(this, "selectorType", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalSelectorType.class));
            this.serviceTemplate = software.amazon.jsii.Kernel.get(this, "serviceTemplate", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplate.class));
            this.updateStrategy = software.amazon.jsii.Kernel.get(this, "updateStrategy", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalUpdateStrategy.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.selectorType = java.util.Objects.requireNonNull(builder.selectorType, "selectorType is required");
            this.serviceTemplate = java.util.Objects.requireNonNull(builder.serviceTemplate, "serviceTemplate is required");
            this.updateStrategy = builder.updateStrategy;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalSelectorType getSelectorType() {
            return this.selectorType;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplate getServiceTemplate() {
            return this.serviceTemplate;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalUpdateStrategy getUpdateStrategy() {
            return this.updateStrategy;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("selectorType", om.valueToTree(this.getSelectorType()));
            data.set("serviceTemplate", om.valueToTree(this.getServiceTemplate()));
            if (this.getUpdateStrategy() != null) {
                data.set("updateStrategy", om.valueToTree(this.getUpdateStrategy()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecManagedServicesAdditional"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecManagedServicesAdditional.Jsii$Proxy that = (ClusterSpecManagedServicesAdditional.Jsii$Proxy) o;

            if (!selectorType.equals(that.selectorType)) return false;
            if (!serviceTemplate.equals(that.serviceTemplate)) return false;
            return this.updateStrategy != null ? this.updateStrategy.equals(that.updateStrategy) : that.updateStrategy == null;
        }

        @Override
        public final int hashCode() {
            int result = this.selectorType.hashCode();
            result = 31 * result + (this.serviceTemplate.hashCode());
            result = 31 * result + (this.updateStrategy != null ? this.updateStrategy.hashCode() : 0);
            return result;
        }
    }
}
