package imports.cnpg.io.cnpg.postgresql;

/**
 * SchedulingGroup provides a reference to the immediate scheduling runtime grouping object that this Pod belongs to.
 * <p>
 * This field is used by the scheduler to identify the group and apply the
 * correct group scheduling policies. The association with a group also
 * impacts other lifecycle aspects of a Pod that are relevant in a wider context
 * of scheduling like preemption, resource attachment, etc. If not specified,
 * the Pod is treated as a single unit in all of these aspects.
 * The group object referenced by this field may not exist at the time the
 * Pod is created.
 * This field is immutable, but a group object with the same name may be
 * recreated with different policies. Doing this during pod scheduling
 * may result in the placement not conforming to the expected policies.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:49.202Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecSchedulingGroup")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecTemplateSpecSchedulingGroup.Jsii$Proxy.class)
public interface PoolerSpecTemplateSpecSchedulingGroup extends software.amazon.jsii.JsiiSerializable {

    /**
     * PodGroupName specifies the name of the standalone PodGroup object that represents the runtime instance of this group.
     * <p>
     * Must be a DNS subdomain.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getPodGroupName() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecTemplateSpecSchedulingGroup}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecTemplateSpecSchedulingGroup}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecTemplateSpecSchedulingGroup> {
        java.lang.String podGroupName;

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecSchedulingGroup#getPodGroupName}
         * @param podGroupName PodGroupName specifies the name of the standalone PodGroup object that represents the runtime instance of this group.
         *                     Must be a DNS subdomain.
         * @return {@code this}
         */
        public Builder podGroupName(java.lang.String podGroupName) {
            this.podGroupName = podGroupName;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecTemplateSpecSchedulingGroup}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecTemplateSpecSchedulingGroup build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecTemplateSpecSchedulingGroup}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecTemplateSpecSchedulingGroup {
        private final java.lang.String podGroupName;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.podGroupName = software.amazon.jsii.Kernel.get(this, "podGroupName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.podGroupName = builder.podGroupName;
        }

        @Override
        public final java.lang.String getPodGroupName() {
            return this.podGroupName;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getPodGroupName() != null) {
                data.set("podGroupName", om.valueToTree(this.getPodGroupName()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecSchedulingGroup"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecTemplateSpecSchedulingGroup.Jsii$Proxy that = (PoolerSpecTemplateSpecSchedulingGroup.Jsii$Proxy) o;

            return this.podGroupName != null ? this.podGroupName.equals(that.podGroupName) : that.podGroupName == null;
        }

        @Override
        public final int hashCode() {
            int result = this.podGroupName != null ? this.podGroupName.hashCode() : 0;
            return result;
        }
    }
}
