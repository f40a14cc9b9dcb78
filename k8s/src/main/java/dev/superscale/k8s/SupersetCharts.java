package dev.superscale.k8s;

import dev.superscale.topology.Component;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.cdk8s.ApiObject;
import org.cdk8s.ApiObjectMetadata;
import org.cdk8s.ApiObjectProps;
import org.cdk8s.Chart;
import org.cdk8s.ChartProps;
import software.constructs.Construct;

/**
 * The Superset deployment as cdk8s charts, one per component (each becomes one file of the synth
 * output): namespace, base, postgres and redis (when they run in the cluster), pgbouncer, migrations, web, one per worker queue, beat,
 * flower (when the topology has it), monitoring and network-policies. Add them to your own {@code App}, or use the constructs inside your charts.
 */
public final class SupersetCharts {

    /** Pod Security admission: the namespace enforces the "restricted" profile. */
    static final String POD_SECURITY = "restricted";

    private final Map<String, Chart> charts = new LinkedHashMap<>();

    private SupersetCharts(Construct scope, SupersetK8sProps props) {
        Chart namespace = new Chart(scope, "namespace", ChartProps.builder().disableResourceNameHashes(true).build());
        Map<String, String> labels = new TreeMap<>(Labels.of("base"));
        labels.put("pod-security.kubernetes.io/enforce", POD_SECURITY);
        labels.put("pod-security.kubernetes.io/audit", POD_SECURITY);
        labels.put("pod-security.kubernetes.io/warn", POD_SECURITY);
        new ApiObject(namespace, "Namespace", ApiObjectProps.builder().apiVersion("v1").kind("Namespace")
                .metadata(ApiObjectMetadata.builder().name(props.getNamespace()).labels(labels).build()).build());
        charts.put("namespace", namespace);
        new NamespaceBase(chart(scope, "base", props), "Base", props);
        if (props.getPostgresChoice() instanceof CloudNativePostgres) {
            new CloudNativePgCluster(chart(scope, "postgres", props), "Postgres", props);
        }
        if (props.getRedisChoice() instanceof InClusterRedis) {
            Chart redis = chart(scope, "redis", props);
            new SentinelRedis(redis, "Broker", props, SentinelRedis.Role.BROKER);
            new SentinelRedis(redis, "Cache", props, SentinelRedis.Role.CACHE);
        }
        new PgBouncerPool(chart(scope, "pgbouncer", props), "PgBouncer", props);
        new MigrationJob(chart(scope, "migrations", props), "Migrations", props);
        new WebTier(chart(scope, "web", props), "Web", props);
        for (Component worker : props.getTopology().workers()) {
            new CeleryWorkerGroup(chart(scope, worker.name(), props), "Workers", props, worker);
        }
        new CeleryBeat(chart(scope, "beat", props), "Beat", props);
        if (props.getTopology().flower().isPresent()) {
            new Flower(chart(scope, "flower", props), "Flower", props);
        }
        new Monitoring(chart(scope, "monitoring", props), "Monitoring", props);
        new NetworkPolicies(chart(scope, "network-policies", props), "NetworkPolicies", props);
    }

    /** Adds every chart to {@code scope} (an {@code App}). */
    public static SupersetCharts addTo(Construct scope, SupersetK8sProps props) {
        return new SupersetCharts(scope, props);
    }

    private Chart chart(Construct scope, String name, SupersetK8sProps props) {
        Chart chart = new Chart(scope, name, ChartProps.builder().namespace(props.getNamespace()).disableResourceNameHashes(true).build());
        charts.put(name, chart);
        return chart;
    }

    /** The charts by name, in apply order. */
    public Map<String, Chart> getCharts() {
        return java.util.Collections.unmodifiableMap(charts);
    }
}
