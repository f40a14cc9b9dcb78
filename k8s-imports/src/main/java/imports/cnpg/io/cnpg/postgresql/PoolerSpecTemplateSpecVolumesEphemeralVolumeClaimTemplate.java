package imports.cnpg.io.cnpg.postgresql;

/**
 * Will be used to create a stand-alone PVC to provision the volume.
 * <p>
 * The pod in which this EphemeralVolumeSource is embedded will be the
 * owner of the PVC, i.e. the PVC will be deleted together with the
 * pod.  The name of the PVC will be <code>&lt;pod name&gt;-&lt;volume name&gt;</code> where
 * <code>&lt;volume name&gt;</code> is the name from the <code>PodSpec.Volumes</code> array
 * entry. Pod validation will reject the pod if the concatenated name
 * is not valid for a PVC (for example, too long).
 * <p>
 * An existing PVC with that name that is not owned by the pod
 * will <em>not</em> be used for the pod to avoid using an unrelated
 * volume by mistake. Starting the pod is then blocked until
 * the unrelated PVC is removed. If such a pre-created PVC is
 * meant to be used by the pod, the PVC has to updated with an
 * owner reference to the pod once the pod exists. Normally
 * this should not be necessary, but it may be useful when
 * manually reconstructing a broken cluster.
 * <p>
 * This field is read-only and no changes will be made by Kubernetes
 * to the PVC after it has been created.
 * <p>
 * Required, must not be nil.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:49.236Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplate")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplate.Jsii$Proxy.class)
public interface PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplate extends software.amazon.jsii.JsiiSerializable {

    /**
     * The specification for the PersistentVolumeClaim.
     * <p>
     * The entire content is
     * copied unchanged into the PVC that gets created from this
     * template. The same fields as in a PersistentVolumeClaim
     * are also valid here.
     */
    @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec getSpec();

    /**
     * May contain labels and annotations that will be copied into the PVC when creating it.
     * <p>
     * No other fields are allowed and will be rejected during
     * validation.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Object getMetadata() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplate}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplate}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplate> {
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec spec;
        java.lang.Object metadata;

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplate#getSpec}
         * @param spec The specification for the PersistentVolumeClaim. This parameter is required.
         *             The entire content is
         *             copied unchanged into the PVC that gets created from this
         *             template. The same fields as in a PersistentVolumeClaim
         *             are also valid here.
         * @return {@code this}
         */
        public Builder spec(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec spec) {
            this.spec = spec;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplate#getMetadata}
         * @param metadata May contain labels and annotations that will be copied into the PVC when creating it.
         *                 No other fields are allowed and will be rejected during
         *                 validation.
         * @return {@code this}
         */
        public Builder metadata(java.lang.Object metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplate}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplate build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplate}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplate {
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec spec;
        private final java.lang.Object metadata;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.spec = software.amazon.jsii.Kernel.get(this, "spec", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec.class));
            this.metadata = software.amazon.jsii.Kernel.get(this, "metadata", software.amazon.jsii.NativeType.forClass(java.lang.Object.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.spec = java.util.Objects.requireNonNull(builder.spec, "spec is required");
            this.metadata = builder.metadata;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec getSpec() {
            return this.spec;
        }

        @Override
        public final java.lang.Object getMetadata() {
            return this.metadata;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("spec", om.valueToTree(this.getSpec()));
            if (this.getMetadata() != null) {
                data.set("metadata", om.valueToTree(this.getMetadata()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplate"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplate.Jsii$Proxy that = (PoolerSpecTemplateSpecVolumesEphemeralVolumeClaimTemplate.Jsii$Proxy) o;

            if (!spec.equals(that.spec)) return false;
            return this.metadata != null ? this.metadata.equals(that.metadata) : that.metadata == null;
        }

        @Override
        public final int hashCode() {
            int result = this.spec.hashCode();
            result = 31 * result + (this.metadata != null ? this.metadata.hashCode() : 0);
            return result;
        }
    }
}
