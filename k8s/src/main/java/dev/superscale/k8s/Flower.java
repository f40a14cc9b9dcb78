package dev.superscale.k8s;

import dev.superscale.topology.Component;
import dev.superscale.topology.SupersetSecret;
import dev.superscale.topology.SupersetTopology;
import imports.k8s.Container;
import imports.k8s.DeploymentSpec;
import imports.k8s.DeploymentStrategy;
import imports.k8s.EmptyDirVolumeSource;
import imports.k8s.IntOrString;
import imports.k8s.KubeDeployment;
import imports.k8s.KubeDeploymentProps;
import imports.k8s.KubeService;
import imports.k8s.KubeServiceProps;
import imports.k8s.LabelSelector;
import imports.k8s.ServicePort;
import imports.k8s.ServiceSpec;
import imports.k8s.Volume;
import imports.k8s.VolumeMount;
import imports.monitoring.com.coreos.monitoring.ServiceMonitor;
import imports.monitoring.com.coreos.monitoring.ServiceMonitorProps;
import imports.monitoring.com.coreos.monitoring.ServiceMonitorSpec;
import imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpoints;
import imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsBasicAuth;
import imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsBasicAuthPassword;
import imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpointsBasicAuthUsername;
import imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecSelector;
import java.util.List;
import software.constructs.Construct;

/**
 * Flower, the Celery monitor, when the topology has it: the topology's command, environment, probe and size in a
 * Deployment (its one replica: a monitoring view whose state is rebuilt from the broker's events, so a second adds
 * nothing), a ClusterIP Service and a ServiceMonitor on {@code /metrics}. Never exposed: no route or ingress names it,
 * and its NetworkPolicy lets only Prometheus in. The scrape always sends the basic-auth user of
 * {@link SupersetSecret#FLOWER_BASIC_AUTH}: Flower releases differ on whether {@code /metrics} demands it, and a
 * scrape with credentials works either way.
 */
public class Flower extends Construct {

    public static final String IMAGE = "mher/flower:2.0.1";
    /** Python writes temporary files there; an emptyDir under the read-only root. */
    static final String TMP = "/tmp";

    private final KubeDeployment deployment;
    private final KubeService service;
    private final ServiceMonitor serviceMonitor;

    public Flower(Construct scope, String id, SupersetK8sProps props) {
        super(scope, id);
        Component flower = props.getTopology().flower().orElseThrow(() -> new IllegalArgumentException("the topology has no Flower"));
        String name = Labels.name(flower.name());
        int port = flower.port("http").port();
        Container.Builder container = Container.builder().name(flower.name()).image(IMAGE)
                .command(flower.command())
                .env(PodTemplates.environment(props, flower))
                .ports(List.of(imports.k8s.ContainerPort.builder().name("http").containerPort(port).build()))
                .resources(PodTemplates.resources(flower))
                .securityContext(PodTemplates.restricted())
                .volumeMounts(List.of(VolumeMount.builder().name("tmp").mountPath(TMP).build()));
        flower.probe().ifPresent(p -> container.startupProbe(PodTemplates.probe(p, true, false))
                .livenessProbe(PodTemplates.probe(p, false, false)).readinessProbe(PodTemplates.probe(p, false, true)));
        this.deployment = new KubeDeployment(this, "Deployment", KubeDeploymentProps.builder()
                .metadata(Objects.meta(name, flower.name()))
                .spec(DeploymentSpec.builder()
                        .replicas(flower.replicas().max().value())
                        .selector(LabelSelector.builder().matchLabels(Labels.selector(flower.name())).build())
                        .strategy(DeploymentStrategy.builder().type("RollingUpdate").build())
                        .template(PodTemplates.template(props, flower, PodTemplates.Capacity.ON_DEMAND, List.of(container.build()), List.of(),
                                List.of(Volume.builder().name("tmp").emptyDir(EmptyDirVolumeSource.builder().build()).build()),
                                "Always", PodTemplates.digest(IMAGE, String.join(" ", flower.command())), 0))
                        .build())
                .build());
        this.service = new KubeService(this, "Service", KubeServiceProps.builder().metadata(Objects.meta(name, flower.name()))
                .spec(ServiceSpec.builder().type("ClusterIP").selector(Labels.selector(flower.name())).ports(List.of(ServicePort.builder()
                        .name("http").port(port).targetPort(IntOrString.fromString("http")).protocol("TCP").build())).build())
                .build());
        String secret = SupersetSecret.FLOWER_BASIC_AUTH.defaultName();
        this.serviceMonitor = new ServiceMonitor(this, "ServiceMonitor", ServiceMonitorProps.builder()
                .metadata(Objects.crdMeta(name, flower.name()))
                .spec(ServiceMonitorSpec.builder().selector(ServiceMonitorSpecSelector.builder().matchLabels(Labels.selector(flower.name())).build())
                        .endpoints(List.of(ServiceMonitorSpecEndpoints.builder().port("http").path("/metrics")
                                .interval(Monitoring.SCRAPE_INTERVAL_SECONDS + "s")
                                .basicAuth(ServiceMonitorSpecEndpointsBasicAuth.builder()
                                        .username(ServiceMonitorSpecEndpointsBasicAuthUsername.builder().name(secret).key("username").build())
                                        .password(ServiceMonitorSpecEndpointsBasicAuthPassword.builder().name(secret).key("password").build())
                                        .build())
                                .build()))
                        .build())
                .build());
    }

    /** The Flower pods' selector (its NetworkPolicy's target). */
    static java.util.Map<String, String> selector() {
        return Labels.selector(SupersetTopology.FLOWER);
    }

    public KubeDeployment getDeployment() {
        return deployment;
    }

    public KubeService getService() {
        return service;
    }

    public ServiceMonitor getServiceMonitor() {
        return serviceMonitor;
    }
}
