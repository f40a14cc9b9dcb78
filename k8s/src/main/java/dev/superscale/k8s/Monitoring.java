package dev.superscale.k8s;

import dev.superscale.capacity.AlertThresholds;
import dev.superscale.capacity.AlertWindow;
import dev.superscale.render.RedisDatabases;
import dev.superscale.topology.SupersetSecret;
import dev.superscale.topology.SupersetTopology;
import imports.k8s.Container;
import imports.k8s.DeploymentSpec;
import imports.k8s.EnvVar;
import imports.k8s.EnvVarSource;
import imports.k8s.HttpGetAction;
import imports.k8s.IntOrString;
import imports.k8s.KubeDeployment;
import imports.k8s.KubeDeploymentProps;
import imports.k8s.KubeService;
import imports.k8s.KubeServiceProps;
import imports.k8s.LabelSelector;
import imports.k8s.ObjectMeta;
import imports.k8s.PodSecurityContext;
import imports.k8s.PodSpec;
import imports.k8s.PodTemplateSpec;
import imports.k8s.Probe;
import imports.k8s.Quantity;
import imports.k8s.ResourceRequirements;
import imports.k8s.SeccompProfile;
import imports.k8s.SecretKeySelector;
import imports.k8s.ServicePort;
import imports.k8s.ServiceSpec;
import imports.monitoring.com.coreos.monitoring.PrometheusRule;
import imports.monitoring.com.coreos.monitoring.PrometheusRuleProps;
import imports.monitoring.com.coreos.monitoring.PrometheusRuleSpec;
import imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroups;
import imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRules;
import imports.monitoring.com.coreos.monitoring.ServiceMonitor;
import imports.monitoring.com.coreos.monitoring.ServiceMonitorProps;
import imports.monitoring.com.coreos.monitoring.ServiceMonitorSpec;
import imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecEndpoints;
import imports.monitoring.com.coreos.monitoring.ServiceMonitorSpecSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.constructs.Construct;

/**
 * Monitoring on metrics that exist: a redis_exporter (oliver006/redis_exporter) watching the
 * broker, with a ServiceMonitor, and a PrometheusRule with the plan's thresholds and windows on
 * <ul>
 * <li>{@code redis_key_size{key="QUEUE"}}: the list length of each Celery queue (redis_exporter's
 *     --check-single-keys; kombu keeps a queue's messages in a list named after it);</li>
 * <li>{@code redis_memory_used_bytes} / {@code redis_memory_max_bytes}: redis_exporter's INFO memory;</li>
 * <li>{@code kube_deployment_spec_replicas} and {@code kube_deployment_status_replicas_available}:
 *     kube-state-metrics, for workers down.</li>
 * </ul>
 * Web latency, error rate, cache hit ratio and database connections need Superset's and gunicorn's
 * StatsD output and a PgBouncer exporter, which the topology does not configure yet (see README).
 */
public class Monitoring extends Construct {

    public static final String EXPORTER_IMAGE = "oliver006/redis_exporter:v1.67.0";
    static final int EXPORTER_PORT = 9121;
    /** The exporter image's numeric user. */
    static final long EXPORTER_UID = 59000;
    static final String COMPONENT = "redis-exporter";

    private final KubeDeployment exporter;
    private final KubeService service;
    private final ServiceMonitor serviceMonitor;
    private final PrometheusRule rules;

