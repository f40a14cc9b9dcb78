package dev.superscale.k8s;

import dev.superscale.topology.SupersetTopology;
import imports.k8s.ConfigMapVolumeSource;
import imports.k8s.Container;
import imports.k8s.ContainerPort;
import imports.k8s.HttpGetAction;
import imports.k8s.IntOrString;
import imports.k8s.KubeConfigMap;
import imports.k8s.KubeConfigMapProps;
import imports.k8s.KubeDeployment;
import imports.k8s.KubeService;
import imports.k8s.KubeServiceProps;
import imports.k8s.Probe;
import imports.k8s.ServicePort;
import imports.k8s.ServiceSpec;
import imports.k8s.Volume;
import imports.k8s.VolumeMount;
import imports.monitoring.com.coreos.monitoring.PodMonitor;
import imports.monitoring.com.coreos.monitoring.PodMonitorProps;
import imports.monitoring.com.coreos.monitoring.PodMonitorSpec;
import imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpoints;
import imports.monitoring.com.coreos.monitoring.PodMonitorSpecSelector;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * A statsd-exporter (prometheus/statsd_exporter) receiving gunicorn's and Superset's StatsD lines on UDP and serving
 * them as the Prometheus metrics the topology's mapping names ({@link SupersetTopology#statsdMapping()}): a ConfigMap
 * with the mapping, a Deployment, a Service for the UDP port only (what Superset pods send to) and a PodMonitor for
 * the metrics port (so no Superset pod needs a path to it).
 */
public class StatsdExporter extends Construct {

    public static final String IMAGE = "prom/statsd-exporter:v0.28.0";
    static final String COMPONENT = "statsd-exporter";
    /** statsd_exporter's defaults: StatsD lines on 9125, metrics on 9102. */
    static final int STATSD_PORT = 9125;
    static final int METRICS_PORT = 9102;
    /** The image runs as nobody. */
    static final long UID = 65534;
    static final String MAPPING_FILE = "mapping.yaml";
    static final String MAPPING_DIRECTORY = "/etc/statsd-exporter";

    private final KubeConfigMap mapping;
    private final KubeDeployment deployment;
    private final KubeService service;
    private final PodMonitor podMonitor;

    public StatsdExporter(Construct scope, String id, SupersetK8sProps props) {
        super(scope, id);
        String name = Labels.name(COMPONENT);
        String mappingYaml = props.getTopology().statsdMapping();
        this.mapping = new KubeConfigMap(this, "Mapping", KubeConfigMapProps.builder()
                .metadata(Objects.meta(name, COMPONENT)).data(Map.of(MAPPING_FILE, mappingYaml)).build());
        Container container = Container.builder().name(COMPONENT).image(IMAGE)
                .args(List.of("--statsd.mapping-config=" + MAPPING_DIRECTORY + "/" + MAPPING_FILE,
                        "--statsd.listen-udp=:" + STATSD_PORT,
                        // gunicorn and Superset send UDP only.
                        "--statsd.listen-tcp=",
                        "--web.listen-address=:" + METRICS_PORT))
                .ports(List.of(ContainerPort.builder().name("statsd").containerPort(STATSD_PORT).protocol("UDP").build(),
                        ContainerPort.builder().name("metrics").containerPort(METRICS_PORT).protocol("TCP").build()))
                .resources(ExporterPods.fixedSize("100m", "128Mi"))
                .securityContext(PodTemplates.restricted())
                .volumeMounts(List.of(VolumeMount.builder().name("mapping").mountPath(MAPPING_DIRECTORY).readOnly(true).build()))
                .readinessProbe(Probe.builder().httpGet(HttpGetAction.builder().path("/-/ready").port(IntOrString.fromString("metrics")).build()).build())
                .livenessProbe(Probe.builder().httpGet(HttpGetAction.builder().path("/-/healthy").port(IntOrString.fromString("metrics")).build()).build())
                .build();
        this.deployment = ExporterPods.deployment(this, "Deployment", COMPONENT, UID, container,
                List.of(Volume.builder().name("mapping").configMap(ConfigMapVolumeSource.builder().name(name).build()).build()),
                // A changed mapping rolls the exporter (it reads the file at start).
                Map.of("superscale.dev/config-digest", PodTemplates.digest(IMAGE, mappingYaml)));
        this.service = new KubeService(this, "Service", KubeServiceProps.builder().metadata(Objects.meta(name, COMPONENT))
                .spec(ServiceSpec.builder().type("ClusterIP").selector(Labels.selector(COMPONENT)).ports(List.of(ServicePort.builder()
                        .name("statsd").port(STATSD_PORT).targetPort(IntOrString.fromString("statsd")).protocol("UDP").build())).build())
                .build());
        this.podMonitor = new PodMonitor(this, "PodMonitor", PodMonitorProps.builder()
                .metadata(Objects.crdMeta(name, COMPONENT))
                .spec(PodMonitorSpec.builder().selector(PodMonitorSpecSelector.builder().matchLabels(Labels.selector(COMPONENT)).build())
                        .podMetricsEndpoints(List.of(PodMonitorSpecPodMetricsEndpoints.builder().port("metrics")
                                .interval(Monitoring.SCRAPE_INTERVAL_SECONDS + "s").build())).build())
                .build());
    }

    /** In-cluster DNS name of the UDP Service (the {@code STATSD} endpoint's host). */
    static String host(SupersetK8sProps props) {
        return Labels.name(COMPONENT) + "." + props.getNamespace() + ".svc.cluster.local";
    }

    public KubeConfigMap getMapping() {
        return mapping;
    }

    public KubeDeployment getDeployment() {
        return deployment;
    }

    public KubeService getService() {
        return service;
    }

    public PodMonitor getPodMonitor() {
        return podMonitor;
    }
}
