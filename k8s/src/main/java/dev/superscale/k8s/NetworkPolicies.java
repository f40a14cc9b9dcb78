package dev.superscale.k8s;

import dev.superscale.render.SupersetEnvironment;
import dev.superscale.topology.Component;
import dev.superscale.topology.SupersetTopology;
import imports.k8s.IntOrString;
import imports.k8s.IpBlock;
import imports.k8s.KubeNetworkPolicy;
import imports.k8s.KubeNetworkPolicyProps;
import imports.k8s.LabelSelector;
import imports.k8s.LabelSelectorRequirement;
import imports.k8s.NetworkPolicyEgressRule;
import imports.k8s.NetworkPolicyIngressRule;
import imports.k8s.NetworkPolicyPeer;
import imports.k8s.NetworkPolicyPort;
import imports.k8s.NetworkPolicySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * Default deny in and out for the namespace, then only the paths the topology names: DNS for
 * every pod; Superset pods to PgBouncer, to the Redis broker and cache, and to the warehouse CIDRs;
 * components that open dashboards (report workers, beat) to the gateway; the gateway's proxies to
 * web; Superset pods to PgBouncer and PgBouncer to PostgreSQL.
 */
public class NetworkPolicies extends Construct {

    static final String METADATA_NAME = "kubernetes.io/metadata.name";

    private final List<KubeNetworkPolicy> policies = new ArrayList<>();