    public Monitoring(Construct scope, String id, SupersetK8sProps props) {
        super(scope, id);
        SupersetTopology topology = props.getTopology();
        String name = Labels.name(COMPONENT);
        List<String> queues = topology.workers().stream().map(w -> w.name().substring(SupersetTopology.WORKER_PREFIX.length())).toList();
        String db = "db" + RedisDatabases.CELERY_BROKER.index();
        List<EnvVar> env = new ArrayList<>();
        env.add(EnvVar.builder().name("REDIS_ADDR").value(Endpoints.brokerAddress(props)).build());
        env.add(EnvVar.builder().name("REDIS_PASSWORD").valueFrom(EnvVarSource.builder().secretKeyRef(SecretKeySelector.builder()
                .name(SupersetSecret.REDIS_BROKER_AUTH.defaultName()).key(SupersetSecret.VALUE).build()).build()).build());
        env.add(EnvVar.builder().name("REDIS_EXPORTER_CHECK_SINGLE_KEYS")
                .value(queues.stream().map(q -> db + "=" + q).collect(Collectors.joining(","))).build());
        Map<String, Quantity> amounts = new TreeMap<>();
        // A third-party exporter the topology does not list: its vendor's modest footprint.
        amounts.put("cpu", Quantity.fromString("100m"));
        amounts.put("memory", Quantity.fromString("128Mi"));
        Map<String, String> labels = Labels.of(COMPONENT);
        this.exporter = new KubeDeployment(this, "Exporter", KubeDeploymentProps.builder()
                .metadata(Objects.meta(name, COMPONENT))
                .spec(DeploymentSpec.builder().replicas(1)
                        .selector(LabelSelector.builder().matchLabels(Labels.selector(COMPONENT)).build())
                        .template(PodTemplateSpec.builder().metadata(ObjectMeta.builder().labels(labels).build())
                                .spec(PodSpec.builder()
                                        .serviceAccountName(PodTemplates.SERVICE_ACCOUNT).automountServiceAccountToken(false).enableServiceLinks(false)
                                        .securityContext(PodSecurityContext.builder().runAsNonRoot(true).runAsUser(EXPORTER_UID).runAsGroup(EXPORTER_UID)
                                                .seccompProfile(SeccompProfile.builder().type("RuntimeDefault").build()).build())
                                        .containers(List.of(Container.builder().name(COMPONENT).image(EXPORTER_IMAGE).env(env)
                                                .ports(List.of(imports.k8s.ContainerPort.builder().name("metrics").containerPort(EXPORTER_PORT).build()))
                                                .resources(ResourceRequirements.builder().requests(amounts).limits(amounts).build())
                                                .securityContext(PodTemplates.restricted())
                                                .readinessProbe(Probe.builder().httpGet(HttpGetAction.builder().path("/health")
                                                        .port(IntOrString.fromString("metrics")).build()).build())
                                                .build()))
                                        .build())
                                .build())
                        .build())
                .build());
        this.service = new KubeService(this, "Service", KubeServiceProps.builder().metadata(Objects.meta(name, COMPONENT))
                .spec(ServiceSpec.builder().type("ClusterIP").selector(Labels.selector(COMPONENT)).ports(List.of(ServicePort.builder()
                        .name("metrics").port(EXPORTER_PORT).targetPort(IntOrString.fromString("metrics")).protocol("TCP").build())).build())
                .build());
        this.serviceMonitor = new ServiceMonitor(this, "ServiceMonitor", ServiceMonitorProps.builder()
                .metadata(Objects.crdMeta(name, COMPONENT))
                .spec(ServiceMonitorSpec.builder().selector(ServiceMonitorSpecSelector.builder().matchLabels(Labels.selector(COMPONENT)).build())
                        .endpoints(List.of(ServiceMonitorSpecEndpoints.builder().port("metrics").interval("30s").build())).build())
                .build());
        this.rules = new PrometheusRule(this, "Rules", PrometheusRuleProps.builder()
                .metadata(Objects.crdMeta("superset-alerts", "monitoring"))
                .spec(PrometheusRuleSpec.builder().groups(List.of(PrometheusRuleSpecGroups.builder().name("superset")
                        .rules(rules(props, queues)).build())).build())
                .build());
    }

    static List<PrometheusRuleSpecGroupsRules> rules(SupersetK8sProps props, List<String> queues) {
        AlertThresholds alerts = props.getTopology().plan().alerts();
        String ns = props.getNamespace();
        List<PrometheusRuleSpecGroupsRules> rules = new ArrayList<>();
        for (String queue : queues) {
            rules.add(rule("SupersetCeleryQueueDepthHigh" + camel(queue),
                    "max(redis_key_size{namespace=\"" + ns + "\",key=\"" + queue + "\"}) > " + alerts.queueDepth().value(),
                    alerts.queueDepthWindow(), "warning", "Celery queue " + queue + " holds more than " + alerts.queueDepth().value()
                            + " messages: workers are not keeping up (" + alerts.queueDepth().reason() + ")"));
        }
        rules.add(rule("SupersetRedisBrokerMemoryHigh",
                "max(100 * redis_memory_used_bytes{namespace=\"" + ns + "\"} / (redis_memory_max_bytes{namespace=\"" + ns + "\"} > 0)) > "
                        + alerts.redisMemoryPercent().value(),
                alerts.redisMemoryWindow(), "critical", "the broker Redis uses more than " + alerts.redisMemoryPercent().value()
                        + "% of its memory; with noeviction it will refuse new tasks"));
        rules.add(rule("SupersetWorkersDown",
                "sum by (deployment) (kube_deployment_spec_replicas{namespace=\"" + ns + "\",deployment=~\"superset-worker-.*\"}"
                        + " - kube_deployment_status_replicas_available{namespace=\"" + ns + "\",deployment=~\"superset-worker-.*\"}) > "
                        + alerts.workersDownAllowed().value(),
                alerts.componentDownWindow(), "critical", "more than " + alerts.workersDownAllowed().value() + " worker replica(s) of a queue are not available"));
        return rules;
    }

    private static PrometheusRuleSpecGroupsRules rule(String alert, String expr, AlertWindow window, String severity, String summary) {
        return PrometheusRuleSpecGroupsRules.builder().alert(alert)
                .expr(imports.monitoring.com.coreos.monitoring.PrometheusRuleSpecGroupsRulesExpr.fromString(expr))
                .forValue(window.sustainedSeconds() + "s")
                .labels(Map.of("severity", severity))
                .annotations(Map.of("summary", summary))
                .build();
    }

    private static String camel(String queue) {
        return java.util.Arrays.stream(queue.split("[^A-Za-z0-9]+")).filter(s -> !s.isEmpty())
                .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1)).collect(Collectors.joining());
    }

    public KubeDeployment getExporter() {
        return exporter;
    }

    public KubeService getService() {
        return service;
    }

    public ServiceMonitor getServiceMonitor() {
        return serviceMonitor;
    }

    public PrometheusRule getRules() {
        return rules;
    }
}
