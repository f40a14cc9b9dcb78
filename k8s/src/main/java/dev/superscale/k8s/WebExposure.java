package dev.superscale.k8s;

/**
 * How users reach the web tier: a Gateway API HTTPRoute attached to your Gateway (the default;
 * the community ingress-nginx controller was retired in March 2026), or a plain Ingress of a class.
 */
public sealed interface WebExposure {

    /** Namespace the gateway's (or ingress controller's) proxies run in: the NetworkPolicy admits them only. */
    String proxyNamespace();

    /** An HTTPRoute whose parentRef is the Gateway {@code gatewayName} in {@code gatewayNamespace}. */
    record Gateway(String gatewayName, String gatewayNamespace, String hostname) implements WebExposure {
        @Override
        public String proxyNamespace() {
            return gatewayNamespace;
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
