package imports.gateway.io.k8s.networking.gateway;

/**
 * Path defines parameters used to modify the path of the incoming request.
 * <p>
 * The modified path is then used to construct the <code>Location</code> header. When
 * empty, the request path is used as-is.
 * <p>
 * Support: Extended
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.861Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath")
@software.amazon.jsii.Jsii.Proxy(HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath.Jsii$Proxy.class)
public interface HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath extends software.amazon.jsii.JsiiSerializable {

    /**
     * Type defines the type of path modifier. Additional types may be added in a future release of the API.
     * <p>
     * Note that values may be added to this enum, implementations
     * must ensure that unknown values will not cause a crash.
     * <p>
     * Unknown values here must result in the implementation setting the
     * Accepted Condition for the Route to <code>status: False</code>, with a
     * Reason of <code>UnsupportedValue</code>.
     */
    @org.jetbrains.annotations.NotNull imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType getType();

    /**
     * ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getReplaceFullPath() {
        return null;
    }

    /**
     * ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect.
     * <p>
     * For example, a request
     * to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
     * of "/xyz" would be modified to "/xyz/bar".
     * <p>
     * Note that this matches the behavior of the PathPrefix match type. This
     * matches full path elements. A path element refers to the list of labels
     * in the path split by the <code>/</code> separator. When specified, a trailing <code>/</code> is
     * ignored. For example, the paths <code>/abc</code>, <code>/abc/</code>, and <code>/abc/def</code> would all
     * match the prefix <code>/abc</code>, but the path <code>/abcd</code> would not.
     * <p>
     * ReplacePrefixMatch is only compatible with a <code>PathPrefix</code> HTTPRouteMatch.
     * Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
     * the implementation setting the Accepted Condition for the Route to <code>status: False</code>.
     * <p>
     * Request Path | Prefix Match | Replace Prefix | Modified Path
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getReplacePrefixMatch() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath}
     */
    public static final class Builder implements software.amazon.jsii.Builder<HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath> {
        imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType type;
        java.lang.String replaceFullPath;
        java.lang.String replacePrefixMatch;

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath#getType}
         * @param type Type defines the type of path modifier. Additional types may be added in a future release of the API. This parameter is required.
         *             Note that values may be added to this enum, implementations
         *             must ensure that unknown values will not cause a crash.
         *             <p>
         *             Unknown values here must result in the implementation setting the
         *             Accepted Condition for the Route to <code>status: False</code>, with a
         *             Reason of <code>UnsupportedValue</code>.
         * @return {@code this}
         */
        public Builder type(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath#getReplaceFullPath}
         * @param replaceFullPath ReplaceFullPath specifies the value with which to replace the full path of a request during a rewrite or redirect.
         * @return {@code this}
         */
        public Builder replaceFullPath(java.lang.String replaceFullPath) {
            this.replaceFullPath = replaceFullPath;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath#getReplacePrefixMatch}
         * @param replacePrefixMatch ReplacePrefixMatch specifies the value with which to replace the prefix match of a request during a rewrite or redirect.
         *                           For example, a request
         *                           to "/foo/bar" with a prefix match of "/foo" and a ReplacePrefixMatch
         *                           of "/xyz" would be modified to "/xyz/bar".
         *                           <p>
         *                           Note that this matches the behavior of the PathPrefix match type. This
         *                           matches full path elements. A path element refers to the list of labels
         *                           in the path split by the <code>/</code> separator. When specified, a trailing <code>/</code> is
         *                           ignored. For example, the paths <code>/abc</code>, <code>/abc/</code>, and <code>/abc/def</code> would all
         *                           match the prefix <code>/abc</code>, but the path <code>/abcd</code> would not.
         *                           <p>
         *                           ReplacePrefixMatch is only compatible with a <code>PathPrefix</code> HTTPRouteMatch.
         *                           Using any other HTTPRouteMatch type on the same HTTPRouteRule will result in
         *                           the implementation setting the Accepted Condition for the Route to <code>status: False</code>.
         *                           <p>
         *                           Request Path | Prefix Match | Replace Prefix | Modified Path
         * @return {@code this}
         */
        public Builder replacePrefixMatch(java.lang.String replacePrefixMatch) {
            this.replacePrefixMatch = replacePrefixMatch;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath {
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType type;
        private final java.lang.String replaceFullPath;
        private final java.lang.String replacePrefixMatch;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.type = software.amazon.jsii.Kernel.get(this, "type", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType.class));
            this.replaceFullPath = software.amazon.jsii.Kernel.get(this, "replaceFullPath", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.replacePrefixMatch = software.amazon.jsii.Kernel.get(this, "replacePrefixMatch", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.type = java.util.Objects.requireNonNull(builder.type, "type is required");
            this.replaceFullPath = builder.replaceFullPath;
            this.replacePrefixMatch = builder.replacePrefixMatch;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType getType() {
            return this.type;
        }

        @Override
        public final java.lang.String getReplaceFullPath() {
            return this.replaceFullPath;
        }

        @Override
        public final java.lang.String getReplacePrefixMatch() {
            return this.replacePrefixMatch;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("type", om.valueToTree(this.getType()));
            if (this.getReplaceFullPath() != null) {
                data.set("replaceFullPath", om.valueToTree(this.getReplaceFullPath()));
            }
            if (this.getReplacePrefixMatch() != null) {
                data.set("replacePrefixMatch", om.valueToTree(this.getReplacePrefixMatch()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gateway_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath.Jsii$Proxy that = (HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath.Jsii$Proxy) o;

            if (!type.equals(that.type)) return false;
            if (this.replaceFullPath != null ? !this.replaceFullPath.equals(that.replaceFullPath) : that.replaceFullPath != null) return false;
            return this.replacePrefixMatch != null ? this.replacePrefixMatch.equals(that.replacePrefixMatch) : that.replacePrefixMatch == null;
        }

        @Override
        public final int hashCode() {
            int result = this.type.hashCode();
            result = 31 * result + (this.replaceFullPath != null ? this.replaceFullPath.hashCode() : 0);
            result = 31 * result + (this.replacePrefixMatch != null ? this.replacePrefixMatch.hashCode() : 0);
            return result;
        }
    }
}
