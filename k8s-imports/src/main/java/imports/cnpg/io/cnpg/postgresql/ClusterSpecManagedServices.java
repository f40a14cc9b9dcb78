package imports.cnpg.io.cnpg.postgresql;

/**
 * Services roles managed by the <code>Cluster</code>.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.673Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecManagedServices")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecManagedServices.Jsii$Proxy.class)
public interface ClusterSpecManagedServices extends software.amazon.jsii.JsiiSerializable {

    /**
     * Additional is a list of additional managed services specified by the user.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditional> getAdditional() {
        return null;
    }

    /**
     * DisabledDefaultServices is a list of service types that are disabled by default.
     * <p>
     * Valid values are "r", and "ro", representing read, and read-only services.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesDisabledDefaultServices> getDisabledDefaultServices() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecManagedServices}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecManagedServices}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecManagedServices> {
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditional> additional;
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesDisabledDefaultServices> disabledDefaultServices;

        /**
         * Sets the value of {@link ClusterSpecManagedServices#getAdditional}
         * @param additional Additional is a list of additional managed services specified by the user.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder additional(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditional> additional) {
            this.additional = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditional>)additional;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManagedServices#getDisabledDefaultServices}
         * @param disabledDefaultServices DisabledDefaultServices is a list of service types that are disabled by default.
         *                                Valid values are "r", and "ro", representing read, and read-only services.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder disabledDefaultServices(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesDisabledDefaultServices> disabledDefaultServices) {
            this.disabledDefaultServices = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesDisabledDefaultServices>)disabledDefaultServices;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecManagedServices}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecManagedServices build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecManagedServices}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecManagedServices {
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditional> additional;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesDisabledDefaultServices> disabledDefaultServices;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.additional = software.amazon.jsii.Kernel.get(this, "additional", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditional.class)));
            this.disabledDefaultServices = software.amazon.jsii.Kernel.get(this, "disabledDefaultServices", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesDisabledDefaultServices.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.additional = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditional>)builder.additional;
            this.disabledDefaultServices = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesDisabledDefaultServices>)builder.disabledDefaultServices;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesAdditional> getAdditional() {
            return this.additional;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServicesDisabledDefaultServices> getDisabledDefaultServices() {
            return this.disabledDefaultServices;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAdditional() != null) {
                data.set("additional", om.valueToTree(this.getAdditional()));
            }
            if (this.getDisabledDefaultServices() != null) {
                data.set("disabledDefaultServices", om.valueToTree(this.getDisabledDefaultServices()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecManagedServices"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecManagedServices.Jsii$Proxy that = (ClusterSpecManagedServices.Jsii$Proxy) o;

            if (this.additional != null ? !this.additional.equals(that.additional) : that.additional != null) return false;
            return this.disabledDefaultServices != null ? this.disabledDefaultServices.equals(that.disabledDefaultServices) : that.disabledDefaultServices == null;
        }

        @Override
        public final int hashCode() {
            int result = this.additional != null ? this.additional.hashCode() : 0;
            result = 31 * result + (this.disabledDefaultServices != null ? this.disabledDefaultServices.hashCode() : 0);
            return result;
        }
    }
}
