package imports.cnpg.io.cnpg.postgresql;

/**
 * ContainerRestartRule describes how a container exit is handled.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:49.176Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecInitContainersRestartPolicyRules")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecTemplateSpecInitContainersRestartPolicyRules.Jsii$Proxy.class)
public interface PoolerSpecTemplateSpecInitContainersRestartPolicyRules extends software.amazon.jsii.JsiiSerializable {

    /**
     * Specifies the action taken on a container exit if the requirements are satisfied.
     * <p>
     * The only possible value is "Restart" to restart the
     * container.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getAction();

    /**
     * Represents the exit codes to check on container exits.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes getExitCodes() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecTemplateSpecInitContainersRestartPolicyRules}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecTemplateSpecInitContainersRestartPolicyRules}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecTemplateSpecInitContainersRestartPolicyRules> {
        java.lang.String action;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes exitCodes;

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecInitContainersRestartPolicyRules#getAction}
         * @param action Specifies the action taken on a container exit if the requirements are satisfied. This parameter is required.
         *               The only possible value is "Restart" to restart the
         *               container.
         * @return {@code this}
         */
        public Builder action(java.lang.String action) {
            this.action = action;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecInitContainersRestartPolicyRules#getExitCodes}
         * @param exitCodes Represents the exit codes to check on container exits.
         * @return {@code this}
         */
        public Builder exitCodes(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes exitCodes) {
            this.exitCodes = exitCodes;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecTemplateSpecInitContainersRestartPolicyRules}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecTemplateSpecInitContainersRestartPolicyRules build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecTemplateSpecInitContainersRestartPolicyRules}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecTemplateSpecInitContainersRestartPolicyRules {
        private final java.lang.String action;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes exitCodes;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.action = software.amazon.jsii.Kernel.get(this, "action", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.exitCodes = software.amazon.jsii.Kernel.get(this, "exitCodes", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes.class));
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
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes getExitCodes() {
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
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecInitContainersRestartPolicyRules"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecTemplateSpecInitContainersRestartPolicyRules.Jsii$Proxy that = (PoolerSpecTemplateSpecInitContainersRestartPolicyRules.Jsii$Proxy) o;

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
