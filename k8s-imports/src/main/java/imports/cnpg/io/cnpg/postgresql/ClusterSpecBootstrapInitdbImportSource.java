package imports.cnpg.io.cnpg.postgresql;

/**
 * The source of the import.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.544Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBootstrapInitdbImportSource")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBootstrapInitdbImportSource.Jsii$Proxy.class)
public interface ClusterSpecBootstrapInitdbImportSource extends software.amazon.jsii.JsiiSerializable {

    /**
     * The name of the externalCluster used for import.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getExternalCluster();

    /**
     * @return a {@link Builder} of {@link ClusterSpecBootstrapInitdbImportSource}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBootstrapInitdbImportSource}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBootstrapInitdbImportSource> {
        java.lang.String externalCluster;

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdbImportSource#getExternalCluster}
         * @param externalCluster The name of the externalCluster used for import. This parameter is required.
         * @return {@code this}
         */
        public Builder externalCluster(java.lang.String externalCluster) {
            this.externalCluster = externalCluster;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBootstrapInitdbImportSource}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBootstrapInitdbImportSource build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBootstrapInitdbImportSource}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBootstrapInitdbImportSource {
        private final java.lang.String externalCluster;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.externalCluster = software.amazon.jsii.Kernel.get(this, "externalCluster", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.externalCluster = java.util.Objects.requireNonNull(builder.externalCluster, "externalCluster is required");
        }

        @Override
        public final java.lang.String getExternalCluster() {
            return this.externalCluster;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("externalCluster", om.valueToTree(this.getExternalCluster()));

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBootstrapInitdbImportSource"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBootstrapInitdbImportSource.Jsii$Proxy that = (ClusterSpecBootstrapInitdbImportSource.Jsii$Proxy) o;

            return this.externalCluster.equals(that.externalCluster);
        }

        @Override
        public final int hashCode() {
            int result = this.externalCluster.hashCode();
            return result;
        }
    }
}
