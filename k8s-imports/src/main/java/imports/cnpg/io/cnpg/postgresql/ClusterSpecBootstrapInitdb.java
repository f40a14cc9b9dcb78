package imports.cnpg.io.cnpg.postgresql;

/**
 * Bootstrap the cluster via initdb.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.519Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBootstrapInitdb")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBootstrapInitdb.Jsii$Proxy.class)
public interface ClusterSpecBootstrapInitdb extends software.amazon.jsii.JsiiSerializable {

    /**
     * Specifies the locale name when the builtin provider is used.
     * <p>
     * This option requires <code>localeProvider</code> to be set to <code>builtin</code>.
     * Available from PostgreSQL 17.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getBuiltinLocale() {
        return null;
    }

    /**
     * Name of the database used by the application.
     * <p>
     * Default: <code>app</code>.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getDatabase() {
        return null;
    }

    /**
     * Whether the <code>-k</code> option should be passed to initdb, enabling checksums on data pages (default: <code>false</code>).
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getDataChecksums() {
        return null;
    }

    /**
     * The value to be passed as option <code>--encoding</code> for initdb (default:<code>UTF8</code>).
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getEncoding() {
        return null;
    }

    /**
     * Specifies the ICU locale when the ICU provider is used.
     * <p>
     * This option requires <code>localeProvider</code> to be set to <code>icu</code>.
     * Available from PostgreSQL 15.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getIcuLocale() {
        return null;
    }

    /**
     * Specifies additional collation rules to customize the behavior of the default collation.
     * <p>
     * This option requires <code>localeProvider</code> to be set to <code>icu</code>.
     * Available from PostgreSQL 16.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getIcuRules() {
        return null;
    }

    /**
     * Bootstraps the new cluster by importing data from an existing PostgreSQL instance using logical backup (<code>pg_dump</code> and <code>pg_restore</code>).
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImport getImportValue() {
        return null;
    }

    /**
     * Sets the default collation order and character classification in the new database.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getLocale() {
        return null;
    }

    /**
     * The value to be passed as option <code>--lc-collate</code> for initdb (default:<code>C</code>).
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getLocaleCollate() {
        return null;
    }

    /**
     * The value to be passed as option <code>--lc-ctype</code> for initdb (default:<code>C</code>).
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getLocaleCType() {
        return null;
    }

    /**
     * This option sets the locale provider for databases created in the new cluster.
     * <p>
     * Available from PostgreSQL 16.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getLocaleProvider() {
        return null;
    }

    /**
     * The list of options that must be passed to initdb when creating the cluster.
     * <p>
     * Deprecated: This could lead to inconsistent configurations,
     * please use the explicit provided parameters instead.
     * If defined, explicit values will be ignored.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getOptions() {
        return null;
    }

    /**
     * Name of the owner of the database in the instance to be used by applications.
     * <p>
     * Defaults to the value of the <code>database</code> key.
     * <p>
     * Default: the value of the `database` key.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getOwner() {
        return null;
    }

    /**
     * List of SQL queries to be executed as a superuser in the application database right after the cluster has been created - to be used with extreme care (by default empty).
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getPostInitApplicationSql() {
        return null;
    }

    /**
     * List of references to ConfigMaps or Secrets containing SQL files to be executed as a superuser in the application database right after the cluster has been created.
     * <p>
     * The references are processed in a specific order:
     * first, all Secrets are processed, followed by all ConfigMaps.
     * Within each group, the processing order follows the sequence specified
     * in their respective arrays.
     * (by default empty)
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs getPostInitApplicationSqlRefs() {
        return null;
    }

    /**
     * List of SQL queries to be executed as a superuser in the <code>postgres</code> database right after the cluster has been created - to be used with extreme care (by default empty).
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getPostInitSql() {
        return null;
    }

    /**
     * List of references to ConfigMaps or Secrets containing SQL files to be executed as a superuser in the <code>postgres</code> database right after the cluster has been created.
     * <p>
     * The references are processed in a specific order:
     * first, all Secrets are processed, followed by all ConfigMaps.
     * Within each group, the processing order follows the sequence specified
     * in their respective arrays.
     * (by default empty)
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitSqlRefs getPostInitSqlRefs() {
        return null;
    }

    /**
     * List of SQL queries to be executed as a superuser in the <code>template1</code> database right after the cluster has been created - to be used with extreme care (by default empty).
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getPostInitTemplateSql() {
        return null;
    }

    /**
     * List of references to ConfigMaps or Secrets containing SQL files to be executed as a superuser in the <code>template1</code> database right after the cluster has been created.
     * <p>
     * The references are processed in a specific order:
     * first, all Secrets are processed, followed by all ConfigMaps.
     * Within each group, the processing order follows the sequence specified
     * in their respective arrays.
     * (by default empty)
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitTemplateSqlRefs getPostInitTemplateSqlRefs() {
        return null;
    }

    /**
     * Name of the secret containing the initial credentials for the owner of the user database.
     * <p>
     * If empty a new secret will be
     * created from scratch
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbSecret getSecret() {
        return null;
    }

    /**
     * The value in megabytes (1 to 1024) to be passed to the <code>--wal-segsize</code> option for initdb (default: empty, resulting in PostgreSQL default: 16MB).
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getWalSegmentSize() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecBootstrapInitdb}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBootstrapInitdb}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBootstrapInitdb> {
        java.lang.String builtinLocale;
        java.lang.String database;
        java.lang.Boolean dataChecksums;
        java.lang.String encoding;
        java.lang.String icuLocale;
        java.lang.String icuRules;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImport importValue;
        java.lang.String locale;
        java.lang.String localeCollate;
        java.lang.String localeCType;
        java.lang.String localeProvider;
        java.util.List<java.lang.String> options;
        java.lang.String owner;
        java.util.List<java.lang.String> postInitApplicationSql;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs postInitApplicationSqlRefs;
        java.util.List<java.lang.String> postInitSql;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitSqlRefs postInitSqlRefs;
        java.util.List<java.lang.String> postInitTemplateSql;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitTemplateSqlRefs postInitTemplateSqlRefs;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbSecret secret;
        java.lang.Number walSegmentSize;

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getBuiltinLocale}
         * @param builtinLocale Specifies the locale name when the builtin provider is used.
         *                      This option requires <code>localeProvider</code> to be set to <code>builtin</code>.
         *                      Available from PostgreSQL 17.
         * @return {@code this}
         */
        public Builder builtinLocale(java.lang.String builtinLocale) {
            this.builtinLocale = builtinLocale;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getDatabase}
         * @param database Name of the database used by the application.
         *                 Default: <code>app</code>.
         * @return {@code this}
         */
        public Builder database(java.lang.String database) {
            this.database = database;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getDataChecksums}
         * @param dataChecksums Whether the <code>-k</code> option should be passed to initdb, enabling checksums on data pages (default: <code>false</code>).
         * @return {@code this}
         */
        public Builder dataChecksums(java.lang.Boolean dataChecksums) {
            this.dataChecksums = dataChecksums;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getEncoding}
         * @param encoding The value to be passed as option <code>--encoding</code> for initdb (default:<code>UTF8</code>).
         * @return {@code this}
         */
        public Builder encoding(java.lang.String encoding) {
            this.encoding = encoding;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getIcuLocale}
         * @param icuLocale Specifies the ICU locale when the ICU provider is used.
         *                  This option requires <code>localeProvider</code> to be set to <code>icu</code>.
         *                  Available from PostgreSQL 15.
         * @return {@code this}
         */
        public Builder icuLocale(java.lang.String icuLocale) {
            this.icuLocale = icuLocale;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getIcuRules}
         * @param icuRules Specifies additional collation rules to customize the behavior of the default collation.
         *                 This option requires <code>localeProvider</code> to be set to <code>icu</code>.
         *                 Available from PostgreSQL 16.
         * @return {@code this}
         */
        public Builder icuRules(java.lang.String icuRules) {
            this.icuRules = icuRules;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getImportValue}
         * @param importValue Bootstraps the new cluster by importing data from an existing PostgreSQL instance using logical backup (<code>pg_dump</code> and <code>pg_restore</code>).
         * @return {@code this}
         */
        public Builder importValue(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImport importValue) {
            this.importValue = importValue;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getLocale}
         * @param locale Sets the default collation order and character classification in the new database.
         * @return {@code this}
         */
        public Builder locale(java.lang.String locale) {
            this.locale = locale;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getLocaleCollate}
         * @param localeCollate The value to be passed as option <code>--lc-collate</code> for initdb (default:<code>C</code>).
         * @return {@code this}
         */
        public Builder localeCollate(java.lang.String localeCollate) {
            this.localeCollate = localeCollate;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getLocaleCType}
         * @param localeCType The value to be passed as option <code>--lc-ctype</code> for initdb (default:<code>C</code>).
         * @return {@code this}
         */
        public Builder localeCType(java.lang.String localeCType) {
            this.localeCType = localeCType;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getLocaleProvider}
         * @param localeProvider This option sets the locale provider for databases created in the new cluster.
         *                       Available from PostgreSQL 16.
         * @return {@code this}
         */
        public Builder localeProvider(java.lang.String localeProvider) {
            this.localeProvider = localeProvider;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getOptions}
         * @param options The list of options that must be passed to initdb when creating the cluster.
         *                Deprecated: This could lead to inconsistent configurations,
         *                please use the explicit provided parameters instead.
         *                If defined, explicit values will be ignored.
         * @return {@code this}
         */
        public Builder options(java.util.List<java.lang.String> options) {
            this.options = options;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getOwner}
         * @param owner Name of the owner of the database in the instance to be used by applications.
         *              Defaults to the value of the <code>database</code> key.
         * @return {@code this}
         */
        public Builder owner(java.lang.String owner) {
            this.owner = owner;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getPostInitApplicationSql}
         * @param postInitApplicationSql List of SQL queries to be executed as a superuser in the application database right after the cluster has been created - to be used with extreme care (by default empty).
         * @return {@code this}
         */
        public Builder postInitApplicationSql(java.util.List<java.lang.String> postInitApplicationSql) {
            this.postInitApplicationSql = postInitApplicationSql;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getPostInitApplicationSqlRefs}
         * @param postInitApplicationSqlRefs List of references to ConfigMaps or Secrets containing SQL files to be executed as a superuser in the application database right after the cluster has been created.
         *                                   The references are processed in a specific order:
         *                                   first, all Secrets are processed, followed by all ConfigMaps.
         *                                   Within each group, the processing order follows the sequence specified
         *                                   in their respective arrays.
         *                                   (by default empty)
         * @return {@code this}
         */
        public Builder postInitApplicationSqlRefs(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs postInitApplicationSqlRefs) {
            this.postInitApplicationSqlRefs = postInitApplicationSqlRefs;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getPostInitSql}
         * @param postInitSql List of SQL queries to be executed as a superuser in the <code>postgres</code> database right after the cluster has been created - to be used with extreme care (by default empty).
         * @return {@code this}
         */
        public Builder postInitSql(java.util.List<java.lang.String> postInitSql) {
            this.postInitSql = postInitSql;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getPostInitSqlRefs}
         * @param postInitSqlRefs List of references to ConfigMaps or Secrets containing SQL files to be executed as a superuser in the <code>postgres</code> database right after the cluster has been created.
         *                        The references are processed in a specific order:
         *                        first, all Secrets are processed, followed by all ConfigMaps.
         *                        Within each group, the processing order follows the sequence specified
         *                        in their respective arrays.
         *                        (by default empty)
         * @return {@code this}
         */
        public Builder postInitSqlRefs(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitSqlRefs postInitSqlRefs) {
            this.postInitSqlRefs = postInitSqlRefs;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getPostInitTemplateSql}
         * @param postInitTemplateSql List of SQL queries to be executed as a superuser in the <code>template1</code> database right after the cluster has been created - to be used with extreme care (by default empty).
         * @return {@code this}
         */
        public Builder postInitTemplateSql(java.util.List<java.lang.String> postInitTemplateSql) {
            this.postInitTemplateSql = postInitTemplateSql;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getPostInitTemplateSqlRefs}
         * @param postInitTemplateSqlRefs List of references to ConfigMaps or Secrets containing SQL files to be executed as a superuser in the <code>template1</code> database right after the cluster has been created.
         *                                The references are processed in a specific order:
         *                                first, all Secrets are processed, followed by all ConfigMaps.
         *                                Within each group, the processing order follows the sequence specified
         *                                in their respective arrays.
         *                                (by default empty)
         * @return {@code this}
         */
        public Builder postInitTemplateSqlRefs(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitTemplateSqlRefs postInitTemplateSqlRefs) {
            this.postInitTemplateSqlRefs = postInitTemplateSqlRefs;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getSecret}
         * @param secret Name of the secret containing the initial credentials for the owner of the user database.
         *               If empty a new secret will be
         *               created from scratch
         * @return {@code this}
         */
        public Builder secret(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbSecret secret) {
            this.secret = secret;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapInitdb#getWalSegmentSize}
         * @param walSegmentSize The value in megabytes (1 to 1024) to be passed to the <code>--wal-segsize</code> option for initdb (default: empty, resulting in PostgreSQL default: 16MB).
         * @return {@code this}
         */
        public Builder walSegmentSize(java.lang.Number walSegmentSize) {
            this.walSegmentSize = walSegmentSize;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBootstrapInitdb}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBootstrapInitdb build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBootstrapInitdb}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBootstrapInitdb {
        private final java.lang.String builtinLocale;
        private final java.lang.String database;
        private final java.lang.Boolean dataChecksums;
        private final java.lang.String encoding;
        private final java.lang.String icuLocale;
        private final java.lang.String icuRules;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImport importValue;
        private final java.lang.String locale;
        private final java.lang.String localeCollate;
        private final java.lang.String localeCType;
        private final java.lang.String localeProvider;
        private final java.util.List<java.lang.String> options;
        private final java.lang.String owner;
        private final java.util.List<java.lang.String> postInitApplicationSql;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs postInitApplicationSqlRefs;
        private final java.util.List<java.lang.String> postInitSql;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitSqlRefs postInitSqlRefs;
        private final java.util.List<java.lang.String> postInitTemplateSql;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitTemplateSqlRefs postInitTemplateSqlRefs;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbSecret secret;
        private final java.lang.Number walSegmentSize;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.builtinLocale = software.amazon.jsii.Kernel.get(this, "builtinLocale", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.database = software.amazon.jsii.Kernel.get(this, "database", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.dataChecksums = software.amazon.jsii.Kernel.get(this, "dataChecksums", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.encoding = software.amazon.jsii.Kernel.get(this, "encoding", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.icuLocale = software.amazon.jsii.Kernel.get(this, "icuLocale", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.icuRules = software.amazon.jsii.Kernel.get(this, "icuRules", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.importValue = software.amazon.jsii.Kernel.get(this, "import", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImport.class));
            this.locale = software.amazon.jsii.Kernel.get(this, "locale", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.localeCollate = software.amazon.jsii.Kernel.get(this, "localeCollate", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.localeCType = software.amazon.jsii.Kernel.get(this, "localeCType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.localeProvider = software.amazon.jsii.Kernel.get(this, "localeProvider", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.options = software.amazon.jsii.Kernel.get(this, "options", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.owner = software.amazon.jsii.Kernel.get(this, "owner", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.postInitApplicationSql = software.amazon.jsii.Kernel.get(this, "postInitApplicationSql", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.postInitApplicationSqlRefs = software.amazon.jsii.Kernel.get(this, "postInitApplicationSqlRefs", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs.class));
            this.postInitSql = software.amazon.jsii.Kernel.get(this, "postInitSql", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.postInitSqlRefs = software.amazon.jsii.Kernel.get(this, "postInitSqlRefs", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitSqlRefs.class));
            this.postInitTemplateSql = software.amazon.jsii.Kernel.get(this, "postInitTemplateSql", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.postInitTemplateSqlRefs = software.amazon.jsii.Kernel.get(this, "postInitTemplateSqlRefs", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitTemplateSqlRefs.class));
            this.secret = software.amazon.jsii.Kernel.get(this, "secret", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbSecret.class));
            this.walSegmentSize = software.amazon.jsii.Kernel.get(this, "walSegmentSize", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.builtinLocale = builder.builtinLocale;
            this.database = builder.database;
            this.dataChecksums = builder.dataChecksums;
            this.encoding = builder.encoding;
            this.icuLocale = builder.icuLocale;
            this.icuRules = builder.icuRules;
            this.importValue = builder.importValue;
            this.locale = builder.locale;
            this.localeCollate = builder.localeCollate;
            this.localeCType = builder.localeCType;
            this.localeProvider = builder.localeProvider;
            this.options = builder.options;
            this.owner = builder.owner;
            this.postInitApplicationSql = builder.postInitApplicationSql;
            this.postInitApplicationSqlRefs = builder.postInitApplicationSqlRefs;
            this.postInitSql = builder.postInitSql;
            this.postInitSqlRefs = builder.postInitSqlRefs;
            this.postInitTemplateSql = builder.postInitTemplateSql;
            this.postInitTemplateSqlRefs = builder.postInitTemplateSqlRefs;
            this.secret = builder.secret;
            this.walSegmentSize = builder.walSegmentSize;
        }

        @Override
        public final java.lang.String getBuiltinLocale() {
            return this.builtinLocale;
        }

        @Override
        public final java.lang.String getDatabase() {
            return this.database;
        }

        @Override
        public final java.lang.Boolean getDataChecksums() {
            return this.dataChecksums;
        }

        @Override
        public final java.lang.String getEncoding() {
            return this.encoding;
        }

        @Override
        public final java.lang.String getIcuLocale() {
            return this.icuLocale;
        }

        @Override
        public final java.lang.String getIcuRules() {
            return this.icuRules;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbImport getImportValue() {
            return this.importValue;
        }

        @Override
        public final java.lang.String getLocale() {
            return this.locale;
        }

        @Override
        public final java.lang.String getLocaleCollate() {
            return this.localeCollate;
        }

        @Override
        public final java.lang.String getLocaleCType() {
            return this.localeCType;
        }

        @Override
        public final java.lang.String getLocaleProvider() {
            return this.localeProvider;
        }

        @Override
        public final java.util.List<java.lang.String> getOptions() {
            return this.options;
        }

        @Override
        public final java.lang.String getOwner() {
            return this.owner;
        }

        @Override
        public final java.util.List<java.lang.String> getPostInitApplicationSql() {
            return this.postInitApplicationSql;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitApplicationSqlRefs getPostInitApplicationSqlRefs() {
            return this.postInitApplicationSqlRefs;
        }

        @Override
        public final java.util.List<java.lang.String> getPostInitSql() {
            return this.postInitSql;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitSqlRefs getPostInitSqlRefs() {
            return this.postInitSqlRefs;
        }

        @Override
        public final java.util.List<java.lang.String> getPostInitTemplateSql() {
            return this.postInitTemplateSql;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbPostInitTemplateSqlRefs getPostInitTemplateSqlRefs() {
            return this.postInitTemplateSqlRefs;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbSecret getSecret() {
            return this.secret;
        }

        @Override
        public final java.lang.Number getWalSegmentSize() {
            return this.walSegmentSize;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getBuiltinLocale() != null) {
                data.set("builtinLocale", om.valueToTree(this.getBuiltinLocale()));
            }
            if (this.getDatabase() != null) {
                data.set("database", om.valueToTree(this.getDatabase()));
            }
            if (this.getDataChecksums() != null) {
                data.set("dataChecksums", om.valueToTree(this.getDataChecksums()));
            }
            if (this.getEncoding() != null) {
                data.set("encoding", om.valueToTree(this.getEncoding()));
            }
            if (this.getIcuLocale() != null) {
                data.set("icuLocale", om.valueToTree(this.getIcuLocale()));
            }
            if (this.getIcuRules() != null) {
                data.set("icuRules", om.valueToTree(this.getIcuRules()));
            }
            if (this.getImportValue() != null) {
                data.set("import", om.valueToTree(this.getImportValue()));
            }
            if (this.getLocale() != null) {
                data.set("locale", om.valueToTree(this.getLocale()));
            }
            if (this.getLocaleCollate() != null) {
                data.set("localeCollate", om.valueToTree(this.getLocaleCollate()));
            }
            if (this.getLocaleCType() != null) {
                data.set("localeCType", om.valueToTree(this.getLocaleCType()));
            }
            if (this.getLocaleProvider() != null) {
                data.set("localeProvider", om.valueToTree(this.getLocaleProvider()));
            }
            if (this.getOptions() != null) {
                data.set("options", om.valueToTree(this.getOptions()));
            }
            if (this.getOwner() != null) {
                data.set("owner", om.valueToTree(this.getOwner()));
            }
            if (this.getPostInitApplicationSql() != null) {
                data.set("postInitApplicationSql", om.valueToTree(this.getPostInitApplicationSql()));
            }
            if (this.getPostInitApplicationSqlRefs() != null) {
                data.set("postInitApplicationSqlRefs", om.valueToTree(this.getPostInitApplicationSqlRefs()));
            }
            if (this.getPostInitSql() != null) {
                data.set("postInitSql", om.valueToTree(this.getPostInitSql()));
            }
            if (this.getPostInitSqlRefs() != null) {
                data.set("postInitSqlRefs", om.valueToTree(this.getPostInitSqlRefs()));
            }
            if (this.getPostInitTemplateSql() != null) {
                data.set("postInitTemplateSql", om.valueToTree(this.getPostInitTemplateSql()));
            }
            if (this.getPostInitTemplateSqlRefs() != null) {
                data.set("postInitTemplateSqlRefs", om.valueToTree(this.getPostInitTemplateSqlRefs()));
            }
            if (this.getSecret() != null) {
                data.set("secret", om.valueToTree(this.getSecret()));
            }
            if (this.getWalSegmentSize() != null) {
                data.set("walSegmentSize", om.valueToTree(this.getWalSegmentSize()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBootstrapInitdb"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBootstrapInitdb.Jsii$Proxy that = (ClusterSpecBootstrapInitdb.Jsii$Proxy) o;

            if (this.builtinLocale != null ? !this.builtinLocale.equals(that.builtinLocale) : that.builtinLocale != null) return false;
            if (this.database != null ? !this.database.equals(that.database) : that.database != null) return false;
            if (this.dataChecksums != null ? !this.dataChecksums.equals(that.dataChecksums) : that.dataChecksums != null) return false;
            if (this.encoding != null ? !this.encoding.equals(that.encoding) : that.encoding != null) return false;
            if (this.icuLocale != null ? !this.icuLocale.equals(that.icuLocale) : that.icuLocale != null) return false;
            if (this.icuRules != null ? !this.icuRules.equals(that.icuRules) : that.icuRules != null) return false;
            if (this.importValue != null ? !this.importValue.equals(that.importValue) : that.importValue != null) return false;
            if (this.locale != null ? !this.locale.equals(that.locale) : that.locale != null) return false;
            if (this.localeCollate != null ? !this.localeCollate.equals(that.localeCollate) : that.localeCollate != null) return false;
            if (this.localeCType != null ? !this.localeCType.equals(that.localeCType) : that.localeCType != null) return false;
            if (this.localeProvider != null ? !this.localeProvider.equals(that.localeProvider) : that.localeProvider != null) return false;
            if (this.options != null ? !this.options.equals(that.options) : that.options != null) return false;
            if (this.owner != null ? !this.owner.equals(that.owner) : that.owner != null) return false;
            if (this.postInitApplicationSql != null ? !this.postInitApplicationSql.equals(that.postInitApplicationSql) : that.postInitApplicationSql != null) return false;
            if (this.postInitApplicationSqlRefs != null ? !this.postInitApplicationSqlRefs.equals(that.postInitApplicationSqlRefs) : that.postInitApplicationSqlRefs != null) return false;
            if (this.postInitSql != null ? !this.postInitSql.equals(that.postInitSql) : that.postInitSql != null) return false;
            if (this.postInitSqlRefs != null ? !this.postInitSqlRefs.equals(that.postInitSqlRefs) : that.postInitSqlRefs != null) return false;
            if (this.postInitTemplateSql != null ? !this.postInitTemplateSql.equals(that.postInitTemplateSql) : that.postInitTemplateSql != null) return false;
            if (this.postInitTemplateSqlRefs != null ? !this.postInitTemplateSqlRefs.equals(that.postInitTemplateSqlRefs) : that.postInitTemplateSqlRefs != null) return false;
            if (this.secret != null ? !this.secret.equals(that.secret) : that.secret != null) return false;
            return this.walSegmentSize != null ? this.walSegmentSize.equals(that.walSegmentSize) : that.walSegmentSize == null;
        }

        @Override
        public final int hashCode() {
            int result = this.builtinLocale != null ? this.builtinLocale.hashCode() : 0;
            result = 31 * result + (this.database != null ? this.database.hashCode() : 0);
            result = 31 * result + (this.dataChecksums != null ? this.dataChecksums.hashCode() : 0);
            result = 31 * result + (this.encoding != null ? this.encoding.hashCode() : 0);
            result = 31 * result + (this.icuLocale != null ? this.icuLocale.hashCode() : 0);
            result = 31 * result + (this.icuRules != null ? this.icuRules.hashCode() : 0);
            result = 31 * result + (this.importValue != null ? this.importValue.hashCode() : 0);
            result = 31 * result + (this.locale != null ? this.locale.hashCode() : 0);
            result = 31 * result + (this.localeCollate != null ? this.localeCollate.hashCode() : 0);
            result = 31 * result + (this.localeCType != null ? this.localeCType.hashCode() : 0);
            result = 31 * result + (this.localeProvider != null ? this.localeProvider.hashCode() : 0);
            result = 31 * result + (this.options != null ? this.options.hashCode() : 0);
            result = 31 * result + (this.owner != null ? this.owner.hashCode() : 0);
            result = 31 * result + (this.postInitApplicationSql != null ? this.postInitApplicationSql.hashCode() : 0);
            result = 31 * result + (this.postInitApplicationSqlRefs != null ? this.postInitApplicationSqlRefs.hashCode() : 0);
            result = 31 * result + (this.postInitSql != null ? this.postInitSql.hashCode() : 0);
            result = 31 * result + (this.postInitSqlRefs != null ? this.postInitSqlRefs.hashCode() : 0);
            result = 31 * result + (this.postInitTemplateSql != null ? this.postInitTemplateSql.hashCode() : 0);
            result = 31 * result + (this.postInitTemplateSqlRefs != null ? this.postInitTemplateSqlRefs.hashCode() : 0);
            result = 31 * result + (this.secret != null ? this.secret.hashCode() : 0);
            result = 31 * result + (this.walSegmentSize != null ? this.walSegmentSize.hashCode() : 0);
            return result;
        }
    }
}
