package dev.superscale.cli;

import dev.superscale.k8s.ExternalPostgres;
import dev.superscale.k8s.ExternalRedis;
import dev.superscale.k8s.SpotNodes;
import dev.superscale.k8s.SupersetK8sProps;
import dev.superscale.k8s.WebExposure;
import dev.superscale.topology.SupersetTopology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import picocli.CommandLine.Option;

/** Where the Kubernetes target's external pieces are: the Postgres and Redis you bring, the hostname, the node labels. */
public final class K8sOptions {

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

    /** Problems with these options for the k8s target: every missing or malformed one. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (blank(postgresHost)) {
            missing.add("--postgres-host");
        }
        if (blank(postgresCidrs)) {
            missing.add("--postgres-cidr");
        }
        if (blank(redisBroker)) {
            missing.add("--redis-broker");
        }
        if (blank(redisCacheNodes)) {
            missing.add("--redis-cache-nodes");
        }
        if (blank(redisCidrs)) {
            missing.add("--redis-cidr");
        }
        if (!missing.isEmpty()) {
            problems.add("--target k8s needs " + String.join(", ", missing) + " (the Postgres and Redis you bring; in-cluster ones are not built)");
        }
        if (spotNodes != null && !SpotNodes.byName().containsKey(spotNodes)) {
            problems.add("--spot-nodes '" + spotNodes + "' is not allowed: use " + String.join(", ", new TreeSet<>(SpotNodes.byName().keySet())));
        }
        if (redisBroker != null && redisBroker.contains(":") && !redisBroker.substring(redisBroker.lastIndexOf(':') + 1).matches("\\d{1,5}")) {
            problems.add("--redis-broker '" + redisBroker + "' has no numeric port after ':'");
        }
        return problems;
    }

    SupersetK8sProps toProps(SupersetTopology topology) {
        String brokerHost = redisBroker.contains(":") ? redisBroker.substring(0, redisBroker.lastIndexOf(':')) : redisBroker;
        int brokerPort = redisBroker.contains(":") ? Integer.parseInt(redisBroker.substring(redisBroker.lastIndexOf(':') + 1)) : 6379;
        SupersetK8sProps.Builder b = SupersetK8sProps.builder()
                .topology(topology)
                .postgres(ExternalPostgres.of(postgresHost.trim(), list(postgresCidrs)))
                .redis(new ExternalRedis(brokerHost.trim(), brokerPort, redisCacheNodes.trim(), true, list(redisCidrs)))
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
