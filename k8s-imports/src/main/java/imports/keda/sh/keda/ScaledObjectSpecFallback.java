package imports.keda.sh.keda;

/**
 * Fallback is the spec for fallback options.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.851Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.ScaledObjectSpecFallback")
@software.amazon.jsii.Jsii.Proxy(ScaledObjectSpecFallback.Jsii$Proxy.class)
public interface ScaledObjectSpecFallback extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.Number getFailureThreshold();

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.Number getReplicas();

    /**
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.ScaledObjectSpecFallbackBehavior getBehavior() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ScaledObjectSpecFallback}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ScaledObjectSpecFallback}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ScaledObjectSpecFallback> {
        java.lang.Number failureThreshold;
        java.lang.Number replicas;
        imports.keda.sh.keda.ScaledObjectSpecFallbackBehavior behavior;

        /**
         * Sets the value of {@link ScaledObjectSpecFallback#getFailureThreshold}
         * @param failureThreshold the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder failureThreshold(java.lang.Number failureThreshold) {
            this.failureThreshold = failureThreshold;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecFallback#getReplicas}
         * @param replicas the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder replicas(java.lang.Number replicas) {
            this.replicas = replicas;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecFallback#getBehavior}
         * @param behavior the value to be set.
         * @return {@code this}
         */
        public Builder behavior(imports.keda.sh.keda.ScaledObjectSpecFallbackBehavior behavior) {
            this.behavior = behavior;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ScaledObjectSpecFallback}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ScaledObjectSpecFallback build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ScaledObjectSpecFallback}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ScaledObjectSpecFallback {
        private final java.lang.Number failureThreshold;
        private final java.lang.Number replicas;
        private final imports.keda.sh.keda.ScaledObjectSpecFallbackBehavior behavior;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.failureThreshold = software.amazon.jsii.Kernel.get(this, "failureThreshold", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.replicas = software.amazon.jsii.Kernel.get(this, "replicas", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.behavior = software.amazon.jsii.Kernel.get(this, "behavior", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.ScaledObjectSpecFallbackBehavior.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.failureThreshold = java.util.Objects.requireNonNull(builder.failureThreshold, "failureThreshold is required");
            this.replicas = java.util.Objects.requireNonNull(builder.replicas, "replicas is required");
            this.behavior = builder.behavior;
        }

        @Override
        public final java.lang.Number getFailureThreshold() {
            return this.failureThreshold;
        }

        @Override
        public final java.lang.Number getReplicas() {
            return this.replicas;
        }

        @Override
        public final imports.keda.sh.keda.ScaledObjectSpecFallbackBehavior getBehavior() {
            return this.behavior;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("failureThreshold", om.valueToTree(this.getFailureThreshold()));
            data.set("replicas", om.valueToTree(this.getReplicas()));
            if (this.getBehavior() != null) {
                data.set("behavior", om.valueToTree(this.getBehavior()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.ScaledObjectSpecFallback"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ScaledObjectSpecFallback.Jsii$Proxy that = (ScaledObjectSpecFallback.Jsii$Proxy) o;

            if (!failureThreshold.equals(that.failureThreshold)) return false;
            if (!replicas.equals(that.replicas)) return false;
            return this.behavior != null ? this.behavior.equals(that.behavior) : that.behavior == null;
        }

        @Override
        public final int hashCode() {
            int result = this.failureThreshold.hashCode();
            result = 31 * result + (this.replicas.hashCode());
            result = 31 * result + (this.behavior != null ? this.behavior.hashCode() : 0);
            return result;
        }
    }
}
