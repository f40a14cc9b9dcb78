package imports.cnpg.io.cnpg.postgresql;

/**
 * ExternalCluster represents the connection parameters to an external cluster which is used in the other sections of the configuration.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.621Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecExternalClusters")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecExternalClusters.Jsii$Proxy.class)
public interface ClusterSpecExternalClusters extends software.amazon.jsii.JsiiSerializable {

    /**
     * The server name, required.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     * The configuration for the barman-cloud tool suite.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStore getBarmanObjectStore() {
        return null;
    }

    /**
     * The list of connection parameters, such as dbname, host, username, etc.
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getConnectionParameters() {
        return null;
    }

    /**
     * The reference to the password to be used to connect to the server.
     * <p>
     * If a password is provided, CloudNativePG creates a PostgreSQL
     * passfile at <code>/controller/external/NAME/pass</code> (where "NAME" is the
     * cluster's name). This passfile is automatically referenced in the
     * connection string when establishing a connection to the remote
     * PostgreSQL server from the current PostgreSQL <code>Cluster</code>. This ensures
     * secure and efficient password management for external clusters.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersPassword getPassword() {
        return null;
    }

    /**
     * The configuration of the plugin that is taking care of WAL archiving and backups for this external cluster.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersPlugin getPlugin() {
        return null;
    }

    /**
     * The reference to an SSL certificate to be used to connect to this instance.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslCert getSslCert() {
        return null;
    }

    /**
     * The reference to an SSL private key to be used to connect to this instance.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslKey getSslKey() {
        return null;
    }

    /**
     * The reference to an SSL CA public key to be used to connect to this instance.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslRootCert getSslRootCert() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecExternalClusters}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecExternalClusters}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecExternalClusters> {
        java.lang.String name;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStore barmanObjectStore;
        java.util.Map<java.lang.String, java.lang.String> connectionParameters;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersPassword password;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersPlugin plugin;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslCert sslCert;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslKey sslKey;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslRootCert sslRootCert;

        /**
         * Sets the value of {@link ClusterSpecExternalClusters#getName}
         * @param name The server name, required. This parameter is required.
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecExternalClusters#getBarmanObjectStore}
         * @param barmanObjectStore The configuration for the barman-cloud tool suite.
         * @return {@code this}
         */
        public Builder barmanObjectStore(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStore barmanObjectStore) {
            this.barmanObjectStore = barmanObjectStore;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecExternalClusters#getConnectionParameters}
         * @param connectionParameters The list of connection parameters, such as dbname, host, username, etc.
         * @return {@code this}
         */
        public Builder connectionParameters(java.util.Map<java.lang.String, java.lang.String> connectionParameters) {
            this.connectionParameters = connectionParameters;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecExternalClusters#getPassword}
         * @param password The reference to the password to be used to connect to the server.
         *                 If a password is provided, CloudNativePG creates a PostgreSQL
         *                 passfile at <code>/controller/external/NAME/pass</code> (where "NAME" is the
         *                 cluster's name). This passfile is automatically referenced in the
         *                 connection string when establishing a connection to the remote
         *                 PostgreSQL server from the current PostgreSQL <code>Cluster</code>. This ensures
         *                 secure and efficient password management for external clusters.
         * @return {@code this}
         */
        public Builder password(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersPassword password) {
            this.password = password;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecExternalClusters#getPlugin}
         * @param plugin The configuration of the plugin that is taking care of WAL archiving and backups for this external cluster.
         * @return {@code this}
         */
        public Builder plugin(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersPlugin plugin) {
            this.plugin = plugin;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecExternalClusters#getSslCert}
         * @param sslCert The reference to an SSL certificate to be used to connect to this instance.
         * @return {@code this}
         */
        public Builder sslCert(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslCert sslCert) {
            this.sslCert = sslCert;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecExternalClusters#getSslKey}
         * @param sslKey The reference to an SSL private key to be used to connect to this instance.
         * @return {@code this}
         */
        public Builder sslKey(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslKey sslKey) {
            this.sslKey = sslKey;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecExternalClusters#getSslRootCert}
         * @param sslRootCert The reference to an SSL CA public key to be used to connect to this instance.
         * @return {@code this}
         */
        public Builder sslRootCert(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslRootCert sslRootCert) {
            this.sslRootCert = sslRootCert;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecExternalClusters}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecExternalClusters build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecExternalClusters}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecExternalClusters {
        private final java.lang.String name;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStore barmanObjectStore;
        private final java.util.Map<java.lang.String, java.lang.String> connectionParameters;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersPassword password;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersPlugin plugin;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslCert sslCert;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslKey sslKey;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslRootCert sslRootCert;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.barmanObjectStore = software.amazon.jsii.Kernel.get(this, "barmanObjectStore", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStore.class));
            this.connectionParameters = software.amazon.jsii.Kernel.get(this, "connectionParameters", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.password = software.amazon.jsii.Kernel.get(this, "password", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersPassword.class));
            this.plugin = software.amazon.jsii.Kernel.get(this, "plugin", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersPlugin.class));
            this.sslCert = software.amazon.jsii.Kernel.get(this, "sslCert", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslCert.class));
            this.sslKey = software.amazon.jsii.Kernel.get(this, "sslKey", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslKey.class));
            this.sslRootCert = software.amazon.jsii.Kernel.get(this, "sslRootCert", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslRootCert.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.barmanObjectStore = builder.barmanObjectStore;
            this.connectionParameters = builder.connectionParameters;
            this.password = builder.password;
            this.plugin = builder.plugin;
            this.sslCert = builder.sslCert;
            this.sslKey = builder.sslKey;
            this.sslRootCert = builder.sslRootCert;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersBarmanObjectStore getBarmanObjectStore() {
            return this.barmanObjectStore;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getConnectionParameters() {
            return this.connectionParameters;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersPassword getPassword() {
            return this.password;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersPlugin getPlugin() {
            return this.plugin;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslCert getSslCert() {
            return this.sslCert;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslKey getSslKey() {
            return this.sslKey;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClustersSslRootCert getSslRootCert() {
            return this.sslRootCert;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("name", om.valueToTree(this.getName()));
            if (this.getBarmanObjectStore() != null) {
                data.set("barmanObjectStore", om.valueToTree(this.getBarmanObjectStore()));
            }
            if (this.getConnectionParameters() != null) {
                data.set("connectionParameters", om.valueToTree(this.getConnectionParameters()));
            }
            if (this.getPassword() != null) {
                data.set("password", om.valueToTree(this.getPassword()));
            }
            if (this.getPlugin() != null) {
                data.set("plugin", om.valueToTree(this.getPlugin()));
            }
            if (this.getSslCert() != null) {
                data.set("sslCert", om.valueToTree(this.getSslCert()));
            }
            if (this.getSslKey() != null) {
                data.set("sslKey", om.valueToTree(this.getSslKey()));
            }
            if (this.getSslRootCert() != null) {
                data.set("sslRootCert", om.valueToTree(this.getSslRootCert()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecExternalClusters"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecExternalClusters.Jsii$Proxy that = (ClusterSpecExternalClusters.Jsii$Proxy) o;

            if (!name.equals(that.name)) return false;
            if (this.barmanObjectStore != null ? !this.barmanObjectStore.equals(that.barmanObjectStore) : that.barmanObjectStore != null) return false;
            if (this.connectionParameters != null ? !this.connectionParameters.equals(that.connectionParameters) : that.connectionParameters != null) return false;
            if (this.password != null ? !this.password.equals(that.password) : that.password != null) return false;
            if (this.plugin != null ? !this.plugin.equals(that.plugin) : that.plugin != null) return false;
            if (this.sslCert != null ? !this.sslCert.equals(that.sslCert) : that.sslCert != null) return false;
            if (this.sslKey != null ? !this.sslKey.equals(that.sslKey) : that.sslKey != null) return false;
            return this.sslRootCert != null ? this.sslRootCert.equals(that.sslRootCert) : that.sslRootCert == null;
        }

        @Override
        public final int hashCode() {
            int result = this.name.hashCode();
            result = 31 * result + (this.barmanObjectStore != null ? this.barmanObjectStore.hashCode() : 0);
            result = 31 * result + (this.connectionParameters != null ? this.connectionParameters.hashCode() : 0);
            result = 31 * result + (this.password != null ? this.password.hashCode() : 0);
            result = 31 * result + (this.plugin != null ? this.plugin.hashCode() : 0);
            result = 31 * result + (this.sslCert != null ? this.sslCert.hashCode() : 0);
            result = 31 * result + (this.sslKey != null ? this.sslKey.hashCode() : 0);
            result = 31 * result + (this.sslRootCert != null ? this.sslRootCert.hashCode() : 0);
            return result;
        }
    }
}
