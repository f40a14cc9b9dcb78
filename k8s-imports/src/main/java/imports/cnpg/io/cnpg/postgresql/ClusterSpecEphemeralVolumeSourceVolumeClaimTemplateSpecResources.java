package imports.cnpg.io.cnpg.postgresql;

/**
 * resources represents the minimum resources the volume should have.
 * <p>
 * Users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.617Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources.Jsii$Proxy.class)
public interface ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources extends software.amazon.jsii.JsiiSerializable {

    /**
     * Limits describes the maximum amount of compute resources allowed.
     * <p>
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits> getLimits() {
        return null;
    }

    /**
     * Requests describes the minimum amount of compute resources required.
     * <p>
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests> getRequests() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources> {
        java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits> limits;
        java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests> requests;

        /**
         * Sets the value of {@link ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources#getLimits}
         * @param limits Limits describes the maximum amount of compute resources allowed.
         *               More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder limits(java.util.Map<java.lang.String, ? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits> limits) {
            this.limits = (java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits>)limits;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources#getRequests}
         * @param requests Requests describes the minimum amount of compute resources required.
         *                 If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
         *                 otherwise to an implementation-defined value. Requests cannot exceed Limits.
         *                 More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder requests(java.util.Map<java.lang.String, ? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests> requests) {
            this.requests = (java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests>)requests;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources {
        private final java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits> limits;
        private final java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests> requests;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.limits = software.amazon.jsii.Kernel.get(this, "limits", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits.class)));
            this.requests = software.amazon.jsii.Kernel.get(this, "requests", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.limits = (java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits>)builder.limits;
            this.requests = (java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests>)builder.requests;
        }

        @Override
        public final java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesLimits> getLimits() {
            return this.limits;
        }

        @Override
        public final java.util.Map<java.lang.String, imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResourcesRequests> getRequests() {
            return this.requests;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getLimits() != null) {
                data.set("limits", om.valueToTree(this.getLimits()));
            }
            if (this.getRequests() != null) {
                data.set("requests", om.valueToTree(this.getRequests()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources.Jsii$Proxy that = (ClusterSpecEphemeralVolumeSourceVolumeClaimTemplateSpecResources.Jsii$Proxy) o;

            if (this.limits != null ? !this.limits.equals(that.limits) : that.limits != null) return false;
            return this.requests != null ? this.requests.equals(that.requests) : that.requests == null;
        }

        @Override
        public final int hashCode() {
            int result = this.limits != null ? this.limits.hashCode() : 0;
            result = 31 * result + (this.requests != null ? this.requests.hashCode() : 0);
            return result;
        }
    }
}
