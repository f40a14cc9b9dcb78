package imports.cnpg.io.cnpg.postgresql;

/**
 * Bind+Search authentication configuration.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.735Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecPostgresqlLdapBindSearchAuth")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecPostgresqlLdapBindSearchAuth.Jsii$Proxy.class)
public interface ClusterSpecPostgresqlLdapBindSearchAuth extends software.amazon.jsii.JsiiSerializable {

    /**
     * Root DN to begin the user search.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getBaseDn() {
        return null;
    }

    /**
     * DN of the user to bind to the directory.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getBindDn() {
        return null;
    }

    /**
     * Secret with the password for the user to bind to the directory.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindSearchAuthBindPassword getBindPassword() {
        return null;
    }

    /**
     * Attribute to match against the username.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getSearchAttribute() {
        return null;
    }

    /**
     * Search filter to use when doing the search+bind authentication.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getSearchFilter() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecPostgresqlLdapBindSearchAuth}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecPostgresqlLdapBindSearchAuth}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecPostgresqlLdapBindSearchAuth> {
        java.lang.String baseDn;
        java.lang.String bindDn;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindSearchAuthBindPassword bindPassword;
        java.lang.String searchAttribute;
        java.lang.String searchFilter;

        /**
         * Sets the value of {@link ClusterSpecPostgresqlLdapBindSearchAuth#getBaseDn}
         * @param baseDn Root DN to begin the user search.
         * @return {@code this}
         */
        public Builder baseDn(java.lang.String baseDn) {
            this.baseDn = baseDn;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlLdapBindSearchAuth#getBindDn}
         * @param bindDn DN of the user to bind to the directory.
         * @return {@code this}
         */
        public Builder bindDn(java.lang.String bindDn) {
            this.bindDn = bindDn;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlLdapBindSearchAuth#getBindPassword}
         * @param bindPassword Secret with the password for the user to bind to the directory.
         * @return {@code this}
         */
        public Builder bindPassword(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindSearchAuthBindPassword bindPassword) {
            this.bindPassword = bindPassword;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlLdapBindSearchAuth#getSearchAttribute}
         * @param searchAttribute Attribute to match against the username.
         * @return {@code this}
         */
        public Builder searchAttribute(java.lang.String searchAttribute) {
            this.searchAttribute = searchAttribute;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlLdapBindSearchAuth#getSearchFilter}
         * @param searchFilter Search filter to use when doing the search+bind authentication.
         * @return {@code this}
         */
        public Builder searchFilter(java.lang.String searchFilter) {
            this.searchFilter = searchFilter;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecPostgresqlLdapBindSearchAuth}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecPostgresqlLdapBindSearchAuth build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecPostgresqlLdapBindSearchAuth}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecPostgresqlLdapBindSearchAuth {
        private final java.lang.String baseDn;
        private final java.lang.String bindDn;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindSearchAuthBindPassword bindPassword;
        private final java.lang.String searchAttribute;
        private final java.lang.String searchFilter;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.baseDn = software.amazon.jsii.Kernel.get(this, "baseDn", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.bindDn = software.amazon.jsii.Kernel.get(this, "bindDn", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.bindPassword = software.amazon.jsii.Kernel.get(this, "bindPassword", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindSearchAuthBindPassword.class));
            this.searchAttribute = software.amazon.jsii.Kernel.get(this, "searchAttribute", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.searchFilter = software.amazon.jsii.Kernel.get(this, "searchFilter", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.baseDn = builder.baseDn;
            this.bindDn = builder.bindDn;
            this.bindPassword = builder.bindPassword;
            this.searchAttribute = builder.searchAttribute;
            this.searchFilter = builder.searchFilter;
        }

        @Override
        public final java.lang.String getBaseDn() {
            return this.baseDn;
        }

        @Override
        public final java.lang.String getBindDn() {
            return this.bindDn;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdapBindSearchAuthBindPassword getBindPassword() {
            return this.bindPassword;
        }

        @Override
        public final java.lang.String getSearchAttribute() {
            return this.searchAttribute;
        }

        @Override
        public final java.lang.String getSearchFilter() {
            return this.searchFilter;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getBaseDn() != null) {
                data.set("baseDn", om.valueToTree(this.getBaseDn()));
            }
            if (this.getBindDn() != null) {
                data.set("bindDn", om.valueToTree(this.getBindDn()));
            }
            if (this.getBindPassword() != null) {
                data.set("bindPassword", om.valueToTree(this.getBindPassword()));
            }
            if (this.getSearchAttribute() != null) {
                data.set("searchAttribute", om.valueToTree(this.getSearchAttribute()));
            }
            if (this.getSearchFilter() != null) {
                data.set("searchFilter", om.valueToTree(this.getSearchFilter()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecPostgresqlLdapBindSearchAuth"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecPostgresqlLdapBindSearchAuth.Jsii$Proxy that = (ClusterSpecPostgresqlLdapBindSearchAuth.Jsii$Proxy) o;

            if (this.baseDn != null ? !this.baseDn.equals(that.baseDn) : that.baseDn != null) return false;
            if (this.bindDn != null ? !this.bindDn.equals(that.bindDn) : that.bindDn != null) return false;
            if (this.bindPassword != null ? !this.bindPassword.equals(that.bindPassword) : that.bindPassword != null) return false;
            if (this.searchAttribute != null ? !this.searchAttribute.equals(that.searchAttribute) : that.searchAttribute != null) return false;
            return this.searchFilter != null ? this.searchFilter.equals(that.searchFilter) : that.searchFilter == null;
        }

        @Override
        public final int hashCode() {
            int result = this.baseDn != null ? this.baseDn.hashCode() : 0;
            result = 31 * result + (this.bindDn != null ? this.bindDn.hashCode() : 0);
            result = 31 * result + (this.bindPassword != null ? this.bindPassword.hashCode() : 0);
            result = 31 * result + (this.searchAttribute != null ? this.searchAttribute.hashCode() : 0);
            result = 31 * result + (this.searchFilter != null ? this.searchFilter.hashCode() : 0);
            return result;
        }
    }
}
