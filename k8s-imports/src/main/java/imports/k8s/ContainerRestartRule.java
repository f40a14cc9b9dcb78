package imports.k8s;

/**
 * ContainerRestartRule describes how a container exit is handled.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:35:58.853Z")
@software.amazon.jsii.Jsii(module = imports.k8s.$Module.class, fqn = "k8s.ContainerRestartRule")
@software.amazon.jsii.Jsii.Proxy(ContainerRestartRule.Jsii$Proxy.class)
public interface ContainerRestartRule extends software.amazon.jsii.JsiiSerializable {

    /**
     * Specifies the action taken on a container exit if the requirements are satisfied.
     * <p>
     * The only possible value is "Restart" to restart the container.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getAction();

    /**
     * Represents the exit codes to check on container exits.
     */
    default @org.jetbrains.annotations.Nullable imports.k8s.ContainerRestartRuleOnExitCodes getExitCodes() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ContainerRestartRule}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ContainerRestartRule}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ContainerRestartRule> {
        java.lang.String action;
        imports.k8s.ContainerRestartRuleOnExitCodes exitCodes;

        /**
         * Sets the value of {@link ContainerRestartRule#getAction}
         * @param action Specifies the action taken on a container exit if the requirements are satisfied. This parameter is required.
         *               The only possible value is "Restart" to restart the container.
         * @return {@code this}
         */
        public Builder action(java.lang.String action) {
            this.action = action;
            return this;
        }

        /**
         * Sets the value of {@link ContainerRestartRule#getExitCodes}
         * @param exitCodes Represents the exit codes to check on container exits.
         * @return {@code this}
         */
        public Builder exitCodes(imports.k8s.ContainerRestartRuleOnExitCodes exitCodes) {
            this.exitCodes = exitCodes;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ContainerRestartRule}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ContainerRestartRule build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ContainerRestartRule}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ContainerRestartRule {
        private final java.lang.String action;
        private final imports.k8s.ContainerRestartRuleOnExitCodes exitCodes;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.action = software.amazon.jsii.Kernel.get(this, "action", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.exitCodes = software.amazon.jsii.Kernel.get(this, "exitCodes", software.amazon.jsii.NativeType.forClass(imports.k8s.ContainerRestartRuleOnExitCodes.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.action = java.util.Objects.requireNonNull(builder.action, "action is required");
            this.exitCodes = builder.exitCodes;
        }

        @Override
        public final java.lang.String getAction() {
            return this.action;
        }

        @Override
        public final imports.k8s.ContainerRestartRuleOnExitCodes getExitCodes() {
            return this.exitCodes;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("action", om.valueToTree(this.getAction()));
            if (this.getExitCodes() != null) {
                data.set("exitCodes", om.valueToTree(this.getExitCodes()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("k8s.ContainerRestartRule"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ContainerRestartRule.Jsii$Proxy that = (ContainerRestartRule.Jsii$Proxy) o;

            if (!action.equals(that.action)) return false;
            return this.exitCodes != null ? this.exitCodes.equals(that.exitCodes) : that.exitCodes == null;
        }

        @Override
        public final int hashCode() {
            int result = this.action.hashCode();
            result = 31 * result + (this.exitCodes != null ? this.exitCodes.hashCode() : 0);
            return result;
        }
    }
}
