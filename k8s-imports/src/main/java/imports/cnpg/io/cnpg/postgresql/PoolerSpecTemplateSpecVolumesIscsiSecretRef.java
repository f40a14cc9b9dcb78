package imports.cnpg.io.cnpg.postgresql;

/**
 * secretRef is the CHAP Secret for iSCSI target and initiator authentication.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:49.246Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecVolumesIscsiSecretRef")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecTemplateSpecVolumesIscsiSecretRef.Jsii$Proxy.class)
public interface PoolerSpecTemplateSpecVolumesIscsiSecretRef extends software.amazon.jsii.JsiiSerializable {

    /**
     * Name of the referent.
     * <p>
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getName() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecTemplateSpecVolumesIscsiSecretRef}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecTemplateSpecVolumesIscsiSecretRef}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecTemplateSpecVolumesIscsiSecretRef> {
        java.lang.String name;

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecVolumesIscsiSecretRef#getName}
         * @param name Name of the referent.
         *             This field is effectively required, but due to backwards compatibility is
         *             allowed to be empty. Instances of this type with an empty value here are
         *             almost certainly wrong.
         *             More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecTemplateSpecVolumesIscsiSecretRef}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecTemplateSpecVolumesIscsiSecretRef build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecTemplateSpecVolumesIscsiSecretRef}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecTemplateSpecVolumesIscsiSecretRef {
        private final java.lang.String name;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.name = builder.name;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getName() != null) {
                data.set("name", om.valueToTree(this.getName()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecVolumesIscsiSecretRef"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecTemplateSpecVolumesIscsiSecretRef.Jsii$Proxy that = (PoolerSpecTemplateSpecVolumesIscsiSecretRef.Jsii$Proxy) o;

            return this.name != null ? this.name.equals(that.name) : that.name == null;
        }

        @Override
        public final int hashCode() {
            int result = this.name != null ? this.name.hashCode() : 0;
            return result;
        }
    }
}
