package imports.gateway.io.k8s.networking.gateway;

/**
 * HTTPRouteRule defines semantics for matching an HTTP request based on conditions (matches), processing it (filters), and forwarding the request to an API object (backendRefs).
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:09.579Z")
@software.amazon.jsii.Jsii(module = imports.gateway.io.k8s.networking.gateway.$Module.class, fqn = "gateway_iok8snetworkinggateway.HttpRouteSpecRules")
@software.amazon.jsii.Jsii.Proxy(HttpRouteSpecRules.Jsii$Proxy.class)
public interface HttpRouteSpecRules extends software.amazon.jsii.JsiiSerializable {

    /**
     * BackendRefs defines the backend(s) where matching requests should be sent.
     * <p>
     * Failure behavior here depends on how many BackendRefs are specified and
     * how many are invalid.
     * <p>
     * If <em>all</em> entries in BackendRefs are invalid, and there are also no filters
     * specified in this route rule, <em>all</em> traffic which matches this rule MUST
     * receive a 500 status code.
     * <p>
     * See the HTTPBackendRef definition for the rules about what makes a single
     * HTTPBackendRef invalid.
     * <p>
     * When a HTTPBackendRef is invalid, 500 status codes MUST be returned for
     * requests that would have otherwise been routed to an invalid backend. If
     * multiple backends are specified, and some are invalid, the proportion of
     * requests that would otherwise have been routed to an invalid backend
     * MUST receive a 500 status code.
     * <p>
     * For example, if two backends are specified with equal weights, and one is
     * invalid, 50 percent of traffic must receive a 500. Implementations may
     * choose how that 50 percent is determined.
     * <p>
     * When a HTTPBackendRef refers to a Service that has no ready endpoints,
     * implementations SHOULD return a 503 for requests to that backend instead.
     * If an implementation chooses to do this, all of the above rules for 500 responses
     * MUST also apply for responses that return a 503.
     * <p>
     * Support: Core for Kubernetes Service
     * <p>
     * Support: Extended for Kubernetes ServiceImport
     * <p>
     * Support: Implementation-specific for any other resource
     * <p>
     * Support for weight: Core
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefs> getBackendRefs() {
        return null;
    }

    /**
     * Filters define the filters that are applied to requests that match this rule.
     * <p>
     * Wherever possible, implementations SHOULD implement filters in the order
     * they are specified.
     * <p>
     * Implementations MAY choose to implement this ordering strictly, rejecting
     * any combination or order of filters that cannot be supported. If implementations
     * choose a strict interpretation of filter ordering, they MUST clearly document
     * that behavior.
     * <p>
     * To reject an invalid combination or order of filters, implementations SHOULD
     * consider the Route Rules with this configuration invalid. If all Route Rules
     * in a Route are invalid, the entire Route would be considered invalid. If only
     * a portion of Route Rules are invalid, implementations MUST set the
     * "PartiallyInvalid" condition for the Route.
     * <p>
     * Conformance-levels at this level are defined based on the type of filter:
     * <p>
     * <ul>
     * <li>ALL core filters MUST be supported by all implementations.</li>
     * <li>Implementers are encouraged to support extended filters.</li>
     * <li>Implementation-specific custom filters have no API guarantees across
     * implementations.</li>
     * </ul>
     * <p>
     * Specifying the same filter multiple times is not supported unless explicitly
     * indicated in the filter.
     * <p>
     * All filters are expected to be compatible with each other except for the
     * URLRewrite and RequestRedirect filters, which may not be combined. If an
     * implementation cannot support other combinations of filters, they must clearly
     * document that limitation. In cases where incompatible or unsupported
     * filters are specified and cause the <code>Accepted</code> condition to be set to status
     * <code>False</code>, implementations may use the <code>IncompatibleFilters</code> reason to specify
     * this configuration error.
     * <p>
     * Support: Core
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesFilters> getFilters() {
        return null;
    }

    /**
     * Matches define conditions used for matching the rule against incoming HTTP requests.
     * <p>
     * Each match is independent, i.e. this rule will be matched
     * if <strong>any</strong> one of the matches is satisfied.
     * <p>
     * For example, take the following matches configuration:
     * <p>
     * <blockquote><pre>
     * matches:
     * - path:
     * value: "/foo"
     * headers:
     * - name: "version"
     * value: "v2"
     * - path:
     * value: "/v2/foo"
     * </pre></blockquote>
     * <p>
     * For a request to match against this rule, a request must satisfy
     * EITHER of the two conditions:
     * <p>
     * <ul>
     * <li>path prefixed with <code>/foo</code> AND contains the header <code>version: v2</code></li>
     * <li>path prefix of <code>/v2/foo</code></li>
     * </ul>
     * <p>
     * See the documentation for HTTPRouteMatch on how to specify multiple
     * match conditions that should be ANDed together.
     * <p>
     * If no matches are specified, the default is a prefix
     * path match on "/", which has the effect of matching every
     * HTTP request.
     * <p>
     * Proxy or Load Balancer routing configuration generated from HTTPRoutes
     * MUST prioritize matches based on the following criteria, continuing on
     * ties. Across all rules specified on applicable Routes, precedence must be
     * given to the match having:
     * <p>
     * <ul>
     * <li>"Exact" path match.</li>
     * <li>"Prefix" path match with largest number of characters.</li>
     * <li>Method match.</li>
     * <li>Largest number of header matches.</li>
     * <li>Largest number of query param matches.</li>
     * </ul>
     * <p>
     * Note: The precedence of RegularExpression path matches are implementation-specific.
     * <p>
     * If ties still exist across multiple Routes, matching precedence MUST be
     * determined in order of the following criteria, continuing on ties:
     * <p>
     * <ul>
     * <li>The oldest Route based on creation timestamp.</li>
     * <li>The Route appearing first in alphabetical order by
     * "{namespace}/{name}".</li>
     * </ul>
     * <p>
     * If ties still exist within an HTTPRoute, matching precedence MUST be granted
     * to the FIRST matching rule (in list order) with a match meeting the above
     * criteria.
     * <p>
     * When no rules matching a request have been successfully attached to the
     * parent a request is coming from, a HTTP 404 status code MUST be returned.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatches> getMatches() {
        return null;
    }

    /**
     * Name is the name of the route rule.
     * <p>
     * This name MUST be unique within a Route if it is set.
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getName() {
        return null;
    }

    /**
     * Timeouts defines the timeouts that can be configured for an HTTP request.
     * <p>
     * Support: Extended
     */
    default @org.jetbrains.annotations.Nullable imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesTimeouts getTimeouts() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link HttpRouteSpecRules}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link HttpRouteSpecRules}
     */
    public static final class Builder implements software.amazon.jsii.Builder<HttpRouteSpecRules> {
        java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefs> backendRefs;
        java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesFilters> filters;
        java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatches> matches;
        java.lang.String name;
        imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesTimeouts timeouts;

        /**
         * Sets the value of {@link HttpRouteSpecRules#getBackendRefs}
         * @param backendRefs BackendRefs defines the backend(s) where matching requests should be sent.
         *                    Failure behavior here depends on how many BackendRefs are specified and
         *                    how many are invalid.
         *                    <p>
         *                    If <em>all</em> entries in BackendRefs are invalid, and there are also no filters
         *                    specified in this route rule, <em>all</em> traffic which matches this rule MUST
         *                    receive a 500 status code.
         *                    <p>
         *                    See the HTTPBackendRef definition for the rules about what makes a single
         *                    HTTPBackendRef invalid.
         *                    <p>
         *                    When a HTTPBackendRef is invalid, 500 status codes MUST be returned for
         *                    requests that would have otherwise been routed to an invalid backend. If
         *                    multiple backends are specified, and some are invalid, the proportion of
         *                    requests that would otherwise have been routed to an invalid backend
         *                    MUST receive a 500 status code.
         *                    <p>
         *                    For example, if two backends are specified with equal weights, and one is
         *                    invalid, 50 percent of traffic must receive a 500. Implementations may
         *                    choose how that 50 percent is determined.
         *                    <p>
         *                    When a HTTPBackendRef refers to a Service that has no ready endpoints,
         *                    implementations SHOULD return a 503 for requests to that backend instead.
         *                    If an implementation chooses to do this, all of the above rules for 500 responses
         *                    MUST also apply for responses that return a 503.
         *                    <p>
         *                    Support: Core for Kubernetes Service
         *                    <p>
         *                    Support: Extended for Kubernetes ServiceImport
         *                    <p>
         *                    Support: Implementation-specific for any other resource
         *                    <p>
         *                    Support for weight: Core
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder backendRefs(java.util.List<? extends imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefs> backendRefs) {
            this.backendRefs = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefs>)backendRefs;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRules#getFilters}
         * @param filters Filters define the filters that are applied to requests that match this rule.
         *                Wherever possible, implementations SHOULD implement filters in the order
         *                they are specified.
         *                <p>
         *                Implementations MAY choose to implement this ordering strictly, rejecting
         *                any combination or order of filters that cannot be supported. If implementations
         *                choose a strict interpretation of filter ordering, they MUST clearly document
         *                that behavior.
         *                <p>
         *                To reject an invalid combination or order of filters, implementations SHOULD
         *                consider the Route Rules with this configuration invalid. If all Route Rules
         *                in a Route are invalid, the entire Route would be considered invalid. If only
         *                a portion of Route Rules are invalid, implementations MUST set the
         *                "PartiallyInvalid" condition for the Route.
         *                <p>
         *                Conformance-levels at this level are defined based on the type of filter:
         *                <p>
         *                <ul>
         *                <li>ALL core filters MUST be supported by all implementations.</li>
         *                <li>Implementers are encouraged to support extended filters.</li>
         *                <li>Implementation-specific custom filters have no API guarantees across
         *                implementations.</li>
         *                </ul>
         *                <p>
         *                Specifying the same filter multiple times is not supported unless explicitly
         *                indicated in the filter.
         *                <p>
         *                All filters are expected to be compatible with each other except for the
         *                URLRewrite and RequestRedirect filters, which may not be combined. If an
         *                implementation cannot support other combinations of filters, they must clearly
         *                document that limitation. In cases where incompatible or unsupported
         *                filters are specified and cause the <code>Accepted</code> condition to be set to status
         *                <code>False</code>, implementations may use the <code>IncompatibleFilters</code> reason to specify
         *                this configuration error.
         *                <p>
         *                Support: Core
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder filters(java.util.List<? extends imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesFilters> filters) {
            this.filters = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesFilters>)filters;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRules#getMatches}
         * @param matches Matches define conditions used for matching the rule against incoming HTTP requests.
         *                Each match is independent, i.e. this rule will be matched
         *                if <strong>any</strong> one of the matches is satisfied.
         *                <p>
         *                For example, take the following matches configuration:
         *                <p>
         *                <blockquote><pre>
         *                matches:
         *                - path:
         *                value: "/foo"
         *                headers:
         *                - name: "version"
         *                value: "v2"
         *                - path:
         *                value: "/v2/foo"
         *                </pre></blockquote>
         *                <p>
         *                For a request to match against this rule, a request must satisfy
         *                EITHER of the two conditions:
         *                <p>
         *                <ul>
         *                <li>path prefixed with <code>/foo</code> AND contains the header <code>version: v2</code></li>
         *                <li>path prefix of <code>/v2/foo</code></li>
         *                </ul>
         *                <p>
         *                See the documentation for HTTPRouteMatch on how to specify multiple
         *                match conditions that should be ANDed together.
         *                <p>
         *                If no matches are specified, the default is a prefix
         *                path match on "/", which has the effect of matching every
         *                HTTP request.
         *                <p>
         *                Proxy or Load Balancer routing configuration generated from HTTPRoutes
         *                MUST prioritize matches based on the following criteria, continuing on
         *                ties. Across all rules specified on applicable Routes, precedence must be
         *                given to the match having:
         *                <p>
         *                <ul>
         *                <li>"Exact" path match.</li>
         *                <li>"Prefix" path match with largest number of characters.</li>
         *                <li>Method match.</li>
         *                <li>Largest number of header matches.</li>
         *                <li>Largest number of query param matches.</li>
         *                </ul>
         *                <p>
         *                Note: The precedence of RegularExpression path matches are implementation-specific.
         *                <p>
         *                If ties still exist across multiple Routes, matching precedence MUST be
         *                determined in order of the following criteria, continuing on ties:
         *                <p>
         *                <ul>
         *                <li>The oldest Route based on creation timestamp.</li>
         *                <li>The Route appearing first in alphabetical order by
         *                "{namespace}/{name}".</li>
         *                </ul>
         *                <p>
         *                If ties still exist within an HTTPRoute, matching precedence MUST be granted
         *                to the FIRST matching rule (in list order) with a match meeting the above
         *                criteria.
         *                <p>
         *                When no rules matching a request have been successfully attached to the
         *                parent a request is coming from, a HTTP 404 status code MUST be returned.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder matches(java.util.List<? extends imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatches> matches) {
            this.matches = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatches>)matches;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRules#getName}
         * @param name Name is the name of the route rule.
         *             This name MUST be unique within a Route if it is set.
         *             <p>
         *             Support: Extended
         * @return {@code this}
         */
        public Builder name(java.lang.String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the value of {@link HttpRouteSpecRules#getTimeouts}
         * @param timeouts Timeouts defines the timeouts that can be configured for an HTTP request.
         *                 Support: Extended
         * @return {@code this}
         */
        public Builder timeouts(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesTimeouts timeouts) {
            this.timeouts = timeouts;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link HttpRouteSpecRules}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public HttpRouteSpecRules build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link HttpRouteSpecRules}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements HttpRouteSpecRules {
        private final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefs> backendRefs;
        private final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesFilters> filters;
        private final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatches> matches;
        private final java.lang.String name;
        private final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesTimeouts timeouts;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.backendRefs = software.amazon.jsii.Kernel.get(this, "backendRefs", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefs.class)));
            this.filters = software.amazon.jsii.Kernel.get(this, "filters", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesFilters.class)));
            this.matches = software.amazon.jsii.Kernel.get(this, "matches", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatches.class)));
            this.name = software.amazon.jsii.Kernel.get(this, "name", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.timeouts = software.amazon.jsii.Kernel.get(this, "timeouts", software.amazon.jsii.NativeType.forClass(imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesTimeouts.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.backendRefs = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefs>)builder.backendRefs;
            this.filters = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesFilters>)builder.filters;
            this.matches = (java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatches>)builder.matches;
            this.name = builder.name;
            this.timeouts = builder.timeouts;
        }

        @Override
        public final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefs> getBackendRefs() {
            return this.backendRefs;
        }

        @Override
        public final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesFilters> getFilters() {
            return this.filters;
        }

        @Override
        public final java.util.List<imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesMatches> getMatches() {
            return this.matches;
        }

        @Override
        public final java.lang.String getName() {
            return this.name;
        }

        @Override
        public final imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesTimeouts getTimeouts() {
            return this.timeouts;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getBackendRefs() != null) {
                data.set("backendRefs", om.valueToTree(this.getBackendRefs()));
            }
            if (this.getFilters() != null) {
                data.set("filters", om.valueToTree(this.getFilters()));
            }
            if (this.getMatches() != null) {
                data.set("matches", om.valueToTree(this.getMatches()));
            }
            if (this.getName() != null) {
                data.set("name", om.valueToTree(this.getName()));
            }
            if (this.getTimeouts() != null) {
                data.set("timeouts", om.valueToTree(this.getTimeouts()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("gateway_iok8snetworkinggateway.HttpRouteSpecRules"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            HttpRouteSpecRules.Jsii$Proxy that = (HttpRouteSpecRules.Jsii$Proxy) o;

            if (this.backendRefs != null ? !this.backendRefs.equals(that.backendRefs) : that.backendRefs != null) return false;
            if (this.filters != null ? !this.filters.equals(that.filters) : that.filters != null) return false;
            if (this.matches != null ? !this.matches.equals(that.matches) : that.matches != null) return false;
            if (this.name != null ? !this.name.equals(that.name) : that.name != null) return false;
            return this.timeouts != null ? this.timeouts.equals(that.timeouts) : that.timeouts == null;
        }

        @Override
        public final int hashCode() {
            int result = this.backendRefs != null ? this.backendRefs.hashCode() : 0;
            result = 31 * result + (this.filters != null ? this.filters.hashCode() : 0);
            result = 31 * result + (this.matches != null ? this.matches.hashCode() : 0);
            result = 31 * result + (this.name != null ? this.name.hashCode() : 0);
            result = 31 * result + (this.timeouts != null ? this.timeouts.hashCode() : 0);
            return result;
        }
    }
}
