package imports.cnpg.io.cnpg.postgresql;

/**
 * FileKeyRef selects a key of the env file.
 * <p>
 * Requires the EnvFiles feature gate to be enabled.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:49.134Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecInitContainersEnvValueFromFileKeyRef")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecTemplateSpecInitContainersEnvValueFromFileKeyRef.Jsii$Proxy.class)
public interface PoolerSpecTemplateSpecInitContainersEnvValueFromFileKeyRef extends software.amazon.jsii.JsiiSerializable {

    /**
     * The key within the env file.
     * <p>
     * An invalid key will prevent the pod from starting.
     * The keys defined within a source may consist of any printable ASCII characters except '='.
     * During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getKey();

    /**
     * The path within the volume from which to select the file.
     * <p>
     * Must be relative and may not contain the '..' path or start with '..'.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getPath();

    /**
     * The name of the volume mount containing the env file.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getVolumeName();

    /**
     * Specify whether the file or its key must be defined.
     * <p>
     * If the file or key
     * does not exist, then the env var is not published.
     * If optional is set to true and the specified key does not exist,
     * the environment variable will not be set in the Pod's containers.
     * <p>
     * If optional is set to false and the specified key does not exist,
     * an error will be returned during Pod creation.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getOptional() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecTemplateSpecInitContainersEnvValueFromFileKeyRef}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecTemplateSpecInitContainersEnvValueFromFileKeyRef}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecTemplateSpecInitContainersEnvValueFromFileKeyRef> {
        java.lang.String key;
        java.lang.String path;
        java.lang.String volumeName;
        java.lang.Boolean optional;

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#getKey}
         * @param key The key within the env file. This parameter is required.
         *            An invalid key will prevent the pod from starting.
         *            The keys defined within a source may consist of any printable ASCII characters except '='.
         *            During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
         * @return {@code this}
         */
        public Builder key(java.lang.String key) {
            this.key = key;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#getPath}
         * @param path The path within the volume from which to select the file. This parameter is required.
         *             Must be relative and may not contain the '..' path or start with '..'.
         * @return {@code this}
         */
        public Builder path(java.lang.String path) {
            this.path = path;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#getVolumeName}
         * @param volumeName The name of the volume mount containing the env file. This parameter is required.
         * @return {@code this}
         */
        public Builder volumeName(java.lang.String volumeName) {
            this.volumeName = volumeName;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#getOptional}
         * @param optional Specify whether the file or its key must be defined.
         *                 If the file or key
         *                 does not exist, then the env var is not published.
         *                 If optional is set to true and the specified key does not exist,
         *                 the environment variable will not be set in the Pod's containers.
         *                 <p>
         *                 If optional is set to false and the specified key does not exist,
         *                 an error will be returned during Pod creation.
         * @return {@code this}
         */
        public Builder optional(java.lang.Boolean optional) {
            this.optional = optional;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecTemplateSpecInitContainersEnvValueFromFileKeyRef}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecTemplateSpecInitContainersEnvValueFromFileKeyRef build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecTemplateSpecInitContainersEnvValueFromFileKeyRef}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecTemplateSpecInitContainersEnvValueFromFileKeyRef {
        private final java.lang.String key;
        private final java.lang.String path;
        private final java.lang.String volumeName;
        private final java.lang.Boolean optional;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.key = software.amazon.jsii.Kernel.get(this, "key", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.path = software.amazon.jsii.Kernel.get(this, "path", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.volumeName = software.amazon.jsii.Kernel.get(this, "volumeName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.optional = software.amazon.jsii.Kernel.get(this, "optional", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.key = java.util.Objects.requireNonNull(builder.key, "key is required");
            this.path = java.util.Objects.requireNonNull(builder.path, "path is required");
            this.volumeName = java.util.Objects.requireNonNull(builder.volumeName, "volumeName is required");
            this.optional = builder.optional;
        }

        @Override
        public final java.lang.String getKey() {
            return this.key;
        }

        @Override
        public final java.lang.String getPath() {
            return this.path;
        }

        @Override
        public final java.lang.String getVolumeName() {
            return this.volumeName;
        }

        @Override
        public final java.lang.Boolean getOptional() {
            return this.optional;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("key", om.valueToTree(this.getKey()));
            data.set("path", om.valueToTree(this.getPath()));
            data.set("volumeName", om.valueToTree(this.getVolumeName()));
            if (this.getOptional() != null) {
                data.set("optional", om.valueToTree(this.getOptional()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecInitContainersEnvValueFromFileKeyRef"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecTemplateSpecInitContainersEnvValueFromFileKeyRef.Jsii$Proxy that = (PoolerSpecTemplateSpecInitContainersEnvValueFromFileKeyRef.Jsii$Proxy) o;

            if (!key.equals(that.key)) return false;
            if (!path.equals(that.path)) return false;
            if (!volumeName.equals(that.volumeName)) return false;
            return this.optional != null ? this.optional.equals(that.optional) : that.optional == null;
        }

        @Override
        public final int hashCode() {
            int result = this.key.hashCode();
            result = 31 * result + (this.path.hashCode());
            result = 31 * result + (this.volumeName.hashCode());
            result = 31 * result + (this.optional != null ? this.optional.hashCode() : 0);
            return result;
        }
    }
}
