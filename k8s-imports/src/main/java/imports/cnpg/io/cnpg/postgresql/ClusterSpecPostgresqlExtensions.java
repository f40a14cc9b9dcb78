package imports.cnpg.io.cnpg.postgresql;

/**
 * ExtensionConfiguration is the configuration used to add PostgreSQL extensions to the Cluster.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.731Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecPostgresqlExtensions")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecPostgresqlExtensions.Jsii$Proxy.class)
public interface ClusterSpecPostgresqlExtensions extends software.amazon.jsii.JsiiSerializable {

    /**
     * The name of the extension, required.
     * <p>
     * The limit of 59 characters
     * leaves room for the prefix the operator adds when deriving the
     * extension's Kubernetes Volume name (capped at 63 characters).
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     * A list of directories within the image to be appended to the PostgreSQL process's <code>PATH</code> environment variable.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getBinPath() {
        return null;
    }

    /**
     * The list of directories inside the image which should be added to dynamic_library_path.
     * <p>
     * If not defined, defaults to "/lib".
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getDynamicLibraryPath() {
        return null;
    }

    /**
     * Env is a list of custom environment variables to be set in the PostgreSQL process for this extension.
     * <p>
     * It is the responsibility of the
     * cluster administrator to ensure the variables are correct for the
     * specific extension. Note that changes to these variables require
     * a manual cluster restart to take effect.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensionsEnv> getEnv() {
        return null;
    }

    /**
     * The list of directories inside the image which should be added to extension_control_path.
     * <p>
     * If not defined, defaults to "/share".
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getExtensionControlPath() {
        return null;
    }

    /**
     * The image containing the extension.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensionsImage getImage() {
        return null;
    }

    /**
     * The list of directories inside the image which should be added to ld_library_path.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getLdLibraryPath() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecPostgresqlExtensions}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecPostgresqlExtensions}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecPostgresqlExtensions> {
        java.lang.String name;
        java.util.List<java.lang.String> binPath;
        java.util.List<java.lang.String> dynamicLibraryPath;
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensionsEnv> env;
        java.util.List<java.lang.String> extensionControlPath;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensionsImage image;
        java.util.List<java.lang.String> ldLibraryPath;

        /**
         * Sets the value of {@link ClusterSpecPostgresqlExtensions#getName}
         * @param name The name of the extension, required. This parameter is required.
         *             The limit of 59 characters
         *             leaves room for the prefix the operator adds when deriving the
         *             extension's Kubernetes Volume name (capped at 63 characters).
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlExtensions#getBinPath}
         * @param binPath A list of directories within the image to be appended to the PostgreSQL process's <code>PATH</code> environment variable.
         * @return {@code this}
         */
        public Builder binPath(java.util.List<java.lang.String> binPath) {
            this.binPath = binPath;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlExtensions#getDynamicLibraryPath}
         * @param dynamicLibraryPath The list of directories inside the image which should be added to dynamic_library_path.
         *                           If not defined, defaults to "/lib".
         * @return {@code this}
         */
        public Builder dynamicLibraryPath(java.util.List<java.lang.String> dynamicLibraryPath) {
            this.dynamicLibraryPath = dynamicLibraryPath;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlExtensions#getEnv}
         * @param env Env is a list of custom environment variables to be set in the PostgreSQL process for this extension.
         *            It is the responsibility of the
         *            cluster administrator to ensure the variables are correct for the
         *            specific extension. Note that changes to these variables require
         *            a manual cluster restart to take effect.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder env(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensionsEnv> env) {
            this.env = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensionsEnv>)env;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlExtensions#getExtensionControlPath}
         * @param extensionControlPath The list of directories inside the image which should be added to extension_control_path.
         *                             If not defined, defaults to "/share".
         * @return {@code this}
         */
        public Builder extensionControlPath(java.util.List<java.lang.String> extensionControlPath) {
            this.extensionControlPath = extensionControlPath;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlExtensions#getImage}
         * @param image The image containing the extension.
         * @return {@code this}
         */
        public Builder image(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensionsImage image) {
            this.image = image;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlExtensions#getLdLibraryPath}
         * @param ldLibraryPath The list of directories inside the image which should be added to ld_library_path.
         * @return {@code this}
         */
        public Builder ldLibraryPath(java.util.List<java.lang.String> ldLibraryPath) {
            this.ldLibraryPath = ldLibraryPath;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecPostgresqlExtensions}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecPostgresqlExtensions build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecPostgresqlExtensions}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecPostgresqlExtensions {
        private final java.lang.String name;
        private final java.util.List<java.lang.String> binPath;
        private final java.util.List<java.lang.String> dynamicLibraryPath;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensionsEnv> env;
        private final java.util.List<java.lang.String> extensionControlPath;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensionsImage image;
        private final java.util.List<java.lang.String> ldLibraryPath;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.binPath = software.amazon.jsii.Kernel.get(this, "binPath", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.dynamicLibraryPath = software.amazon.jsii.Kernel.get(this, "dynamicLibraryPath", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.env = software.amazon.jsii.Kernel.get(this, "env", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensionsEnv.class)));
            this.extensionControlPath = software.amazon.jsii.Kernel.get(this, "extensionControlPath", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.image = software.amazon.jsii.Kernel.get(this, "image", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensionsImage.class));
            this.ldLibraryPath = software.amazon.jsii.Kernel.get(this, "ldLibraryPath", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.binPath = builder.binPath;
            this.dynamicLibraryPath = builder.dynamicLibraryPath;
            this.env = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensionsEnv>)builder.env;
            this.extensionControlPath = builder.extensionControlPath;
            this.image = builder.image;
            this.ldLibraryPath = builder.ldLibraryPath;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final java.util.List<java.lang.String> getBinPath() {
            return this.binPath;
        }

        @Override
        public final java.util.List<java.lang.String> getDynamicLibraryPath() {
            return this.dynamicLibraryPath;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensionsEnv> getEnv() {
            return this.env;
        }

        @Override
        public final java.util.List<java.lang.String> getExtensionControlPath() {
            return this.extensionControlPath;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensionsImage getImage() {
            return this.image;
        }

        @Override
        public final java.util.List<java.lang.String> getLdLibraryPath() {
            return this.ldLibraryPath;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("name", om.valueToTree(this.getName()));
            if (this.getBinPath() != null) {
                data.set("binPath", om.valueToTree(this.getBinPath()));
            }
            if (this.getDynamicLibraryPath() != null) {
                data.set("dynamicLibraryPath", om.valueToTree(this.getDynamicLibraryPath()));
            }
            if (this.getEnv() != null) {
                data.set("env", om.valueToTree(this.getEnv()));
            }
            if (this.getExtensionControlPath() != null) {
                data.set("extensionControlPath", om.valueToTree(this.getExtensionControlPath()));
            }
            if (this.getImage() != null) {
                data.set("image", om.valueToTree(this.getImage()));
            }
            if (this.getLdLibraryPath() != null) {
                data.set("ldLibraryPath", om.valueToTree(this.getLdLibraryPath()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecPostgresqlExtensions"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecPostgresqlExtensions.Jsii$Proxy that = (ClusterSpecPostgresqlExtensions.Jsii$Proxy) o;

            if (!name.equals(that.name)) return false;
            if (this.binPath != null ? !this.binPath.equals(that.binPath) : that.binPath != null) return false;
            if (this.dynamicLibraryPath != null ? !this.dynamicLibraryPath.equals(that.dynamicLibraryPath) : that.dynamicLibraryPath != null) return false;
            if (this.env != null ? !this.env.equals(that.env) : that.env != null) return false;
            if (this.extensionControlPath != null ? !this.extensionControlPath.equals(that.extensionControlPath) : that.extensionControlPath != null) return false;
            if (this.image != null ? !this.image.equals(that.image) : that.image != null) return false;
            return this.ldLibraryPath != null ? this.ldLibraryPath.equals(that.ldLibraryPath) : that.ldLibraryPath == null;
        }

        @Override
        public final int hashCode() {
            int result = this.name.hashCode();
            result = 31 * result + (this.binPath != null ? this.binPath.hashCode() : 0);
            result = 31 * result + (this.dynamicLibraryPath != null ? this.dynamicLibraryPath.hashCode() : 0);
            result = 31 * result + (this.env != null ? this.env.hashCode() : 0);
            result = 31 * result + (this.extensionControlPath != null ? this.extensionControlPath.hashCode() : 0);
            result = 31 * result + (this.image != null ? this.image.hashCode() : 0);
            result = 31 * result + (this.ldLibraryPath != null ? this.ldLibraryPath.hashCode() : 0);
            return result;
        }
    }
}
