package imports.cnpg.io.cnpg.postgresql;

/**
 * PostStart is called immediately after a container is created.
 * <p>
 * If the handler fails,
 * the container is terminated and restarted according to its restart policy.
 * Other management of the container blocks until the hook completes.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.990Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecContainersLifecyclePostStart")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecTemplateSpecContainersLifecyclePostStart.Jsii$Proxy.class)
public interface PoolerSpecTemplateSpecContainersLifecyclePostStart extends software.amazon.jsii.JsiiSerializable {

    /**
     * Exec specifies a command to execute in the container.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartExec getExec() {
        return null;
    }

    /**
     * HTTPGet specifies an HTTP GET request to perform.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartHttpGet getHttpGet() {
        return null;
    }

    /**
     * Sleep represents a duration that the container should sleep.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartSleep getSleep() {
        return null;
    }

    /**
     * Deprecated.
     * <p>
     * TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartTcpSocket getTcpSocket() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecTemplateSpecContainersLifecyclePostStart}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecTemplateSpecContainersLifecyclePostStart}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecTemplateSpecContainersLifecyclePostStart> {
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartExec exec;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartHttpGet httpGet;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartSleep sleep;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartTcpSocket tcpSocket;

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecContainersLifecyclePostStart#getExec}
         * @param exec Exec specifies a command to execute in the container.
         * @return {@code this}
         */
        public Builder exec(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartExec exec) {
            this.exec = exec;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecContainersLifecyclePostStart#getHttpGet}
         * @param httpGet HTTPGet specifies an HTTP GET request to perform.
         * @return {@code this}
         */
        public Builder httpGet(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartHttpGet httpGet) {
            this.httpGet = httpGet;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecContainersLifecyclePostStart#getSleep}
         * @param sleep Sleep represents a duration that the container should sleep.
         * @return {@code this}
         */
        public Builder sleep(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartSleep sleep) {
            this.sleep = sleep;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecContainersLifecyclePostStart#getTcpSocket}
         * @param tcpSocket Deprecated.
         *                  TCPSocket is NOT supported as a LifecycleHandler and kept
         *                  for backward compatibility. There is no validation of this field and
         *                  lifecycle hooks will fail at runtime when it is specified.
         * @return {@code this}
         */
        public Builder tcpSocket(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartTcpSocket tcpSocket) {
            this.tcpSocket = tcpSocket;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecTemplateSpecContainersLifecyclePostStart}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecTemplateSpecContainersLifecyclePostStart build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecTemplateSpecContainersLifecyclePostStart}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecTemplateSpecContainersLifecyclePostStart {
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartExec exec;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartHttpGet httpGet;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartSleep sleep;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartTcpSocket tcpSocket;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.exec = software.amazon.jsii.Kernel.get(this, "exec", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartExec.class));
            this.httpGet = software.amazon.jsii.Kernel.get(this, "httpGet", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartHttpGet.class));
            this.sleep = software.amazon.jsii.Kernel.get(this, "sleep", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartSleep.class));
            this.tcpSocket = software.amazon.jsii.Kernel.get(this, "tcpSocket", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartTcpSocket.class));
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
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartExec getExec() {
            return this.exec;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartHttpGet getHttpGet() {
            return this.httpGet;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartSleep getSleep() {
            return this.sleep;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecContainersLifecyclePostStartTcpSocket getTcpSocket() {
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
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecContainersLifecyclePostStart"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecTemplateSpecContainersLifecyclePostStart.Jsii$Proxy that = (PoolerSpecTemplateSpecContainersLifecyclePostStart.Jsii$Proxy) o;

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
