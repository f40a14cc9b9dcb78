package imports.cnpg.io.cnpg.postgresql;

/**
 * RoleConfiguration is the representation, in Kubernetes, of a PostgreSQL role with the additional field Ensure specifying whether to ensure the presence or absence of the role in the database.
 * <p>
 * The defaults of the CREATE ROLE command are applied
 * Reference: https://www.postgresql.org/docs/current/sql-createrole.html
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.666Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecManagedRoles")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecManagedRoles.Jsii$Proxy.class)
public interface ClusterSpecManagedRoles extends software.amazon.jsii.JsiiSerializable {

    /**
     * Name of the role.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     * Whether a role bypasses every row-level security (RLS) policy.
     * <p>
     * Default is <code>false</code>.
     * <p>
     * Default: false`.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getBypassrls() {
        return null;
    }

    /**
     * Description of the role.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getComment() {
        return null;
    }

    /**
     * If the role can log in, this specifies how many concurrent connections the role can make.
     * <p>
     * <code>-1</code> (the default) means no limit.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getConnectionLimit() {
        return null;
    }

    /**
     * When set to <code>true</code>, the role being defined will be allowed to create new databases.
     * <p>
     * Specifying <code>false</code> (default) will deny a role the
     * ability to create databases.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getCreatedb() {
        return null;
    }

    /**
     * Whether the role will be permitted to create, alter, drop, comment on, change the security label for, and grant or revoke membership in other roles.
     * <p>
     * Default is <code>false</code>.
     * <p>
     * Default: false`.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getCreaterole() {
        return null;
    }

    /**
     * DisablePassword indicates that a role's password should be set to NULL in Postgres.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getDisablePassword() {
        return null;
    }

    /**
     * Ensure the role is <code>present</code> or <code>absent</code> - defaults to "present".
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRolesEnsure getEnsure() {
        return null;
    }

    /**
     * Whether a role "inherits" the privileges of roles it is a member of.
     * <p>
     * Default is <code>true</code>.
     * <p>
     * Default: true`.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getInherit() {
        return null;
    }

    /**
     * List of one or more existing roles to which this role will be immediately added as a new member.
     * <p>
     * Default empty.
     * Changes to the list are applied to an existing role through
     * <code>GRANT</code> and <code>REVOKE</code> statements, not only at role creation.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getInRoles() {
        return null;
    }

    /**
     * Whether the role is allowed to log in.
     * <p>
     * A role having the <code>login</code>
     * attribute can be thought of as a user. Roles without this attribute
     * are useful for managing database privileges, but are not users in
     * the usual sense of the word. Default is <code>false</code>.
     * <p>
     * Default: false`.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getLogin() {
        return null;
    }

    /**
     * Secret containing the password of the role (if present).
     * <p>
     * If null, the password will be ignored unless DisablePassword is set.
     * When set, the secret must follow the <code>kubernetes.io/basic-auth</code> format
     * and contain both a <code>username</code> and a <code>password</code> field.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRolesPasswordSecret getPasswordSecret() {
        return null;
    }

    /**
     * Whether a role is a replication role.
     * <p>
     * A role must have this
     * attribute (or be a superuser) in order to be able to connect to the
     * server in replication mode (physical or logical replication) and in
     * order to be able to create or drop replication slots. A role having
     * the <code>replication</code> attribute is a very highly privileged role, and
     * should only be used on roles actually used for replication. Default
     * is <code>false</code>.
     * <p>
     * Default: false`.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getReplication() {
        return null;
    }

    /**
     * Whether the role is a <code>superuser</code> who can override all access restrictions within the database - superuser status is dangerous and should be used only when really needed.
     * <p>
     * You must yourself be a
     * superuser to create a new superuser. Defaults is <code>false</code>.
     * <p>
     * Default: false`.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getSuperuser() {
        return null;
    }

    /**
     * Date and time after which the role's password is no longer valid.
     * <p>
     * When omitted, the password will never expire (default).
     */
    default @org.jetbrains.annotations.Nullable java.time.Instant getValidUntil() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecManagedRoles}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecManagedRoles}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecManagedRoles> {
        java.lang.String name;
        java.lang.Boolean bypassrls;
        java.lang.String comment;
        java.lang.Number connectionLimit;
        java.lang.Boolean createdb;
        java.lang.Boolean createrole;
        java.lang.Boolean disablePassword;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRolesEnsure ensure;
        java.lang.Boolean inherit;
        java.util.List<java.lang.String> inRoles;
        java.lang.Boolean login;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRolesPasswordSecret passwordSecret;
        java.lang.Boolean replication;
        java.lang.Boolean superuser;
        java.time.Instant validUntil;

        /**
         * Sets the value of {@link ClusterSpecManagedRoles#getName}
         * @param name Name of the role. This parameter is required.
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManagedRoles#getBypassrls}
         * @param bypassrls Whether a role bypasses every row-level security (RLS) policy.
         *                  Default is <code>false</code>.
         * @return {@code this}
         */
        public Builder bypassrls(java.lang.Boolean bypassrls) {
            this.bypassrls = bypassrls;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManagedRoles#getComment}
         * @param comment Description of the role.
         * @return {@code this}
         */
        public Builder comment(java.lang.String comment) {
            this.comment = comment;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManagedRoles#getConnectionLimit}
         * @param connectionLimit If the role can log in, this specifies how many concurrent connections the role can make.
         *                        <code>-1</code> (the default) means no limit.
         * @return {@code this}
         */
        public Builder connectionLimit(java.lang.Number connectionLimit) {
            this.connectionLimit = connectionLimit;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManagedRoles#getCreatedb}
         * @param createdb When set to <code>true</code>, the role being defined will be allowed to create new databases.
         *                 Specifying <code>false</code> (default) will deny a role the
         *                 ability to create databases.
         * @return {@code this}
         */
        public Builder createdb(java.lang.Boolean createdb) {
            this.createdb = createdb;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManagedRoles#getCreaterole}
         * @param createrole Whether the role will be permitted to create, alter, drop, comment on, change the security label for, and grant or revoke membership in other roles.
         *                   Default is <code>false</code>.
         * @return {@code this}
         */
        public Builder createrole(java.lang.Boolean createrole) {
            this.createrole = createrole;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManagedRoles#getDisablePassword}
         * @param disablePassword DisablePassword indicates that a role's password should be set to NULL in Postgres.
         * @return {@code this}
         */
        public Builder disablePassword(java.lang.Boolean disablePassword) {
            this.disablePassword = disablePassword;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManagedRoles#getEnsure}
         * @param ensure Ensure the role is <code>present</code> or <code>absent</code> - defaults to "present".
         * @return {@code this}
         */
        public Builder ensure(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRolesEnsure ensure) {
            this.ensure = ensure;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManagedRoles#getInherit}
         * @param inherit Whether a role "inherits" the privileges of roles it is a member of.
         *                Default is <code>true</code>.
         * @return {@code this}
         */
        public Builder inherit(java.lang.Boolean inherit) {
            this.inherit = inherit;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManagedRoles#getInRoles}
         * @param inRoles List of one or more existing roles to which this role will be immediately added as a new member.
         *                Default empty.
         *                Changes to the list are applied to an existing role through
         *                <code>GRANT</code> and <code>REVOKE</code> statements, not only at role creation.
         * @return {@code this}
         */
        public Builder inRoles(java.util.List<java.lang.String> inRoles) {
            this.inRoles = inRoles;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManagedRoles#getLogin}
         * @param login Whether the role is allowed to log in.
         *              A role having the <code>login</code>
         *              attribute can be thought of as a user. Roles without this attribute
         *              are useful for managing database privileges, but are not users in
         *              the usual sense of the word. Default is <code>false</code>.
         * @return {@code this}
         */
        public Builder login(java.lang.Boolean login) {
            this.login = login;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManagedRoles#getPasswordSecret}
         * @param passwordSecret Secret containing the password of the role (if present).
         *                       If null, the password will be ignored unless DisablePassword is set.
         *                       When set, the secret must follow the <code>kubernetes.io/basic-auth</code> format
         *                       and contain both a <code>username</code> and a <code>password</code> field.
         * @return {@code this}
         */
        public Builder passwordSecret(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRolesPasswordSecret passwordSecret) {
            this.passwordSecret = passwordSecret;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManagedRoles#getReplication}
         * @param replication Whether a role is a replication role.
         *                    A role must have this
         *                    attribute (or be a superuser) in order to be able to connect to the
         *                    server in replication mode (physical or logical replication) and in
         *                    order to be able to create or drop replication slots. A role having
         *                    the <code>replication</code> attribute is a very highly privileged role, and
         *                    should only be used on roles actually used for replication. Default
         *                    is <code>false</code>.
         * @return {@code this}
         */
        public Builder replication(java.lang.Boolean replication) {
            this.replication = replication;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManagedRoles#getSuperuser}
         * @param superuser Whether the role is a <code>superuser</code> who can override all access restrictions within the database - superuser status is dangerous and should be used only when really needed.
         *                  You must yourself be a
         *                  superuser to create a new superuser. Defaults is <code>false</code>.
         * @return {@code this}
         */
        public Builder superuser(java.lang.Boolean superuser) {
            this.superuser = superuser;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecManagedRoles#getValidUntil}
         * @param validUntil Date and time after which the role's password is no longer valid.
         *                   When omitted, the password will never expire (default).
         * @return {@code this}
         */
        public Builder validUntil(java.time.Instant validUntil) {
            this.validUntil = validUntil;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecManagedRoles}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecManagedRoles build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecManagedRoles}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecManagedRoles {
        private final java.lang.String name;
        private final java.lang.Boolean bypassrls;
        private final java.lang.String comment;
        private final java.lang.Number connectionLimit;
        private final java.lang.Boolean createdb;
        private final java.lang.Boolean createrole;
        private final java.lang.Boolean disablePassword;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRolesEnsure ensure;
        private final java.lang.Boolean inherit;
        private final java.util.List<java.lang.String> inRoles;
        private final java.lang.Boolean login;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRolesPasswordSecret passwordSecret;
        private final java.lang.Boolean replication;
        private final java.lang.Boolean superuser;
        private final java.time.Instant validUntil;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.bypassrls = software.amazon.jsii.Kernel.get(this, "bypassrls", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.comment = software.amazon.jsii.Kernel.get(this, "comment", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.connectionLimit = software.amazon.jsii.Kernel.get(this, "connectionLimit", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.createdb = software.amazon.jsii.Kernel.get(this, "createdb", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.createrole = software.amazon.jsii.Kernel.get(this, "createrole", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.disablePassword = software.amazon.jsii.Kernel.get(this, "disablePassword", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.ensure = software.amazon.jsii.Kernel.get(this, "ensure", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRolesEnsure.class));
            this.inherit = software.amazon.jsii.Kernel.get(this, "inherit", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.inRoles = software.amazon.jsii.Kernel.get(this, "inRoles", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.login = software.amazon.jsii.Kernel.get(this, "login", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.passwordSecret = software.amazon.jsii.Kernel.get(this, "passwordSecret", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRolesPasswordSecret.class));
            this.replication = software.amazon.jsii.Kernel.get(this, "replication", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.superuser = software.amazon.jsii.Kernel.get(this, "superuser", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.validUntil = software.amazon.jsii.Kernel.get(this, "validUntil", software.amazon.jsii.NativeType.forClass(java.time.Instant.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.bypassrls = builder.bypassrls;
            this.comment = builder.comment;
            this.connectionLimit = builder.connectionLimit;
            this.createdb = builder.createdb;
            this.createrole = builder.createrole;
            this.disablePassword = builder.disablePassword;
            this.ensure = builder.ensure;
            this.inherit = builder.inherit;
            this.inRoles = builder.inRoles;
            this.login = builder.login;
            this.passwordSecret = builder.passwordSecret;
            this.replication = builder.replication;
            this.superuser = builder.superuser;
            this.validUntil = builder.validUntil;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final java.lang.Boolean getBypassrls() {
            return this.bypassrls;
        }

        @Override
        public final java.lang.String getComment() {
            return this.comment;
        }

        @Override
        public final java.lang.Number getConnectionLimit() {
            return this.connectionLimit;
        }

        @Override
        public final java.lang.Boolean getCreatedb() {
            return this.createdb;
        }

        @Override
        public final java.lang.Boolean getCreaterole() {
            return this.createrole;
        }

        @Override
        public final java.lang.Boolean getDisablePassword() {
            return this.disablePassword;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRolesEnsure getEnsure() {
            return this.ensure;
        }

        @Override
        public final java.lang.Boolean getInherit() {
            return this.inherit;
        }

        @Override
        public final java.util.List<java.lang.String> getInRoles() {
            return this.inRoles;
        }

        @Override
        public final java.lang.Boolean getLogin() {
            return this.login;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecManagedRolesPasswordSecret getPasswordSecret() {
            return this.passwordSecret;
        }

        @Override
        public final java.lang.Boolean getReplication() {
            return this.replication;
        }

        @Override
        public final java.lang.Boolean getSuperuser() {
            return this.superuser;
        }

        @Override
        public final java.time.Instant getValidUntil() {
            return this.validUntil;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("name", om.valueToTree(this.getName()));
            if (this.getBypassrls() != null) {
                data.set("bypassrls", om.valueToTree(this.getBypassrls()));
            }
            if (this.getComment() != null) {
                data.set("comment", om.valueToTree(this.getComment()));
            }
            if (this.getConnectionLimit() != null) {
                data.set("connectionLimit", om.valueToTree(this.getConnectionLimit()));
            }
            if (this.getCreatedb() != null) {
                data.set("createdb", om.valueToTree(this.getCreatedb()));
            }
            if (this.getCreaterole() != null) {
                data.set("createrole", om.valueToTree(this.getCreaterole()));
            }
            if (this.getDisablePassword() != null) {
                data.set("disablePassword", om.valueToTree(this.getDisablePassword()));
            }
            if (this.getEnsure() != null) {
                data.set("ensure", om.valueToTree(this.getEnsure()));
            }
            if (this.getInherit() != null) {
                data.set("inherit", om.valueToTree(this.getInherit()));
            }
            if (this.getInRoles() != null) {
                data.set("inRoles", om.valueToTree(this.getInRoles()));
            }
            if (this.getLogin() != null) {
                data.set("login", om.valueToTree(this.getLogin()));
            }
            if (this.getPasswordSecret() != null) {
                data.set("passwordSecret", om.valueToTree(this.getPasswordSecret()));
            }
            if (this.getReplication() != null) {
                data.set("replication", om.valueToTree(this.getReplication()));
            }
            if (this.getSuperuser() != null) {
                data.set("superuser", om.valueToTree(this.getSuperuser()));
            }
            if (this.getValidUntil() != null) {
                data.set("validUntil", om.valueToTree(this.getValidUntil()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecManagedRoles"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecManagedRoles.Jsii$Proxy that = (ClusterSpecManagedRoles.Jsii$Proxy) o;

            if (!name.equals(that.name)) return false;
            if (this.bypassrls != null ? !this.bypassrls.equals(that.bypassrls) : that.bypassrls != null) return false;
            if (this.comment != null ? !this.comment.equals(that.comment) : that.comment != null) return false;
            if (this.connectionLimit != null ? !this.connectionLimit.equals(that.connectionLimit) : that.connectionLimit != null) return false;
            if (this.createdb != null ? !this.createdb.equals(that.createdb) : that.createdb != null) return false;
            if (this.createrole != null ? !this.createrole.equals(that.createrole) : that.createrole != null) return false;
            if (this.disablePassword != null ? !this.disablePassword.equals(that.disablePassword) : that.disablePassword != null) return false;
            if (this.ensure != null ? !this.ensure.equals(that.ensure) : that.ensure != null) return false;
            if (this.inherit != null ? !this.inherit.equals(that.inherit) : that.inherit != null) return false;
            if (this.inRoles != null ? !this.inRoles.equals(that.inRoles) : that.inRoles != null) return false;
            if (this.login != null ? !this.login.equals(that.login) : that.login != null) return false;
            if (this.passwordSecret != null ? !this.passwordSecret.equals(that.passwordSecret) : that.passwordSecret != null) return false;
            if (this.replication != null ? !this.replication.equals(that.replication) : that.replication != null) return false;
            if (this.superuser != null ? !this.superuser.equals(that.superuser) : that.superuser != null) return false;
            return this.validUntil != null ? this.validUntil.equals(that.validUntil) : that.validUntil == null;
        }

        @Override
        public final int hashCode() {
            int result = this.name.hashCode();
            result = 31 * result + (this.bypassrls != null ? this.bypassrls.hashCode() : 0);
            result = 31 * result + (this.comment != null ? this.comment.hashCode() : 0);
            result = 31 * result + (this.connectionLimit != null ? this.connectionLimit.hashCode() : 0);
            result = 31 * result + (this.createdb != null ? this.createdb.hashCode() : 0);
            result = 31 * result + (this.createrole != null ? this.createrole.hashCode() : 0);
            result = 31 * result + (this.disablePassword != null ? this.disablePassword.hashCode() : 0);
            result = 31 * result + (this.ensure != null ? this.ensure.hashCode() : 0);
            result = 31 * result + (this.inherit != null ? this.inherit.hashCode() : 0);
            result = 31 * result + (this.inRoles != null ? this.inRoles.hashCode() : 0);
            result = 31 * result + (this.login != null ? this.login.hashCode() : 0);
            result = 31 * result + (this.passwordSecret != null ? this.passwordSecret.hashCode() : 0);
            result = 31 * result + (this.replication != null ? this.replication.hashCode() : 0);
            result = 31 * result + (this.superuser != null ? this.superuser.hashCode() : 0);
            result = 31 * result + (this.validUntil != null ? this.validUntil.hashCode() : 0);
            return result;
        }
    }
}
