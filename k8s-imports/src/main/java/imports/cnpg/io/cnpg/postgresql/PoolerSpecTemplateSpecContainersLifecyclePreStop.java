package imports.cnpg.io.cnpg.postgresql;

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
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.993Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecContainersLifecyclePreStop")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecTemplateSpecContainersLifecyclePreStop.Jsii$Proxy.class)
public interface PoolerSpecTemplateSpecContainersLifecyclePreStop extends software.amazon.jsii.JsiiSerializable {

    /**
     * Exec specifies a command to execute in the container.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopExec getExec() {
        return null;
    }

    /**
     * HTTPGet specifies an HTTP GET request to perform.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopHttpGet getHttpGet() {
        return null;
    }

    /**
     * Sleep represents a duration that the container should sleep.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopSleep getSleep() {
        return null;
    }

    /**
     * Deprecated.
     * <p>
     * TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopTcpSocket getTcpSocket() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecTemplateSpecContainersLifecyclePreStop}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecTemplateSpecContainersLifecyclePreStop}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecTemplateSpecContainersLifecyclePreStop> {
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopExec exec;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopHttpGet httpGet;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopSleep sleep;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopTcpSocket tcpSocket;

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecContainersLifecyclePreStop#getExec}
         * @param exec Exec specifies a command to execute in the container.
         * @return {@code this}
         */
        public Builder exec(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopExec exec) {
            this.exec = exec;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecContainersLifecyclePreStop#getHttpGet}
         * @param httpGet HTTPGet specifies an HTTP GET request to perform.
         * @return {@code this}
         */
        public Builder httpGet(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopHttpGet httpGet) {
            this.httpGet = httpGet;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecContainersLifecyclePreStop#getSleep}
         * @param sleep Sleep represents a duration that the container should sleep.
         * @return {@code this}
         */
        public Builder sleep(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopSleep sleep) {
            this.sleep = sleep;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecContainersLifecyclePreStop#getTcpSocket}
         * @param tcpSocket Deprecated.
         *                  TCPSocket is NOT supported as a LifecycleHandler and kept
         *                  for backward compatibility. There is no validation of this field and
         *                  lifecycle hooks will fail at runtime when it is specified.
         * @return {@code this}
         */
        public Builder tcpSocket(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopTcpSocket tcpSocket) {
            this.tcpSocket = tcpSocket;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecTemplateSpecContainersLifecyclePreStop}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecTemplateSpecContainersLifecyclePreStop build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecTemplateSpecContainersLifecyclePreStop}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecTemplateSpecContainersLifecyclePreStop {
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopExec exec;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopHttpGet httpGet;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopSleep sleep;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopTcpSocket tcpSocket;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.exec = software.amazon.jsii.Kernel.get(this, "exec", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopExec.class));
            this.httpGet = software.amazon.jsii.Kernel.get(this, "httpGet", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopHttpGet.class));
            this.sleep = software.amazon.jsii.Kernel.get(this, "sleep", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopSleep.class));
            this.tcpSocket = software.amazon.jsii.Kernel.get(this, "tcpSocket", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopTcpSocket.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.exec = builder.exec;
            this.httpGet = builder.httpGet;
            this.sleep = builder.sleep;
            this.tcpSocket = builder.tcpSocket;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopExec getExec() {
            return this.exec;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopHttpGet getHttpGet() {
            return this.httpGet;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopSleep getSleep() {
            return this.sleep;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePreStopTcpSocket getTcpSocket() {
            return this.tcpSocket;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getExec() != null) {
                data.set("exec", om.valueToTree(this.getExec()));
            }
            if (this.getHttpGet() != null) {
                data.set("httpGet", om.valueToTree(this.getHttpGet()));
            }
            if (this.getSleep() != null) {
                data.set("sleep", om.valueToTree(this.getSleep()));
            }
            if (this.getTcpSocket() != null) {
                data.set("tcpSocket", om.valueToTree(this.getTcpSocket()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecContainersLifecyclePreStop"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecTemplateSpecContainersLifecyclePreStop.Jsii$Proxy that = (PoolerSpecTemplateSpecContainersLifecyclePreStop.Jsii$Proxy) o;

            if (this.exec != null ? !this.exec.equals(that.exec) : that.exec != null) return false;
            if (this.httpGet != null ? !this.httpGet.equals(that.httpGet) : that.httpGet != null) return false;
            if (this.sleep != null ? !this.sleep.equals(that.sleep) : that.sleep != null) return false;
            return this.tcpSocket != null ? this.tcpSocket.equals(that.tcpSocket) : that.tcpSocket == null;
        }

        @Override
        public final int hashCode() {
            int result = this.exec != null ? this.exec.hashCode() : 0;
            result = 31 * result + (this.httpGet != null ? this.httpGet.hashCode() : 0);
            result = 31 * result + (this.sleep != null ? this.sleep.hashCode() : 0);
            result = 31 * result + (this.tcpSocket != null ? this.tcpSocket.hashCode() : 0);
            return result;
        }
    }
}
