package imports.cnpg.io.cnpg.postgresql;

/**
 * Configuration of the PostgreSQL server.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.730Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecPostgresql")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecPostgresql.Jsii$Proxy.class)
public interface ClusterSpecPostgresql extends software.amazon.jsii.JsiiSerializable {

    /**
     * If this parameter is true, the user will be able to invoke <code>ALTER SYSTEM</code> on this CloudNativePG Cluster.
     * <p>
     * This should only be used for debugging and troubleshooting.
     * Defaults to false.
     * <p>
     * Default: false.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getEnableAlterSystem() {
        return null;
    }

    /**
     * The configuration of the extensions to be added.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensions> getExtensions() {
        return null;
    }

    /**
     * Options to specify LDAP configuration.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdap getLdap() {
        return null;
    }

    /**
     * PostgreSQL configuration options (postgresql.conf).
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getParameters() {
        return null;
    }

    /**
     * PostgreSQL Host Based Authentication rules (lines to be appended to the pg_hba.conf file). Use the ${podselector:NAME} syntax to reference a pod selector; the rule will be expanded for each Pod IP matching that selector.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getPgHba() {
        return null;
    }

    /**
     * PostgreSQL User Name Maps rules (lines to be appended to the pg_ident.conf file).
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getPgIdent() {
        return null;
    }

    /**
     * Specifies the maximum number of seconds to wait when promoting an instance to primary.
     * <p>
     * Default value is 40000000, greater than one year in seconds,
     * big enough to simulate an infinite timeout
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getPromotionTimeout() {
        return null;
    }

    /**
     * Lists of shared preload libraries to add to the default ones.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getSharedPreloadLibraries() {
        return null;
    }

    /**
     * Configuration of the PostgreSQL synchronous replication feature.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronous getSynchronous() {
        return null;
    }

    /**
     * Requirements to be met by sync replicas.
     * <p>
     * This will affect how the "synchronous_standby_names" parameter will be
     * set up.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSyncReplicaElectionConstraint getSyncReplicaElectionConstraint() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecPostgresql}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecPostgresql}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecPostgresql> {
        java.lang.Boolean enableAlterSystem;
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensions> extensions;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdap ldap;
        java.util.Map<java.lang.String, java.lang.String> parameters;
        java.util.List<java.lang.String> pgHba;
        java.util.List<java.lang.String> pgIdent;
        java.lang.Number promotionTimeout;
        java.util.List<java.lang.String> sharedPreloadLibraries;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronous synchronous;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSyncReplicaElectionConstraint syncReplicaElectionConstraint;

        /**
         * Sets the value of {@link ClusterSpecPostgresql#getEnableAlterSystem}
         * @param enableAlterSystem If this parameter is true, the user will be able to invoke <code>ALTER SYSTEM</code> on this CloudNativePG Cluster.
         *                          This should only be used for debugging and troubleshooting.
         *                          Defaults to false.
         * @return {@code this}
         */
        public Builder enableAlterSystem(java.lang.Boolean enableAlterSystem) {
            this.enableAlterSystem = enableAlterSystem;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresql#getExtensions}
         * @param extensions The configuration of the extensions to be added.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder extensions(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensions> extensions) {
            this.extensions = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensions>)extensions;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresql#getLdap}
         * @param ldap Options to specify LDAP configuration.
         * @return {@code this}
         */
        public Builder ldap(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdap ldap) {
            this.ldap = ldap;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresql#getParameters}
         * @param parameters PostgreSQL configuration options (postgresql.conf).
         * @return {@code this}
         */
        public Builder parameters(java.util.Map<java.lang.String, java.lang.String> parameters) {
            this.parameters = parameters;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresql#getPgHba}
         * @param pgHba PostgreSQL Host Based Authentication rules (lines to be appended to the pg_hba.conf file). Use the ${podselector:NAME} syntax to reference a pod selector; the rule will be expanded for each Pod IP matching that selector.
         * @return {@code this}
         */
        public Builder pgHba(java.util.List<java.lang.String> pgHba) {
            this.pgHba = pgHba;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresql#getPgIdent}
         * @param pgIdent PostgreSQL User Name Maps rules (lines to be appended to the pg_ident.conf file).
         * @return {@code this}
         */
        public Builder pgIdent(java.util.List<java.lang.String> pgIdent) {
            this.pgIdent = pgIdent;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresql#getPromotionTimeout}
         * @param promotionTimeout Specifies the maximum number of seconds to wait when promoting an instance to primary.
         *                         Default value is 40000000, greater than one year in seconds,
         *                         big enough to simulate an infinite timeout
         * @return {@code this}
         */
        public Builder promotionTimeout(java.lang.Number promotionTimeout) {
            this.promotionTimeout = promotionTimeout;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresql#getSharedPreloadLibraries}
         * @param sharedPreloadLibraries Lists of shared preload libraries to add to the default ones.
         * @return {@code this}
         */
        public Builder sharedPreloadLibraries(java.util.List<java.lang.String> sharedPreloadLibraries) {
            this.sharedPreloadLibraries = sharedPreloadLibraries;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresql#getSynchronous}
         * @param synchronous Configuration of the PostgreSQL synchronous replication feature.
         * @return {@code this}
         */
        public Builder synchronous(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronous synchronous) {
            this.synchronous = synchronous;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresql#getSyncReplicaElectionConstraint}
         * @param syncReplicaElectionConstraint Requirements to be met by sync replicas.
         *                                      This will affect how the "synchronous_standby_names" parameter will be
         *                                      set up.
         * @return {@code this}
         */
        public Builder syncReplicaElectionConstraint(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSyncReplicaElectionConstraint syncReplicaElectionConstraint) {
            this.syncReplicaElectionConstraint = syncReplicaElectionConstraint;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecPostgresql}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecPostgresql build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecPostgresql}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecPostgresql {
        private final java.lang.Boolean enableAlterSystem;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensions> extensions;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdap ldap;
        private final java.util.Map<java.lang.String, java.lang.String> parameters;
        private final java.util.List<java.lang.String> pgHba;
        private final java.util.List<java.lang.String> pgIdent;
        private final java.lang.Number promotionTimeout;
        private final java.util.List<java.lang.String> sharedPreloadLibraries;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronous synchronous;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSyncReplicaElectionConstraint syncReplicaElectionConstraint;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.enableAlterSystem = software.amazon.jsii.Kernel.get(this, "enableAlterSystem", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.extensions = software.amazon.jsii.Kernel.get(this, "extensions", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensions.class)));
            this.ldap = software.amazon.jsii.Kernel.get(this, "ldap", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdap.class));
            this.parameters = software.amazon.jsii.Kernel.get(this, "parameters", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.pgHba = software.amazon.jsii.Kernel.get(this, "pgHba", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.pgIdent = software.amazon.jsii.Kernel.get(this, "pgIdent", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.promotionTimeout = software.amazon.jsii.Kernel.get(this, "promotionTimeout", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.sharedPreloadLibraries = software.amazon.jsii.Kernel.get(this, "sharedPreloadLibraries", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.synchronous = software.amazon.jsii.Kernel.get(this, "synchronous", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronous.class));
            this.syncReplicaElectionConstraint = software.amazon.jsii.Kernel.get(this, "syncReplicaElectionConstraint", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSyncReplicaElectionConstraint.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.enableAlterSystem = builder.enableAlterSystem;
            this.extensions = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensions>)builder.extensions;
            this.ldap = builder.ldap;
            this.parameters = builder.parameters;
            this.pgHba = builder.pgHba;
            this.pgIdent = builder.pgIdent;
            this.promotionTimeout = builder.promotionTimeout;
            this.sharedPreloadLibraries = builder.sharedPreloadLibraries;
            this.synchronous = builder.synchronous;
            this.syncReplicaElectionConstraint = builder.syncReplicaElectionConstraint;
        }

        @Override
        public final java.lang.Boolean getEnableAlterSystem() {
            return this.enableAlterSystem;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlExtensions> getExtensions() {
            return this.extensions;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlLdap getLdap() {
            return this.ldap;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getParameters() {
            return this.parameters;
        }

        @Override
        public final java.util.List<java.lang.String> getPgHba() {
            return this.pgHba;
        }

        @Override
        public final java.util.List<java.lang.String> getPgIdent() {
            return this.pgIdent;
        }

        @Override
        public final java.lang.Number getPromotionTimeout() {
            return this.promotionTimeout;
        }

        @Override
        public final java.util.List<java.lang.String> getSharedPreloadLibraries() {
            return this.sharedPreloadLibraries;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronous getSynchronous() {
            return this.synchronous;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSyncReplicaElectionConstraint getSyncReplicaElectionConstraint() {
            return this.syncReplicaElectionConstraint;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getEnableAlterSystem() != null) {
                data.set("enableAlterSystem", om.valueToTree(this.getEnableAlterSystem()));
            }
            if (this.getExtensions() != null) {
                data.set("extensions", om.valueToTree(this.getExtensions()));
            }
            if (this.getLdap() != null) {
                data.set("ldap", om.valueToTree(this.getLdap()));
            }
            if (this.getParameters() != null) {
                data.set("parameters", om.valueToTree(this.getParameters()));
            }
            if (this.getPgHba() != null) {
                data.set("pgHba", om.valueToTree(this.getPgHba()));
            }
            if (this.getPgIdent() != null) {
                data.set("pgIdent", om.valueToTree(this.getPgIdent()));
            }
            if (this.getPromotionTimeout() != null) {
                data.set("promotionTimeout", om.valueToTree(this.getPromotionTimeout()));
            }
            if (this.getSharedPreloadLibraries() != null) {
                data.set("sharedPreloadLibraries", om.valueToTree(this.getSharedPreloadLibraries()));
            }
            if (this.getSynchronous() != null) {
                data.set("synchronous", om.valueToTree(this.getSynchronous()));
            }
            if (this.getSyncReplicaElectionConstraint() != null) {
                data.set("syncReplicaElectionConstraint", om.valueToTree(this.getSyncReplicaElectionConstraint()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecPostgresql"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecPostgresql.Jsii$Proxy that = (ClusterSpecPostgresql.Jsii$Proxy) o;

            if (this.enableAlterSystem != null ? !this.enableAlterSystem.equals(that.enableAlterSystem) : that.enableAlterSystem != null) return false;
            if (this.extensions != null ? !this.extensions.equals(that.extensions) : that.extensions != null) return false;
            if (this.ldap != null ? !this.ldap.equals(that.ldap) : that.ldap != null) return false;
            if (this.parameters != null ? !this.parameters.equals(that.parameters) : that.parameters != null) return false;
            if (this.pgHba != null ? !this.pgHba.equals(that.pgHba) : that.pgHba != null) return false;
            if (this.pgIdent != null ? !this.pgIdent.equals(that.pgIdent) : that.pgIdent != null) return false;
            if (this.promotionTimeout != null ? !this.promotionTimeout.equals(that.promotionTimeout) : that.promotionTimeout != null) return false;
            if (this.sharedPreloadLibraries != null ? !this.sharedPreloadLibraries.equals(that.sharedPreloadLibraries) : that.sharedPreloadLibraries != null) return false;
            if (this.synchronous != null ? !this.synchronous.equals(that.synchronous) : that.synchronous != null) return false;
            return this.syncReplicaElectionConstraint != null ? this.syncReplicaElectionConstraint.equals(that.syncReplicaElectionConstraint) : that.syncReplicaElectionConstraint == null;
        }

        @Override
        public final int hashCode() {
            int result = this.enableAlterSystem != null ? this.enableAlterSystem.hashCode() : 0;
            result = 31 * result + (this.extensions != null ? this.extensions.hashCode() : 0);
            result = 31 * result + (this.ldap != null ? this.ldap.hashCode() : 0);
            result = 31 * result + (this.parameters != null ? this.parameters.hashCode() : 0);
            result = 31 * result + (this.pgHba != null ? this.pgHba.hashCode() : 0);
            result = 31 * result + (this.pgIdent != null ? this.pgIdent.hashCode() : 0);
            result = 31 * result + (this.promotionTimeout != null ? this.promotionTimeout.hashCode() : 0);
            result = 31 * result + (this.sharedPreloadLibraries != null ? this.sharedPreloadLibraries.hashCode() : 0);
            result = 31 * result + (this.synchronous != null ? this.synchronous.hashCode() : 0);
            result = 31 * result + (this.syncReplicaElectionConstraint != null ? this.syncReplicaElectionConstraint.hashCode() : 0);
            return result;
        }
    }
}
