package imports.gateway.io.k8s.networking.gateway;

/**
 * ParentReference identifies an API object (usually a Gateway) that can be considered a parent of this resource (usually a route).
 * <p>
 * There are two kinds of parent resources
 * with "Core" support:
 * <p>
 * <ul>
 * <li>Gateway (Gateway conformance profile)</li>
 * <li>Service (Mesh conformance profile, ClusterIP Services only)</li>
 * </ul>
 * <p>
 * This API may be extended in the future to support additional kinds of parent
 * resources.
 * <p>
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.565Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteSpecParentRefs")
@software.amazon.jsii.Jsii.Proxy(HttpRouteSpecParentRefs.Jsii$Proxy.class)
public interface HttpRouteSpecParentRefs extends software.amazon.jsii.JsiiSerializable {

    /**
     * Name is the name of the referent.
     * <p>
     * Support: Core
     */
    @org.jetbrains.annotations.NotNull java.lang.String getName();

    /**
     * Group is the group of the referent.
     * <p>
     * When unspecified, "gateway.networking.k8s.io" is inferred.
     * To set the core API group (such as for a "Service" kind referent),
     * Group must be explicitly set to "" (empty string).
     * <p>
     * Support: Core
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getGroup() {
        return null;
    }

    /**
     * Kind is kind of the referent.
     * <p>
     * There are two kinds of parent resources with "Core" support:
     * <p>
     * <ul>
     * <li>Gateway (Gateway conformance profile)</li>
     * <li>Service (Mesh conformance profile, ClusterIP Services only)</li>
     * </ul>
     * <p>
     * Support for other resources is Implementation-Specific.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getKind() {
        return null;
    }

    /**
     * Namespace is the namespace of the referent. When unspecified, this refers to the local namespace of the Route.
     * <p>
     * Note that there are specific rules for ParentRefs which cross namespace
     * boundaries. Cross-namespace references are only valid if they are explicitly
     * allowed by something in the namespace they are referring to. For example:
     * Gateway has the AllowedRoutes field, and ReferenceGrant provides a
     * generic way to enable any other kind of cross-namespace reference.
     * <p>
     * Support: Core
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getNamespace() {
        return null;
    }

    /**
     * Port is the network port this Route targets. It can be interpreted differently based on the type of parent resource.
     * <p>
     * When the parent resource is a Gateway, this targets all listeners
     * listening on the specified port that also support this kind of Route(and
     * select this Route). It's not recommended to set <code>Port</code> unless the
     * networking behaviors specified in a Route must apply to a specific port
     * as opposed to a listener(s) whose port(s) may be changed. When both Port
     * and SectionName are specified, the name and port of the selected listener
     * must match both specified values.
     * <p>
     * Implementations MAY choose to support other parent resources.
     * Implementations supporting other types of parent resources MUST clearly
     * document how/if Port is interpreted.
     * <p>
     * For the purpose of status, an attachment is considered successful as
     * long as the parent resource accepts it partially. For example, Gateway
     * listeners can restrict which Routes can attach to them by Route kind,
     * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment
     * from the referencing Route, the Route MUST be considered successfully
     * attached. If no Gateway listeners accept attachment from this Route,
     * the Route MUST be considered detached from the Gateway.
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getPort() {
        return null;
    }

    /**
     * SectionName is the name of a section within the target resource.
     * <p>
     * In the
     * following resources, SectionName is interpreted as the following:
     * <p>
     * <ul>
     * <li>Gateway: Listener name. When both Port (experimental) and SectionName
     * are specified, the name and port of the selected listener must match
     * both specified values.</li>
     * <li>Service: Port name. When both Port (experimental) and SectionName
     * are specified, the name and port of the selected listener must match
     * both specified values.</li>
     * </ul>
     * <p>
     * Implementations MAY choose to support attaching Routes to other resources.
     * If that is the case, they MUST clearly document how SectionName is
     * interpreted.
     * <p>
     * When unspecified (empty string), this will reference the entire resource.
     * For the purpose of status, an attachment is considered successful if at
     * least one section in the parent resource accepts it. For example, Gateway
     * listeners can restrict which Routes can attach to them by Route kind,
     * namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from
     * the referencing Route, the Route MUST be considered successfully
     * attached. If no Gateway listeners accept attachment from this Route, the
     * Route MUST be considered detached from the Gateway.
     * <p>
     * Support: Core
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getSectionName() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link HttpRouteSpecParentRefs}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link HttpRouteSpecParentRefs}
     */
    public static final class Builder implements software.amazon.jsii.Builder<HttpRouteSpecParentRefs> {
        java.lang.String name;
        java.lang.String group;
        java.lang.String kind;
        java.lang.String namespace;
        java.lang.Number port;
        java.lang.String sectionName;

        /**
         * Sets the value of {@link HttpRouteSpecParentRefs#getName}
         * @param name Name is the name of the referent. This parameter is required.
         *             Support: Core
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecParentRefs#getGroup}
         * @param group Group is the group of the referent.
         *              When unspecified, "gateway.networking.k8s.io" is inferred.
         *              To set the core API group (such as for a "Service" kind referent),
         *              Group must be explicitly set to "" (empty string).
         *              <p>
         *              Support: Core
         * @return {@code this}
         */
        public Builder group(java.lang.String group) {
            this.group = group;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecParentRefs#getKind}
         * @param kind Kind is kind of the referent.
         *             There are two kinds of parent resources with "Core" support:
         *             <p>
         *             <ul>
         *             <li>Gateway (Gateway conformance profile)</li>
         *             <li>Service (Mesh conformance profile, ClusterIP Services only)</li>
         *             </ul>
         *             <p>
         *             Support for other resources is Implementation-Specific.
         * @return {@code this}
         */
        public Builder kind(java.lang.String kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecParentRefs#getNamespace}
         * @param namespace Namespace is the namespace of the referent. When unspecified, this refers to the local namespace of the Route.
         *                  Note that there are specific rules for ParentRefs which cross namespace
         *                  boundaries. Cross-namespace references are only valid if they are explicitly
         *                  allowed by something in the namespace they are referring to. For example:
         *                  Gateway has the AllowedRoutes field, and ReferenceGrant provides a
         *                  generic way to enable any other kind of cross-namespace reference.
         *                  <p>
         *                  Support: Core
         * @return {@code this}
         */
        public Builder namespace(java.lang.String namespace) {
            this.namespace = namespace;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecParentRefs#getPort}
         * @param port Port is the network port this Route targets. It can be interpreted differently based on the type of parent resource.
         *             When the parent resource is a Gateway, this targets all listeners
         *             listening on the specified port that also support this kind of Route(and
         *             select this Route). It's not recommended to set <code>Port</code> unless the
         *             networking behaviors specified in a Route must apply to a specific port
         *             as opposed to a listener(s) whose port(s) may be changed. When both Port
         *             and SectionName are specified, the name and port of the selected listener
         *             must match both specified values.
         *             <p>
         *             Implementations MAY choose to support other parent resources.
         *             Implementations supporting other types of parent resources MUST clearly
         *             document how/if Port is interpreted.
         *             <p>
         *             For the purpose of status, an attachment is considered successful as
         *             long as the parent resource accepts it partially. For example, Gateway
         *             listeners can restrict which Routes can attach to them by Route kind,
         *             namespace, or hostname. If 1 of 2 Gateway listeners accept attachment
         *             from the referencing Route, the Route MUST be considered successfully
         *             attached. If no Gateway listeners accept attachment from this Route,
         *             the Route MUST be considered detached from the Gateway.
         *             <p>
         *             Support: Extended
         * @return {@code this}
         */
        public Builder port(java.lang.Number port) {
            this.port = port;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecParentRefs#getSectionName}
         * @param sectionName SectionName is the name of a section within the target resource.
         *                    In the
         *                    following resources, SectionName is interpreted as the following:
         *                    <p>
         *                    <ul>
         *                    <li>Gateway: Listener name. When both Port (experimental) and SectionName
         *                    are specified, the name and port of the selected listener must match
         *                    both specified values.</li>
         *                    <li>Service: Port name. When both Port (experimental) and SectionName
         *                    are specified, the name and port of the selected listener must match
         *                    both specified values.</li>
         *                    </ul>
         *                    <p>
         *                    Implementations MAY choose to support attaching Routes to other resources.
         *                    If that is the case, they MUST clearly document how SectionName is
         *                    interpreted.
         *                    <p>
         *                    When unspecified (empty string), this will reference the entire resource.
         *                    For the purpose of status, an attachment is considered successful if at
         *                    least one section in the parent resource accepts it. For example, Gateway
         *                    listeners can restrict which Routes can attach to them by Route kind,
         *                    namespace, or hostname. If 1 of 2 Gateway listeners accept attachment from
         *                    the referencing Route, the Route MUST be considered successfully
         *                    attached. If no Gateway listeners accept attachment from this Route, the
         *                    Route MUST be considered detached from the Gateway.
         *                    <p>
         *                    Support: Core
         * @return {@code this}
         */
        public Builder sectionName(java.lang.String sectionName) {
            this.sectionName = sectionName;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link HttpRouteSpecParentRefs}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public HttpRouteSpecParentRefs build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link HttpRouteSpecParentRefs}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements HttpRouteSpecParentRefs {
        private final java.lang.String name;
        private final java.lang.String group;
        private final java.lang.String kind;
        private final java.lang.String namespace;
        private final java.lang.Number port;
        private final java.lang.String sectionName;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.group = software.amazon.jsii.Kernel.get(this, "group", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.kind = software.amazon.jsii.Kernel.get(this, "kind", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.namespace = software.amazon.jsii.Kernel.get(this, "namespace", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.port = software.amazon.jsii.Kernel.get(this, "port", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.sectionName = software.amazon.jsii.Kernel.get(this, "sectionName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.name = java.util.Objects.requireNonNull(builder.name, "name is required");
            this.group = builder.group;
            this.kind = builder.kind;
            this.namespace = builder.namespace;
            this.port = builder.port;
            this.sectionName = builder.sectionName;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
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
        public final java.lang.String getSectionName() {
            return this.sectionName;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("name", om.valueToTree(this.getName()));
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
            if (this.getSectionName() != null) {
                data.set("sectionName", om.valueToTree(this.getSectionName()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gateway_iok8snetworkinggateway.HttpRouteSpecParentRefs"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            HttpRouteSpecParentRefs.Jsii$Proxy that = (HttpRouteSpecParentRefs.Jsii$Proxy) o;

            if (!name.equals(that.name)) return false;
            if (this.group != null ? !this.group.equals(that.group) : that.group != null) return false;
            if (this.kind != null ? !this.kind.equals(that.kind) : that.kind != null) return false;
            if (this.namespace != null ? !this.namespace.equals(that.namespace) : that.namespace != null) return false;
            if (this.port != null ? !this.port.equals(that.port) : that.port != null) return false;
            return this.sectionName != null ? this.sectionName.equals(that.sectionName) : that.sectionName == null;
        }

        @Override
        public final int hashCode() {
            int result = this.name.hashCode();
            result = 31 * result + (this.group != null ? this.group.hashCode() : 0);
            result = 31 * result + (this.kind != null ? this.kind.hashCode() : 0);
            result = 31 * result + (this.namespace != null ? this.namespace.hashCode() : 0);
            result = 31 * result + (this.port != null ? this.port.hashCode() : 0);
            result = 31 * result + (this.sectionName != null ? this.sectionName.hashCode() : 0);
            return result;
        }
    }
}
