package imports.cnpg.io.cnpg.postgresql;

/**
 * Configuration of the Kubernetes <code>Lease</code> used to coordinate safe primary election within the cluster.
 * <p>
 * When omitted, the operator applies built-in
 * defaults; tune these values only if you understand the consequences for
 * failover timing.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.771Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecPrimaryLease")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecPrimaryLease.Jsii$Proxy.class)
public interface ClusterSpecPrimaryLease extends software.amazon.jsii.JsiiSerializable {

    /**
     * How long, in seconds, the primary lease is considered valid before it expires and another instance may acquire it.
     * <p>
     * It must be greater than
     * <code>renewDeadlineSeconds</code>.
     * Defaults to 15.
     * <p>
     * Default: 15.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getLeaseDurationSeconds() {
        return null;
    }

    /**
     * The TTL, in seconds, written when the primary explicitly releases the lease on a clean shutdown, allowing a replica to promote without waiting for the full lease duration to expire.
     * <p>
     * Defaults to 1.
     * <p>
     * Default: 1.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getReleasedLeaseDurationSeconds() {
        return null;
    }

    /**
     * How long, in seconds, the current primary keeps retrying to renew the lease before giving up and stopping.
     * <p>
     * It must be smaller than
     * <code>leaseDurationSeconds</code>.
     * Defaults to 10.
     * <p>
     * Default: 10.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getRenewDeadlineSeconds() {
        return null;
    }

    /**
     * How frequently, in seconds, a non-holder instance retries acquiring or renewing the lease.
     * <p>
     * Defaults to 2.
     * <p>
     * Default: 2.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getRetryPeriodSeconds() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecPrimaryLease}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecPrimaryLease}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecPrimaryLease> {
        java.lang.Number leaseDurationSeconds;
        java.lang.Number releasedLeaseDurationSeconds;
        java.lang.Number renewDeadlineSeconds;
        java.lang.Number retryPeriodSeconds;

        /**
         * Sets the value of {@link ClusterSpecPrimaryLease#getLeaseDurationSeconds}
         * @param leaseDurationSeconds How long, in seconds, the primary lease is considered valid before it expires and another instance may acquire it.
         *                             It must be greater than
         *                             <code>renewDeadlineSeconds</code>.
         *                             Defaults to 15.
         * @return {@code this}
         */
        public Builder leaseDurationSeconds(java.lang.Number leaseDurationSeconds) {
            this.leaseDurationSeconds = leaseDurationSeconds;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPrimaryLease#getReleasedLeaseDurationSeconds}
         * @param releasedLeaseDurationSeconds The TTL, in seconds, written when the primary explicitly releases the lease on a clean shutdown, allowing a replica to promote without waiting for the full lease duration to expire.
         *                                     Defaults to 1.
         * @return {@code this}
         */
        public Builder releasedLeaseDurationSeconds(java.lang.Number releasedLeaseDurationSeconds) {
            this.releasedLeaseDurationSeconds = releasedLeaseDurationSeconds;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPrimaryLease#getRenewDeadlineSeconds}
         * @param renewDeadlineSeconds How long, in seconds, the current primary keeps retrying to renew the lease before giving up and stopping.
         *                             It must be smaller than
         *                             <code>leaseDurationSeconds</code>.
         *                             Defaults to 10.
         * @return {@code this}
         */
        public Builder renewDeadlineSeconds(java.lang.Number renewDeadlineSeconds) {
            this.renewDeadlineSeconds = renewDeadlineSeconds;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPrimaryLease#getRetryPeriodSeconds}
         * @param retryPeriodSeconds How frequently, in seconds, a non-holder instance retries acquiring or renewing the lease.
         *                           Defaults to 2.
         * @return {@code this}
         */
        public Builder retryPeriodSeconds(java.lang.Number retryPeriodSeconds) {
            this.retryPeriodSeconds = retryPeriodSeconds;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecPrimaryLease}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecPrimaryLease build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecPrimaryLease}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecPrimaryLease {
        private final java.lang.Number leaseDurationSeconds;
        private final java.lang.Number releasedLeaseDurationSeconds;
        private final java.lang.Number renewDeadlineSeconds;
        private final java.lang.Number retryPeriodSeconds;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.leaseDurationSeconds = software.amazon.jsii.Kernel.get(this, "leaseDurationSeconds", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.releasedLeaseDurationSeconds = software.amazon.jsii.Kernel.get(this, "releasedLeaseDurationSeconds", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.renewDeadlineSeconds = software.amazon.jsii.Kernel.get(this, "renewDeadlineSeconds", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.retryPeriodSeconds = software.amazon.jsii.Kernel.get(this, "retryPeriodSeconds", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.leaseDurationSeconds = builder.leaseDurationSeconds;
            this.releasedLeaseDurationSeconds = builder.releasedLeaseDurationSeconds;
            this.renewDeadlineSeconds = builder.renewDeadlineSeconds;
            this.retryPeriodSeconds = builder.retryPeriodSeconds;
        }

        @Override
        public final java.lang.Number getLeaseDurationSeconds() {
            return this.leaseDurationSeconds;
        }

        @Override
        public final java.lang.Number getReleasedLeaseDurationSeconds() {
            return this.releasedLeaseDurationSeconds;
        }

        @Override
        public final java.lang.Number getRenewDeadlineSeconds() {
            return this.renewDeadlineSeconds;
        }

        @Override
        public final java.lang.Number getRetryPeriodSeconds() {
            return this.retryPeriodSeconds;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getLeaseDurationSeconds() != null) {
                data.set("leaseDurationSeconds", om.valueToTree(this.getLeaseDurationSeconds()));
            }
            if (this.getReleasedLeaseDurationSeconds() != null) {
                data.set("releasedLeaseDurationSeconds", om.valueToTree(this.getReleasedLeaseDurationSeconds()));
            }
            if (this.getRenewDeadlineSeconds() != null) {
                data.set("renewDeadlineSeconds", om.valueToTree(this.getRenewDeadlineSeconds()));
            }
            if (this.getRetryPeriodSeconds() != null) {
                data.set("retryPeriodSeconds", om.valueToTree(this.getRetryPeriodSeconds()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecPrimaryLease"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecPrimaryLease.Jsii$Proxy that = (ClusterSpecPrimaryLease.Jsii$Proxy) o;

            if (this.leaseDurationSeconds != null ? !this.leaseDurationSeconds.equals(that.leaseDurationSeconds) : that.leaseDurationSeconds != null) return false;
            if (this.releasedLeaseDurationSeconds != null ? !this.releasedLeaseDurationSeconds.equals(that.releasedLeaseDurationSeconds) : that.releasedLeaseDurationSeconds != null) return false;
            if (this.renewDeadlineSeconds != null ? !this.renewDeadlineSeconds.equals(that.renewDeadlineSeconds) : that.renewDeadlineSeconds != null) return false;
            return this.retryPeriodSeconds != null ? this.retryPeriodSeconds.equals(that.retryPeriodSeconds) : that.retryPeriodSeconds == null;
        }

        @Override
        public final int hashCode() {
            int result = this.leaseDurationSeconds != null ? this.leaseDurationSeconds.hashCode() : 0;
            result = 31 * result + (this.releasedLeaseDurationSeconds != null ? this.releasedLeaseDurationSeconds.hashCode() : 0);
            result = 31 * result + (this.renewDeadlineSeconds != null ? this.renewDeadlineSeconds.hashCode() : 0);
            result = 31 * result + (this.retryPeriodSeconds != null ? this.retryPeriodSeconds.hashCode() : 0);
            return result;
        }
    }
}
