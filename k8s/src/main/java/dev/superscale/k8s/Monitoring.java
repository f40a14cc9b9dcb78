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
 * With a topology that sends StatsD ({@code TopologyOption.STATSD}) also a {@link StatsdExporter} and alerts on web
 * p95 latency, the 5xx share and the chart cache hit ratio. Every signal's PromQL is in {@link Signals}; a Grafana
 * dashboard ({@link GrafanaDashboard}) plots the same series. With Flower in the topology also an alert on the share of
 * failed Celery tasks, from Flower's {@code flower_events_total} ({@link Flower} scrapes it).
 */
public class Monitoring extends Construct {

    public static final String EXPORTER_IMAGE = "oliver006/redis_exporter:v1.67.0";
    static final int EXPORTER_PORT = 9121;
    /** The exporter image's numeric user. */
    static final long EXPORTER_UID = 59000;
    static final String COMPONENT = "redis-exporter";
    /** How often Prometheus scrapes every exporter here. */
    static final int SCRAPE_INTERVAL_SECONDS = 30;

    private final KubeDeployment exporter;
    private final KubeService service;
    private final ServiceMonitor serviceMonitor;
    private final PrometheusRule rules;
    private final StatsdExporter statsdExporter;
    private final GrafanaDashboard dashboard;

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
        // redis_exporter's --tls-ca-cert-file, by its environment form: verify the broker against the mounted CA bundle.
        PodTemplates.redisCa(props).ifPresent(redis -> env.add(EnvVar.builder().name("REDIS_EXPORTER_TLS_CA_CERT_FILE").value(redis.caFile()).build()));
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
                                        .volumes(PodTemplates.redisCa(props).map(redis -> List.of(PodTemplates.redisCaVolume(redis))).orElse(null))
                                        .containers(List.of(Container.builder().name(COMPONENT).image(EXPORTER_IMAGE).env(env)
                                                .volumeMounts(PodTemplates.redisCa(props).map(redis -> List.of(PodTemplates.redisCaMount())).orElse(null))
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
                        .endpoints(List.of(ServiceMonitorSpecEndpoints.builder().port("metrics").interval(SCRAPE_INTERVAL_SECONDS + "s").build())).build())
                .build());
        this.rules = new PrometheusRule(this, "Rules", PrometheusRuleProps.builder()
                .metadata(Objects.crdMeta("superset-alerts", "monitoring"))
                .spec(PrometheusRuleSpec.builder().groups(List.of(PrometheusRuleSpecGroups.builder().name("superset")
                        .rules(rules(props, queues)).build())).build())
                .build());
        // gunicorn's and Superset's StatsD lines, when the topology sends them.
        this.statsdExporter = topology.statsd() ? new StatsdExporter(this, "StatsdExporter", props) : null;
        this.dashboard = new GrafanaDashboard(this, "Dashboard", props, queues);
    }

    static List<PrometheusRuleSpecGroupsRules> rules(SupersetK8sProps props, List<String> queues) {
        AlertThresholds alerts = props.getTopology().plan().alerts();
        Signals signals = new Signals(props.getNamespace());
        List<PrometheusRuleSpecGroupsRules> rules = new ArrayList<>();
        for (String queue : queues) {
            rules.add(rule("SupersetCeleryQueueDepthHigh" + camel(queue), signals.queueDepth(queue) + " > " + alerts.queueDepth().value(),
                    alerts.queueDepthWindow(), "warning", "Celery queue " + queue + " holds more than " + alerts.queueDepth().value()
                            + " messages: workers are not keeping up (" + alerts.queueDepth().reason() + ")"));
        }
        rules.add(rule("SupersetRedisBrokerMemoryHigh", signals.brokerMemoryPercent() + " > " + alerts.redisMemoryPercent().value(),
                alerts.redisMemoryWindow(), "critical", "the broker Redis uses more than " + alerts.redisMemoryPercent().value()
                        + "% of its memory; with noeviction it will refuse new tasks"));
        rules.add(rule("SupersetWorkersDown", signals.workersUnavailable() + " > " + alerts.workersDownAllowed().value(),
                alerts.componentDownWindow(), "critical", "more than " + alerts.workersDownAllowed().value() + " worker replica(s) of a queue are not available"));
        rules.add(rule("SupersetDatabaseConnectionsHigh", "(" + signals.databaseServerConnections() + ") > "
                        + alerts.databaseConnectionsAbove().value(), alerts.databaseConnectionsWindow(), "critical",
                "PgBouncer holds more than " + alerts.databaseConnectionsAbove().value() + " server connections to PostgreSQL ("
                        + alerts.databaseConnectionsAbove().reason() + ")"));
        if (props.getTopology().statsd()) {
            rules.add(rule("SupersetWebLatencyHigh", signals.webP95LatencySeconds(Signals.rangeSeconds(alerts.webLatencyWindow())) + " > "
                            + decimal(alerts.webP95LatencySeconds().value()), alerts.webLatencyWindow(), "warning",
                    "web p95 latency is above " + decimal(alerts.webP95LatencySeconds().value()) + " s (" + alerts.webP95LatencySeconds().reason() + ")"));
            rules.add(rule("SupersetWebErrorRateHigh", signals.webErrorPercent(Signals.rangeSeconds(alerts.errorRateWindow())) + " > "
                            + decimal(alerts.errorRatePercent().value()), alerts.errorRateWindow(), "critical",
                    "more than " + decimal(alerts.errorRatePercent().value()) + "% of web responses are 5xx errors"));
            rules.add(rule("SupersetChartCacheHitRatioLow", signals.chartCacheHitRatio(Signals.rangeSeconds(alerts.cacheHitWindow())) + " < "
                            + decimal(alerts.cacheHitRatioBelow().value()), alerts.cacheHitWindow(), "warning",
                    "fewer than " + decimal(alerts.cacheHitRatioBelow().value()) + " of chart data loads come from the cache ("
                            + alerts.cacheHitRatioBelow().reason() + ")"));
        }
        if (props.getTopology().flower().isPresent()) {
            // The plan has no separate budget for task failures: its error-rate budget applies to tasks as to web responses.
            rules.add(rule("SupersetCeleryTaskFailureRateHigh", signals.celeryTaskFailurePercent(Signals.rangeSeconds(alerts.errorRateWindow()))
                            + " > " + decimal(alerts.errorRatePercent().value()), alerts.errorRateWindow(), "warning",
                    "more than " + decimal(alerts.errorRatePercent().value()) + "% of finished Celery tasks failed (Flower's task events)"));
        }
        return rules;
    }

    /** A plan's fractional threshold as PromQL reads it: plain decimal, no exponent, no trailing zeros. */
    static String decimal(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
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

    /** The statsd-exporter, or empty when the topology sends no StatsD. */
    public java.util.Optional<StatsdExporter> getStatsdExporter() {
        return java.util.Optional.ofNullable(statsdExporter);
    }

    public GrafanaDashboard getDashboard() {
        return dashboard;
    }
}
