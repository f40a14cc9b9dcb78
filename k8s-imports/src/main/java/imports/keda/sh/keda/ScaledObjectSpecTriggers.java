package imports.keda.sh.keda;

/**
 * ScaleTriggers reference the scaler that will be used.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.853Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.ScaledObjectSpecTriggers")
@software.amazon.jsii.Jsii.Proxy(ScaledObjectSpecTriggers.Jsii$Proxy.class)
public interface ScaledObjectSpecTriggers extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull java.util.Map<java.lang.String, java.lang.String> getMetadata();

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.String getType();

    /**
     * AuthenticationRef points to the TriggerAuthentication or ClusterTriggerAuthentication object that is used to authenticate the scaler with the environment.
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.ScaledObjectSpecTriggersAuthenticationRef getAuthenticationRef() {
        return null;
    }

    /**
     * MetricTargetType specifies the type of metric being targeted, and should be either "Value", "AverageValue", or "Utilization".
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getMetricType() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getName() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getUseCachedMetrics() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ScaledObjectSpecTriggers}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ScaledObjectSpecTriggers}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ScaledObjectSpecTriggers> {
        java.util.Map<java.lang.String, java.lang.String> metadata;
        java.lang.String type;
        imports.keda.sh.keda.ScaledObjectSpecTriggersAuthenticationRef authenticationRef;
        java.lang.String metricType;
        java.lang.String name;
        java.lang.Boolean useCachedMetrics;

        /**
         * Sets the value of {@link ScaledObjectSpecTriggers#getMetadata}
         * @param metadata the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder metadata(java.util.Map<java.lang.String, java.lang.String> metadata) {
            this.metadata = metadata;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecTriggers#getType}
         * @param type the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder type(java.lang.String type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecTriggers#getAuthenticationRef}
         * @param authenticationRef AuthenticationRef points to the TriggerAuthentication or ClusterTriggerAuthentication object that is used to authenticate the scaler with the environment.
         * @return {@code this}
         */
        public Builder authenticationRef(imports.keda.sh.keda.ScaledObjectSpecTriggersAuthenticationRef authenticationRef) {
            this.authenticationRef = authenticationRef;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecTriggers#getMetricType}
         * @param metricType MetricTargetType specifies the type of metric being targeted, and should be either "Value", "AverageValue", or "Utilization".
         * @return {@code this}
         */
        public Builder metricType(java.lang.String metricType) {
            this.metricType = metricType;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecTriggers#getName}
         * @param name the value to be set.
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpecTriggers#getUseCachedMetrics}
         * @param useCachedMetrics the value to be set.
         * @return {@code this}
         */
        public Builder useCachedMetrics(java.lang.Boolean useCachedMetrics) {
            this.useCachedMetrics = useCachedMetrics;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ScaledObjectSpecTriggers}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ScaledObjectSpecTriggers build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ScaledObjectSpecTriggers}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ScaledObjectSpecTriggers {
        private final java.util.Map<java.lang.String, java.lang.String> metadata;
        private final java.lang.String type;
        private final imports.keda.sh.keda.ScaledObjectSpecTriggersAuthenticationRef authenticationRef;
        private final java.lang.String metricType;
        private final java.lang.String name;
        private final java.lang.Boolean useCachedMetrics;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.metadata = software.amazon.jsii.Kernel.get(this, "metadata", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.type = software.amazon.jsii.Kernel.get(this, "type", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.authenticationRef = software.amazon.jsii.Kernel.get(this, "authenticationRef", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.ScaledObjectSpecTriggersAuthenticationRef.class));
            this.metricType = software.amazon.jsii.Kernel.get(this, "metricType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.useCachedMetrics = software.amazon.jsii.Kernel.get(this, "useCachedMetrics", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.metadata = java.util.Objects.requireNonNull(builder.metadata, "metadata is required");
            this.type = java.util.Objects.requireNonNull(builder.type, "type is required");
            this.authenticationRef = builder.authenticationRef;
            this.metricType = builder.metricType;
            this.name = builder.name;
            this.useCachedMetrics = builder.useCachedMetrics;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getMetadata() {
            return this.metadata;
        }

        @Override
        public final java.lang.String getType() {
            return this.type;
        }

        @Override
        public final imports.keda.sh.keda.ScaledObjectSpecTriggersAuthenticationRef getAuthenticationRef() {
            return this.authenticationRef;
        }

        @Override
        public final java.lang.String getMetricType() {
            return this.metricType;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final java.lang.Boolean getUseCachedMetrics() {
            return this.useCachedMetrics;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("metadata", om.valueToTree(this.getMetadata()));
            data.set("type", om.valueToTree(this.getType()));
            if (this.getAuthenticationRef() != null) {
                data.set("authenticationRef", om.valueToTree(this.getAuthenticationRef()));
            }
            if (this.getMetricType() != null) {
                data.set("metricType", om.valueToTree(this.getMetricType()));
            }
            if (this.getName() != null) {
                data.set("name", om.valueToTree(this.getName()));
            }
            if (this.getUseCachedMetrics() != null) {
                data.set("useCachedMetrics", om.valueToTree(this.getUseCachedMetrics()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.ScaledObjectSpecTriggers"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ScaledObjectSpecTriggers.Jsii$Proxy that = (ScaledObjectSpecTriggers.Jsii$Proxy) o;

            if (!metadata.equals(that.metadata)) return false;
            if (!type.equals(that.type)) return false;
            if (this.authenticationRef != null ? !this.authenticationRef.equals(that.authenticationRef) : that.authenticationRef != null) return false;
            if (this.metricType != null ? !this.metricType.equals(that.metricType) : that.metricType != null) return false;
            if (this.name != null ? !this.name.equals(that.name) : that.name != null) return false;
            return this.useCachedMetrics != null ? this.useCachedMetrics.equals(that.useCachedMetrics) : that.useCachedMetrics == null;
        }

        @Override
        public final int hashCode() {
            int result = this.metadata.hashCode();
            result = 31 * result + (this.type.hashCode());
            result = 31 * result + (this.authenticationRef != null ? this.authenticationRef.hashCode() : 0);
            result = 31 * result + (this.metricType != null ? this.metricType.hashCode() : 0);
            result = 31 * result + (this.name != null ? this.name.hashCode() : 0);
            result = 31 * result + (this.useCachedMetrics != null ? this.useCachedMetrics.hashCode() : 0);
            return result;
        }
    }
}
