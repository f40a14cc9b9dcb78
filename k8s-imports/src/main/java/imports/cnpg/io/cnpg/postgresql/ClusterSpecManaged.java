package imports.cnpg.io.cnpg.postgresql;

/**
 * The configuration that is used by the portions of PostgreSQL that are managed by the instance manager.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.666Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecManaged")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecManaged.Jsii$Proxy.class)
public interface ClusterSpecManaged extends software.amazon.jsii.JsiiSerializable {

    /**
     * Database roles managed by the <code>Cluster</code>.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRoles> getRoles() {
        return null;
    }

    /**
     * Services roles managed by the <code>Cluster</code>.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServices getServices() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecManaged}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecManaged}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecManaged> {
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRoles> roles;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServices services;

        /**
         * Sets the value of {@link ClusterSpecManaged#getRoles}
         * @param roles Database roles managed by the <code>Cluster</code>.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder roles(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRoles> roles) {
            this.roles = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRoles>)roles;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManaged#getServices}
         * @param services Services roles managed by the <code>Cluster</code>.
         * @return {@code this}
         */
        public Builder services(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServices services) {
            this.services = services;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecManaged}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecManaged build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecManaged}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecManaged {
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRoles> roles;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServices services;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.roles = software.amazon.jsii.Kernel.get(this, "roles", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRoles.class)));
            this.services = software.amazon.jsii.Kernel.get(this, "services", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServices.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.roles = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRoles>)builder.roles;
            this.services = builder.services;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRoles> getRoles() {
            return this.roles;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedServices getServices() {
            return this.services;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getRoles() != null) {
                data.set("roles", om.valueToTree(this.getRoles()));
            }
            if (this.getServices() != null) {
                data.set("services", om.valueToTree(this.getServices()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecManaged"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecManaged.Jsii$Proxy that = (ClusterSpecManaged.Jsii$Proxy) o;

            if (this.roles != null ? !this.roles.equals(that.roles) : that.roles != null) return false;
            return this.services != null ? this.services.equals(that.services) : that.services == null;
        }

        @Override
        public final int hashCode() {
            int result = this.roles != null ? this.roles.hashCode() : 0;
            result = 31 * result + (this.services != null ? this.services.hashCode() : 0);
            return result;
        }
    }
}
