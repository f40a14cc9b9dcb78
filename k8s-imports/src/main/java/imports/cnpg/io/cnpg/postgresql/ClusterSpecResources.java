package imports.cnpg.io.cnpg.postgresql;

/**
 * Resources requirements of every generated Pod.
 * <p>
 * Please refer to
 * https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
 * for more information.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.800Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecResources")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecResources.Jsii$Proxy.class)
public interface ClusterSpecResources extends software.amazon.jsii.JsiiSerializable {

    /**
     * Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.
     * <p>
     * This field depends on the
     * DynamicResourceAllocation feature gate.
     * <p>
     * This field is immutable. It can only be set for containers.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesClaims> getClaims() {
        return null;
    }

    /**
     * Limits describes the maximum amount of compute resources allowed.
     * <p>
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesLimits> getLimits() {
        return null;
    }

    /**
     * Requests describes the minimum amount of compute resources required.
     * <p>
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesRequests> getRequests() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecResources}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecResources}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecResources> {
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesClaims> claims;
        java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesLimits> limits;
        java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesRequests> requests;

        /**
         * Sets the value of {@link ClusterSpecResources#getClaims}
         * @param claims Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.
         *               This field depends on the
         *               DynamicResourceAllocation feature gate.
         *               <p>
         *               This field is immutable. It can only be set for containers.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder claims(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesClaims> claims) {
            this.claims = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesClaims>)claims;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecResources#getLimits}
         * @param limits Limits describes the maximum amount of compute resources allowed.
         *               More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder limits(java.util.Map<java.lang.String, ? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesLimits> limits) {
            this.limits = (java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesLimits>)limits;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecResources#getRequests}
         * @param requests Requests describes the minimum amount of compute resources required.
         *                 If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
         *                 otherwise to an implementation-defined value. Requests cannot exceed Limits.
         *                 More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder requests(java.util.Map<java.lang.String, ? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesRequests> requests) {
            this.requests = (java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesRequests>)requests;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecResources}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecResources build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecResources}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecResources {
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesClaims> claims;
        private final java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesLimits> limits;
        private final java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesRequests> requests;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.claims = software.amazon.jsii.Kernel.get(this, "claims", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesClaims.class)));
            this.limits = software.amazon.jsii.Kernel.get(this, "limits", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesLimits.class)));
            this.requests = software.amazon.jsii.Kernel.get(this, "requests", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesRequests.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.claims = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesClaims>)builder.claims;
            this.limits = (java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesLimits>)builder.limits;
            this.requests = (java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesRequests>)builder.requests;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesClaims> getClaims() {
            return this.claims;
        }

        @Override
        public final java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesLimits> getLimits() {
            return this.limits;
        }

        @Override
        public final java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesRequests> getRequests() {
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
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecResources"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecResources.Jsii$Proxy that = (ClusterSpecResources.Jsii$Proxy) o;

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
