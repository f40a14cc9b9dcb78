package imports.cnpg.io.cnpg.postgresql;

/**
 * Instructions to bootstrap this cluster.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.518Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBootstrap")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBootstrap.Jsii$Proxy.class)
public interface ClusterSpecBootstrap extends software.amazon.jsii.JsiiSerializable {

    /**
     * Bootstrap the cluster via initdb.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdb getInitdb() {
        return null;
    }

    /**
     * Bootstrap the cluster taking a physical backup of another compatible PostgreSQL instance.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapPgBasebackup getPgBasebackup() {
        return null;
    }

    /**
     * Bootstrap the cluster from a backup.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecovery getRecovery() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecBootstrap}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBootstrap}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBootstrap> {
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdb initdb;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapPgBasebackup pgBasebackup;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecovery recovery;

        /**
         * Sets the value of {@link ClusterSpecBootstrap#getInitdb}
         * @param initdb Bootstrap the cluster via initdb.
         * @return {@code this}
         */
        public Builder initdb(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdb initdb) {
            this.initdb = initdb;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrap#getPgBasebackup}
         * @param pgBasebackup Bootstrap the cluster taking a physical backup of another compatible PostgreSQL instance.
         * @return {@code this}
         */
        public Builder pgBasebackup(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapPgBasebackup pgBasebackup) {
            this.pgBasebackup = pgBasebackup;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrap#getRecovery}
         * @param recovery Bootstrap the cluster from a backup.
         * @return {@code this}
         */
        public Builder recovery(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecovery recovery) {
            this.recovery = recovery;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBootstrap}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBootstrap build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBootstrap}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBootstrap {
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdb initdb;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapPgBasebackup pgBasebackup;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecovery recovery;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.initdb = software.amazon.jsii.Kernel.get(this, "initdb", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdb.class));
            this.pgBasebackup = software.amazon.jsii.Kernel.get(this, "pgBasebackup", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapPgBasebackup.class));
            this.recovery = software.amazon.jsii.Kernel.get(this, "recovery", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecovery.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.initdb = builder.initdb;
            this.pgBasebackup = builder.pgBasebackup;
            this.recovery = builder.recovery;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdb getInitdb() {
            return this.initdb;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapPgBasebackup getPgBasebackup() {
            return this.pgBasebackup;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecovery getRecovery() {
            return this.recovery;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getInitdb() != null) {
                data.set("initdb", om.valueToTree(this.getInitdb()));
            }
            if (this.getPgBasebackup() != null) {
                data.set("pgBasebackup", om.valueToTree(this.getPgBasebackup()));
            }
            if (this.getRecovery() != null) {
                data.set("recovery", om.valueToTree(this.getRecovery()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBootstrap"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBootstrap.Jsii$Proxy that = (ClusterSpecBootstrap.Jsii$Proxy) o;

            if (this.initdb != null ? !this.initdb.equals(that.initdb) : that.initdb != null) return false;
            if (this.pgBasebackup != null ? !this.pgBasebackup.equals(that.pgBasebackup) : that.pgBasebackup != null) return false;
            return this.recovery != null ? this.recovery.equals(that.recovery) : that.recovery == null;
        }

        @Override
        public final int hashCode() {
            int result = this.initdb != null ? this.initdb.hashCode() : 0;
            result = 31 * result + (this.pgBasebackup != null ? this.pgBasebackup.hashCode() : 0);
            result = 31 * result + (this.recovery != null ? this.recovery.hashCode() : 0);
            return result;
        }
    }
}
