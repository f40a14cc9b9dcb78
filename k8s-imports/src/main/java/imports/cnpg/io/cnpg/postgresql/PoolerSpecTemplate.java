package imports.cnpg.io.cnpg.postgresql;

/**
 * The template of the Pod to be created.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.909Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecTemplate")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecTemplate.Jsii$Proxy.class)
public interface PoolerSpecTemplate extends software.amazon.jsii.JsiiSerializable {

    /**
     * Standard object's metadata.
     * <p>
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateMetadata getMetadata() {
        return null;
    }

    /**
     * Specification of the desired behavior of the pod.
     * <p>
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpec getSpec() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecTemplate}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecTemplate}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecTemplate> {
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateMetadata metadata;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpec spec;

        /**
         * Sets the value of {@link PoolerSpecTemplate#getMetadata}
         * @param metadata Standard object's metadata.
         *                 More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
         * @return {@code this}
         */
        public Builder metadata(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateMetadata metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplate#getSpec}
         * @param spec Specification of the desired behavior of the pod.
         *             More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
         * @return {@code this}
         */
        public Builder spec(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpec spec) {
            this.spec = spec;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecTemplate}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecTemplate build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecTemplate}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecTemplate {
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateMetadata metadata;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpec spec;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.metadata = software.amazon.jsii.Kernel.get(this, "metadata", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateMetadata.class));
            this.spec = software.amazon.jsii.Kernel.get(this, "spec", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpec.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.metadata = builder.metadata;
            this.spec = builder.spec;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateMetadata getMetadata() {
            return this.metadata;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpec getSpec() {
            return this.spec;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getMetadata() != null) {
                data.set("metadata", om.valueToTree(this.getMetadata()));
            }
            if (this.getSpec() != null) {
                data.set("spec", om.valueToTree(this.getSpec()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecTemplate"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecTemplate.Jsii$Proxy that = (PoolerSpecTemplate.Jsii$Proxy) o;

            if (this.metadata != null ? !this.metadata.equals(that.metadata) : that.metadata != null) return false;
            return this.spec != null ? this.spec.equals(that.spec) : that.spec == null;
        }

        @Override
        public final int hashCode() {
            int result = this.metadata != null ? this.metadata.hashCode() : 0;
            result = 31 * result + (this.spec != null ? this.spec.hashCode() : 0);
            return result;
        }
    }
}
