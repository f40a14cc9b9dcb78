package imports.cnpg.io.cnpg.postgresql;

/**
 * sessionAffinityConfig contains the configurations of session affinity.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.708Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig.Jsii$Proxy.class)
public interface ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig extends software.amazon.jsii.JsiiSerializable {

    /**
     * clientIP contains the configurations of Client IP based session affinity.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfigClientIp getClientIp() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig> {
        imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfigClientIp clientIp;

        /**
         * Sets the value of {@link ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig#getClientIp}
         * @param clientIp clientIP contains the configurations of Client IP based session affinity.
         * @return {@code this}
         */
        public Builder clientIp(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfigClientIp clientIp) {
            this.clientIp = clientIp;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig {
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfigClientIp clientIp;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.clientIp = software.amazon.jsii.Kernel.get(this, "clientIp", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfigClientIp.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.clientIp = builder.clientIp;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfigClientIp getClientIp() {
            return this.clientIp;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getClientIp() != null) {
                data.set("clientIp", om.valueToTree(this.getClientIp()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig.Jsii$Proxy that = (ClusterSpecManagedServicesAdditionalServiceTemplateSpecSessionAffinityConfig.Jsii$Proxy) o;

            return this.clientIp != null ? this.clientIp.equals(that.clientIp) : that.clientIp == null;
        }

        @Override
        public final int hashCode() {
            int result = this.clientIp != null ? this.clientIp.hashCode() : 0;
            return result;
        }
    }
}
