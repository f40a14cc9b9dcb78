package imports.cnpg.io.cnpg.postgresql;

/**
 * Configure the feature that extends the liveness probe for a primary instance.
 * <p>
 * In addition to the basic checks, this verifies whether the
 * primary is isolated from the Kubernetes API server and from its
 * replicas, ensuring that it can be safely shut down if network
 * partition or API unavailability is detected. Enabled by default.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.783Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecProbesLivenessIsolationCheck")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecProbesLivenessIsolationCheck.Jsii$Proxy.class)
public interface ClusterSpecProbesLivenessIsolationCheck extends software.amazon.jsii.JsiiSerializable {

    /**
     * Timeout in milliseconds for connections during the primary isolation check.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getConnectionTimeout() {
        return null;
    }

    /**
     * Whether primary isolation checking is enabled for the liveness probe.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getEnabled() {
        return null;
    }

    /**
     * Timeout in milliseconds for requests during the primary isolation check.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getRequestTimeout() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecProbesLivenessIsolationCheck}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecProbesLivenessIsolationCheck}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecProbesLivenessIsolationCheck> {
        java.lang.Number connectionTimeout;
        java.lang.Boolean enabled;
        java.lang.Number requestTimeout;

        /**
         * Sets the value of {@link ClusterSpecProbesLivenessIsolationCheck#getConnectionTimeout}
         * @param connectionTimeout Timeout in milliseconds for connections during the primary isolation check.
         * @return {@code this}
         */
        public Builder connectionTimeout(java.lang.Number connectionTimeout) {
            this.connectionTimeout = connectionTimeout;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecProbesLivenessIsolationCheck#getEnabled}
         * @param enabled Whether primary isolation checking is enabled for the liveness probe.
         * @return {@code this}
         */
        public Builder enabled(java.lang.Boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecProbesLivenessIsolationCheck#getRequestTimeout}
         * @param requestTimeout Timeout in milliseconds for requests during the primary isolation check.
         * @return {@code this}
         */
        public Builder requestTimeout(java.lang.Number requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecProbesLivenessIsolationCheck}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecProbesLivenessIsolationCheck build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecProbesLivenessIsolationCheck}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecProbesLivenessIsolationCheck {
        private final java.lang.Number connectionTimeout;
        private final java.lang.Boolean enabled;
        private final java.lang.Number requestTimeout;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.connectionTimeout = software.amazon.jsii.Kernel.get(this, "connectionTimeout", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.enabled = software.amazon.jsii.Kernel.get(this, "enabled", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.requestTimeout = software.amazon.jsii.Kernel.get(this, "requestTimeout", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.connectionTimeout = builder.connectionTimeout;
            this.enabled = builder.enabled;
            this.requestTimeout = builder.requestTimeout;
        }

        @Override
        public final java.lang.Number getConnectionTimeout() {
            return this.connectionTimeout;
        }

        @Override
        public final java.lang.Boolean getEnabled() {
            return this.enabled;
        }

        @Override
        public final java.lang.Number getRequestTimeout() {
            return this.requestTimeout;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getConnectionTimeout() != null) {
                data.set("connectionTimeout", om.valueToTree(this.getConnectionTimeout()));
            }
            if (this.getEnabled() != null) {
                data.set("enabled", om.valueToTree(this.getEnabled()));
            }
            if (this.getRequestTimeout() != null) {
                data.set("requestTimeout", om.valueToTree(this.getRequestTimeout()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecProbesLivenessIsolationCheck"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecProbesLivenessIsolationCheck.Jsii$Proxy that = (ClusterSpecProbesLivenessIsolationCheck.Jsii$Proxy) o;

            if (this.connectionTimeout != null ? !this.connectionTimeout.equals(that.connectionTimeout) : that.connectionTimeout != null) return false;
            if (this.enabled != null ? !this.enabled.equals(that.enabled) : that.enabled != null) return false;
            return this.requestTimeout != null ? this.requestTimeout.equals(that.requestTimeout) : that.requestTimeout == null;
        }

        @Override
        public final int hashCode() {
            int result = this.connectionTimeout != null ? this.connectionTimeout.hashCode() : 0;
            result = 31 * result + (this.enabled != null ? this.enabled.hashCode() : 0);
            result = 31 * result + (this.requestTimeout != null ? this.requestTimeout.hashCode() : 0);
            return result;
        }
    }
}