    public NetworkPolicies(Construct scope, String id, SupersetK8sProps props) {
        super(scope, id);
        SupersetTopology topology = props.getTopology();
        add("DefaultDeny", "superset-default-deny", LabelSelector.builder().build(), List.of(), List.of());

        add("Dns", "superset-dns", LabelSelector.builder().build(), List.of(), List.of(NetworkPolicyEgressRule.builder()
                .to(List.of(NetworkPolicyPeer.builder()
                        .namespaceSelector(LabelSelector.builder().matchLabels(Map.of(METADATA_NAME, "kube-system")).build())
                        .podSelector(LabelSelector.builder().matchLabels(Map.of("k8s-app", "kube-dns")).build()).build()))
                .ports(List.of(port(53, "UDP"), port(53, "TCP"))).build()));

        LabelSelector supersetPods = LabelSelector.builder().matchLabels(Map.of(Labels.SUPERSET_IMAGE, "true")).build();
        Component bouncer = topology.pgBouncer();
        LabelSelector bouncerPods = LabelSelector.builder().matchLabels(Labels.selector(bouncer.name())).build();
        List<NetworkPolicyEgressRule> app = new ArrayList<>();
        app.add(NetworkPolicyEgressRule.builder().to(List.of(NetworkPolicyPeer.builder().podSelector(bouncerPods).build()))
                .ports(List.of(port(SupersetTopology.PGBOUNCER_PORT, "TCP"))).build());
        if (props.getRedisChoice() instanceof ExternalRedis redis) {
            List<NetworkPolicyPort> redisPorts = new ArrayList<>(List.of(port(redis.brokerPort(), "TCP")));
            redis.cachePorts().stream().filter(p -> p != redis.brokerPort()).forEach(p -> redisPorts.add(port(p, "TCP")));
            app.add(NetworkPolicyEgressRule.builder().to(cidrs(redis.cidrs())).ports(redisPorts).build());
        } else {
            // The Sentinels name the primary; the client then connects to that node.
            for (SentinelRedis.Role role : SentinelRedis.Role.values()) {
                app.add(NetworkPolicyEgressRule.builder().to(List.of(pods(SentinelRedis.selector(role)))).ports(redisNodePorts()).build());
            }
        }
        LabelSelector statsdPods = LabelSelector.builder().matchLabels(Labels.selector(StatsdExporter.COMPONENT)).build();
        if (topology.statsd()) {
            app.add(NetworkPolicyEgressRule.builder().to(List.of(NetworkPolicyPeer.builder().podSelector(statsdPods).build()))
                    .ports(List.of(port(StatsdExporter.STATSD_PORT, "UDP"))).build());
        }
        if (!props.getWarehouseCidrs().isEmpty()) {
            // Warehouses listen on many ports (5432, 443, 8123, ...): the CIDR list is the boundary.
            app.add(NetworkPolicyEgressRule.builder().to(cidrs(props.getWarehouseCidrs())).build());
        }
        add("SupersetEgress", "superset-app-egress", supersetPods, List.of(), app);

        List<String> opensDashboards = topology.components().stream()
                .filter(c -> c.env(SupersetEnvironment.WEBSERVER_URL).isPresent()).map(Component::name).toList();
        if (!opensDashboards.isEmpty()) {
            add("DashboardsEgress", "superset-dashboards-egress", LabelSelector.builder().matchExpressions(List.of(
                            LabelSelectorRequirement.builder().key(Labels.COMPONENT).operator("In").values(opensDashboards).build())).build(),
                    List.of(), List.of(NetworkPolicyEgressRule.builder().to(withCidrs(namespacePeer(props.getExposure().proxyNamespace()),
                                    props.getExposure().publicUrlCidrs()))
                            .ports(List.of(port(80, "TCP"), port(443, "TCP"))).build()));
        }

        Component web = topology.web();
        add("WebIngress", "superset-web-ingress", LabelSelector.builder().matchLabels(Labels.selector(web.name())).build(),
                List.of(NetworkPolicyIngressRule.builder().from(withCidrs(namespacePeer(props.getExposure().proxyNamespace()),
                                props.getExposure().webSourceCidrs()))
                        .ports(List.of(port(web.port("http").port(), "TCP"))).build()),
                List.of());

        NetworkPolicyEgressRule toServer = props.getPostgresChoice() instanceof ExternalPostgres postgres
                ? NetworkPolicyEgressRule.builder().to(cidrs(postgres.cidrs())).ports(List.of(port(postgres.port(), "TCP"))).build()
                : NetworkPolicyEgressRule.builder().to(List.of(pods(Map.of(CloudNativePgCluster.CLUSTER_LABEL, CloudNativePgCluster.NAME))))
                        .ports(List.of(port(CloudNativePgCluster.PORT, "TCP"))).build();
        add("PgBouncer", "superset-pgbouncer", bouncerPods,
                List.of(NetworkPolicyIngressRule.builder().from(List.of(NetworkPolicyPeer.builder().podSelector(supersetPods).build()))
                                .ports(List.of(port(SupersetTopology.PGBOUNCER_PORT, "TCP"))).build(),
                        // Prometheus scrapes the exporter beside PgBouncer.
                        NetworkPolicyIngressRule.builder().from(List.of(namespacePeer(props.getPrometheusNamespace())))
                                .ports(List.of(port(PgBouncerExporter.METRICS_PORT, "TCP"))).build()),
                List.of(toServer));

        // The broker's exporter: out to the broker, in from Prometheus on the metrics port only.
        LabelSelector exporterPods = LabelSelector.builder().matchLabels(Labels.selector(Monitoring.COMPONENT)).build();
        NetworkPolicyEgressRule toBroker = props.getRedisChoice() instanceof ExternalRedis redis
                ? NetworkPolicyEgressRule.builder().to(cidrs(redis.cidrs())).ports(List.of(port(redis.brokerPort(), "TCP"))).build()
                : NetworkPolicyEgressRule.builder().to(List.of(pods(SentinelRedis.selector(SentinelRedis.Role.BROKER)))).ports(redisNodePorts()).build();
        add("RedisExporter", "superset-redis-exporter", exporterPods,
                List.of(NetworkPolicyIngressRule.builder().from(List.of(namespacePeer(props.getPrometheusNamespace())))
                        .ports(List.of(port(Monitoring.EXPORTER_PORT, "TCP"))).build()),
                List.of(toBroker));

        if (topology.flower().isPresent()) {
            // Flower: out to the broker (its events and queues), in from Prometheus only; nothing else reaches it.
            add("Flower", "superset-flower", LabelSelector.builder().matchLabels(Flower.selector()).build(),
                    List.of(NetworkPolicyIngressRule.builder().from(List.of(namespacePeer(props.getPrometheusNamespace())))
                            .ports(List.of(port(SupersetTopology.FLOWER_PORT, "TCP"))).build()),
                    List.of(toBroker));
        }

        if (topology.statsd()) {
            // StatsD lines in from Superset pods, scrapes in from Prometheus; the exporter itself connects nowhere.
            add("StatsdExporter", "superset-statsd-exporter", statsdPods, List.of(
                    NetworkPolicyIngressRule.builder().from(List.of(NetworkPolicyPeer.builder().podSelector(supersetPods).build()))
                            .ports(List.of(port(StatsdExporter.STATSD_PORT, "UDP"))).build(),
                    NetworkPolicyIngressRule.builder().from(List.of(namespacePeer(props.getPrometheusNamespace())))
                            .ports(List.of(port(StatsdExporter.METRICS_PORT, "TCP"))).build()),
                    List.of());
        }

        if (props.getPostgresChoice() instanceof CloudNativePostgres cnpg) {
            cloudNativePg(props, cnpg, bouncerPods);
        }
        if (props.getRedisChoice() instanceof InClusterRedis redis) {
            for (SentinelRedis.Role role : SentinelRedis.Role.values()) {
                List<NetworkPolicyPeer> clients = new ArrayList<>(List.of(NetworkPolicyPeer.builder().podSelector(supersetPods).build(),
                        pods(SentinelRedis.selector(role))));
                if (role == SentinelRedis.Role.BROKER) {
                    // The exporter reads the queues; KEDA's operator reads them for the workers' scalers.
                    clients.add(NetworkPolicyPeer.builder().podSelector(exporterPods).build());
                    clients.add(namespacePeer(redis.kedaNamespace()));
                }
                add("Redis" + (role == SentinelRedis.Role.BROKER ? "Broker" : "Cache"), Labels.name(role.component),
                        LabelSelector.builder().matchLabels(SentinelRedis.selector(role)).build(),
                        List.of(NetworkPolicyIngressRule.builder().from(clients).ports(redisNodePorts()).build()),
                        // Replication and Sentinel gossip stay among the nodes of one deployment.
                        List.of(NetworkPolicyEgressRule.builder().to(List.of(pods(SentinelRedis.selector(role)))).ports(redisNodePorts()).build()));
            }
        }
    }

