package imports.cnpg.io.cnpg.postgresql;

/**
 * List of references to ConfigMaps or Secrets containing SQL files to be executed as a superuser in the application database right after the cluster has been created.
 * <p>
 * The references are processed in a specific order:
 * first, all Secrets are processed, followed by all ConfigMaps.
 * Within each group, the processing order follows the sequence specified
 * in their respective arrays.
 * (by default empty)
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.545Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs.Jsii$Proxy.class)
public interface ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs extends software.amazon.jsii.JsiiSerializable {

    /**
     * ConfigMapRefs holds a list of references to ConfigMaps.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsConfigMapRefs> getConfigMapRefs() {
        return null;
    }

    /**
     * SecretRefs holds a list of references to Secrets.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsSecretRefs> getSecretRefs() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs> {
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsConfigMapRefs> configMapRefs;
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsSecretRefs> secretRefs;

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs#getConfigMapRefs}
         * @param configMapRefs ConfigMapRefs holds a list of references to ConfigMaps.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder configMapRefs(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsConfigMapRefs> configMapRefs) {
            this.configMapRefs = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsConfigMapRefs>)configMapRefs;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs#getSecretRefs}
         * @param secretRefs SecretRefs holds a list of references to Secrets.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder secretRefs(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsSecretRefs> secretRefs) {
            this.secretRefs = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsSecretRefs>)secretRefs;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs {
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsConfigMapRefs> configMapRefs;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsSecretRefs> secretRefs;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.configMapRefs = software.amazon.jsii.Kernel.get(this, "configMapRefs", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsConfigMapRefs.class)));
            this.secretRefs = software.amazon.jsii.Kernel.get(this, "secretRefs", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsSecretRefs.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.configMapRefs = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsConfigMapRefs>)builder.configMapRefs;
            this.secretRefs = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsSecretRefs>)builder.secretRefs;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsConfigMapRefs> getConfigMapRefs() {
            return this.configMapRefs;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefsSecretRefs> getSecretRefs() {
            return this.secretRefs;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getConfigMapRefs() != null) {
                data.set("configMapRefs", om.valueToTree(this.getConfigMapRefs()));
            }
            if (this.getSecretRefs() != null) {
                data.set("secretRefs", om.valueToTree(this.getSecretRefs()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs.Jsii$Proxy that = (ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs.Jsii$Proxy) o;

            if (this.configMapRefs != null ? !this.configMapRefs.equals(that.configMapRefs) : that.configMapRefs != null) return false;
            return this.secretRefs != null ? this.secretRefs.equals(that.secretRefs) : that.secretRefs == null;
        }

        @Override
        public final int hashCode() {
            int result = this.configMapRefs != null ? this.configMapRefs.hashCode() : 0;
            result = 31 * result + (this.secretRefs != null ? this.secretRefs.hashCode() : 0);
            return result;
        }
    }
}
