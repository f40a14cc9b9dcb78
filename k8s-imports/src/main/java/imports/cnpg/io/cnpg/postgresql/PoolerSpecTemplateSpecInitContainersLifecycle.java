package imports.cnpg.io.cnpg.postgresql;

/**
 * Actions that the management system should take in response to container lifecycle events.
 * <p>
 * Cannot be updated.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:49.135Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecInitContainersLifecycle")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecTemplateSpecInitContainersLifecycle.Jsii$Proxy.class)
public interface PoolerSpecTemplateSpecInitContainersLifecycle extends software.amazon.jsii.JsiiSerializable {

    /**
     * PostStart is called immediately after a container is created.
     * <p>
     * If the handler fails,
     * the container is terminated and restarted according to its restart policy.
     * Other management of the container blocks until the hook completes.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersLifecyclePostStart getPostStart() {
        return null;
    }

    /**
     * PreStop is called immediately before a container is terminated due to an API request or management event such as liveness/startup probe failure, preemption, resource contention, etc.
     * <p>
     * The handler is not called if the
     * container crashes or exits. The Pod's termination grace period countdown begins before the
     * PreStop hook is executed. Regardless of the outcome of the handler, the
     * container will eventually terminate within the Pod's termination grace
     * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
     * or until the termination grace period is reached.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersLifecyclePreStop getPreStop() {
        return null;
    }

    /**
     * StopSignal defines which signal will be sent to a container when it is being stopped.
     * <p>
     * If not specified, the default is defined by the container runtime in use.
     * StopSignal can only be set for Pods with a non-empty .spec.os.name
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getStopSignal() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecTemplateSpecInitContainersLifecycle}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecTemplateSpecInitContainersLifecycle}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecTemplateSpecInitContainersLifecycle> {
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersLifecyclePostStart postStart;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersLifecyclePreStop preStop;
        java.lang.String stopSignal;

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecInitContainersLifecycle#getPostStart}
         * @param postStart PostStart is called immediately after a container is created.
         *                  If the handler fails,
         *                  the container is terminated and restarted according to its restart policy.
         *                  Other management of the container blocks until the hook completes.
         *                  More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
         * @return {@code this}
         */
        public Builder postStart(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersLifecyclePostStart postStart) {
            this.postStart = postStart;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecInitContainersLifecycle#getPreStop}
         * @param preStop PreStop is called immediately before a container is terminated due to an API request or management event such as liveness/startup probe failure, preemption, resource contention, etc.
         *                The handler is not called if the
         *                container crashes or exits. The Pod's termination grace period countdown begins before the
         *                PreStop hook is executed. Regardless of the outcome of the handler, the
         *                container will eventually terminate within the Pod's termination grace
         *                period (unless delayed by finalizers). Other management of the container blocks until the hook completes
         *                or until the termination grace period is reached.
         *                More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
         * @return {@code this}
         */
        public Builder preStop(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersLifecyclePreStop preStop) {
            this.preStop = preStop;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecInitContainersLifecycle#getStopSignal}
         * @param stopSignal StopSignal defines which signal will be sent to a container when it is being stopped.
         *                   If not specified, the default is defined by the container runtime in use.
         *                   StopSignal can only be set for Pods with a non-empty .spec.os.name
         * @return {@code this}
         */
        public Builder stopSignal(java.lang.String stopSignal) {
            this.stopSignal = stopSignal;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecTemplateSpecInitContainersLifecycle}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecTemplateSpecInitContainersLifecycle build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecTemplateSpecInitContainersLifecycle}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecTemplateSpecInitContainersLifecycle {
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersLifecyclePostStart postStart;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersLifecyclePreStop preStop;
        private final java.lang.String stopSignal;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.postStart = software.amazon.jsii.Kernel.get(this, "postStart", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersLifecyclePostStart.class));
            this.preStop = software.amazon.jsii.Kernel.get(this, "preStop", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersLifecyclePreStop.class));
            this.stopSignal = software.amazon.jsii.Kernel.get(this, "stopSignal", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.postStart = builder.postStart;
            this.preStop = builder.preStop;
            this.stopSignal = builder.stopSignal;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersLifecyclePostStart getPostStart() {
            return this.postStart;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersLifecyclePreStop getPreStop() {
            return this.preStop;
        }

        @Override
        public final java.lang.String getStopSignal() {
            return this.stopSignal;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getPostStart() != null) {
                data.set("postStart", om.valueToTree(this.getPostStart()));
            }
            if (this.getPreStop() != null) {
                data.set("preStop", om.valueToTree(this.getPreStop()));
            }
            if (this.getStopSignal() != null) {
                data.set("stopSignal", om.valueToTree(this.getStopSignal()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecInitContainersLifecycle"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecTemplateSpecInitContainersLifecycle.Jsii$Proxy that = (PoolerSpecTemplateSpecInitContainersLifecycle.Jsii$Proxy) o;

            if (this.postStart != null ? !this.postStart.equals(that.postStart) : that.postStart != null) return false;
            if (this.preStop != null ? !this.preStop.equals(that.preStop) : that.preStop != null) return false;
            return this.stopSignal != null ? this.stopSignal.equals(that.stopSignal) : that.stopSignal == null;
        }

        @Override
        public final int hashCode() {
            int result = this.postStart != null ? this.postStart.hashCode() : 0;
            result = 31 * result + (this.preStop != null ? this.preStop.hashCode() : 0);
            result = 31 * result + (this.stopSignal != null ? this.stopSignal.hashCode() : 0);
            return result;
        }
    }
}
