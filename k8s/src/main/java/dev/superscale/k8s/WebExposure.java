package dev.superscale.k8s;

/**
 * How users reach the web tier: a Gateway API HTTPRoute attached to your Gateway (the default;
 * the community ingress-nginx controller was retired in March 2026), or a plain Ingress of a class.
 */
public sealed interface WebExposure {

    /** Namespace the gateway's (or ingress controller's) proxies run in: the NetworkPolicy admits them. */
    String proxyNamespace();

    /** Source CIDRs admitted to web besides the proxies' namespace (a cloud load balancer's ranges). Default none. */
    default java.util.List<String> webSourceCidrs() {
        return java.util.List.of();
    }

    /** Where report workers and beat reach the public URL besides the proxies' namespace (a load balancer's address). Default none. */
    default java.util.List<String> publicUrlCidrs() {
        return java.util.List.of();
    }

    /**
     * An HTTPRoute whose parentRef is the Gateway {@code gatewayName} in {@code gatewayNamespace}.
     *
     * @param webSourceCidrs  besides pods in {@code gatewayNamespace}, sources admitted to web's port: a managed
     *                        gateway's load balancer and health checks (GKE: 35.191.0.0/16, 130.211.0.0/22). Default none
     * @param publicUrlCidrs  besides {@code gatewayNamespace}, where the components that open dashboards reach the public
     *                        URL on 80/443: the load balancer's address (/32) or range. Default none
     */
    record Gateway(String gatewayName, String gatewayNamespace, String hostname, java.util.List<String> webSourceCidrs,
                   java.util.List<String> publicUrlCidrs) implements WebExposure {

        public Gateway {
            webSourceCidrs = java.util.List.copyOf(webSourceCidrs);
            publicUrlCidrs = java.util.List.copyOf(publicUrlCidrs);
        }

        /** Proxies in {@code gatewayNamespace} only (an in-cluster Gateway implementation). */
        public Gateway(String gatewayName, String gatewayNamespace, String hostname) {
            this(gatewayName, gatewayNamespace, hostname, java.util.List.of(), java.util.List.of());
        }

        @Override
        public String proxyNamespace() {
            return gatewayNamespace;
        }

        /** The same Gateway behind a managed load balancer: its source ranges to web, and its address for the public URL. */
        public Gateway withLoadBalancer(java.util.List<String> sourceCidrs, java.util.List<String> addressCidrs) {
            return new Gateway(gatewayName, gatewayNamespace, hostname, sourceCidrs, addressCidrs);
        }
    }

    /** An Ingress of {@code ingressClassName} for {@code hostname}, its controller's pods in {@code controllerNamespace}. */
    record Ingress(String ingressClassName, String controllerNamespace, String hostname) implements WebExposure {
        @Override
        public String proxyNamespace() {
            return controllerNamespace;
        }
    }

    static WebExposure gateway(String gatewayName, String gatewayNamespace, String hostname) {
        return new Gateway(gatewayName, gatewayNamespace, hostname);
    }

    static WebExposure ingress(String ingressClassName, String controllerNamespace, String hostname) {
        return new Ingress(ingressClassName, controllerNamespace, hostname);
    }
}
