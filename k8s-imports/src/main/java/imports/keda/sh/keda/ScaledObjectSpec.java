package imports.keda.sh.keda;

/**
 * ScaledObjectSpec is the spec for a ScaledObject resource.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.822Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.ScaledObjectSpec")
@software.amazon.jsii.Jsii.Proxy(ScaledObjectSpec.Jsii$Proxy.class)
public interface ScaledObjectSpec extends software.amazon.jsii.JsiiSerializable {

    /**
     * ScaleTarget holds the reference to the scale target Object.
     */
    @org.jetbrains.annotations.NotNull imports.keda.sh.keda.ScaledObjectSpecScaleTargetRef getScaleTargetRef();

    /**
     */
    @org.jetbrains.annotations.NotNull java.util.List<imports.keda.sh.keda.ScaledObjectSpecTriggers> getTriggers();

    /**
     * AdvancedConfig specifies advance scaling options.
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.ScaledObjectSpecAdvanced getAdvanced() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getCooldownPeriod() {
        return null;
    }

    /**
     * Fallback is the spec for fallback options.
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.ScaledObjectSpecFallback getFallback() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getIdleReplicaCount() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getInitialCooldownPeriod() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getMaxReplicaCount() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getMinReplicaCount() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getPollingInterval() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ScaledObjectSpec}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ScaledObjectSpec}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ScaledObjectSpec> {
        imports.keda.sh.keda.ScaledObjectSpecScaleTargetRef scaleTargetRef;
        java.util.List<imports.keda.sh.keda.ScaledObjectSpecTriggers> triggers;
        imports.keda.sh.keda.ScaledObjectSpecAdvanced advanced;
        java.lang.Number cooldownPeriod;
        imports.keda.sh.keda.ScaledObjectSpecFallback fallback;
        java.lang.Number idleReplicaCount;
        java.lang.Number initialCooldownPeriod;
        java.lang.Number maxReplicaCount;
        java.lang.Number minReplicaCount;
        java.lang.Number pollingInterval;

        /**
         * Sets the value of {@link ScaledObjectSpec#getScaleTargetRef}
         * @param scaleTargetRef ScaleTarget holds the reference to the scale target Object. This parameter is required.
         * @return {@code this}
         */
        public Builder scaleTargetRef(imports.keda.sh.keda.ScaledObjectSpecScaleTargetRef scaleTargetRef) {
            this.scaleTargetRef = scaleTargetRef;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpec#getTriggers}
         * @param triggers the value to be set. This parameter is required.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder triggers(java.util.List<? extends imports.keda.sh.keda.ScaledObjectSpecTriggers> triggers) {
            this.triggers = (java.util.List<imports.keda.sh.keda.ScaledObjectSpecTriggers>)triggers;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpec#getAdvanced}
         * @param advanced AdvancedConfig specifies advance scaling options.
         * @return {@code this}
         */
        public Builder advanced(imports.keda.sh.keda.ScaledObjectSpecAdvanced advanced) {
            this.advanced = advanced;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpec#getCooldownPeriod}
         * @param cooldownPeriod the value to be set.
         * @return {@code this}
         */
        public Builder cooldownPeriod(java.lang.Number cooldownPeriod) {
            this.cooldownPeriod = cooldownPeriod;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpec#getFallback}
         * @param fallback Fallback is the spec for fallback options.
         * @return {@code this}
         */
        public Builder fallback(imports.keda.sh.keda.ScaledObjectSpecFallback fallback) {
            this.fallback = fallback;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpec#getIdleReplicaCount}
         * @param idleReplicaCount the value to be set.
         * @return {@code this}
         */
        public Builder idleReplicaCount(java.lang.Number idleReplicaCount) {
            this.idleReplicaCount = idleReplicaCount;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpec#getInitialCooldownPeriod}
         * @param initialCooldownPeriod the value to be set.
         * @return {@code this}
         */
        public Builder initialCooldownPeriod(java.lang.Number initialCooldownPeriod) {
            this.initialCooldownPeriod = initialCooldownPeriod;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpec#getMaxReplicaCount}
         * @param maxReplicaCount the value to be set.
         * @return {@code this}
         */
        public Builder maxReplicaCount(java.lang.Number maxReplicaCount) {
            this.maxReplicaCount = maxReplicaCount;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpec#getMinReplicaCount}
         * @param minReplicaCount the value to be set.
         * @return {@code this}
         */
        public Builder minReplicaCount(java.lang.Number minReplicaCount) {
            this.minReplicaCount = minReplicaCount;
            return this;
        }

        /**
         * Sets the value of {@link ScaledObjectSpec#getPollingInterval}
         * @param pollingInterval the value to be set.
         * @return {@code this}
         */
        public Builder pollingInterval(java.lang.Number pollingInterval) {
            this.pollingInterval = pollingInterval;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ScaledObjectSpec}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ScaledObjectSpec build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ScaledObjectSpec}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ScaledObjectSpec {
        private final imports.keda.sh.keda.ScaledObjectSpecScaleTargetRef scaleTargetRef;
        private final java.util.List<imports.keda.sh.keda.ScaledObjectSpecTriggers> triggers;
        private final imports.keda.sh.keda.ScaledObjectSpecAdvanced advanced;
        private final java.lang.Number cooldownPeriod;
        private final imports.keda.sh.keda.ScaledObjectSpecFallback fallback;
        private final java.lang.Number idleReplicaCount;
        private final java.lang.Number initialCooldownPeriod;
        private final java.lang.Number maxReplicaCount;
        private final java.lang.Number minReplicaCount;
        private final java.lang.Number pollingInterval;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.scaleTargetRef = software.amazon.jsii.Kernel.get(this, "scaleTargetRef", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.ScaledObjectSpecScaleTargetRef.class));
            this.triggers = software.amazon.jsii.Kernel.get(this, "triggers", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.ScaledObjectSpecTriggers.class)));
            this.advanced = software.amazon.jsii.Kernel.get(this, "advanced", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.ScaledObjectSpecAdvanced.class));
            this.cooldownPeriod = software.amazon.jsii.Kernel.get(this, "cooldownPeriod", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.fallback = software.amazon.jsii.Kernel.get(this, "fallback", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.ScaledObjectSpecFallback.class));
            this.idleReplicaCount = software.amazon.jsii.Kernel.get(this, "idleReplicaCount", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.initialCooldownPeriod = software.amazon.jsii.Kernel.get(this, "initialCooldownPeriod", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.maxReplicaCount = software.amazon.jsii.Kernel.get(this, "maxReplicaCount", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.minReplicaCount = software.amazon.jsii.Kernel.get(this, "minReplicaCount", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.pollingInterval = software.amazon.jsii.Kernel.get(this, "pollingInterval", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.scaleTargetRef = java.util.Objects.requireNonNull(builder.scaleTargetRef, "scaleTargetRef is required");
            this.triggers = (java.util.List<imports.keda.sh.keda.ScaledObjectSpecTriggers>)java.util.Objects.requireNonNull(builder.triggers, "triggers is required");
            this.advanced = builder.advanced;
            this.cooldownPeriod = builder.cooldownPeriod;
            this.fallback = builder.fallback;
            this.idleReplicaCount = builder.idleReplicaCount;
            this.initialCooldownPeriod = builder.initialCooldownPeriod;
            this.maxReplicaCount = builder.maxReplicaCount;
            this.minReplicaCount = builder.minReplicaCount;
            this.pollingInterval = builder.pollingInterval;
        }

        @Override
        public final imports.keda.sh.keda.ScaledObjectSpecScaleTargetRef getScaleTargetRef() {
            return this.scaleTargetRef;
        }

        @Override
        public final java.util.List<imports.keda.sh.keda.ScaledObjectSpecTriggers> getTriggers() {
            return this.triggers;
        }

        @Override
        public final imports.keda.sh.keda.ScaledObjectSpecAdvanced getAdvanced() {
            return this.advanced;
        }

        @Override
        public final java.lang.Number getCooldownPeriod() {
            return this.cooldownPeriod;
        }

        @Override
        public final imports.keda.sh.keda.ScaledObjectSpecFallback getFallback() {
            return this.fallback;
        }

        @Override
        public final java.lang.Number getIdleReplicaCount() {
            return this.idleReplicaCount;
        }

        @Override
        public final java.lang.Number getInitialCooldownPeriod() {
            return this.initialCooldownPeriod;
        }

        @Override
        public final java.lang.Number getMaxReplicaCount() {
            return this.maxReplicaCount;
        }

        @Override
        public final java.lang.Number getMinReplicaCount() {
            return this.minReplicaCount;
        }

        @Override
        public final java.lang.Number getPollingInterval() {
            return this.pollingInterval;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("scaleTargetRef", om.valueToTree(this.getScaleTargetRef()));
            data.set("triggers", om.valueToTree(this.getTriggers()));
            if (this.getAdvanced() != null) {
                data.set("advanced", om.valueToTree(this.getAdvanced()));
            }
            if (this.getCooldownPeriod() != null) {
                data.set("cooldownPeriod", om.valueToTree(this.getCooldownPeriod()));
            }
            if (this.getFallback() != null) {
                data.set("fallback", om.valueToTree(this.getFallback()));
            }
            if (this.getIdleReplicaCount() != null) {
                data.set("idleReplicaCount", om.valueToTree(this.getIdleReplicaCount()));
            }
            if (this.getInitialCooldownPeriod() != null) {
                data.set("initialCooldownPeriod", om.valueToTree(this.getInitialCooldownPeriod()));
            }
            if (this.getMaxReplicaCount() != null) {
                data.set("maxReplicaCount", om.valueToTree(this.getMaxReplicaCount()));
            }
            if (this.getMinReplicaCount() != null) {
                data.set("minReplicaCount", om.valueToTree(this.getMinReplicaCount()));
            }
            if (this.getPollingInterval() != null) {
                data.set("pollingInterval", om.valueToTree(this.getPollingInterval()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.ScaledObjectSpec"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ScaledObjectSpec.Jsii$Proxy that = (ScaledObjectSpec.Jsii$Proxy) o;

            if (!scaleTargetRef.equals(that.scaleTargetRef)) return false;
            if (!triggers.equals(that.triggers)) return false;
            if (this.advanced != null ? !this.advanced.equals(that.advanced) : that.advanced != null) return false;
            if (this.cooldownPeriod != null ? !this.cooldownPeriod.equals(that.cooldownPeriod) : that.cooldownPeriod != null) return false;
            if (this.fallback != null ? !this.fallback.equals(that.fallback) : that.fallback != null) return false;
            if (this.idleReplicaCount != null ? !this.idleReplicaCount.equals(that.idleReplicaCount) : that.idleReplicaCount != null) return false;
            if (this.initialCooldownPeriod != null ? !this.initialCooldownPeriod.equals(that.initialCooldownPeriod) : that.initialCooldownPeriod != null) return false;
            if (this.maxReplicaCount != null ? !this.maxReplicaCount.equals(that.maxReplicaCount) : that.maxReplicaCount != null) return false;
            if (this.minReplicaCount != null ? !this.minReplicaCount.equals(that.minReplicaCount) : that.minReplicaCount != null) return false;
            return this.pollingInterval != null ? this.pollingInterval.equals(that.pollingInterval) : that.pollingInterval == null;
        }

        @Override
        public final int hashCode() {
            int result = this.scaleTargetRef.hashCode();
            result = 31 * result + (this.triggers.hashCode());
            result = 31 * result + (this.advanced != null ? this.advanced.hashCode() : 0);
            result = 31 * result + (this.cooldownPeriod != null ? this.cooldownPeriod.hashCode() : 0);
            result = 31 * result + (this.fallback != null ? this.fallback.hashCode() : 0);
            result = 31 * result + (this.idleReplicaCount != null ? this.idleReplicaCount.hashCode() : 0);
            result = 31 * result + (this.initialCooldownPeriod != null ? this.initialCooldownPeriod.hashCode() : 0);
            result = 31 * result + (this.maxReplicaCount != null ? this.maxReplicaCount.hashCode() : 0);
            result = 31 * result + (this.minReplicaCount != null ? this.minReplicaCount.hashCode() : 0);
            result = 31 * result + (this.pollingInterval != null ? this.pollingInterval.hashCode() : 0);
            return result;
        }
    }
}
