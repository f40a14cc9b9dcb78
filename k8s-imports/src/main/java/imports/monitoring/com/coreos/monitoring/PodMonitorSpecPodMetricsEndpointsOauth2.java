package imports.monitoring.com.coreos.monitoring;

/**
 * oauth2 defines the OAuth2 settings used by the client.
 * <p>
 * It requires Prometheus &gt;= 2.27.0.
 * <p>
 * Cannot be set at the same time as <code>authorization</code>, <code>basicAuth</code> or <code>bearerTokenSecret</code>.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:31.537Z")
@software.amazon.jsii.Jsii(module = imports.monitoring.com.coreos.monitoring.$Module.class, fqn = "monitoring_comcoreosmonitoring.PodMonitorSpecPodMetricsEndpointsOauth2")
@software.amazon.jsii.Jsii.Proxy(PodMonitorSpecPodMetricsEndpointsOauth2.Jsii$Proxy.class)
public interface PodMonitorSpecPodMetricsEndpointsOauth2 extends software.amazon.jsii.JsiiSerializable {

    /**
     * clientId defines a key of a Secret or ConfigMap containing the OAuth2 client's ID.
     */
    @org.jetbrains.annotations.NotNull imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ClientId getClientId();

    /**
     * clientSecret defines a key of a Secret containing the OAuth2 client's secret.
     */
    @org.jetbrains.annotations.NotNull imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret getClientSecret();

    /**
     * tokenUrl defines the URL to fetch the token from.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getTokenUrl();

    /**
     * endpointParams configures the HTTP parameters to append to the token URL.
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getEndpointParams() {
        return null;
    }

    /**
     * noProxy defines a comma-separated string that can contain IPs, CIDR notation, domain names that should be excluded from proxying.
     * <p>
     * IP and domain names can
     * contain port numbers.
     * <p>
     * It requires Prometheus &gt;= v2.43.0, Alertmanager &gt;= v0.25.0 or Thanos &gt;= v0.32.0.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getNoProxy() {
        return null;
    }

    /**
     * proxyConnectHeader optionally specifies headers to send to proxies during CONNECT requests.
     * <p>
     * It requires Prometheus &gt;= v2.43.0, Alertmanager &gt;= v0.25.0 or Thanos &gt;= v0.32.0.
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader>> getProxyConnectHeader() {
        return null;
    }

    /**
     * proxyFromEnvironment defines whether to use the proxy configuration defined by environment variables (HTTP_PROXY, HTTPS_PROXY, and NO_PROXY).
     * <p>
     * It requires Prometheus &gt;= v2.43.0, Alertmanager &gt;= v0.25.0 or Thanos &gt;= v0.32.0.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getProxyFromEnvironment() {
        return null;
    }

    /**
     * proxyUrl defines the HTTP proxy server to use.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getProxyUrl() {
        return null;
    }

    /**
     * scopes defines the OAuth2 scopes used for the token request.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getScopes() {
        return null;
    }

    /**
     * tlsConfig defines the TLS configuration to use when connecting to the OAuth2 server.
     * <p>
     * It requires Prometheus &gt;= v2.43.0.
     */
    default @org.jetbrains.annotations.Nullable imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig getTlsConfig() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PodMonitorSpecPodMetricsEndpointsOauth2}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PodMonitorSpecPodMetricsEndpointsOauth2}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PodMonitorSpecPodMetricsEndpointsOauth2> {
        imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ClientId clientId;
        imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret clientSecret;
        java.lang.String tokenUrl;
        java.util.Map<java.lang.String, java.lang.String> endpointParams;
        java.lang.String noProxy;
        java.util.Map<java.lang.String, java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader>> proxyConnectHeader;
        java.lang.Boolean proxyFromEnvironment;
        java.lang.String proxyUrl;
        java.util.List<java.lang.String> scopes;
        imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig tlsConfig;

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpointsOauth2#getClientId}
         * @param clientId clientId defines a key of a Secret or ConfigMap containing the OAuth2 client's ID. This parameter is required.
         * @return {@code this}
         */
        public Builder clientId(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ClientId clientId) {
            this.clientId = clientId;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpointsOauth2#getClientSecret}
         * @param clientSecret clientSecret defines a key of a Secret containing the OAuth2 client's secret. This parameter is required.
         * @return {@code this}
         */
        public Builder clientSecret(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpointsOauth2#getTokenUrl}
         * @param tokenUrl tokenUrl defines the URL to fetch the token from. This parameter is required.
         * @return {@code this}
         */
        public Builder tokenUrl(java.lang.String tokenUrl) {
            this.tokenUrl = tokenUrl;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpointsOauth2#getEndpointParams}
         * @param endpointParams endpointParams configures the HTTP parameters to append to the token URL.
         * @return {@code this}
         */
        public Builder endpointParams(java.util.Map<java.lang.String, java.lang.String> endpointParams) {
            this.endpointParams = endpointParams;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpointsOauth2#getNoProxy}
         * @param noProxy noProxy defines a comma-separated string that can contain IPs, CIDR notation, domain names that should be excluded from proxying.
         *                IP and domain names can
         *                contain port numbers.
         *                <p>
         *                It requires Prometheus &gt;= v2.43.0, Alertmanager &gt;= v0.25.0 or Thanos &gt;= v0.32.0.
         * @return {@code this}
         */
        public Builder noProxy(java.lang.String noProxy) {
            this.noProxy = noProxy;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpointsOauth2#getProxyConnectHeader}
         * @param proxyConnectHeader proxyConnectHeader optionally specifies headers to send to proxies during CONNECT requests.
         *                           It requires Prometheus &gt;= v2.43.0, Alertmanager &gt;= v0.25.0 or Thanos &gt;= v0.32.0.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder proxyConnectHeader(java.util.Map<java.lang.String, ? extends java.util.List<? extends imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader>> proxyConnectHeader) {
            this.proxyConnectHeader = (java.util.Map<java.lang.String, java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader>>)proxyConnectHeader;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpointsOauth2#getProxyFromEnvironment}
         * @param proxyFromEnvironment proxyFromEnvironment defines whether to use the proxy configuration defined by environment variables (HTTP_PROXY, HTTPS_PROXY, and NO_PROXY).
         *                             It requires Prometheus &gt;= v2.43.0, Alertmanager &gt;= v0.25.0 or Thanos &gt;= v0.32.0.
         * @return {@code this}
         */
        public Builder proxyFromEnvironment(java.lang.Boolean proxyFromEnvironment) {
            this.proxyFromEnvironment = proxyFromEnvironment;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpointsOauth2#getProxyUrl}
         * @param proxyUrl proxyUrl defines the HTTP proxy server to use.
         * @return {@code this}
         */
        public Builder proxyUrl(java.lang.String proxyUrl) {
            this.proxyUrl = proxyUrl;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpointsOauth2#getScopes}
         * @param scopes scopes defines the OAuth2 scopes used for the token request.
         * @return {@code this}
         */
        public Builder scopes(java.util.List<java.lang.String> scopes) {
            this.scopes = scopes;
            return this;
        }

        /**
         * Sets the value of {@link PodMonitorSpecPodMetricsEndpointsOauth2#getTlsConfig}
         * @param tlsConfig tlsConfig defines the TLS configuration to use when connecting to the OAuth2 server.
         *                  It requires Prometheus &gt;= v2.43.0.
         * @return {@code this}
         */
        public Builder tlsConfig(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig tlsConfig) {
            this.tlsConfig = tlsConfig;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PodMonitorSpecPodMetricsEndpointsOauth2}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PodMonitorSpecPodMetricsEndpointsOauth2 build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PodMonitorSpecPodMetricsEndpointsOauth2}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PodMonitorSpecPodMetricsEndpointsOauth2 {
        private final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ClientId clientId;
        private final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret clientSecret;
        private final java.lang.String tokenUrl;
        private final java.util.Map<java.lang.String, java.lang.String> endpointParams;
        private final java.lang.String noProxy;
        private final java.util.Map<java.lang.String, java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader>> proxyConnectHeader;
        private final java.lang.Boolean proxyFromEnvironment;
        private final java.lang.String proxyUrl;
        private final java.util.List<java.lang.String> scopes;
        private final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig tlsConfig;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.clientId = software.amazon.jsii.Kernel.get(this, "clientId", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ClientId.class));
            this.clientSecret = software.amazon.jsii.Kernel.get(this, "clientSecret", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret.class));
            this.tokenUrl = software.amazon.jsii.Kernel.get(this, "tokenUrl", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.endpointParams = software.amazon.jsii.Kernel.get(this, "endpointParams", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.noProxy = software.amazon.jsii.Kernel.get(this, "noProxy", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.proxyConnectHeader = software.amazon.jsii.Kernel.get(this, "proxyConnectHeader", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader.class))));
            this.proxyFromEnvironment = software.amazon.jsii.Kernel.get(this, "proxyFromEnvironment", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.proxyUrl = software.amazon.jsii.Kernel.get(this, "proxyUrl", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.scopes = software.amazon.jsii.Kernel.get(this, "scopes", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.tlsConfig = software.amazon.jsii.Kernel.get(this, "tlsConfig", software.amazon.jsii.NativeType.forClass(imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.clientId = java.util.Objects.requireNonNull(builder.clientId, "clientId is required");
            this.clientSecret = java.util.Objects.requireNonNull(builder.clientSecret, "clientSecret is required");
            this.tokenUrl = java.util.Objects.requireNonNull(builder.tokenUrl, "tokenUrl is required");
            this.endpointParams = builder.endpointParams;
            this.noProxy = builder.noProxy;
            this.proxyConnectHeader = (java.util.Map<java.lang.String, java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader>>)builder.proxyConnectHeader;
            this.proxyFromEnvironment = builder.proxyFromEnvironment;
            this.proxyUrl = builder.proxyUrl;
            this.scopes = builder.scopes;
            this.tlsConfig = builder.tlsConfig;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ClientId getClientId() {
            return this.clientId;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ClientSecret getClientSecret() {
            return this.clientSecret;
        }

        @Override
        public final java.lang.String getTokenUrl() {
            return this.tokenUrl;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getEndpointParams() {
            return this.endpointParams;
        }

        @Override
        public final java.lang.String getNoProxy() {
            return this.noProxy;
        }

        @Override
        public final java.util.Map<java.lang.String, java.util.List<imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2ProxyConnectHeader>> getProxyConnectHeader() {
            return this.proxyConnectHeader;
        }

        @Override
        public final java.lang.Boolean getProxyFromEnvironment() {
            return this.proxyFromEnvironment;
        }

        @Override
        public final java.lang.String getProxyUrl() {
            return this.proxyUrl;
        }

        @Override
        public final java.util.List<java.lang.String> getScopes() {
            return this.scopes;
        }

        @Override
        public final imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpointsOauth2TlsConfig getTlsConfig() {
            return this.tlsConfig;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("clientId", om.valueToTree(this.getClientId()));
            data.set("clientSecret", om.valueToTree(this.getClientSecret()));
            data.set("tokenUrl", om.valueToTree(this.getTokenUrl()));
            if (this.getEndpointParams() != null) {
                data.set("endpointParams", om.valueToTree(this.getEndpointParams()));
            }
            if (this.getNoProxy() != null) {
                data.set("noProxy", om.valueToTree(this.getNoProxy()));
            }
            if (this.getProxyConnectHeader() != null) {
                data.set("proxyConnectHeader", om.valueToTree(this.getProxyConnectHeader()));
            }
            if (this.getProxyFromEnvironment() != null) {
                data.set("proxyFromEnvironment", om.valueToTree(this.getProxyFromEnvironment()));
            }
            if (this.getProxyUrl() != null) {
                data.set("proxyUrl", om.valueToTree(this.getProxyUrl()));
            }
            if (this.getScopes() != null) {
                data.set("scopes", om.valueToTree(this.getScopes()));
            }
            if (this.getTlsConfig() != null) {
                data.set("tlsConfig", om.valueToTree(this.getTlsConfig()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("monitoring_comcoreosmonitoring.PodMonitorSpecPodMetricsEndpointsOauth2"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PodMonitorSpecPodMetricsEndpointsOauth2.Jsii$Proxy that = (PodMonitorSpecPodMetricsEndpointsOauth2.Jsii$Proxy) o;

            if (!clientId.equals(that.clientId)) return false;
            if (!clientSecret.equals(that.clientSecret)) return false;
            if (!tokenUrl.equals(that.tokenUrl)) return false;
            if (this.endpointParams != null ? !this.endpointParams.equals(that.endpointParams) : that.endpointParams != null) return false;
            if (this.noProxy != null ? !this.noProxy.equals(that.noProxy) : that.noProxy != null) return false;
            if (this.proxyConnectHeader != null ? !this.proxyConnectHeader.equals(that.proxyConnectHeader) : that.proxyConnectHeader != null) return false;
            if (this.proxyFromEnvironment != null ? !this.proxyFromEnvironment.equals(that.proxyFromEnvironment) : that.proxyFromEnvironment != null) return false;
            if (this.proxyUrl != null ? !this.proxyUrl.equals(that.proxyUrl) : that.proxyUrl != null) return false;
            if (this.scopes != null ? !this.scopes.equals(that.scopes) : that.scopes != null) return false;
            return this.tlsConfig != null ? this.tlsConfig.equals(that.tlsConfig) : that.tlsConfig == null;
        }

        @Override
        public final int hashCode() {
            int result = this.clientId.hashCode();
            result = 31 * result + (this.clientSecret.hashCode());
            result = 31 * result + (this.tokenUrl.hashCode());
            result = 31 * result + (this.endpointParams != null ? this.endpointParams.hashCode() : 0);
            result = 31 * result + (this.noProxy != null ? this.noProxy.hashCode() : 0);
            result = 31 * result + (this.proxyConnectHeader != null ? this.proxyConnectHeader.hashCode() : 0);
            result = 31 * result + (this.proxyFromEnvironment != null ? this.proxyFromEnvironment.hashCode() : 0);
            result = 31 * result + (this.proxyUrl != null ? this.proxyUrl.hashCode() : 0);
            result = 31 * result + (this.scopes != null ? this.scopes.hashCode() : 0);
            result = 31 * result + (this.tlsConfig != null ? this.tlsConfig.hashCode() : 0);
            return result;
        }
    }
}
