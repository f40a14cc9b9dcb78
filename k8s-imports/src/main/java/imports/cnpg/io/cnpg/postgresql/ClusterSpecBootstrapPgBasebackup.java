package imports.cnpg.io.cnpg.postgresql;

/**
 * Bootstrap the cluster taking a physical backup of another compatible PostgreSQL instance.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.553Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBootstrapPgBasebackup")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBootstrapPgBasebackup.Jsii$Proxy.class)
public interface ClusterSpecBootstrapPgBasebackup extends software.amazon.jsii.JsiiSerializable {

    /**
     * The name of the server of which we need to take a physical backup.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getSource();

    /**
     * Name of the database used by the application.
     * <p>
     * Default: <code>app</code>.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getDatabase() {
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
     * Name of the secret containing the initial credentials for the owner of the user database.
     * <p>
     * If empty a new secret will be
     * created from scratch
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapPgBasebackupSecret getSecret() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecBootstrapPgBasebackup}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBootstrapPgBasebackup}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBootstrapPgBasebackup> {
        java.lang.String source;
        java.lang.String database;
        java.lang.String owner;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapPgBasebackupSecret secret;

        /**
         * Sets the value of {@link ClusterSpecBootstrapPgBasebackup#getSource}
         * @param source The name of the server of which we need to take a physical backup. This parameter is required.
         * @return {@code this}
         */
        public Builder source(java.lang.String source) {
            this.source = source;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapPgBasebackup#getDatabase}
         * @param database Name of the database used by the application.
         *                 Default: <code>app</code>.
         * @return {@code this}
         */
        public Builder database(java.lang.String database) {
            this.database = database;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapPgBasebackup#getOwner}
         * @param owner Name of the owner of the database in the instance to be used by applications.
         *              Defaults to the value of the <code>database</code> key.
         * @return {@code this}
         */
        public Builder owner(java.lang.String owner) {
            this.owner = owner;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapPgBasebackup#getSecret}
         * @param secret Name of the secret containing the initial credentials for the owner of the user database.
         *               If empty a new secret will be
         *               created from scratch
         * @return {@code this}
         */
        public Builder secret(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapPgBasebackupSecret secret) {
            this.secret = secret;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBootstrapPgBasebackup}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBootstrapPgBasebackup build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBootstrapPgBasebackup}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBootstrapPgBasebackup {
        private final java.lang.String source;
        private final java.lang.String database;
        private final java.lang.String owner;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapPgBasebackupSecret secret;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.source = software.amazon.jsii.Kernel.get(this, "source", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.database = software.amazon.jsii.Kernel.get(this, "database", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.owner = software.amazon.jsii.Kernel.get(this, "owner", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.secret = software.amazon.jsii.Kernel.get(this, "secret", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapPgBasebackupSecret.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.source = java.util.Objects.requireNonNull(builder.source, "source is required");
            this.database = builder.database;
            this.owner = builder.owner;
            this.secret = builder.secret;
        }

        @Override
        public final java.lang.String getSource() {
            return this.source;
        }

        @Override
        public final java.lang.String getDatabase() {
            return this.database;
        }

        @Override
        public final java.lang.String getOwner() {
            return this.owner;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapPgBasebackupSecret getSecret() {
            return this.secret;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("source", om.valueToTree(this.getSource()));
            if (this.getDatabase() != null) {
                data.set("database", om.valueToTree(this.getDatabase()));
            }
            if (this.getOwner() != null) {
                data.set("owner", om.valueToTree(this.getOwner()));
            }
            if (this.getSecret() != null) {
                data.set("secret", om.valueToTree(this.getSecret()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBootstrapPgBasebackup"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBootstrapPgBasebackup.Jsii$Proxy that = (ClusterSpecBootstrapPgBasebackup.Jsii$Proxy) o;

            if (!source.equals(that.source)) return false;
            if (this.database != null ? !this.database.equals(that.database) : that.database != null) return false;
            if (this.owner != null ? !this.owner.equals(that.owner) : that.owner != null) return false;
            return this.secret != null ? this.secret.equals(that.secret) : that.secret == null;
        }

        @Override
        public final int hashCode() {
            int result = this.source.hashCode();
            result = 31 * result + (this.database != null ? this.database.hashCode() : 0);
            result = 31 * result + (this.owner != null ? this.owner.hashCode() : 0);
            result = 31 * result + (this.secret != null ? this.secret.hashCode() : 0);
            return result;
        }
    }
}
