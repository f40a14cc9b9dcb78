package imports.cnpg.io.cnpg.postgresql;

/**
 * The backup object containing the physical base backup from which to initiate the recovery procedure.
 * <p>
 * Mutually exclusive with <code>source</code> and <code>volumeSnapshots</code>.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.556Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBootstrapRecoveryBackup")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBootstrapRecoveryBackup.Jsii$Proxy.class)
public interface ClusterSpecBootstrapRecoveryBackup extends software.amazon.jsii.JsiiSerializable {

    /**
     * Name of the referent.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     * EndpointCA store the CA bundle of the barman endpoint.
     * <p>
     * Useful when using self-signed certificates to avoid
     * errors with certificate issuer and barman-cloud-wal-archive.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryBackupEndpointCa getEndpointCa() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecBootstrapRecoveryBackup}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBootstrapRecoveryBackup}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBootstrapRecoveryBackup> {
        java.lang.String name;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryBackupEndpointCa endpointCa;

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecoveryBackup#getName}
         * @param name Name of the referent. This parameter is required.
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBootstrapRecoveryBackup#getEndpointCa}
         * @param endpointCa EndpointCA store the CA bundle of the barman endpoint.
         *                   Useful when using self-signed certificates to avoid
         *                   errors with certificate issuer and barman-cloud-wal-archive.
         * @return {@code this}
         */
        public Builder endpointCa(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryBackupEndpointCa endpointCa) {
            this.endpointCa = endpointCa;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBootstrapRecoveryBackup}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBootstrapRecoveryBackup build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBootstrapRecoveryBackup}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBootstrapRecoveryBackup {
        private final java.lang.String name;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryBackupEndpointCa endpointCa;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.endpointCa = software.amazon.jsii.Kernel.get(this, "endpointCa", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryBackupEndpointCa.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.endpointCa = builder.endpointCa;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapRecoveryBackupEndpointCa getEndpointCa() {
            return this.endpointCa;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("name", om.valueToTree(this.getName()));
            if (this.getEndpointCa() != null) {
                data.set("endpointCa", om.valueToTree(this.getEndpointCa()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBootstrapRecoveryBackup"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBootstrapRecoveryBackup.Jsii$Proxy that = (ClusterSpecBootstrapRecoveryBackup.Jsii$Proxy) o;

            if (!name.equals(that.name)) return false;
            return this.endpointCa != null ? this.endpointCa.equals(that.endpointCa) : that.endpointCa == null;
        }

        @Override
        public final int hashCode() {
            int result = this.name.hashCode();
            result = 31 * result + (this.endpointCa != null ? this.endpointCa.hashCode() : 0);
            return result;
        }
    }
}
