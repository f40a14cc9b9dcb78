package imports.cnpg.io.cnpg.postgresql;

/**
 * The startup probe configuration.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.785Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecProbesStartup")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecProbesStartup.Jsii$Proxy.class)
public interface ClusterSpecProbesStartup extends software.amazon.jsii.JsiiSerializable {

    /**
     * Minimum consecutive failures for the probe to be considered failed after having succeeded.
     * <p>
     * Defaults to 3. Minimum value is 1.
     * <p>
     * Default: 3. Minimum value is 1.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getFailureThreshold() {
        return null;
    }

    /**
     * Number of seconds after the container has started before liveness probes are initiated.
     * <p>
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getInitialDelaySeconds() {
        return null;
    }

    /**
     * Lag limit.
     * <p>
     * Used only for <code>streaming</code> strategy
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartupMaximumLag getMaximumLag() {
        return null;
    }

    /**
     * How often (in seconds) to perform the probe.
     * <p>
     * Default to 10 seconds. Minimum value is 1.
     * <p>
     * Default: 10 seconds. Minimum value is 1.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getPeriodSeconds() {
        return null;
    }

    /**
     * Minimum consecutive successes for the probe to be considered successful after having failed.
     * <p>
     * Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
     * <p>
     * Default: 1. Must be 1 for liveness and startup. Minimum value is 1.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getSuccessThreshold() {
        return null;
    }

    /**
     * Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
     * <p>
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
     * value overrides the value provided by the pod spec.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
     * Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getTerminationGracePeriodSeconds() {
        return null;
    }

    /**
     * Number of seconds after which the probe times out.
     * <p>
     * Defaults to 1 second. Minimum value is 1.
     * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
     * <p>
     * Default: 1 second. Minimum value is 1.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getTimeoutSeconds() {
        return null;
    }

    /**
     * The probe strategy.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartupType getType() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecProbesStartup}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecProbesStartup}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecProbesStartup> {
        java.lang.Number failureThreshold;
        java.lang.Number initialDelaySeconds;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartupMaximumLag maximumLag;
        java.lang.Number periodSeconds;
        java.lang.Number successThreshold;
        java.lang.Number terminationGracePeriodSeconds;
        java.lang.Number timeoutSeconds;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartupType type;

        /**
         * Sets the value of {@link ClusterSpecProbesStartup#getFailureThreshold}
         * @param failureThreshold Minimum consecutive failures for the probe to be considered failed after having succeeded.
         *                         Defaults to 3. Minimum value is 1.
         * @return {@code this}
         */
        public Builder failureThreshold(java.lang.Number failureThreshold) {
            this.failureThreshold = failureThreshold;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecProbesStartup#getInitialDelaySeconds}
         * @param initialDelaySeconds Number of seconds after the container has started before liveness probes are initiated.
         *                            More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
         * @return {@code this}
         */
        public Builder initialDelaySeconds(java.lang.Number initialDelaySeconds) {
            this.initialDelaySeconds = initialDelaySeconds;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecProbesStartup#getMaximumLag}
         * @param maximumLag Lag limit.
         *                   Used only for <code>streaming</code> strategy
         * @return {@code this}
         */
        public Builder maximumLag(imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartupMaximumLag maximumLag) {
            this.maximumLag = maximumLag;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecProbesStartup#getPeriodSeconds}
         * @param periodSeconds How often (in seconds) to perform the probe.
         *                      Default to 10 seconds. Minimum value is 1.
         * @return {@code this}
         */
        public Builder periodSeconds(java.lang.Number periodSeconds) {
            this.periodSeconds = periodSeconds;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecProbesStartup#getSuccessThreshold}
         * @param successThreshold Minimum consecutive successes for the probe to be considered successful after having failed.
         *                         Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.
         * @return {@code this}
         */
        public Builder successThreshold(java.lang.Number successThreshold) {
            this.successThreshold = successThreshold;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecProbesStartup#getTerminationGracePeriodSeconds}
         * @param terminationGracePeriodSeconds Optional duration in seconds the pod needs to terminate gracefully upon probe failure.
         *                                      The grace period is the duration in seconds after the processes running in the pod are sent
         *                                      a termination signal and the time when the processes are forcibly halted with a kill signal.
         *                                      Set this value longer than the expected cleanup time for your process.
         *                                      If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
         *                                      value overrides the value provided by the pod spec.
         *                                      Value must be non-negative integer. The value zero indicates stop immediately via
         *                                      the kill signal (no opportunity to shut down).
         *                                      This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
         *                                      Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
         * @return {@code this}
         */
        public Builder terminationGracePeriodSeconds(java.lang.Number terminationGracePeriodSeconds) {
            this.terminationGracePeriodSeconds = terminationGracePeriodSeconds;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecProbesStartup#getTimeoutSeconds}
         * @param timeoutSeconds Number of seconds after which the probe times out.
         *                       Defaults to 1 second. Minimum value is 1.
         *                       More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
         * @return {@code this}
         */
        public Builder timeoutSeconds(java.lang.Number timeoutSeconds) {
            this.timeoutSeconds = timeoutSeconds;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecProbesStartup#getType}
         * @param type The probe strategy.
         * @return {@code this}
         */
        public Builder type(imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartupType type) {
            this.type = type;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecProbesStartup}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecProbesStartup build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecProbesStartup}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecProbesStartup {
        private final java.lang.Number failureThreshold;
        private final java.lang.Number initialDelaySeconds;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartupMaximumLag maximumLag;
        private final java.lang.Number periodSeconds;
        private final java.lang.Number successThreshold;
        private final java.lang.Number terminationGracePeriodSeconds;
        private final java.lang.Number timeoutSeconds;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartupType type;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.failureThreshold = software.amazon.jsii.Kernel.get(this, "failureThreshold", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.initialDelaySeconds = software.amazon.jsii.Kernel.get(this, "initialDelaySeconds", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.maximumLag = software.amazon.jsii.Kernel.get(this, "maximumLag", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartupMaximumLag.class));
            this.periodSeconds = software.amazon.jsii.Kernel.get(this, "periodSeconds", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.successThreshold = software.amazon.jsii.Kernel.get(this, "successThreshold", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.terminationGracePeriodSeconds = software.amazon.jsii.Kernel.get(this, "terminationGracePeriodSeconds", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.timeoutSeconds = software.amazon.jsii.Kernel.get(this, "timeoutSeconds", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.type = software.amazon.jsii.Kernel.get(this, "type", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartupType.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.failureThreshold = builder.failureThreshold;
            this.initialDelaySeconds = builder.initialDelaySeconds;
            this.maximumLag = builder.maximumLag;
            this.periodSeconds = builder.periodSeconds;
            this.successThreshold = builder.successThreshold;
            this.terminationGracePeriodSeconds = builder.terminationGracePeriodSeconds;
            this.timeoutSeconds = builder.timeoutSeconds;
            this.type = builder.type;
        }

        @Override
        public final java.lang.Number getFailureThreshold() {
            return this.failureThreshold;
        }

        @Override
        public final java.lang.Number getInitialDelaySeconds() {
            return this.initialDelaySeconds;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartupMaximumLag getMaximumLag() {
            return this.maximumLag;
        }

        @Override
        public final java.lang.Number getPeriodSeconds() {
            return this.periodSeconds;
        }

        @Override
        public final java.lang.Number getSuccessThreshold() {
            return this.successThreshold;
        }

        @Override
        public final java.lang.Number getTerminationGracePeriodSeconds() {
            return this.terminationGracePeriodSeconds;
        }

        @Override
        public final java.lang.Number getTimeoutSeconds() {
            return this.timeoutSeconds;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecProbesStartupType getType() {
            return this.type;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getFailureThreshold() != null) {
                data.set("failureThreshold", om.valueToTree(this.getFailureThreshold()));
            }
            if (this.getInitialDelaySeconds() != null) {
                data.set("initialDelaySeconds", om.valueToTree(this.getInitialDelaySeconds()));
            }
            if (this.getMaximumLag() != null) {
                data.set("maximumLag", om.valueToTree(this.getMaximumLag()));
            }
            if (this.getPeriodSeconds() != null) {
                data.set("periodSeconds", om.valueToTree(this.getPeriodSeconds()));
            }
            if (this.getSuccessThreshold() != null) {
                data.set("successThreshold", om.valueToTree(this.getSuccessThreshold()));
            }
            if (this.getTerminationGracePeriodSeconds() != null) {
                data.set("terminationGracePeriodSeconds", om.valueToTree(this.getTerminationGracePeriodSeconds()));
            }
            if (this.getTimeoutSeconds() != null) {
                data.set("timeoutSeconds", om.valueToTree(this.getTimeoutSeconds()));
            }
            if (this.getType() != null) {
                data.set("type", om.valueToTree(this.getType()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecProbesStartup"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecProbesStartup.Jsii$Proxy that = (ClusterSpecProbesStartup.Jsii$Proxy) o;

            if (this.failureThreshold != null ? !this.failureThreshold.equals(that.failureThreshold) : that.failureThreshold != null) return false;
            if (this.initialDelaySeconds != null ? !this.initialDelaySeconds.equals(that.initialDelaySeconds) : that.initialDelaySeconds != null) return false;
            if (this.maximumLag != null ? !this.maximumLag.equals(that.maximumLag) : that.maximumLag != null) return false;
            if (this.periodSeconds != null ? !this.periodSeconds.equals(that.periodSeconds) : that.periodSeconds != null) return false;
            if (this.successThreshold != null ? !this.successThreshold.equals(that.successThreshold) : that.successThreshold != null) return false;
            if (this.terminationGracePeriodSeconds != null ? !this.terminationGracePeriodSeconds.equals(that.terminationGracePeriodSeconds) : that.terminationGracePeriodSeconds != null) return false;
            if (this.timeoutSeconds != null ? !this.timeoutSeconds.equals(that.timeoutSeconds) : that.timeoutSeconds != null) return false;
            return this.type != null ? this.type.equals(that.type) : that.type == null;
        }

        @Override
        public final int hashCode() {
            int result = this.failureThreshold != null ? this.failureThreshold.hashCode() : 0;
            result = 31 * result + (this.initialDelaySeconds != null ? this.initialDelaySeconds.hashCode() : 0);
            result = 31 * result + (this.maximumLag != null ? this.maximumLag.hashCode() : 0);
            result = 31 * result + (this.periodSeconds != null ? this.periodSeconds.hashCode() : 0);
            result = 31 * result + (this.successThreshold != null ? this.successThreshold.hashCode() : 0);
            result = 31 * result + (this.terminationGracePeriodSeconds != null ? this.terminationGracePeriodSeconds.hashCode() : 0);
            result = 31 * result + (this.timeoutSeconds != null ? this.timeoutSeconds.hashCode() : 0);
            result = 31 * result + (this.type != null ? this.type.hashCode() : 0);
            return result;
        }
    }
}
