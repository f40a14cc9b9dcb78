package dev.superscale.k8s;

import dev.superscale.capacity.TimeoutChain;
import dev.superscale.topology.Component;
import dev.superscale.topology.ScalingSignal;
import imports.gateway.io.k8s.networking.gateway.HttpRoute;
import imports.gateway.io.k8s.networking.gateway.HttpRouteProps;
import imports.gateway.io.k8s.networking.gateway.HttpRouteSpec;
import imports.gateway.io.k8s.networking.gateway.HttpRouteSpecParentRefs;
import imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRules;
import imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesBackendRefs;
import imports.gateway.io.k8s.networking.gateway.HttpRouteSpecRulesTimeouts;
import imports.k8s.CrossVersionObjectReferenceV2;
import imports.k8s.DeploymentSpec;
import imports.k8s.DeploymentStrategy;
import imports.k8s.HorizontalPodAutoscalerBehaviorV2;
import imports.k8s.HorizontalPodAutoscalerSpecV2;
import imports.k8s.HpaScalingRulesV2;
import imports.k8s.HttpIngressPath;
import imports.k8s.HttpIngressRuleValue;
import imports.k8s.IngressBackend;
import imports.k8s.IngressRule;
import imports.k8s.IngressServiceBackend;
import imports.k8s.IngressSpec;
import imports.k8s.IntOrString;
import imports.k8s.KubeDeployment;
import imports.k8s.KubeDeploymentProps;
import imports.k8s.KubeHorizontalPodAutoscalerV2;
import imports.k8s.KubeHorizontalPodAutoscalerV2Props;
import imports.k8s.KubeIngress;
import imports.k8s.KubeIngressProps;
import imports.k8s.KubeService;
import imports.k8s.KubeServiceProps;
import imports.k8s.LabelSelector;
import imports.k8s.Lifecycle;
import imports.k8s.LifecycleHandler;
import imports.k8s.MetricSpecV2;
import imports.k8s.MetricTargetV2;
import imports.k8s.ResourceMetricSourceV2;
import imports.k8s.RollingUpdateDeployment;
import imports.k8s.ServiceBackendPort;
import imports.k8s.ServicePort;
import imports.k8s.ServiceSpec;
import imports.k8s.SleepAction;
import java.util.List;
import software.constructs.Construct;

/**
 * The gunicorn web tier: a Deployment (replicas owned by the HPA), a ClusterIP Service, an
 * autoscaling/v2 HPA on the plan's CPU target with its cooldowns as stabilization windows, a
 * PodDisruptionBudget, and the route in: a Gateway API HTTPRoute by default, an Ingress as an option.
 */
public class WebTier extends Construct {

    /** Kubernetes caps HPA stabilization windows at one hour. */
    static final long MAX_STABILIZATION_SECONDS = 3600;

    private final KubeDeployment deployment;
    private final KubeService service;
    private final KubeHorizontalPodAutoscalerV2 autoscaler;
    private final Construct route;