    /**
     * The database instances: PgBouncer in, replication among the instances, the CNPG operator in on the
     * status and PostgreSQL ports, and out to the Kubernetes API (the instance manager watches it) and,
     * with backups, to the object store.
     */
    private void cloudNativePg(SupersetK8sProps props, CloudNativePostgres cnpg, LabelSelector bouncerPods) {
        NetworkPolicyPeer instances = pods(Map.of(CloudNativePgCluster.CLUSTER_LABEL, CloudNativePgCluster.NAME));
        NetworkPolicyPort postgres = port(CloudNativePgCluster.PORT, "TCP");
        List<NetworkPolicyEgressRule> egress = new ArrayList<>();
        egress.add(NetworkPolicyEgressRule.builder().to(List.of(instances)).ports(List.of(postgres)).build());
        egress.add(NetworkPolicyEgressRule.builder().to(cidrs(cnpg.apiServerCidrs())).ports(List.of(port(443, "TCP"), port(6443, "TCP"))).build());
        if (cnpg.backup() instanceof PostgresBackup.ObjectStore) {
            egress.add(NetworkPolicyEgressRule.builder().to(cidrs(cnpg.objectStoreCidrs())).ports(List.of(port(443, "TCP"))).build());
        }
        add("Postgres", "superset-postgres", LabelSelector.builder().matchLabels(Map.of(CloudNativePgCluster.CLUSTER_LABEL, CloudNativePgCluster.NAME)).build(),
                List.of(NetworkPolicyIngressRule.builder().from(List.of(NetworkPolicyPeer.builder().podSelector(bouncerPods).build(), instances))
                                .ports(List.of(postgres)).build(),
                        NetworkPolicyIngressRule.builder().from(List.of(namespacePeer(cnpg.operatorNamespace())))
                                .ports(List.of(port(CloudNativePgCluster.STATUS_PORT, "TCP"), postgres)).build()),
                egress);
    }

    private static List<NetworkPolicyPort> redisNodePorts() {
        return List.of(port(SentinelRedis.REDIS_PORT, "TCP"), port(SentinelRedis.SENTINEL_PORT, "TCP"));
    }

    private static NetworkPolicyPeer pods(Map<String, String> labels) {
        return NetworkPolicyPeer.builder().podSelector(LabelSelector.builder().matchLabels(labels).build()).build();
    }

    private void add(String id, String name, LabelSelector pods, List<NetworkPolicyIngressRule> ingress, List<NetworkPolicyEgressRule> egress) {
        List<String> types = new ArrayList<>();
        boolean deny = ingress.isEmpty() && egress.isEmpty();
        if (deny || !ingress.isEmpty()) {
            types.add("Ingress");
        }
        if (deny || !egress.isEmpty()) {
            types.add("Egress");
        }
        policies.add(new KubeNetworkPolicy(this, id, KubeNetworkPolicyProps.builder()
                .metadata(Objects.meta(name, "network"))
                .spec(NetworkPolicySpec.builder().podSelector(pods).policyTypes(types)
                        .ingress(ingress.isEmpty() ? null : ingress).egress(egress.isEmpty() ? null : egress).build())
                .build()));
    }

    private static NetworkPolicyPort port(int number, String protocol) {
        return NetworkPolicyPort.builder().port(IntOrString.fromNumber(number)).protocol(protocol).build();
    }

    private static NetworkPolicyPeer namespacePeer(String namespace) {
        return NetworkPolicyPeer.builder().namespaceSelector(LabelSelector.builder().matchLabels(Map.of(METADATA_NAME, namespace)).build()).build();
    }

    private static List<NetworkPolicyPeer> cidrs(List<String> cidrs) {
        return cidrs.stream().map(c -> NetworkPolicyPeer.builder().ipBlock(IpBlock.builder().cidr(c).build()).build()).toList();
    }

    /** The peer, then one ipBlock peer per CIDR (a managed load balancer reaches pods from outside the cluster). */
    private static List<NetworkPolicyPeer> withCidrs(NetworkPolicyPeer peer, List<String> extra) {
        List<NetworkPolicyPeer> peers = new java.util.ArrayList<>(List.of(peer));
        peers.addAll(cidrs(extra));
        return peers;
    }

    public List<KubeNetworkPolicy> getPolicies() {
        return List.copyOf(policies);
    }
}
