package dev.superscale.k8s;

import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import dev.superscale.k8s.check.StrictSchemas;
import dev.superscale.topology.SupersetTopology;
import dev.superscale.topology.TopologyOption;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/** Props for the tests: bring-your-own Postgres and Redis at documentation addresses, StatsD on (as the CLI renders it). */
final class K8sFixtures {

    static final StrictSchemas SCHEMAS = StrictSchemas.load(StrictSchemas.locate(Path.of(""))
            .orElseThrow(() -> new IllegalStateException("../shared/k8s-schemas not found beside the repository")));

    private K8sFixtures() {
    }

    static SupersetK8sProps.Builder builder(Preset preset) {
        return SupersetK8sProps.builder()
                .topology(SupersetTopology.of(CapacityPlanner.planFor(preset.load()), EnumSet.of(TopologyOption.STATSD)))
                .postgres(ExternalPostgres.of("superset-meta.abcdefghijkl.eu-west-1.rds.amazonaws.com", List.of("10.0.32.0/20")))
                .redis(ExternalRedis.of("master.superset-broker.abcdef.euw1.cache.amazonaws.com",
                        "clustercfg.superset-cache.abcdef.euw1.cache.amazonaws.com:6379", List.of("10.0.48.0/20")))
                .warehouseCidrs(List.of("10.1.0.0/16"))
                .hostname("superset.example.com");
    }

    /** In-cluster data: a CloudNativePG Cluster and Redis with Sentinel (the topology built for Sentinel addressing, with StatsD as the CLI builds it). */
    static SupersetK8sProps.Builder inCluster(Preset preset) {
        return SupersetK8sProps.builder()
                .topology(SupersetTopology.of(CapacityPlanner.planFor(preset.load()), EnumSet.of(TopologyOption.STATSD),
                        dev.superscale.render.RedisAddressing.SENTINEL))
                .postgres(CloudNativePostgres.inCluster())
                .redis(InClusterRedis.defaults())
                .warehouseCidrs(List.of("10.1.0.0/16"))
                .hostname("superset.example.com");
    }

    /** The bring-your-own fixture with Flower in the topology (as {@code --flower} builds it). */
    static SupersetK8sProps.Builder withFlower(Preset preset) {
        return builder(preset).topology(SupersetTopology.of(CapacityPlanner.planFor(preset.load()),
                EnumSet.of(TopologyOption.STATSD, TopologyOption.FLOWER)));
    }

    static SupersetK8sProps props(Preset preset) {
        return builder(preset).build();
    }
}
