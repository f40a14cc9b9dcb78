package imports.gateway.io.k8s.networking.gateway;

/**
 * HTTPBackendRef defines how a HTTPRoute forwards a HTTP request.
 * <p>
 * Note that when a namespace different than the local namespace is specified, a
 * ReferenceGrant object is required in the referent namespace to allow that
 * namespace's owner to accept the reference. See the ReferenceGrant
 * documentation for details.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.824Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefs")
@software.amazon.jsii.Jsii.Proxy(HttpRouteV1Beta1SpecRulesBackendRefs.Jsii$Proxy.class)
public interface HttpRouteV1Beta1SpecRulesBackendRefs extends software.amazon.jsii.JsiiSerializable {

    /**
     * Name is the name of the referent.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     * Filters defined at this level should be executed if and only if the request is being forwarded to the backend defined here.
     * <p>
     * Support: Implementation-specific (For broader support of filters, use the
     * Filters field in HTTPRouteRule.)
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFilters> getFilters() {
        return null;
    }

    /**
     * Group is the group of the referent.
     * <p>
     * For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getGroup() {
        return null;
    }

    /**
     * Kind is the Kubernetes resource kind of the referent. For example "Service".
     * <p>
     * Defaults to "Service" when not specified.
     * <p>
     * ExternalName services can refer to CNAME DNS records that may live
     * outside of the cluster and as such are difficult to reason about in
     * terms of conformance. They also may not be safe to forward to (see
     * CVE-2021-25740 for more information). Implementations SHOULD NOT
     * support ExternalName Services.
     * <p>
     * Support: Core (Services with a type other than ExternalName)
     * <p>
     * Support: Implementation-specific (Services with type ExternalName)
     * <p>
     * Default: Service" when not specified.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getKind() {
        return null;
    }

    /**
     * Namespace is the namespace of the backend. When unspecified, the local namespace is inferred.
     * <p>
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     * <p>
     * Support: Core
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getNamespace() {
        return null;
    }

    /**
     * Port specifies the destination port number to use for this resource.
     * <p>
     * Port is required when the referent is a Kubernetes Service. In this
     * case, the port number is the service port number, not the target port.
     * For other resources, destination port might be derived from the referent
     * resource or this field.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getPort() {
        return null;
    }

    /**
     * Weight specifies the proportion of requests forwarded to the referenced backend.
     * <p>
     * This is computed as weight/(sum of all weights in this
     * BackendRefs list). For non-zero values, there may be some epsilon from
     * the exact proportion defined here depending on the precision an
     * implementation supports. Weight is not a percentage and the sum of
     * weights does not need to equal 100.
     * <p>
     * If only one backend is specified and it has a weight greater than 0, 100%
     * of the traffic is forwarded to that backend. If weight is set to 0, no
     * traffic should be forwarded for this entry. If unspecified, weight
     * defaults to 1.
     * <p>
     * Support for this field varies based on the context where used.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getWeight() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link HttpRouteV1Beta1SpecRulesBackendRefs}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link HttpRouteV1Beta1SpecRulesBackendRefs}
     */
    public static final class Builder implements software.amazon.jsii.Builder<HttpRouteV1Beta1SpecRulesBackendRefs> {
        java.lang.String name;
        java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFilters> filters;
        java.lang.String group;
        java.lang.String kind;
        java.lang.String namespace;
        java.lang.Number port;
        java.lang.Number weight;

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefs#getName}
         * @param name Name is the name of the referent. This parameter is required.
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefs#getFilters}
         * @param filters Filters defined at this level should be executed if and only if the request is being forwarded to the backend defined here.
         *                Support: Implementation-specific (For broader support of filters, use the
         *                Filters field in HTTPRouteRule.)
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder filters(java.util.List<? extends imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFilters> filters) {
            this.filters = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFilters>)filters;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefs#getGroup}
         * @param group Group is the group of the referent.
         *              For example, "gateway.networking.k8s.io".
         *              When unspecified or empty string, core API group is inferred.
         * @return {@code this}
         */
        public Builder group(java.lang.String group) {
            this.group = group;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefs#getKind}
         * @param kind Kind is the Kubernetes resource kind of the referent. For example "Service".
         *             Defaults to "Service" when not specified.
         *             <p>
         *             ExternalName services can refer to CNAME DNS records that may live
         *             outside of the cluster and as such are difficult to reason about in
         *             terms of conformance. They also may not be safe to forward to (see
         *             CVE-2021-25740 for more information). Implementations SHOULD NOT
         *             support ExternalName Services.
         *             <p>
         *             Support: Core (Services with a type other than ExternalName)
         *             <p>
         *             Support: Implementation-specific (Services with type ExternalName)
         * @return {@code this}
         */
        public Builder kind(java.lang.String kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefs#getNamespace}
         * @param namespace Namespace is the namespace of the backend. When unspecified, the local namespace is inferred.
         *                  Note that when a namespace different than the local namespace is specified,
         *                  a ReferenceGrant object is required in the referent namespace to allow that
         *                  namespace's owner to accept the reference. See the ReferenceGrant
         *                  documentation for details.
         *                  <p>
         *                  Support: Core
         * @return {@code this}
         */
        public Builder namespace(java.lang.String namespace) {
            this.namespace = namespace;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefs#getPort}
         * @param port Port specifies the destination port number to use for this resource.
         *             Port is required when the referent is a Kubernetes Service. In this
         *             case, the port number is the service port number, not the target port.
         *             For other resources, destination port might be derived from the referent
         *             resource or this field.
         * @return {@code this}
         */
        public Builder port(java.lang.Number port) {
            this.port = port;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefs#getWeight}
         * @param weight Weight specifies the proportion of requests forwarded to the referenced backend.
         *               This is computed as weight/(sum of all weights in this
         *               BackendRefs list). For non-zero values, there may be some epsilon from
         *               the exact proportion defined here depending on the precision an
         *               implementation supports. Weight is not a percentage and the sum of
         *               weights does not need to equal 100.
         *               <p>
         *               If only one backend is specified and it has a weight greater than 0, 100%
         *               of the traffic is forwarded to that backend. If weight is set to 0, no
         *               traffic should be forwarded for this entry. If unspecified, weight
         *               defaults to 1.
         *               <p>
         *               Support for this field varies based on the context where used.
         * @return {@code this}
         */
        public Builder weight(java.lang.Number weight) {
            this.weight = weight;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link HttpRouteV1Beta1SpecRulesBackendRefs}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public HttpRouteV1Beta1SpecRulesBackendRefs build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link HttpRouteV1Beta1SpecRulesBackendRefs}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements HttpRouteV1Beta1SpecRulesBackendRefs {
        private final java.lang.String name;
        private final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFilters> filters;
        private final java.lang.String group;
        private final java.lang.String kind;
        private final java.lang.String namespace;
        private final java.lang.Number port;
        private final java.lang.Number weight;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.filters = software.amazon.jsii.Kernel.get(this, "filters", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFilters.class)));
            this.group = software.amazon.jsii.Kernel.get(this, "group", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.kind = software.amazon.jsii.Kernel.get(this, "kind", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.namespace = software.amazon.jsii.Kernel.get(this, "namespace", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.port = software.amazon.jsii.Kernel.get(this, "port", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.weight = software.amazon.jsii.Kernel.get(this, "weight", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.filters = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFilters>)builder.filters;
            this.group = builder.group;
            this.kind = builder.kind;
            this.namespace = builder.namespace;
            this.port = builder.port;
            this.weight = builder.weight;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFilters> getFilters() {
            return this.filters;
        }

        @Override
        public final java.lang.String getGroup() {
            return this.group;
        }

        @Override
        public final java.lang.String getKind() {
            return this.kind;
        }

        @Override
        public final java.lang.String getNamespace() {
            return this.namespace;
        }

        @Override
        public final java.lang.Number getPort() {
            return this.port;
        }

        @Override
        public final java.lang.Number getWeight() {
            return this.weight;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("name", om.valueToTree(this.getName()));
            if (this.getFilters() != null) {
                data.set("filters", om.valueToTree(this.getFilters()));
            }
            if (this.getGroup() != null) {
                data.set("group", om.valueToTree(this.getGroup()));
            }
            if (this.getKind() != null) {
                data.set("kind", om.valueToTree(this.getKind()));
            }
            if (this.getNamespace() != null) {
                data.set("namespace", om.valueToTree(this.getNamespace()));
            }
            if (this.getPort() != null) {
                data.set("port", om.valueToTree(this.getPort()));
            }
            if (this.getWeight() != null) {
                data.set("weight", om.valueToTree(this.getWeight()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefs"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            HttpRouteV1Beta1SpecRulesBackendRefs.Jsii$Proxy that = (HttpRouteV1Beta1SpecRulesBackendRefs.Jsii$Proxy) o;

            if (!name.equals(that.name)) return false;
            if (this.filters != null ? !this.filters.equals(that.filters) : that.filters != null) return false;
            if (this.group != null ? !this.group.equals(that.group) : that.group != null) return false;
            if (this.kind != null ? !this.kind.equals(that.kind) : that.kind != null) return false;
            if (this.namespace != null ? !this.namespace.equals(that.namespace) : that.namespace != null) return false;
            if (this.port != null ? !this.port.equals(that.port) : that.port != null) return false;
            return this.weight != null ? this.weight.equals(that.weight) : that.weight == null;
        }

        @Override
        public final int hashCode() {
            int result = this.name.hashCode();
            result = 31 * result + (this.filters != null ? this.filters.hashCode() : 0);
            result = 31 * result + (this.group != null ? this.group.hashCode() : 0);
            result = 31 * result + (this.kind != null ? this.kind.hashCode() : 0);
            result = 31 * result + (this.namespace != null ? this.namespace.hashCode() : 0);
            result = 31 * result + (this.port != null ? this.port.hashCode() : 0);
            result = 31 * result + (this.weight != null ? this.weight.hashCode() : 0);
            return result;
        }
    }
}
