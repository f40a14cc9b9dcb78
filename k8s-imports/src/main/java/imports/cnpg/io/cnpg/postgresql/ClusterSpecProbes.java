package imports.cnpg.io.cnpg.postgresql;

/**
 * The configuration of the probes to be injected in the PostgreSQL Pods.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.780Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecProbes")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecProbes.Jsii$Proxy.class)
public interface ClusterSpecProbes extends software.amazon.jsii.JsiiSerializable {

    /**
     * The liveness probe configuration.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesLiveness getLiveness() {
        return null;
    }

    /**
     * The readiness probe configuration.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesReadiness getReadiness() {
        return null;
    }

    /**
     * The startup probe configuration.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartup getStartup() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecProbes}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecProbes}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecProbes> {
        imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesLiveness liveness;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesReadiness readiness;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartup startup;

        /**
         * Sets the value of {@link ClusterSpecProbes#getLiveness}
         * @param liveness The liveness probe configuration.
         * @return {@code this}
         */
        public Builder liveness(imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesLiveness liveness) {
            this.liveness = liveness;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecProbes#getReadiness}
         * @param readiness The readiness probe configuration.
         * @return {@code this}
         */
        public Builder readiness(imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesReadiness readiness) {
            this.readiness = readiness;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecProbes#getStartup}
         * @param startup The startup probe configuration.
         * @return {@code this}
         */
        public Builder startup(imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartup startup) {
            this.startup = startup;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecProbes}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecProbes build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecProbes}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecProbes {
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesLiveness liveness;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesReadiness readiness;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartup startup;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.liveness = software.amazon.jsii.Kernel.get(this, "liveness", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesLiveness.class));
            this.readiness = software.amazon.jsii.Kernel.get(this, "readiness", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesReadiness.class));
            this.startup = software.amazon.jsii.Kernel.get(this, "startup", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartup.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.liveness = builder.liveness;
            this.readiness = builder.readiness;
            this.startup = builder.startup;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesLiveness getLiveness() {
            return this.liveness;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesReadiness getReadiness() {
            return this.readiness;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartup getStartup() {
            return this.startup;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getLiveness() != null) {
                data.set("liveness", om.valueToTree(this.getLiveness()));
            }
            if (this.getReadiness() != null) {
                data.set("readiness", om.valueToTree(this.getReadiness()));
            }
            if (this.getStartup() != null) {
                data.set("startup", om.valueToTree(this.getStartup()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecProbes"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecProbes.Jsii$Proxy that = (ClusterSpecProbes.Jsii$Proxy) o;

            if (this.liveness != null ? !this.liveness.equals(that.liveness) : that.liveness != null) return false;
            if (this.readiness != null ? !this.readiness.equals(that.readiness) : that.readiness != null) return false;
            return this.startup != null ? this.startup.equals(that.startup) : that.startup == null;
        }

        @Override
        public final int hashCode() {
            int result = this.liveness != null ? this.liveness.hashCode() : 0;
            result = 31 * result + (this.readiness != null ? this.readiness.hashCode() : 0);
            result = 31 * result + (this.startup != null ? this.startup.hashCode() : 0);
            return result;
        }
    }
}
