package imports.cnpg.io.cnpg.postgresql;

/**
 * EphemeralVolumesSizeLimit allows the user to set the limits for the ephemeral volumes.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.619Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecEphemeralVolumesSizeLimit")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecEphemeralVolumesSizeLimit.Jsii$Proxy.class)
public interface ClusterSpecEphemeralVolumesSizeLimit extends software.amazon.jsii.JsiiSerializable {

    /**
     * Shm is the size limit of the shared memory volume.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimitShm getShm() {
        return null;
    }

    /**
     * TemporaryData is the size limit of the temporary data volume.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimitTemporaryData getTemporaryData() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecEphemeralVolumesSizeLimit}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecEphemeralVolumesSizeLimit}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecEphemeralVolumesSizeLimit> {
        imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimitShm shm;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimitTemporaryData temporaryData;

        /**
         * Sets the value of {@link ClusterSpecEphemeralVolumesSizeLimit#getShm}
         * @param shm Shm is the size limit of the shared memory volume.
         * @return {@code this}
         */
        public Builder shm(imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimitShm shm) {
            this.shm = shm;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecEphemeralVolumesSizeLimit#getTemporaryData}
         * @param temporaryData TemporaryData is the size limit of the temporary data volume.
         * @return {@code this}
         */
        public Builder temporaryData(imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimitTemporaryData temporaryData) {
            this.temporaryData = temporaryData;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecEphemeralVolumesSizeLimit}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecEphemeralVolumesSizeLimit build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecEphemeralVolumesSizeLimit}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecEphemeralVolumesSizeLimit {
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimitShm shm;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimitTemporaryData temporaryData;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.shm = software.amazon.jsii.Kernel.get(this, "shm", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimitShm.class));
            this.temporaryData = software.amazon.jsii.Kernel.get(this, "temporaryData", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimitTemporaryData.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.shm = builder.shm;
            this.temporaryData = builder.temporaryData;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimitShm getShm() {
            return this.shm;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimitTemporaryData getTemporaryData() {
            return this.temporaryData;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getShm() != null) {
                data.set("shm", om.valueToTree(this.getShm()));
            }
            if (this.getTemporaryData() != null) {
                data.set("temporaryData", om.valueToTree(this.getTemporaryData()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecEphemeralVolumesSizeLimit"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecEphemeralVolumesSizeLimit.Jsii$Proxy that = (ClusterSpecEphemeralVolumesSizeLimit.Jsii$Proxy) o;

            if (this.shm != null ? !this.shm.equals(that.shm) : that.shm != null) return false;
            return this.temporaryData != null ? this.temporaryData.equals(that.temporaryData) : that.temporaryData == null;
        }

        @Override
        public final int hashCode() {
            int result = this.shm != null ? this.shm.hashCode() : 0;
            result = 31 * result + (this.temporaryData != null ? this.temporaryData.hashCode() : 0);
            return result;
        }
    }
}
