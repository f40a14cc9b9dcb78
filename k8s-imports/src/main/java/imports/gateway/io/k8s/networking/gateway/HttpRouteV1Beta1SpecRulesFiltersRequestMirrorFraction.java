package imports.gateway.io.k8s.networking.gateway;

/**
 * Fraction represents the fraction of requests that should be mirrored to BackendRef.
 * <p>
 * Only one of Fraction or Percent may be specified. If neither field
 * is specified, 100% of requests will be mirrored.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.921Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction")
@software.amazon.jsii.Jsii.Proxy(HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction.Jsii$Proxy.class)
public interface HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    @org.jetbrains.annotations.NotNull java.lang.Number getNumerator();

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getDenominator() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction}
     */
    public static final class Builder implements software.amazon.jsii.Builder<HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction> {
        java.lang.Number numerator;
        java.lang.Number denominator;

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction#getNumerator}
         * @param numerator the value to be set. This parameter is required.
         * @return {@code this}
         */
        public Builder numerator(java.lang.Number numerator) {
            this.numerator = numerator;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction#getDenominator}
         * @param denominator the value to be set.
         * @return {@code this}
         */
        public Builder denominator(java.lang.Number denominator) {
            this.denominator = denominator;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction {
        private final java.lang.Number numerator;
        private final java.lang.Number denominator;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.numerator = software.amazon.jsii.Kernel.get(this, "numerator", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.denominator = software.amazon.jsii.Kernel.get(this, "denominator", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.numerator = java.util.Objects.requireNonNull(builder.numerator, "numerator is required");
            this.denominator = builder.denominator;
        }

        @Override
        public final java.lang.Number getNumerator() {
            return this.numerator;
        }

        @Override
        public final java.lang.Number getDenominator() {
            return this.denominator;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("numerator", om.valueToTree(this.getNumerator()));
            if (this.getDenominator() != null) {
                data.set("denominator", om.valueToTree(this.getDenominator()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction.Jsii$Proxy that = (HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction.Jsii$Proxy) o;

            if (!numerator.equals(that.numerator)) return false;
            return this.denominator != null ? this.denominator.equals(that.denominator) : that.denominator == null;
        }

        @Override
        public final int hashCode() {
            int result = this.numerator.hashCode();
            result = 31 * result + (this.denominator != null ? this.denominator.hashCode() : 0);
            return result;
        }
    }
}