    public WebTier(Construct scope, String id, SupersetK8sProps props) {
        super(scope, id);
        Component web = props.getTopology().web();
        String name = Labels.name(web.name());
        // The preStop pause lets endpoints drop the pod before gunicorn's graceful shutdown starts.
        Lifecycle drain = Lifecycle.builder().preStop(LifecycleHandler.builder()
                .sleep(SleepAction.builder().seconds(PodTemplates.ENDPOINT_DRAIN_SECONDS).build()).build()).build();
        this.deployment = new KubeDeployment(this, "Deployment", KubeDeploymentProps.builder()
                .metadata(Objects.meta(name, web.name()))
                .spec(DeploymentSpec.builder()
                        .selector(LabelSelector.builder().matchLabels(Labels.selector(web.name())).build())
                        .strategy(DeploymentStrategy.builder().type("RollingUpdate").rollingUpdate(RollingUpdateDeployment.builder()
                                .maxSurge(IntOrString.fromString("25%")).maxUnavailable(IntOrString.fromNumber(0)).build()).build())
                        .template(PodTemplates.template(props, web, PodTemplates.Capacity.ON_DEMAND,
                                List.of(PodTemplates.supersetContainer(props, web, drain)),
                                List.of(PodTemplates.waitForMigrations(props, web)),
                                PodTemplates.supersetVolumes(props, web), "Always", PodTemplates.supersetConfigDigest(props),
                                PodTemplates.ENDPOINT_DRAIN_SECONDS))
                        .build())
                .build());
        var http = web.port("http");
        this.service = new KubeService(this, "Service", KubeServiceProps.builder()
                .metadata(Objects.meta(name, web.name()))
                .spec(ServiceSpec.builder().type("ClusterIP").selector(Labels.selector(web.name()))
                        .ports(List.of(ServicePort.builder().name(http.name()).port(http.port()).targetPort(IntOrString.fromString(http.name()))
                                .protocol("TCP").build())).build())
                .build());
        ScalingSignal cpu = web.scaling().signal(ScalingSignal.Kind.CPU_PERCENT)
                .orElseThrow(() -> new IllegalArgumentException("web has no CPU scaling signal in the topology"));
        this.autoscaler = new KubeHorizontalPodAutoscalerV2(this, "Autoscaler", KubeHorizontalPodAutoscalerV2Props.builder()
                .metadata(Objects.meta(name, web.name()))
                .spec(HorizontalPodAutoscalerSpecV2.builder()
                        .scaleTargetRef(CrossVersionObjectReferenceV2.builder().apiVersion("apps/v1").kind("Deployment").name(name).build())
                        .minReplicas(web.replicas().min().value())
                        .maxReplicas(web.replicas().max().value())
                        .metrics(List.of(MetricSpecV2.builder().type("Resource").resource(ResourceMetricSourceV2.builder().name("cpu")
                                .target(MetricTargetV2.builder().type("Utilization").averageUtilization(cpu.target().value()).build()).build()).build()))
                        .behavior(HorizontalPodAutoscalerBehaviorV2.builder()
                                .scaleUp(HpaScalingRulesV2.builder().stabilizationWindowSeconds(
                                        Math.min(MAX_STABILIZATION_SECONDS, web.scaling().cooldowns().scaleOutSeconds().value())).build())
                                .scaleDown(HpaScalingRulesV2.builder().stabilizationWindowSeconds(
                                        Math.min(MAX_STABILIZATION_SECONDS, web.scaling().cooldowns().scaleInSeconds().value())).build())
                                .build())
                        .build())
                .build());
        Budgets.add(this, web);
        TimeoutChain timeouts = props.getTopology().plan().web().timeouts();
        if (props.getExposure() instanceof WebExposure.Gateway gateway) {
            this.route = new HttpRoute(this, "Route", HttpRouteProps.builder()
                    .metadata(Objects.crdMeta(name, web.name()))
                    .spec(HttpRouteSpec.builder()
                            .parentRefs(List.of(HttpRouteSpecParentRefs.builder().name(gateway.gatewayName())
                                    .namespace(gateway.gatewayNamespace()).build()))
                            .hostnames(List.of(gateway.hostname()))
                            .rules(List.of(HttpRouteSpecRules.builder()
                                    .backendRefs(List.of(HttpRouteSpecRulesBackendRefs.builder().name(name).port(http.port()).build()))
                                    // The gateway waits the balancer-idle time of the plan's chain: gunicorn always times out first.
                                    .timeouts(HttpRouteSpecRulesTimeouts.builder()
                                            .request(timeouts.loadBalancerIdleSeconds().value() + "s")
                                            .backendRequest(timeouts.loadBalancerIdleSeconds().value() + "s").build())
                                    .build()))
                            .build())
                    .build());
        } else {
            WebExposure.Ingress ingress = (WebExposure.Ingress) props.getExposure();
            this.route = new KubeIngress(this, "Ingress", KubeIngressProps.builder()
                    .metadata(Objects.meta(name, web.name()))
                    .spec(IngressSpec.builder().ingressClassName(ingress.ingressClassName())
                            .rules(List.of(IngressRule.builder().host(ingress.hostname()).http(HttpIngressRuleValue.builder()
                                    .paths(List.of(HttpIngressPath.builder().path("/").pathType("Prefix").backend(IngressBackend.builder()
                                            .service(IngressServiceBackend.builder().name(name).port(ServiceBackendPort.builder()
                                                    .number(http.port()).build()).build()).build()).build())).build()).build()))
                            .build())
                    .build());
        }
    }

    public KubeDeployment getDeployment() {
        return deployment;
    }

    public KubeService getService() {
        return service;
    }

    public KubeHorizontalPodAutoscalerV2 getAutoscaler() {
        return autoscaler;
    }

    /** The HTTPRoute or Ingress. */
    public Construct getRoute() {
        return route;
    }
}
