package imports.gateway.io.k8s.networking.gateway;

/**
 * Spec defines the desired state of HTTPRoute.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.807Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteV1Beta1Spec")
@software.amazon.jsii.Jsii.Proxy(HttpRouteV1Beta1Spec.Jsii$Proxy.class)
public interface HttpRouteV1Beta1Spec extends software.amazon.jsii.JsiiSerializable {

    /**
     * Hostnames defines a set of hostnames that should match against the HTTP Host header to select a HTTPRoute used to process the request.
     * <p>
     * Implementations
     * MUST ignore any port value specified in the HTTP Host header while
     * performing a match and (absent of any applicable header modification
     * configuration) MUST forward this header unmodified to the backend.
     * <p>
     * Valid values for Hostnames are determined by RFC 1123 definition of a
     * hostname with 2 notable exceptions:
     * <p>
     * <ol>
     * <li>IPs are not allowed.</li>
     * <li>A hostname may be prefixed with a wildcard label (<code>*.</code>). The wildcard
     * label must appear by itself as the first label.</li>
     * </ol>
     * <p>
     * If a hostname is specified by both the Listener and HTTPRoute, there
     * must be at least one intersecting hostname for the HTTPRoute to be
     * attached to the Listener. For example:
     * <p>
     * <ul>
     * <li>A Listener with <code>test.example.com</code> as the hostname matches HTTPRoutes
     * that have either not specified any hostnames, or have specified at
     * least one of <code>test.example.com</code> or <code>*.example.com</code>.</li>
     * <li>A Listener with <code>*.example.com</code> as the hostname matches HTTPRoutes
     * that have either not specified any hostnames or have specified at least
     * one hostname that matches the Listener hostname. For example,
     * <code>*.example.com</code>, <code>test.example.com</code>, and <code>foo.test.example.com</code> would
     * all match. On the other hand, <code>example.com</code> and <code>test.example.net</code> would
     * not match.</li>
     * </ul>
     * <p>
     * Hostnames that are prefixed with a wildcard label (<code>*.</code>) are interpreted
     * as a suffix match. That means that a match for <code>*.example.com</code> would match
     * both <code>test.example.com</code>, and <code>foo.test.example.com</code>, but not <code>example.com</code>.
     * <p>
     * If both the Listener and HTTPRoute have specified hostnames, any
     * HTTPRoute hostnames that do not match the Listener hostname MUST be
     * ignored. For example, if a Listener specified <code>*.example.com</code>, and the
     * HTTPRoute specified <code>test.example.com</code> and <code>test.example.net</code>,
     * <code>test.example.net</code> must not be considered for a match.
     * <p>
     * If both the Listener and HTTPRoute have specified hostnames, and none
     * match with the criteria above, then the HTTPRoute is not accepted. The
     * implementation must raise an 'Accepted' Condition with a status of
     * <code>False</code> in the corresponding RouteParentStatus.
     * <p>
     * In the event that multiple HTTPRoutes specify intersecting hostnames (e.g.
     * overlapping wildcard matching and exact matching hostnames), precedence must
     * be given to rules from the HTTPRoute with the largest number of:
     * <p>
     * <ul>
     * <li>Characters in a matching non-wildcard hostname.</li>
     * <li>Characters in a matching hostname.</li>
     * </ul>
     * <p>
     * If ties exist across multiple Routes, the matching precedence rules for
     * HTTPRouteMatches takes over.
     * <p>
     * Support: Core
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getHostnames() {
        return null;
    }

    /**
     * ParentRefs references the resources (usually Gateways) that a Route wants to be attached to.
     * <p>
     * Note that the referenced parent resource needs to
     * allow this for the attachment to be complete. For Gateways, that means
     * the Gateway needs to allow attachment from Routes of this kind and
     * namespace. For Services, that means the Service must either be in the same
     * namespace for a "producer" route, or the mesh implementation must support
     * and allow "consumer" routes for the referenced Service. ReferenceGrant is
     * not applicable for governing ParentRefs to Services - it is not possible to
     * create a "producer" route for a Service in a different namespace from the
     * Route.
     * <p>
     * There are two kinds of parent resources with "Core" support:
     * <p>
     * <ul>
     * <li>Gateway (Gateway conformance profile)</li>
     * <li>Service (Mesh conformance profile, ClusterIP Services only)</li>
     * </ul>
     * <p>
     * This API may be extended in the future to support additional kinds of parent
     * resources.
     * <p>
     * ParentRefs must be <em>distinct</em>. This means either that:
     * <p>
     * <ul>
     * <li>They select different objects.  If this is the case, then parentRef
     * entries are distinct. In terms of fields, this means that the
     * multi-part key defined by <code>group</code>, <code>kind</code>, <code>namespace</code>, and <code>name</code> must
     * be unique across all parentRef entries in the Route.</li>
     * <li>They do not select different objects, but for each optional field used,
     * each ParentRef that selects the same object must set the same set of
     * optional fields to different values. If one ParentRef sets a
     * combination of optional fields, all must set the same combination.</li>
     * </ul>
     * <p>
     * Some examples:
     * <p>
     * <ul>
     * <li>If one ParentRef sets <code>sectionName</code>, all ParentRefs referencing the
     * same object must also set <code>sectionName</code>.</li>
     * <li>If one ParentRef sets <code>port</code>, all ParentRefs referencing the same
     * object must also set <code>port</code>.</li>
     * <li>If one ParentRef sets <code>sectionName</code> and <code>port</code>, all ParentRefs
     * referencing the same object must also set <code>sectionName</code> and <code>port</code>.</li>
     * </ul>
     * <p>
     * It is possible to separately reference multiple distinct objects that may
     * be collapsed by an implementation. For example, some implementations may
     * choose to merge compatible Gateway Listeners together. If that is the
     * case, the list of routes attached to those resources should also be
     * merged.
     * <p>
     * Note that for ParentRefs that cross namespace boundaries, there are specific
     * rules. Cross-namespace references are only valid if they are explicitly
     * allowed by something in the namespace they are referring to. For example,
     * Gateway has the AllowedRoutes field, and ReferenceGrant provides a
     * generic way to enable other kinds of cross-namespace reference.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecParentRefs> getParentRefs() {
        return null;
    }

    /**
     * Rules are a list of HTTP matchers, filters and actions.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRules> getRules() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link HttpRouteV1Beta1Spec}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link HttpRouteV1Beta1Spec}
     */
    public static final class Builder implements software.amazon.jsii.Builder<HttpRouteV1Beta1Spec> {
        java.util.List<java.lang.String> hostnames;
        java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecParentRefs> parentRefs;
        java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRules> rules;

        /**
         * Sets the value of {@link HttpRouteV1Beta1Spec#getHostnames}
         * @param hostnames Hostnames defines a set of hostnames that should match against the HTTP Host header to select a HTTPRoute used to process the request.
         *                  Implementations
         *                  MUST ignore any port value specified in the HTTP Host header while
         *                  performing a match and (absent of any applicable header modification
         *                  configuration) MUST forward this header unmodified to the backend.
         *                  <p>
         *                  Valid values for Hostnames are determined by RFC 1123 definition of a
         *                  hostname with 2 notable exceptions:
         *                  <p>
         *                  <ol>
         *                  <li>IPs are not allowed.</li>
         *                  <li>A hostname may be prefixed with a wildcard label (<code>*.</code>). The wildcard
         *                  label must appear by itself as the first label.</li>
         *                  </ol>
         *                  <p>
         *                  If a hostname is specified by both the Listener and HTTPRoute, there
         *                  must be at least one intersecting hostname for the HTTPRoute to be
         *                  attached to the Listener. For example:
         *                  <p>
         *                  <ul>
         *                  <li>A Listener with <code>test.example.com</code> as the hostname matches HTTPRoutes
         *                  that have either not specified any hostnames, or have specified at
         *                  least one of <code>test.example.com</code> or <code>*.example.com</code>.</li>
         *                  <li>A Listener with <code>*.example.com</code> as the hostname matches HTTPRoutes
         *                  that have either not specified any hostnames or have specified at least
         *                  one hostname that matches the Listener hostname. For example,
         *                  <code>*.example.com</code>, <code>test.example.com</code>, and <code>foo.test.example.com</code> would
         *                  all match. On the other hand, <code>example.com</code> and <code>test.example.net</code> would
         *                  not match.</li>
         *                  </ul>
         *                  <p>
         *                  Hostnames that are prefixed with a wildcard label (<code>*.</code>) are interpreted
         *                  as a suffix match. That means that a match for <code>*.example.com</code> would match
         *                  both <code>test.example.com</code>, and <code>foo.test.example.com</code>, but not <code>example.com</code>.
         *                  <p>
         *                  If both the Listener and HTTPRoute have specified hostnames, any
         *                  HTTPRoute hostnames that do not match the Listener hostname MUST be
         *                  ignored. For example, if a Listener specified <code>*.example.com</code>, and the
         *                  HTTPRoute specified <code>test.example.com</code> and <code>test.example.net</code>,
         *                  <code>test.example.net</code> must not be considered for a match.
         *                  <p>
         *                  If both the Listener and HTTPRoute have specified hostnames, and none
         *                  match with the criteria above, then the HTTPRoute is not accepted. The
         *                  implementation must raise an 'Accepted' Condition with a status of
         *                  <code>False</code> in the corresponding RouteParentStatus.
         *                  <p>
         *                  In the event that multiple HTTPRoutes specify intersecting hostnames (e.g.
         *                  overlapping wildcard matching and exact matching hostnames), precedence must
         *                  be given to rules from the HTTPRoute with the largest number of:
         *                  <p>
         *                  <ul>
         *                  <li>Characters in a matching non-wildcard hostname.</li>
         *                  <li>Characters in a matching hostname.</li>
         *                  </ul>
         *                  <p>
         *                  If ties exist across multiple Routes, the matching precedence rules for
         *                  HTTPRouteMatches takes over.
         *                  <p>
         *                  Support: Core
         * @return {@code this}
         */
        public Builder hostnames(java.util.List<java.lang.String> hostnames) {
            this.hostnames = hostnames;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1Spec#getParentRefs}
         * @param parentRefs ParentRefs references the resources (usually Gateways) that a Route wants to be attached to.
         *                   Note that the referenced parent resource needs to
         *                   allow this for the attachment to be complete. For Gateways, that means
         *                   the Gateway needs to allow attachment from Routes of this kind and
         *                   namespace. For Services, that means the Service must either be in the same
         *                   namespace for a "producer" route, or the mesh implementation must support
         *                   and allow "consumer" routes for the referenced Service. ReferenceGrant is
         *                   not applicable for governing ParentRefs to Services - it is not possible to
         *                   create a "producer" route for a Service in a different namespace from the
         *                   Route.
         *                   <p>
         *                   There are two kinds of parent resources with "Core" support:
         *                   <p>
         *                   <ul>
         *                   <li>Gateway (Gateway conformance profile)</li>
         *                   <li>Service (Mesh conformance profile, ClusterIP Services only)</li>
         *                   </ul>
         *                   <p>
         *                   This API may be extended in the future to support additional kinds of parent
         *                   resources.
         *                   <p>
         *                   ParentRefs must be <em>distinct</em>. This means either that:
         *                   <p>
         *                   <ul>
         *                   <li>They select different objects.  If this is the case, then parentRef
         *                   entries are distinct. In terms of fields, this means that the
         *                   multi-part key defined by <code>group</code>, <code>kind</code>, <code>namespace</code>, and <code>name</code> must
         *                   be unique across all parentRef entries in the Route.</li>
         *                   <li>They do not select different objects, but for each optional field used,
         *                   each ParentRef that selects the same object must set the same set of
         *                   optional fields to different values. If one ParentRef sets a
         *                   combination of optional fields, all must set the same combination.</li>
         *                   </ul>
         *                   <p>
         *                   Some examples:
         *                   <p>
         *                   <ul>
         *                   <li>If one ParentRef sets <code>sectionName</code>, all ParentRefs referencing the
         *                   same object must also set <code>sectionName</code>.</li>
         *                   <li>If one ParentRef sets <code>port</code>, all ParentRefs referencing the same
         *                   object must also set <code>port</code>.</li>
         *                   <li>If one ParentRef sets <code>sectionName</code> and <code>port</code>, all ParentRefs
         *                   referencing the same object must also set <code>sectionName</code> and <code>port</code>.</li>
         *                   </ul>
         *                   <p>
         *                   It is possible to separately reference multiple distinct objects that may
         *                   be collapsed by an implementation. For example, some implementations may
         *                   choose to merge compatible Gateway Listeners together. If that is the
         *                   case, the list of routes attached to those resources should also be
         *                   merged.
         *                   <p>
         *                   Note that for ParentRefs that cross namespace boundaries, there are specific
         *                   rules. Cross-namespace references are only valid if they are explicitly
         *                   allowed by something in the namespace they are referring to. For example,
         *                   Gateway has the AllowedRoutes field, and ReferenceGrant provides a
         *                   generic way to enable other kinds of cross-namespace reference.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder parentRefs(java.util.List<? extends imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecParentRefs> parentRefs) {
            this.parentRefs = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecParentRefs>)parentRefs;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1Spec#getRules}
         * @param rules Rules are a list of HTTP matchers, filters and actions.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder rules(java.util.List<? extends imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRules> rules) {
            this.rules = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRules>)rules;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link HttpRouteV1Beta1Spec}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public HttpRouteV1Beta1Spec build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link HttpRouteV1Beta1Spec}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements HttpRouteV1Beta1Spec {
        private final java.util.List<java.lang.String> hostnames;
        private final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecParentRefs> parentRefs;
        private final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRules> rules;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.hostnames = software.amazon.jsii.Kernel.get(this, "hostnames", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.parentRefs = software.amazon.jsii.Kernel.get(this, "parentRefs", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecParentRefs.class)));
            this.rules = software.amazon.jsii.Kernel.get(this, "rules", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRules.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.hostnames = builder.hostnames;
            this.parentRefs = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecParentRefs>)builder.parentRefs;
            this.rules = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRules>)builder.rules;
        }

        @Override
        public final java.util.List<java.lang.String> getHostnames() {
            return this.hostnames;
        }

        @Override
        public final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecParentRefs> getParentRefs() {
            return this.parentRefs;
        }

        @Override
        public final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRules> getRules() {
            return this.rules;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getHostnames() != null) {
                data.set("hostnames", om.valueToTree(this.getHostnames()));
            }
            if (this.getParentRefs() != null) {
                data.set("parentRefs", om.valueToTree(this.getParentRefs()));
            }
            if (this.getRules() != null) {
                data.set("rules", om.valueToTree(this.getRules()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gateway_iok8snetworkinggateway.HttpRouteV1Beta1Spec"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            HttpRouteV1Beta1Spec.Jsii$Proxy that = (HttpRouteV1Beta1Spec.Jsii$Proxy) o;

            if (this.hostnames != null ? !this.hostnames.equals(that.hostnames) : that.hostnames != null) return false;
            if (this.parentRefs != null ? !this.parentRefs.equals(that.parentRefs) : that.parentRefs != null) return false;
            return this.rules != null ? this.rules.equals(that.rules) : that.rules == null;
        }

        @Override
        public final int hashCode() {
            int result = this.hostnames != null ? this.hostnames.hashCode() : 0;
            result = 31 * result + (this.parentRefs != null ? this.parentRefs.hashCode() : 0);
            result = 31 * result + (this.rules != null ? this.rules.hashCode() : 0);
            return result;
        }
    }
}
