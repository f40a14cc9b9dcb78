package imports.cnpg.io.cnpg.postgresql;

/**
 * Compute Resources required by this container.
 * <p>
 * Cannot be updated.
 * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:49.171Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecInitContainersResources")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecTemplateSpecInitContainersResources.Jsii$Proxy.class)
public interface PoolerSpecTemplateSpecInitContainersResources extends software.amazon.jsii.JsiiSerializable {

    /**
     * Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.
     * <p>
     * This field depends on the
     * DynamicResourceAllocation feature gate.
     * <p>
     * This field is immutable. It can only be set for containers.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesClaims> getClaims() {
        return null;
    }

    /**
     * Limits describes the maximum amount of compute resources allowed.
     * <p>
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesLimits> getLimits() {
        return null;
    }

    /**
     * Requests describes the minimum amount of compute resources required.
     * <p>
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesRequests> getRequests() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecTemplateSpecInitContainersResources}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecTemplateSpecInitContainersResources}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecTemplateSpecInitContainersResources> {
        java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesClaims> claims;
        java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesLimits> limits;
        java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesRequests> requests;

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecInitContainersResources#getClaims}
         * @param claims Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.
         *               This field depends on the
         *               DynamicResourceAllocation feature gate.
         *               <p>
         *               This field is immutable. It can only be set for containers.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder claims(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesClaims> claims) {
            this.claims = (java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesClaims>)claims;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecInitContainersResources#getLimits}
         * @param limits Limits describes the maximum amount of compute resources allowed.
         *               More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder limits(java.util.Map<java.lang.String, ? extends imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesLimits> limits) {
            this.limits = (java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesLimits>)limits;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecInitContainersResources#getRequests}
         * @param requests Requests describes the minimum amount of compute resources required.
         *                 If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
         *                 otherwise to an implementation-defined value. Requests cannot exceed Limits.
         *                 More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder requests(java.util.Map<java.lang.String, ? extends imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesRequests> requests) {
            this.requests = (java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesRequests>)requests;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecTemplateSpecInitContainersResources}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecTemplateSpecInitContainersResources build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecTemplateSpecInitContainersResources}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecTemplateSpecInitContainersResources {
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesClaims> claims;
        private final java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesLimits> limits;
        private final java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesRequests> requests;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.claims = software.amazon.jsii.Kernel.get(this, "claims", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesClaims.class)));
            this.limits = software.amazon.jsii.Kernel.get(this, "limits", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesLimits.class)));
            this.requests = software.amazon.jsii.Kernel.get(this, "requests", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesRequests.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.claims = (java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesClaims>)builder.claims;
            this.limits = (java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesLimits>)builder.limits;
            this.requests = (java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesRequests>)builder.requests;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesClaims> getClaims() {
            return this.claims;
        }

        @Override
        public final java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesLimits> getLimits() {
            return this.limits;
        }

        @Override
        public final java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecInitContainersResourcesRequests> getRequests() {
            return this.requests;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getClaims() != null) {
                data.set("claims", om.valueToTree(this.getClaims()));
            }
            if (this.getLimits() != null) {
                data.set("limits", om.valueToTree(this.getLimits()));
            }
            if (this.getRequests() != null) {
                data.set("requests", om.valueToTree(this.getRequests()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecInitContainersResources"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecTemplateSpecInitContainersResources.Jsii$Proxy that = (PoolerSpecTemplateSpecInitContainersResources.Jsii$Proxy) o;

            if (this.claims != null ? !this.claims.equals(that.claims) : that.claims != null) return false;
            if (this.limits != null ? !this.limits.equals(that.limits) : that.limits != null) return false;
            return this.requests != null ? this.requests.equals(that.requests) : that.requests == null;
        }

        @Override
        public final int hashCode() {
            int result = this.claims != null ? this.claims.hashCode() : 0;
            result = 31 * result + (this.limits != null ? this.limits.hashCode() : 0);
            result = 31 * result + (this.requests != null ? this.requests.hashCode() : 0);
            return result;
        }
    }
}
