package dev.superscale.cli;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.k8s.CloudNativePostgres;
import dev.superscale.k8s.ExternalPostgres;
import dev.superscale.k8s.ExternalRedis;
import dev.superscale.k8s.InClusterRedis;
import dev.superscale.k8s.PostgresBackup;
import dev.superscale.k8s.PostgresChoice;
import dev.superscale.k8s.RedisChoice;
import dev.superscale.k8s.SpotNodes;
import dev.superscale.k8s.SupersetK8sProps;
import dev.superscale.k8s.WebExposure;
import dev.superscale.topology.SupersetTopology;
import dev.superscale.topology.TopologyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import picocli.CommandLine.Option;

/** Where the Kubernetes target's data runs (brought or in-cluster), the hostname, the node labels. */
public final class K8sOptions {

    static final String EXTERNAL = "external";
    static final String IN_CLUSTER = "in-cluster";

    @Option(names = "--postgres", paramLabel = "WHERE", description = "k8s: external (default: the server you bring, --postgres-host and --postgres-cidr) "
            + "or in-cluster (a CloudNativePG Cluster; needs the CNPG operator).")
    String postgres;

    @Option(names = "--redis", paramLabel = "WHERE", description = "k8s: external (default: the endpoints you bring, --redis-broker, --redis-cache-nodes "
            + "and --redis-cidr) or in-cluster (Redis with Sentinel in the namespace).")
    String redis;

    @Option(names = "--postgres-backup", paramLabel = "s3://BUCKET/PATH", description = "k8s, --postgres in-cluster: archive WAL and base backups "
            + "there (Barman Cloud; credentials in Secret superset-postgres-backup). Default: no backup.")
    String postgresBackup;

    @Option(names = "--postgres-backup-endpoint", paramLabel = "URL", description = "k8s: the S3 endpoint of a non-AWS object store for --postgres-backup.")
    String postgresBackupEndpoint;

    @Option(names = "--cnpg-namespace", paramLabel = "NAME", description = "k8s, --postgres in-cluster: where the CloudNativePG operator runs (default "
            + CloudNativePostgres.DEFAULT_OPERATOR_NAMESPACE + ").")
    String cnpgNamespace;

    @Option(names = "--postgres-host", paramLabel = "HOST", description = "k8s: the PostgreSQL server PgBouncer fronts (RDS, Cloud SQL). Required for k8s.")
    String postgresHost;

    @Option(names = "--postgres-cidr", paramLabel = "CIDR,...", description = "k8s: its addresses, for PgBouncer's egress NetworkPolicy. Required for k8s.")
    String postgresCidrs;

    @Option(names = "--redis-broker", paramLabel = "HOST[:PORT]", description = "k8s: the broker Redis (replicated, not cluster mode; TLS). Required for k8s.")
    String redisBroker;

    @Option(names = "--redis-cache-nodes", paramLabel = "HOST:PORT,...", description = "k8s: the cluster-mode cache's endpoint(s). Required for k8s.")
    String redisCacheNodes;

    @Option(names = "--redis-cidr", paramLabel = "CIDR,...", description = "k8s: the Redis addresses, for the egress NetworkPolicy. Required for k8s.")
    String redisCidrs;

    @Option(names = "--hostname", paramLabel = "HOST", description = "k8s: the public hostname (default superset.example.com).")
    String hostname;

    @Option(names = "--namespace", paramLabel = "NAME", description = "k8s: the namespace (default " + SupersetK8sProps.DEFAULT_NAMESPACE + ").")
    String namespace;

    @Option(names = "--spot-nodes", paramLabel = "KIND", description = "k8s: spot node labels: gke, eks-karpenter or aks (default eks-karpenter).")
    String spotNodes;

    @Option(names = "--warehouse-cidr", paramLabel = "CIDR,...", description = "k8s: where Superset may query warehouses (default none).")
    String warehouseCidrs;

    @Option(names = "--ingress-class", paramLabel = "CLASS", description = "k8s: expose web through an Ingress of this class instead of a Gateway API HTTPRoute.")
    String ingressClass;

    @Option(names = "--flower", description = "k8s: run Flower, the Celery monitor, for Prometheus only (no route, basic auth from Secret "
            + "superset-flower-auth). Needs --redis external.")
    boolean flower;

