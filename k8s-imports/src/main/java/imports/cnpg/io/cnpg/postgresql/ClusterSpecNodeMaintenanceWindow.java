package imports.cnpg.io.cnpg.postgresql;

/**
 * Define a maintenance window for the Kubernetes nodes.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.714Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecNodeMaintenanceWindow")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecNodeMaintenanceWindow.Jsii$Proxy.class)
public interface ClusterSpecNodeMaintenanceWindow extends software.amazon.jsii.JsiiSerializable {

    /**
     * Is there a node maintenance activity in progress?
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getInProgress() {
        return null;
    }

    /**
     * Reuse the existing PVC (wait for the node to come up again) or not (recreate it elsewhere - when <code>instances</code> &gt;1).
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getReusePvc() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecNodeMaintenanceWindow}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecNodeMaintenanceWindow}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecNodeMaintenanceWindow> {
        java.lang.Boolean inProgress;
        java.lang.Boolean reusePvc;

        /**
         * Sets the value of {@link ClusterSpecNodeMaintenanceWindow#getInProgress}
         * @param inProgress Is there a node maintenance activity in progress?.
         * @return {@code this}
         */
        public Builder inProgress(java.lang.Boolean inProgress) {
            this.inProgress = inProgress;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecNodeMaintenanceWindow#getReusePvc}
         * @param reusePvc Reuse the existing PVC (wait for the node to come up again) or not (recreate it elsewhere - when <code>instances</code> &gt;1).
         * @return {@code this}
         */
        public Builder reusePvc(java.lang.Boolean reusePvc) {
            this.reusePvc = reusePvc;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecNodeMaintenanceWindow}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecNodeMaintenanceWindow build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecNodeMaintenanceWindow}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecNodeMaintenanceWindow {
        private final java.lang.Boolean inProgress;
        private final java.lang.Boolean reusePvc;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.inProgress = software.amazon.jsii.Kernel.get(this, "inProgress", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.reusePvc = software.amazon.jsii.Kernel.get(this, "reusePvc", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.inProgress = builder.inProgress;
            this.reusePvc = builder.reusePvc;
        }

        @Override
        public final java.lang.Boolean getInProgress() {
            return this.inProgress;
        }

        @Override
        public final java.lang.Boolean getReusePvc() {
            return this.reusePvc;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getInProgress() != null) {
                data.set("inProgress", om.valueToTree(this.getInProgress()));
            }
            if (this.getReusePvc() != null) {
                data.set("reusePvc", om.valueToTree(this.getReusePvc()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecNodeMaintenanceWindow"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecNodeMaintenanceWindow.Jsii$Proxy that = (ClusterSpecNodeMaintenanceWindow.Jsii$Proxy) o;

            if (this.inProgress != null ? !this.inProgress.equals(that.inProgress) : that.inProgress != null) return false;
            return this.reusePvc != null ? this.reusePvc.equals(that.reusePvc) : that.reusePvc == null;
        }

        @Override
        public final int hashCode() {
            int result = this.inProgress != null ? this.inProgress.hashCode() : 0;
            result = 31 * result + (this.reusePvc != null ? this.reusePvc.hashCode() : 0);
            return result;
        }
    }
}
