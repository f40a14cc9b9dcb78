package imports.cnpg.io.cnpg.postgresql;

/**
 * Configure the generation of the service account.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.823Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecServiceAccountTemplate")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecServiceAccountTemplate.Jsii$Proxy.class)
public interface ClusterSpecServiceAccountTemplate extends software.amazon.jsii.JsiiSerializable {

    /**
     * Metadata are the metadata to be used for the generated service account.
     */
    @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.ClusterSpecServiceAccountTemplateMetadata getMetadata();

    /**
     * @return a {@link Builder} of {@link ClusterSpecServiceAccountTemplate}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecServiceAccountTemplate}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecServiceAccountTemplate> {
        imports.cnpg.io.cnpg.postgresql.ClusterSpecServiceAccountTemplateMetadata metadata;

        /**
         * Sets the value of {@link ClusterSpecServiceAccountTemplate#getMetadata}
         * @param metadata Metadata are the metadata to be used for the generated service account. This parameter is required.
         * @return {@code this}
         */
        public Builder metadata(imports.cnpg.io.cnpg.postgresql.ClusterSpecServiceAccountTemplateMetadata metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecServiceAccountTemplate}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecServiceAccountTemplate build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecServiceAccountTemplate}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecServiceAccountTemplate {
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecServiceAccountTemplateMetadata metadata;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.metadata = software.amazon.jsii.Kernel.get(this, "metadata", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecServiceAccountTemplateMetadata.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.metadata = java.util.Objects.requireNonNull(builder.metadata, "metadata is required");
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecServiceAccountTemplateMetadata getMetadata() {
            return this.metadata;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("metadata", om.valueToTree(this.getMetadata()));

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecServiceAccountTemplate"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecServiceAccountTemplate.Jsii$Proxy that = (ClusterSpecServiceAccountTemplate.Jsii$Proxy) o;

            return this.metadata.equals(that.metadata);
        }

        @Override
        public final int hashCode() {
            int result = this.metadata.hashCode();
            return result;
        }
    }
}