    /** Problems with these options for the k8s target: every missing, malformed or contradictory one. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (String[] choice : List.of(new String[] {"--postgres", postgres}, new String[] {"--redis", redis})) {
            if (choice[1] != null && !choice[1].equals(EXTERNAL) && !choice[1].equals(IN_CLUSTER)) {
                problems.add(choice[0] + " '" + choice[1] + "' is not allowed: use " + EXTERNAL + " or " + IN_CLUSTER);
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        List<String> missing = new ArrayList<>();
        if (postgresInCluster()) {
            List<String> given = given(new String[] {"--postgres-host", postgresHost}, new String[] {"--postgres-cidr", postgresCidrs});
            if (!given.isEmpty()) {
                problems.add("--postgres in-cluster runs the database in the cluster: drop " + String.join(", ", given) + " (or use --postgres external)");
            }
        } else {
            List<String> given = given(new String[] {"--postgres-backup", postgresBackup}, new String[] {"--postgres-backup-endpoint", postgresBackupEndpoint},
                    new String[] {"--cnpg-namespace", cnpgNamespace});
            if (!given.isEmpty()) {
                problems.add(String.join(", ", given) + " configure the in-cluster database: add --postgres in-cluster (or drop them)");
            }
            if (blank(postgresHost)) {
                missing.add("--postgres-host");
            }
            if (blank(postgresCidrs)) {
                missing.add("--postgres-cidr");
            }
        }
        if (redisInCluster()) {
            List<String> given = given(new String[] {"--redis-broker", redisBroker}, new String[] {"--redis-cache-nodes", redisCacheNodes},
                    new String[] {"--redis-cidr", redisCidrs});
            if (!given.isEmpty()) {
                problems.add("--redis in-cluster runs Redis in the cluster: drop " + String.join(", ", given) + " (or use --redis external)");
            }
        } else {
            if (blank(redisBroker)) {
                missing.add("--redis-broker");
            }
            if (blank(redisCacheNodes)) {
                missing.add("--redis-cache-nodes");
            }
            if (blank(redisCidrs)) {
                missing.add("--redis-cidr");
            }
        }
        if (flower && redisInCluster()) {
            problems.add("--flower is not available with --redis in-cluster (Flower's broker URL cannot name the Sentinel master): use --redis external or drop --flower");
        }
        if (!missing.isEmpty()) {
            problems.add("--target k8s needs " + String.join(", ", missing)
                    + " (the Postgres and Redis you bring), or --postgres in-cluster / --redis in-cluster");
        }
        if (postgresBackup != null && !postgresBackup.startsWith("s3://")) {
            problems.add("--postgres-backup '" + postgresBackup + "' is not allowed: give an s3://BUCKET/PATH destination");
        }
        if (spotNodes != null && !SpotNodes.byName().containsKey(spotNodes)) {
            problems.add("--spot-nodes '" + spotNodes + "' is not allowed: use " + String.join(", ", new TreeSet<>(SpotNodes.byName().keySet())));
        }
        if (redisBroker != null && redisBroker.contains(":") && !redisBroker.substring(redisBroker.lastIndexOf(':') + 1).matches("\\d{1,5}")) {
            problems.add("--redis-broker '" + redisBroker + "' has no numeric port after ':'");
        }
        return problems;
    }

    SupersetK8sProps toProps(CapacityPlan plan) {
        RedisChoice redisChoice;
        if (redisInCluster()) {
            redisChoice = InClusterRedis.defaults();
        } else {
            String brokerHost = redisBroker.contains(":") ? redisBroker.substring(0, redisBroker.lastIndexOf(':')) : redisBroker;
            int brokerPort = redisBroker.contains(":") ? Integer.parseInt(redisBroker.substring(redisBroker.lastIndexOf(':') + 1)) : 6379;
            redisChoice = new ExternalRedis(brokerHost.trim(), brokerPort, redisCacheNodes.trim(), true, list(redisCidrs));
        }
        PostgresChoice postgresChoice;
        if (postgresInCluster()) {
            CloudNativePostgres cnpg = CloudNativePostgres.inCluster();
            if (postgresBackup != null) {
                cnpg = cnpg.withBackup(PostgresBackup.objectStore(postgresBackup.trim(), blank(postgresBackupEndpoint) ? null : postgresBackupEndpoint.trim()));
            }
            if (cnpgNamespace != null) {
                cnpg = cnpg.withOperatorNamespace(cnpgNamespace.trim());
            }
            postgresChoice = cnpg;
        } else {
            postgresChoice = ExternalPostgres.of(postgresHost.trim(), list(postgresCidrs));
        }
        SupersetK8sProps.Builder b = SupersetK8sProps.builder()
                .topology(SupersetTopology.of(plan, flower ? EnumSet.of(TopologyOption.STATSD, TopologyOption.FLOWER) : EnumSet.of(TopologyOption.STATSD),
                        redisChoice.addressing()))
                .postgres(postgresChoice)
                .redis(redisChoice)
                .hostname(hostname)
                .namespace(namespace)
                .warehouseCidrs(list(warehouseCidrs));
        if (spotNodes != null) {
            b.spotNodes(SpotNodes.byName().get(spotNodes));
        }
        if (ingressClass != null) {
            b.exposure(WebExposure.ingress(ingressClass, "ingress-system", hostname != null ? hostname : "superset.example.com"));
        }
        return b.build();
    }

    private static List<String> list(String csv) {
        return csv == null ? List.of() : Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private boolean postgresInCluster() {
        return IN_CLUSTER.equals(postgres);
    }

    private boolean redisInCluster() {
        return IN_CLUSTER.equals(redis);
    }

    /** The options among {name, value} pairs that were given. */
    private static List<String> given(String[]... options) {
        return Arrays.stream(options).filter(o -> o[1] != null).map(o -> o[0]).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
