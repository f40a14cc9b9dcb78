package dev.superscale.aws;

import dev.superscale.capacity.RedisCachePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.elasticache.CfnReplicationGroup;
import software.constructs.Construct;

/**
 * Superset's chart-data and metadata caches (Flask-Caching's RedisClusterCache): cluster mode
 * enabled with the plan's shards and replicas per shard spread over the zones, LRU eviction,
 * Multi-AZ automatic failover, TLS with an AUTH token and encryption at rest. No snapshots by
 * default: a cache is rebuilt from the warehouse.
 */
public class RedisCache extends RedisReplicationGroup {

    private final CfnReplicationGroup replicationGroup;
    private final int shards;
    private final int replicasPerShard;

    public RedisCache(Construct scope, String id, RedisProps props) {
        super(scope, id, props, "RedisCache", props == null || props.getPlan() == null ? 1
                : props.getPlan().redisCache().memoryMiBPerShard().value(), parameters(props));
        RedisCachePlan cache = plan.redisCache();
        this.shards = cache.shards().intValue();
        this.replicasPerShard = cache.replicasPerShard().intValue();
        Problems problems = new Problems("RedisCache", id);
        problems.check(shards >= 1 && shards <= 500, "the plan has " + shards + " cache shards; ElastiCache allows 1 to 500");
        problems.check(replicasPerShard >= 1 && replicasPerShard <= 5, "the plan has " + replicasPerShard
                + " replicas per cache shard; automatic failover needs 1 to 5");
        problems.throwIfAny();
        List<CfnReplicationGroup.NodeGroupConfigurationProperty> nodeGroups = new ArrayList<>();
        for (int s = 0; s < shards; s++) {
            List<String> replicaZones = new ArrayList<>();
            for (int r = 1; r <= replicasPerShard; r++) {
                replicaZones.add(zones.get((s + r) % zones.size()));
            }
            nodeGroups.add(CfnReplicationGroup.NodeGroupConfigurationProperty.builder()
                    .nodeGroupId(String.format("%04d", s + 1))
                    .primaryAvailabilityZone(zones.get(s % zones.size()))
                    .replicaAvailabilityZones(replicaZones)
                    .replicaCount(replicasPerShard)
                    .build());
        }
        this.replicationGroup = securedReplicationGroup("Superset caches: " + cache.evictionPolicy().value() + ", cluster mode "
                        + cache.clusterMode().value() + ", " + shards + " shard(s) x " + (1 + replicasPerShard) + " nodes",
                        props.getSnapshotRetentionDays() != null ? props.getSnapshotRetentionDays() : 0)
                .clusterMode("enabled")
                .numNodeGroups(shards)
                .replicasPerNodeGroup(replicasPerShard)
                .nodeGroupConfiguration(nodeGroups)
                .build();
        suppressDefaultPort(replicationGroup);
    }

    private static Map<String, String> parameters(RedisProps props) {
        if (props == null || props.getPlan() == null) {
            return Map.of();
        }
        return Map.of("maxmemory-policy", props.getPlan().redisCache().evictionPolicy().value(), "cluster-enabled", "yes");
    }

    @Override
    public CfnReplicationGroup getReplicationGroup() {
        return replicationGroup;
    }

    /** The cluster configuration endpoint (REDIS_CACHE_NODES takes it as host:port). */
    @Override
    public RedisEndpoint getEndpoint() {
        return RedisEndpoint.of(replicationGroup.getAttrConfigurationEndPointAddress(), PORT, authToken, this);
    }

    @Override
    protected List<String> nodeIds() {
        List<String> ids = new ArrayList<>();
        for (int s = 1; s <= shards; s++) {
            for (int n = 1; n <= 1 + replicasPerShard; n++) {
                ids.add(Fn.join("", List.of(replicationGroup.getRef(), String.format("-%04d-%03d", s, n))));
            }
        }
        return ids;
    }

    /**
     * Hits over lookups, as a ratio, summed over every node: Flask-Caching reads from primaries,
     * so replicas add nothing until a failover makes one of them primary. When the nodes need
     * more than the ten metrics a CloudWatch alarm takes, the first node of each shard (at most
     * five) is used.
     */
    public IMetric metricHitRatio() {
        List<String> ids = nodeIds();
        if (ids.size() * 2 > 10) {
            ids = new ArrayList<>();
            for (int s = 1; s <= Math.min(shards, 5); s++) {
                ids.add(Fn.join("", List.of(replicationGroup.getRef(), String.format("-%04d-001", s))));
            }
        }
        Map<String, IMetric> using = new TreeMap<>();
        List<String> hits = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            using.put("h" + i, nodeMetric(ids.get(i), "CacheHits", "Sum", Duration.minutes(5)));
            using.put("m" + i, nodeMetric(ids.get(i), "CacheMisses", "Sum", Duration.minutes(5)));
            hits.add("h" + i);
            misses.add("m" + i);
        }
        String h = String.join(" + ", hits);
        String m = String.join(" + ", misses);
        return MathExpression.Builder.create()
                .expression("IF((" + h + " + " + m + ") > 0, (" + h + ") / (" + h + " + " + m + "), 1)")
                .usingMetrics(using).label("Cache hit ratio").period(Duration.minutes(5)).build();
    }
}
