package imports.cnpg.io.cnpg.postgresql;

/**
 * Represents the exit codes to check on container exits.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:49.177Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes.Jsii$Proxy.class)
public interface PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes extends software.amazon.jsii.JsiiSerializable {

    /**
     * Represents the relationship between the container exit code(s) and the specified values.
     * <p>
     * Possible values are:
     * <p>
     * <ul>
     * <li>In: the requirement is satisfied if the container exit code is in the
     * set of specified values.</li>
     * <li>NotIn: the requirement is satisfied if the container exit code is
     * not in the set of specified values.</li>
     * </ul>
     */
    @org.jetbrains.annotations.NotNull java.lang.String getOperator();

    /**
     * Specifies the set of values to check for container exit codes.
     * <p>
     * At most 255 elements are allowed.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.Number> getValues() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes> {
        java.lang.String operator;
        java.util.List<java.lang.Number> values;

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes#getOperator}
         * @param operator Represents the relationship between the container exit code(s) and the specified values. This parameter is required.
         *                 Possible values are:
         *                 <p>
         *                 <ul>
         *                 <li>In: the requirement is satisfied if the container exit code is in the
         *                 set of specified values.</li>
         *                 <li>NotIn: the requirement is satisfied if the container exit code is
         *                 not in the set of specified values.</li>
         *                 </ul>
         * @return {@code this}
         */
        public Builder operator(java.lang.String operator) {
            this.operator = operator;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes#getValues}
         * @param values Specifies the set of values to check for container exit codes.
         *               At most 255 elements are allowed.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder values(java.util.List<? extends java.lang.Number> values) {
            this.values = (java.util.List<java.lang.Number>)values;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes {
        private final java.lang.String operator;
        private final java.util.List<java.lang.Number> values;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.operator = software.amazon.jsii.Kernel.get(this, "operator", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.values = software.amazon.jsii.Kernel.get(this, "values", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.Number.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.operator = java.util.Objects.requireNonNull(builder.operator, "operator is required");
            this.values = (java.util.List<java.lang.Number>)builder.values;
        }

        @Override
        public final java.lang.String getOperator() {
            return this.operator;
        }

        @Override
        public final java.util.List<java.lang.Number> getValues() {
            return this.values;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("operator", om.valueToTree(this.getOperator()));
            if (this.getValues() != null) {
                data.set("values", om.valueToTree(this.getValues()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes.Jsii$Proxy that = (PoolerSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes.Jsii$Proxy) o;

            if (!operator.equals(that.operator)) return false;
            return this.values != null ? this.values.equals(that.values) : that.values == null;
        }

        @Override
        public final int hashCode() {
            int result = this.operator.hashCode();
            result = 31 * result + (this.values != null ? this.values.hashCode() : 0);
            return result;
        }
    }
}
