package imports.cnpg.io.cnpg.postgresql;

/**
 * The PgBouncer configuration.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.874Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecPgbouncer")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecPgbouncer.Jsii$Proxy.class)
public interface PoolerSpecPgbouncer extends software.amazon.jsii.JsiiSerializable {

    /**
     * The query that will be used to download the hash of the password of a certain user.
     * <p>
     * Default: "SELECT usename, passwd FROM public.user_search($1)".
     * In case it is specified, also an AuthQuerySecret has to be specified and
     * no automatic CNPG Cluster integration will be triggered.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getAuthQuery() {
        return null;
    }

    /**
     * The credentials of the user that need to be used for the authentication query.
     * <p>
     * In case it is specified, also an AuthQuery
     * (e.g. "SELECT usename, passwd FROM pg_catalog.pg_shadow WHERE usename=$1")
     * has to be specified and no automatic CNPG Cluster integration will be triggered.
     * <p>
     * Deprecated.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerAuthQuerySecret getAuthQuerySecret() {
        return null;
    }

    /**
     * ClientCASecret provides PgBouncer’s client_tls_ca_file, the root CA for validating client certificates.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerClientCaSecret getClientCaSecret() {
        return null;
    }

    /**
     * ClientTLSSecret provides PgBouncer’s client_tls_key_file (private key) and client_tls_cert_file (certificate) used to accept client connections.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerClientTlsSecret getClientTlsSecret() {
        return null;
    }

    /**
     * Image is the pgbouncer container image to use.
     * <p>
     * When set, it takes
     * precedence over ImageCatalogRef and the operator default, but is
     * overridden by an explicit image set in the pod template.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getImage() {
        return null;
    }

    /**
     * ImageCatalogRef points to an entry in an ImageCatalog or ClusterImageCatalog.
     * <p>
     * Mutually exclusive with Image.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerImageCatalogRef getImageCatalogRef() {
        return null;
    }

    /**
     * Additional parameters to be passed to PgBouncer - please check the CNPG documentation for a list of options you can configure.
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getParameters() {
        return null;
    }

    /**
     * When set to <code>true</code>, PgBouncer will disconnect from the PostgreSQL server, first waiting for all queries to complete, and pause all new client connections until this value is set to <code>false</code> (default).
     * <p>
     * Internally,
     * the operator calls PgBouncer's <code>PAUSE</code> and <code>RESUME</code> commands.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getPaused() {
        return null;
    }

    /**
     * PostgreSQL Host Based Authentication rules (lines to be appended to the pg_hba.conf file).
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getPgHba() {
        return null;
    }

    /**
     * The pool mode.
     * <p>
     * Default: <code>session</code>.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerPoolMode getPoolMode() {
        return null;
    }

    /**
     * ServerCASecret provides PgBouncer’s server_tls_ca_file, the root CA for validating PostgreSQL certificates.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerServerCaSecret getServerCaSecret() {
        return null;
    }

    /**
     * ServerTLSSecret, when pointing to a TLS secret, provides pgbouncer's <code>server_tls_key_file</code> and <code>server_tls_cert_file</code>, used when authenticating against PostgreSQL.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerServerTlsSecret getServerTlsSecret() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecPgbouncer}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecPgbouncer}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecPgbouncer> {
        java.lang.String authQuery;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerAuthQuerySecret authQuerySecret;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerClientCaSecret clientCaSecret;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerClientTlsSecret clientTlsSecret;
        java.lang.String image;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerImageCatalogRef imageCatalogRef;
        java.util.Map<java.lang.String, java.lang.String> parameters;
        java.lang.Boolean paused;
        java.util.List<java.lang.String> pgHba;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerPoolMode poolMode;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerServerCaSecret serverCaSecret;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerServerTlsSecret serverTlsSecret;

        /**
         * Sets the value of {@link PoolerSpecPgbouncer#getAuthQuery}
         * @param authQuery The query that will be used to download the hash of the password of a certain user.
         *                  Default: "SELECT usename, passwd FROM public.user_search($1)".
         *                  In case it is specified, also an AuthQuerySecret has to be specified and
         *                  no automatic CNPG Cluster integration will be triggered.
         * @return {@code this}
         */
        public Builder authQuery(java.lang.String authQuery) {
            this.authQuery = authQuery;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecPgbouncer#getAuthQuerySecret}
         * @param authQuerySecret The credentials of the user that need to be used for the authentication query.
         *                        In case it is specified, also an AuthQuery
         *                        (e.g. "SELECT usename, passwd FROM pg_catalog.pg_shadow WHERE usename=$1")
         *                        has to be specified and no automatic CNPG Cluster integration will be triggered.
         *                        <p>
         *                        Deprecated.
         * @return {@code this}
         */
        public Builder authQuerySecret(imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerAuthQuerySecret authQuerySecret) {
            this.authQuerySecret = authQuerySecret;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecPgbouncer#getClientCaSecret}
         * @param clientCaSecret ClientCASecret provides PgBouncer’s client_tls_ca_file, the root CA for validating client certificates.
         * @return {@code this}
         */
        public Builder clientCaSecret(imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerClientCaSecret clientCaSecret) {
            this.clientCaSecret = clientCaSecret;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecPgbouncer#getClientTlsSecret}
         * @param clientTlsSecret ClientTLSSecret provides PgBouncer’s client_tls_key_file (private key) and client_tls_cert_file (certificate) used to accept client connections.
         * @return {@code this}
         */
        public Builder clientTlsSecret(imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerClientTlsSecret clientTlsSecret) {
            this.clientTlsSecret = clientTlsSecret;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecPgbouncer#getImage}
         * @param image Image is the pgbouncer container image to use.
         *              When set, it takes
         *              precedence over ImageCatalogRef and the operator default, but is
         *              overridden by an explicit image set in the pod template.
         * @return {@code this}
         */
        public Builder image(java.lang.String image) {
            this.image = image;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecPgbouncer#getImageCatalogRef}
         * @param imageCatalogRef ImageCatalogRef points to an entry in an ImageCatalog or ClusterImageCatalog.
         *                        Mutually exclusive with Image.
         * @return {@code this}
         */
        public Builder imageCatalogRef(imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerImageCatalogRef imageCatalogRef) {
            this.imageCatalogRef = imageCatalogRef;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecPgbouncer#getParameters}
         * @param parameters Additional parameters to be passed to PgBouncer - please check the CNPG documentation for a list of options you can configure.
         * @return {@code this}
         */
        public Builder parameters(java.util.Map<java.lang.String, java.lang.String> parameters) {
            this.parameters = parameters;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecPgbouncer#getPaused}
         * @param paused When set to <code>true</code>, PgBouncer will disconnect from the PostgreSQL server, first waiting for all queries to complete, and pause all new client connections until this value is set to <code>false</code> (default).
         *               Internally,
         *               the operator calls PgBouncer's <code>PAUSE</code> and <code>RESUME</code> commands.
         * @return {@code this}
         */
        public Builder paused(java.lang.Boolean paused) {
            this.paused = paused;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecPgbouncer#getPgHba}
         * @param pgHba PostgreSQL Host Based Authentication rules (lines to be appended to the pg_hba.conf file).
         * @return {@code this}
         */
        public Builder pgHba(java.util.List<java.lang.String> pgHba) {
            this.pgHba = pgHba;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecPgbouncer#getPoolMode}
         * @param poolMode The pool mode.
         *                 Default: <code>session</code>.
         * @return {@code this}
         */
        public Builder poolMode(imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerPoolMode poolMode) {
            this.poolMode = poolMode;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecPgbouncer#getServerCaSecret}
         * @param serverCaSecret ServerCASecret provides PgBouncer’s server_tls_ca_file, the root CA for validating PostgreSQL certificates.
         * @return {@code this}
         */
        public Builder serverCaSecret(imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerServerCaSecret serverCaSecret) {
            this.serverCaSecret = serverCaSecret;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecPgbouncer#getServerTlsSecret}
         * @param serverTlsSecret ServerTLSSecret, when pointing to a TLS secret, provides pgbouncer's <code>server_tls_key_file</code> and <code>server_tls_cert_file</code>, used when authenticating against PostgreSQL.
         * @return {@code this}
         */
        public Builder serverTlsSecret(imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerServerTlsSecret serverTlsSecret) {
            this.serverTlsSecret = serverTlsSecret;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecPgbouncer}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecPgbouncer build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecPgbouncer}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecPgbouncer {
        private final java.lang.String authQuery;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerAuthQuerySecret authQuerySecret;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerClientCaSecret clientCaSecret;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerClientTlsSecret clientTlsSecret;
        private final java.lang.String image;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerImageCatalogRef imageCatalogRef;
        private final java.util.Map<java.lang.String, java.lang.String> parameters;
        private final java.lang.Boolean paused;
        private final java.util.List<java.lang.String> pgHba;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerPoolMode poolMode;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerServerCaSecret serverCaSecret;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerServerTlsSecret serverTlsSecret;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.authQuery = software.amazon.jsii.Kernel.get(this, "authQuery", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.authQuerySecret = software.amazon.jsii.Kernel.get(this, "authQuerySecret", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerAuthQuerySecret.class));
            this.clientCaSecret = software.amazon.jsii.Kernel.get(this, "clientCaSecret", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerClientCaSecret.class));
            this.clientTlsSecret = software.amazon.jsii.Kernel.get(this, "clientTlsSecret", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerClientTlsSecret.class));
            this.image = software.amazon.jsii.Kernel.get(this, "image", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.imageCatalogRef = software.amazon.jsii.Kernel.get(this, "imageCatalogRef", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerImageCatalogRef.class));
            this.parameters = software.amazon.jsii.Kernel.get(this, "parameters", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.paused = software.amazon.jsii.Kernel.get(this, "paused", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.pgHba = software.amazon.jsii.Kernel.get(this, "pgHba", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.poolMode = software.amazon.jsii.Kernel.get(this, "poolMode", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerPoolMode.class));
            this.serverCaSecret = software.amazon.jsii.Kernel.get(this, "serverCaSecret", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerServerCaSecret.class));
            this.serverTlsSecret = software.amazon.jsii.Kernel.get(this, "serverTlsSecret", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerServerTlsSecret.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.authQuery = builder.authQuery;
            this.authQuerySecret = builder.authQuerySecret;
            this.clientCaSecret = builder.clientCaSecret;
            this.clientTlsSecret = builder.clientTlsSecret;
            this.image = builder.image;
            this.imageCatalogRef = builder.imageCatalogRef;
            this.parameters = builder.parameters;
            this.paused = builder.paused;
            this.pgHba = builder.pgHba;
            this.poolMode = builder.poolMode;
            this.serverCaSecret = builder.serverCaSecret;
            this.serverTlsSecret = builder.serverTlsSecret;
        }

        @Override
        public final java.lang.String getAuthQuery() {
            return this.authQuery;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerAuthQuerySecret getAuthQuerySecret() {
            return this.authQuerySecret;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerClientCaSecret getClientCaSecret() {
            return this.clientCaSecret;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerClientTlsSecret getClientTlsSecret() {
            return this.clientTlsSecret;
        }

        @Override
        public final java.lang.String getImage() {
            return this.image;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerImageCatalogRef getImageCatalogRef() {
            return this.imageCatalogRef;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getParameters() {
            return this.parameters;
        }

        @Override
        public final java.lang.Boolean getPaused() {
            return this.paused;
        }

        @Override
        public final java.util.List<java.lang.String> getPgHba() {
            return this.pgHba;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerPoolMode getPoolMode() {
            return this.poolMode;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerServerCaSecret getServerCaSecret() {
            return this.serverCaSecret;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncerServerTlsSecret getServerTlsSecret() {
            return this.serverTlsSecret;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAuthQuery() != null) {
                data.set("authQuery", om.valueToTree(this.getAuthQuery()));
            }
            if (this.getAuthQuerySecret() != null) {
                data.set("authQuerySecret", om.valueToTree(this.getAuthQuerySecret()));
            }
            if (this.getClientCaSecret() != null) {
                data.set("clientCaSecret", om.valueToTree(this.getClientCaSecret()));
            }
            if (this.getClientTlsSecret() != null) {
                data.set("clientTlsSecret", om.valueToTree(this.getClientTlsSecret()));
            }
            if (this.getImage() != null) {
                data.set("image", om.valueToTree(this.getImage()));
            }
            if (this.getImageCatalogRef() != null) {
                data.set("imageCatalogRef", om.valueToTree(this.getImageCatalogRef()));
            }
            if (this.getParameters() != null) {
                data.set("parameters", om.valueToTree(this.getParameters()));
            }
            if (this.getPaused() != null) {
                data.set("paused", om.valueToTree(this.getPaused()));
            }
            if (this.getPgHba() != null) {
                data.set("pgHba", om.valueToTree(this.getPgHba()));
            }
            if (this.getPoolMode() != null) {
                data.set("poolMode", om.valueToTree(this.getPoolMode()));
            }
            if (this.getServerCaSecret() != null) {
                data.set("serverCaSecret", om.valueToTree(this.getServerCaSecret()));
            }
            if (this.getServerTlsSecret() != null) {
                data.set("serverTlsSecret", om.valueToTree(this.getServerTlsSecret()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecPgbouncer"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecPgbouncer.Jsii$Proxy that = (PoolerSpecPgbouncer.Jsii$Proxy) o;

            if (this.authQuery != null ? !this.authQuery.equals(that.authQuery) : that.authQuery != null) return false;
            if (this.authQuerySecret != null ? !this.authQuerySecret.equals(that.authQuerySecret) : that.authQuerySecret != null) return false;
            if (this.clientCaSecret != null ? !this.clientCaSecret.equals(that.clientCaSecret) : that.clientCaSecret != null) return false;
            if (this.clientTlsSecret != null ? !this.clientTlsSecret.equals(that.clientTlsSecret) : that.clientTlsSecret != null) return false;
            if (this.image != null ? !this.image.equals(that.image) : that.image != null) return false;
            if (this.imageCatalogRef != null ? !this.imageCatalogRef.equals(that.imageCatalogRef) : that.imageCatalogRef != null) return false;
            if (this.parameters != null ? !this.parameters.equals(that.parameters) : that.parameters != null) return false;
            if (this.paused != null ? !this.paused.equals(that.paused) : that.paused != null) return false;
            if (this.pgHba != null ? !this.pgHba.equals(that.pgHba) : that.pgHba != null) return false;
            if (this.poolMode != null ? !this.poolMode.equals(that.poolMode) : that.poolMode != null) return false;
            if (this.serverCaSecret != null ? !this.serverCaSecret.equals(that.serverCaSecret) : that.serverCaSecret != null) return false;
            return this.serverTlsSecret != null ? this.serverTlsSecret.equals(that.serverTlsSecret) : that.serverTlsSecret == null;
        }

        @Override
        public final int hashCode() {
            int result = this.authQuery != null ? this.authQuery.hashCode() : 0;
            result = 31 * result + (this.authQuerySecret != null ? this.authQuerySecret.hashCode() : 0);
            result = 31 * result + (this.clientCaSecret != null ? this.clientCaSecret.hashCode() : 0);
            result = 31 * result + (this.clientTlsSecret != null ? this.clientTlsSecret.hashCode() : 0);
            result = 31 * result + (this.image != null ? this.image.hashCode() : 0);
            result = 31 * result + (this.imageCatalogRef != null ? this.imageCatalogRef.hashCode() : 0);
            result = 31 * result + (this.parameters != null ? this.parameters.hashCode() : 0);
            result = 31 * result + (this.paused != null ? this.paused.hashCode() : 0);
            result = 31 * result + (this.pgHba != null ? this.pgHba.hashCode() : 0);
            result = 31 * result + (this.poolMode != null ? this.poolMode.hashCode() : 0);
            result = 31 * result + (this.serverCaSecret != null ? this.serverCaSecret.hashCode() : 0);
            result = 31 * result + (this.serverTlsSecret != null ? this.serverTlsSecret.hashCode() : 0);
            return result;
        }
    }
}
