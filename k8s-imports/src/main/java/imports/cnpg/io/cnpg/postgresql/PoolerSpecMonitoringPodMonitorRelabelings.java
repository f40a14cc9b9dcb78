package imports.cnpg.io.cnpg.postgresql;

/**
 * RelabelConfig allows dynamic rewriting of the label set for targets, alerts, scraped samples and remote write samples.
 * <p>
 * More info: https://prometheus.io/docs/prometheus/latest/configuration/configuration/#relabel_config
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.873Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecMonitoringPodMonitorRelabelings")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecMonitoringPodMonitorRelabelings.Jsii$Proxy.class)
public interface PoolerSpecMonitoringPodMonitorRelabelings extends software.amazon.jsii.JsiiSerializable {

    /**
     * action to perform based on the regex matching.
     * <p>
     * <code>Uppercase</code> and <code>Lowercase</code> actions require Prometheus &gt;= v2.36.0.
     * <code>DropEqual</code> and <code>KeepEqual</code> actions require Prometheus &gt;= v2.41.0.
     * <p>
     * Default: "Replace"
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorRelabelingsAction getAction() {
        return null;
    }

    /**
     * modulus to take of the hash of the source label values.
     * <p>
     * Only applicable when the action is <code>HashMod</code>.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getModulus() {
        return null;
    }

    /**
     * regex defines the regular expression against which the extracted value is matched.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getRegex() {
        return null;
    }

    /**
     * replacement value against which a Replace action is performed if the regular expression matches.
     * <p>
     * Regex capture groups are available.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getReplacement() {
        return null;
    }

    /**
     * separator defines the string between concatenated SourceLabels.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getSeparator() {
        return null;
    }

    /**
     * sourceLabels defines the source labels select values from existing labels.
     * <p>
     * Their content is
     * concatenated using the configured Separator and matched against the
     * configured regular expression.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getSourceLabels() {
        return null;
    }

    /**
     * targetLabel defines the label to which the resulting string is written in a replacement.
     * <p>
     * It is mandatory for <code>Replace</code>, <code>HashMod</code>, <code>Lowercase</code>, <code>Uppercase</code>,
     * <code>KeepEqual</code> and <code>DropEqual</code> actions.
     * <p>
     * Regex capture groups are available.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getTargetLabel() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecMonitoringPodMonitorRelabelings}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecMonitoringPodMonitorRelabelings}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecMonitoringPodMonitorRelabelings> {
        imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorRelabelingsAction action;
        java.lang.Number modulus;
        java.lang.String regex;
        java.lang.String replacement;
        java.lang.String separator;
        java.util.List<java.lang.String> sourceLabels;
        java.lang.String targetLabel;

        /**
         * Sets the value of {@link PoolerSpecMonitoringPodMonitorRelabelings#getAction}
         * @param action action to perform based on the regex matching.
         *               <code>Uppercase</code> and <code>Lowercase</code> actions require Prometheus &gt;= v2.36.0.
         *               <code>DropEqual</code> and <code>KeepEqual</code> actions require Prometheus &gt;= v2.41.0.
         *               <p>
         *               Default: "Replace"
         * @return {@code this}
         */
        public Builder action(imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorRelabelingsAction action) {
            this.action = action;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecMonitoringPodMonitorRelabelings#getModulus}
         * @param modulus modulus to take of the hash of the source label values.
         *                Only applicable when the action is <code>HashMod</code>.
         * @return {@code this}
         */
        public Builder modulus(java.lang.Number modulus) {
            this.modulus = modulus;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecMonitoringPodMonitorRelabelings#getRegex}
         * @param regex regex defines the regular expression against which the extracted value is matched.
         * @return {@code this}
         */
        public Builder regex(java.lang.String regex) {
            this.regex = regex;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecMonitoringPodMonitorRelabelings#getReplacement}
         * @param replacement replacement value against which a Replace action is performed if the regular expression matches.
         *                    Regex capture groups are available.
         * @return {@code this}
         */
        public Builder replacement(java.lang.String replacement) {
            this.replacement = replacement;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecMonitoringPodMonitorRelabelings#getSeparator}
         * @param separator separator defines the string between concatenated SourceLabels.
         * @return {@code this}
         */
        public Builder separator(java.lang.String separator) {
            this.separator = separator;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecMonitoringPodMonitorRelabelings#getSourceLabels}
         * @param sourceLabels sourceLabels defines the source labels select values from existing labels.
         *                     Their content is
         *                     concatenated using the configured Separator and matched against the
         *                     configured regular expression.
         * @return {@code this}
         */
        public Builder sourceLabels(java.util.List<java.lang.String> sourceLabels) {
            this.sourceLabels = sourceLabels;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecMonitoringPodMonitorRelabelings#getTargetLabel}
         * @param targetLabel targetLabel defines the label to which the resulting string is written in a replacement.
         *                    It is mandatory for <code>Replace</code>, <code>HashMod</code>, <code>Lowercase</code>, <code>Uppercase</code>,
         *                    <code>KeepEqual</code> and <code>DropEqual</code> actions.
         *                    <p>
         *                    Regex capture groups are available.
         * @return {@code this}
         */
        public Builder targetLabel(java.lang.String targetLabel) {
            this.targetLabel = targetLabel;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecMonitoringPodMonitorRelabelings}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecMonitoringPodMonitorRelabelings build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecMonitoringPodMonitorRelabelings}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecMonitoringPodMonitorRelabelings {
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorRelabelingsAction action;
        private final java.lang.Number modulus;
        private final java.lang.String regex;
        private final java.lang.String replacement;
        private final java.lang.String separator;
        private final java.util.List<java.lang.String> sourceLabels;
        private final java.lang.String targetLabel;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.action = software.amazon.jsii.Kernel.get(this, "action", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorRelabelingsAction.class));
            this.modulus = software.amazon.jsii.Kernel.get(this, "modulus", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.regex = software.amazon.jsii.Kernel.get(this, "regex", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.replacement = software.amazon.jsii.Kernel.get(this, "replacement", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.separator = software.amazon.jsii.Kernel.get(this, "separator", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.sourceLabels = software.amazon.jsii.Kernel.get(this, "sourceLabels", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.targetLabel = software.amazon.jsii.Kernel.get(this, "targetLabel", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.action = builder.action;
            this.modulus = builder.modulus;
            this.regex = builder.regex;
            this.replacement = builder.replacement;
            this.separator = builder.separator;
            this.sourceLabels = builder.sourceLabels;
            this.targetLabel = builder.targetLabel;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoringPodMonitorRelabelingsAction getAction() {
            return this.action;
        }

        @Override
        public final java.lang.Number getModulus() {
            return this.modulus;
        }

        @Override
        public final java.lang.String getRegex() {
            return this.regex;
        }

        @Override
        public final java.lang.String getReplacement() {
            return this.replacement;
        }

        @Override
        public final java.lang.String getSeparator() {
            return this.separator;
        }

        @Override
        public final java.util.List<java.lang.String> getSourceLabels() {
            return this.sourceLabels;
        }

        @Override
        public final java.lang.String getTargetLabel() {
            return this.targetLabel;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAction() != null) {
                data.set("action", om.valueToTree(this.getAction()));
            }
            if (this.getModulus() != null) {
                data.set("modulus", om.valueToTree(this.getModulus()));
            }
            if (this.getRegex() != null) {
                data.set("regex", om.valueToTree(this.getRegex()));
            }
            if (this.getReplacement() != null) {
                data.set("replacement", om.valueToTree(this.getReplacement()));
            }
            if (this.getSeparator() != null) {
                data.set("separator", om.valueToTree(this.getSeparator()));
            }
            if (this.getSourceLabels() != null) {
                data.set("sourceLabels", om.valueToTree(this.getSourceLabels()));
            }
            if (this.getTargetLabel() != null) {
                data.set("targetLabel", om.valueToTree(this.getTargetLabel()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecMonitoringPodMonitorRelabelings"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecMonitoringPodMonitorRelabelings.Jsii$Proxy that = (PoolerSpecMonitoringPodMonitorRelabelings.Jsii$Proxy) o;

            if (this.action != null ? !this.action.equals(that.action) : that.action != null) return false;
            if (this.modulus != null ? !this.modulus.equals(that.modulus) : that.modulus != null) return false;
            if (this.regex != null ? !this.regex.equals(that.regex) : that.regex != null) return false;
            if (this.replacement != null ? !this.replacement.equals(that.replacement) : that.replacement != null) return false;
            if (this.separator != null ? !this.separator.equals(that.separator) : that.separator != null) return false;
            if (this.sourceLabels != null ? !this.sourceLabels.equals(that.sourceLabels) : that.sourceLabels != null) return false;
            return this.targetLabel != null ? this.targetLabel.equals(that.targetLabel) : that.targetLabel == null;
        }

        @Override
        public final int hashCode() {
            int result = this.action != null ? this.action.hashCode() : 0;
            result = 31 * result + (this.modulus != null ? this.modulus.hashCode() : 0);
            result = 31 * result + (this.regex != null ? this.regex.hashCode() : 0);
            result = 31 * result + (this.replacement != null ? this.replacement.hashCode() : 0);
            result = 31 * result + (this.separator != null ? this.separator.hashCode() : 0);
            result = 31 * result + (this.sourceLabels != null ? this.sourceLabels.hashCode() : 0);
            result = 31 * result + (this.targetLabel != null ? this.targetLabel.hashCode() : 0);
            return result;
        }
    }
}
