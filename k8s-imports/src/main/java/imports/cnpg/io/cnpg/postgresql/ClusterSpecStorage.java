package imports.cnpg.io.cnpg.postgresql;

/**
 * Configuration of the storage of the instances.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.824Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecStorage")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecStorage.Jsii$Proxy.class)
public interface ClusterSpecStorage extends software.amazon.jsii.JsiiSerializable {

    /**
     * Template to be used to generate the Persistent Volume Claim.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecStoragePvcTemplate getPvcTemplate() {
        return null;
    }

    /**
     * Resize existent PVCs, defaults to true.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getResizeInUseVolumes() {
        return null;
    }

    /**
     * Size of the storage.
     * <p>
     * Required if not already specified in the PVC template.
     * Changes to this field are automatically reapplied to the created PVCs.
     * Size cannot be decreased.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getSize() {
        return null;
    }

    /**
     * StorageClass to use for PVCs.
     * <p>
     * Applied after
     * evaluating the PVC template, if available.
     * If not specified, the generated PVCs will use the
     * default storage class
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getStorageClass() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecStorage}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecStorage}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecStorage> {
        imports.cnpg.io.cnpg.postgresql.ClusterSpecStoragePvcTemplate pvcTemplate;
        java.lang.Boolean resizeInUseVolumes;
        java.lang.String size;
        java.lang.String storageClass;

        /**
         * Sets the value of {@link ClusterSpecStorage#getPvcTemplate}
         * @param pvcTemplate Template to be used to generate the Persistent Volume Claim.
         * @return {@code this}
         */
        public Builder pvcTemplate(imports.cnpg.io.cnpg.postgresql.ClusterSpecStoragePvcTemplate pvcTemplate) {
            this.pvcTemplate = pvcTemplate;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecStorage#getResizeInUseVolumes}
         * @param resizeInUseVolumes Resize existent PVCs, defaults to true.
         * @return {@code this}
         */
        public Builder resizeInUseVolumes(java.lang.Boolean resizeInUseVolumes) {
            this.resizeInUseVolumes = resizeInUseVolumes;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecStorage#getSize}
         * @param size Size of the storage.
         *             Required if not already specified in the PVC template.
         *             Changes to this field are automatically reapplied to the created PVCs.
         *             Size cannot be decreased.
         * @return {@code this}
         */
        public Builder size(java.lang.String size) {
            this.size = size;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecStorage#getStorageClass}
         * @param storageClass StorageClass to use for PVCs.
         *                     Applied after
         *                     evaluating the PVC template, if available.
         *                     If not specified, the generated PVCs will use the
         *                     default storage class
         * @return {@code this}
         */
        public Builder storageClass(java.lang.String storageClass) {
            this.storageClass = storageClass;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecStorage}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecStorage build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecStorage}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecStorage {
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecStoragePvcTemplate pvcTemplate;
        private final java.lang.Boolean resizeInUseVolumes;
        private final java.lang.String size;
        private final java.lang.String storageClass;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.pvcTemplate = software.amazon.jsii.Kernel.get(this, "pvcTemplate", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecStoragePvcTemplate.class));
            this.resizeInUseVolumes = software.amazon.jsii.Kernel.get(this, "resizeInUseVolumes", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.size = software.amazon.jsii.Kernel.get(this, "size", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.storageClass = software.amazon.jsii.Kernel.get(this, "storageClass", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.pvcTemplate = builder.pvcTemplate;
            this.resizeInUseVolumes = builder.resizeInUseVolumes;
            this.size = builder.size;
            this.storageClass = builder.storageClass;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecStoragePvcTemplate getPvcTemplate() {
            return this.pvcTemplate;
        }

        @Override
        public final java.lang.Boolean getResizeInUseVolumes() {
            return this.resizeInUseVolumes;
        }

        @Override
        public final java.lang.String getSize() {
            return this.size;
        }

        @Override
        public final java.lang.String getStorageClass() {
            return this.storageClass;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getPvcTemplate() != null) {
                data.set("pvcTemplate", om.valueToTree(this.getPvcTemplate()));
            }
            if (this.getResizeInUseVolumes() != null) {
                data.set("resizeInUseVolumes", om.valueToTree(this.getResizeInUseVolumes()));
            }
            if (this.getSize() != null) {
                data.set("size", om.valueToTree(this.getSize()));
            }
            if (this.getStorageClass() != null) {
                data.set("storageClass", om.valueToTree(this.getStorageClass()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecStorage"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecStorage.Jsii$Proxy that = (ClusterSpecStorage.Jsii$Proxy) o;

            if (this.pvcTemplate != null ? !this.pvcTemplate.equals(that.pvcTemplate) : that.pvcTemplate != null) return false;
            if (this.resizeInUseVolumes != null ? !this.resizeInUseVolumes.equals(that.resizeInUseVolumes) : that.resizeInUseVolumes != null) return false;
            if (this.size != null ? !this.size.equals(that.size) : that.size != null) return false;
            return this.storageClass != null ? this.storageClass.equals(that.storageClass) : that.storageClass == null;
        }

        @Override
        public final int hashCode() {
            int result = this.pvcTemplate != null ? this.pvcTemplate.hashCode() : 0;
            result = 31 * result + (this.resizeInUseVolumes != null ? this.resizeInUseVolumes.hashCode() : 0);
            result = 31 * result + (this.size != null ? this.size.hashCode() : 0);
            result = 31 * result + (this.storageClass != null ? this.storageClass.hashCode() : 0);
            return result;
        }
    }
}
