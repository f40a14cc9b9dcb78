package imports.cnpg.io.cnpg.postgresql;

/**
 * Bootstraps the new cluster by importing data from an existing PostgreSQL instance using logical backup (<code>pg_dump</code> and <code>pg_restore</code>).
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.524Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBootstrapInitdbImport")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBootstrapInitdbImport.Jsii$Proxy.class)
public interface ClusterSpecBootstrapInitdbImport extends software.amazon.jsii.JsiiSerializable {

    /**
     * The databases to import.
     */
    @org.jetbrains.annotations.NotNull java.util.List<java.lang.String> getDatabases();

    /**
     * The source of the import.
     */
    @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImportSource getSource();

    /**
     * The import type.
     * <p>
     * Can be <code>microservice</code> or <code>monolith</code>.
     */
    @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImportType getType();

    /**
     * List of custom options to pass to the <code>pg_dump</code> command.
     * <p>
     * IMPORTANT: Use with caution. The operator does not validate these options,
     * and certain flags may interfere with its intended functionality or design.
     * You are responsible for ensuring that the provided options are compatible
     * with your environment and desired behavior.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getPgDumpExtraOptions() {
        return null;
    }

    /**
     * Custom options to pass to the <code>pg_restore</code> command during the <code>data</code> section. This setting overrides the generic <code>pgRestoreExtraOptions</code> value.
     * <p>
     * IMPORTANT: Use with caution. The operator does not validate these options,
     * and certain flags may interfere with its intended functionality or design.
     * You are responsible for ensuring that the provided options are compatible
     * with your environment and desired behavior.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getPgRestoreDataOptions() {
        return null;
    }

    /**
     * List of custom options to pass to the <code>pg_restore</code> command.
     * <p>
     * IMPORTANT: Use with caution. The operator does not validate these options,
     * and certain flags may interfere with its intended functionality or design.
     * You are responsible for ensuring that the provided options are compatible
     * with your environment and desired behavior.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getPgRestoreExtraOptions() {
        return null;
    }

    /**
     * Custom options to pass to the <code>pg_restore</code> command during the <code>post-data</code> section. This setting overrides the generic <code>pgRestoreExtraOptions</code> value.
     * <p>
     * IMPORTANT: Use with caution. The operator does not validate these options,
     * and certain flags may interfere with its intended functionality or design.
     * You are responsible for ensuring that the provided options are compatible
     * with your environment and desired behavior.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getPgRestorePostdataOptions() {
        return null;
    }

    /**
     * Custom options to pass to the <code>pg_restore</code> command during the <code>pre-data</code> section. This setting overrides the generic <code>pgRestoreExtraOptions</code> value.
     * <p>
     * IMPORTANT: Use with caution. The operator does not validate these options,
     * and certain flags may interfere with its intended functionality or design.
     * You are responsible for ensuring that the provided options are compatible
     * with your environment and desired behavior.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getPgRestorePredataOptions() {
        return null;
    }

    /**
     * List of SQL queries to be executed as a superuser in the application database right after is imported - to be used with extreme care (by default empty).
     * <p>
     * Only available in microservice type.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getPostImportApplicationSql() {
        return null;
    }

    /**
     * The roles to import.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getRoles() {
        return null;
    }

    /**
     * When set to true, only the <code>pre-data</code> and <code>post-data</code> sections of <code>pg_restore</code> are invoked, avoiding data import.
     * <p>
     * Default: <code>false</code>.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getSchemaOnly() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecBootstrapInitdbImport}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBootstrapInitdbImport}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBootstrapInitdbImport> {
        java.util.List<java.lang.String> databases;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImportSource source;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImportType type;
        java.util.List<java.lang.String> pgDumpExtraOptions;
        java.util.List<java.lang.String> pgRestoreDataOptions;
        java.util.List<java.lang.String> pgRestoreExtraOptions;
        java.util.List<java.lang.String> pgRestorePostdataOptions;
        java.util.List<java.lang.String> pgRestorePredataOptions;
        java.util.List<java.lang.String> postImportApplicationSql;
        java.util.List<java.lang.String> roles;
        java.lang.Boolean schemaOnly;

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdbImport#getDatabases}
         * @param databases The databases to import. This parameter is required.
         * @return {@code this}
         */
        public Builder databases(java.util.List<java.lang.String> databases) {
            this.databases = databases;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdbImport#getSource}
         * @param source The source of the import. This parameter is required.
         * @return {@code this}
         */
        public Builder source(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImportSource source) {
            this.source = source;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdbImport#getType}
         * @param type The import type. This parameter is required.
         *             Can be <code>microservice</code> or <code>monolith</code>.
         * @return {@code this}
         */
        public Builder type(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImportType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdbImport#getPgDumpExtraOptions}
         * @param pgDumpExtraOptions List of custom options to pass to the <code>pg_dump</code> command.
         *                           IMPORTANT: Use with caution. The operator does not validate these options,
         *                           and certain flags may interfere with its intended functionality or design.
         *                           You are responsible for ensuring that the provided options are compatible
         *                           with your environment and desired behavior.
         * @return {@code this}
         */
        public Builder pgDumpExtraOptions(java.util.List<java.lang.String> pgDumpExtraOptions) {
            this.pgDumpExtraOptions = pgDumpExtraOptions;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdbImport#getPgRestoreDataOptions}
         * @param pgRestoreDataOptions Custom options to pass to the <code>pg_restore</code> command during the <code>data</code> section. This setting overrides the generic <code>pgRestoreExtraOptions</code> value.
         *                             IMPORTANT: Use with caution. The operator does not validate these options,
         *                             and certain flags may interfere with its intended functionality or design.
         *                             You are responsible for ensuring that the provided options are compatible
         *                             with your environment and desired behavior.
         * @return {@code this}
         */
        public Builder pgRestoreDataOptions(java.util.List<java.lang.String> pgRestoreDataOptions) {
            this.pgRestoreDataOptions = pgRestoreDataOptions;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdbImport#getPgRestoreExtraOptions}
         * @param pgRestoreExtraOptions List of custom options to pass to the <code>pg_restore</code> command.
         *                              IMPORTANT: Use with caution. The operator does not validate these options,
         *                              and certain flags may interfere with its intended functionality or design.
         *                              You are responsible for ensuring that the provided options are compatible
         *                              with your environment and desired behavior.
         * @return {@code this}
         */
        public Builder pgRestoreExtraOptions(java.util.List<java.lang.String> pgRestoreExtraOptions) {
            this.pgRestoreExtraOptions = pgRestoreExtraOptions;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdbImport#getPgRestorePostdataOptions}
         * @param pgRestorePostdataOptions Custom options to pass to the <code>pg_restore</code> command during the <code>post-data</code> section. This setting overrides the generic <code>pgRestoreExtraOptions</code> value.
         *                                 IMPORTANT: Use with caution. The operator does not validate these options,
         *                                 and certain flags may interfere with its intended functionality or design.
         *                                 You are responsible for ensuring that the provided options are compatible
         *                                 with your environment and desired behavior.
         * @return {@code this}
         */
        public Builder pgRestorePostdataOptions(java.util.List<java.lang.String> pgRestorePostdataOptions) {
            this.pgRestorePostdataOptions = pgRestorePostdataOptions;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdbImport#getPgRestorePredataOptions}
         * @param pgRestorePredataOptions Custom options to pass to the <code>pg_restore</code> command during the <code>pre-data</code> section. This setting overrides the generic <code>pgRestoreExtraOptions</code> value.
         *                                IMPORTANT: Use with caution. The operator does not validate these options,
         *                                and certain flags may interfere with its intended functionality or design.
         *                                You are responsible for ensuring that the provided options are compatible
         *                                with your environment and desired behavior.
         * @return {@code this}
         */
        public Builder pgRestorePredataOptions(java.util.List<java.lang.String> pgRestorePredataOptions) {
            this.pgRestorePredataOptions = pgRestorePredataOptions;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdbImport#getPostImportApplicationSql}
         * @param postImportApplicationSql List of SQL queries to be executed as a superuser in the application database right after is imported - to be used with extreme care (by default empty).
         *                                 Only available in microservice type.
         * @return {@code this}
         */
        public Builder postImportApplicationSql(java.util.List<java.lang.String> postImportApplicationSql) {
            this.postImportApplicationSql = postImportApplicationSql;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdbImport#getRoles}
         * @param roles The roles to import.
         * @return {@code this}
         */
        public Builder roles(java.util.List<java.lang.String> roles) {
            this.roles = roles;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdbImport#getSchemaOnly}
         * @param schemaOnly When set to true, only the <code>pre-data</code> and <code>post-data</code> sections of <code>pg_restore</code> are invoked, avoiding data import.
         *                   Default: <code>false</code>.
         * @return {@code this}
         */
        public Builder schemaOnly(java.lang.Boolean schemaOnly) {
            this.schemaOnly = schemaOnly;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBootstrapInitdbImport}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBootstrapInitdbImport build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBootstrapInitdbImport}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBootstrapInitdbImport {
        private final java.util.List<java.lang.String> databases;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImportSource source;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImportType type;
        private final java.util.List<java.lang.String> pgDumpExtraOptions;
        private final java.util.List<java.lang.String> pgRestoreDataOptions;
        private final java.util.List<java.lang.String> pgRestoreExtraOptions;
        private final java.util.List<java.lang.String> pgRestorePostdataOptions;
        private final java.util.List<java.lang.String> pgRestorePredataOptions;
        private final java.util.List<java.lang.String> postImportApplicationSql;
        private final java.util.List<java.lang.String> roles;
        private final java.lang.Boolean schemaOnly;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.databases = software.amazon.jsii.Kernel.get(this, "databases", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.source = software.amazon.jsii.Kernel.get(this, "source", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImportSource.class));
            this.type = software.amazon.jsii.Kernel.get(this, "type", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImportType.class));
            this.pgDumpExtraOptions = software.amazon.jsii.Kernel.get(this, "pgDumpExtraOptions", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.pgRestoreDataOptions = software.amazon.jsii.Kernel.get(this, "pgRestoreDataOptions", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.pgRestoreExtraOptions = software.amazon.jsii.Kernel.get(this, "pgRestoreExtraOptions", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.pgRestorePostdataOptions = software.amazon.jsii.Kernel.get(this, "pgRestorePostdataOptions", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.pgRestorePredataOptions = software.amazon.jsii.Kernel.get(this, "pgRestorePredataOptions", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.postImportApplicationSql = software.amazon.jsii.Kernel.get(this, "postImportApplicationSql", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.roles = software.amazon.jsii.Kernel.get(this, "roles", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.schemaOnly = software.amazon.jsii.Kernel.get(this, "schemaOnly", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.databases = java.util.Objects.requireNonNull(builder.databases, "databases is required");
            this.source = java.util.Objects.requireNonNull(builder.source, "source is required");
            this.type = java.util.Objects.requireNonNull(builder.type, "type is required");
            this.pgDumpExtraOptions = builder.pgDumpExtraOptions;
            this.pgRestoreDataOptions = builder.pgRestoreDataOptions;
            this.pgRestoreExtraOptions = builder.pgRestoreExtraOptions;
            this.pgRestorePostdataOptions = builder.pgRestorePostdataOptions;
            this.pgRestorePredataOptions = builder.pgRestorePredataOptions;
            this.postImportApplicationSql = builder.postImportApplicationSql;
            this.roles = builder.roles;
            this.schemaOnly = builder.schemaOnly;
        }

        @Override
        public final java.util.List<java.lang.String> getDatabases() {
            return this.databases;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImportSource getSource() {
            return this.source;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImportType getType() {
            return this.type;
        }

        @Override
        public final java.util.List<java.lang.String> getPgDumpExtraOptions() {
            return this.pgDumpExtraOptions;
        }

        @Override
        public final java.util.List<java.lang.String> getPgRestoreDataOptions() {
            return this.pgRestoreDataOptions;
        }

        @Override
        public final java.util.List<java.lang.String> getPgRestoreExtraOptions() {
            return this.pgRestoreExtraOptions;
        }

        @Override
        public final java.util.List<java.lang.String> getPgRestorePostdataOptions() {
            return this.pgRestorePostdataOptions;
        }

        @Override
        public final java.util.List<java.lang.String> getPgRestorePredataOptions() {
            return this.pgRestorePredataOptions;
        }

        @Override
        public final java.util.List<java.lang.String> getPostImportApplicationSql() {
            return this.postImportApplicationSql;
        }

        @Override
        public final java.util.List<java.lang.String> getRoles() {
            return this.roles;
        }

        @Override
        public final java.lang.Boolean getSchemaOnly() {
            return this.schemaOnly;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("databases", om.valueToTree(this.getDatabases()));
            data.set("source", om.valueToTree(this.getSource()));
            data.set("type", om.valueToTree(this.getType()));
            if (this.getPgDumpExtraOptions() != null) {
                data.set("pgDumpExtraOptions", om.valueToTree(this.getPgDumpExtraOptions()));
            }
            if (this.getPgRestoreDataOptions() != null) {
                data.set("pgRestoreDataOptions", om.valueToTree(this.getPgRestoreDataOptions()));
            }
            if (this.getPgRestoreExtraOptions() != null) {
                data.set("pgRestoreExtraOptions", om.valueToTree(this.getPgRestoreExtraOptions()));
            }
            if (this.getPgRestorePostdataOptions() != null) {
                data.set("pgRestorePostdataOptions", om.valueToTree(this.getPgRestorePostdataOptions()));
            }
            if (this.getPgRestorePredataOptions() != null) {
                data.set("pgRestorePredataOptions", om.valueToTree(this.getPgRestorePredataOptions()));
            }
            if (this.getPostImportApplicationSql() != null) {
                data.set("postImportApplicationSql", om.valueToTree(this.getPostImportApplicationSql()));
            }
            if (this.getRoles() != null) {
                data.set("roles", om.valueToTree(this.getRoles()));
            }
            if (this.getSchemaOnly() != null) {
                data.set("schemaOnly", om.valueToTree(this.getSchemaOnly()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBootstrapInitdbImport"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBootstrapInitdbImport.Jsii$Proxy that = (ClusterSpecBootstrapInitdbImport.Jsii$Proxy) o;

            if (!databases.equals(that.databases)) return false;
            if (!source.equals(that.source)) return false;
            if (!type.equals(that.type)) return false;
            if (this.pgDumpExtraOptions != null ? !this.pgDumpExtraOptions.equals(that.pgDumpExtraOptions) : that.pgDumpExtraOptions != null) return false;
            if (this.pgRestoreDataOptions != null ? !this.pgRestoreDataOptions.equals(that.pgRestoreDataOptions) : that.pgRestoreDataOptions != null) return false;
            if (this.pgRestoreExtraOptions != null ? !this.pgRestoreExtraOptions.equals(that.pgRestoreExtraOptions) : that.pgRestoreExtraOptions != null) return false;
            if (this.pgRestorePostdataOptions != null ? !this.pgRestorePostdataOptions.equals(that.pgRestorePostdataOptions) : that.pgRestorePostdataOptions != null) return false;
            if (this.pgRestorePredataOptions != null ? !this.pgRestorePredataOptions.equals(that.pgRestorePredataOptions) : that.pgRestorePredataOptions != null) return false;
            if (this.postImportApplicationSql != null ? !this.postImportApplicationSql.equals(that.postImportApplicationSql) : that.postImportApplicationSql != null) return false;
            if (this.roles != null ? !this.roles.equals(that.roles) : that.roles != null) return false;
            return this.schemaOnly != null ? this.schemaOnly.equals(that.schemaOnly) : that.schemaOnly == null;
        }

        @Override
        public final int hashCode() {
            int result = this.databases.hashCode();
            result = 31 * result + (this.source.hashCode());
            result = 31 * result + (this.type.hashCode());
            result = 31 * result + (this.pgDumpExtraOptions != null ? this.pgDumpExtraOptions.hashCode() : 0);
            result = 31 * result + (this.pgRestoreDataOptions != null ? this.pgRestoreDataOptions.hashCode() : 0);
            result = 31 * result + (this.pgRestoreExtraOptions != null ? this.pgRestoreExtraOptions.hashCode() : 0);
            result = 31 * result + (this.pgRestorePostdataOptions != null ? this.pgRestorePostdataOptions.hashCode() : 0);
            result = 31 * result + (this.pgRestorePredataOptions != null ? this.pgRestorePredataOptions.hashCode() : 0);
            result = 31 * result + (this.postImportApplicationSql != null ? this.postImportApplicationSql.hashCode() : 0);
            result = 31 * result + (this.roles != null ? this.roles.hashCode() : 0);
            result = 31 * result + (this.schemaOnly != null ? this.schemaOnly.hashCode() : 0);
            return result;
        }
    }
}
