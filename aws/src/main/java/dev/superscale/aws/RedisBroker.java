package dev.superscale.aws;

import dev.superscale.capacity.RedisBrokerPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.elasticache.CfnReplicationGroup;
import software.constructs.Construct;

/**
 * The Celery broker and results store (also SQL Lab results, async-query event streams and rate
 * limits): one primary with the plan's replicas in other zones, cluster mode disabled (kombu's
 * Redis transport cannot follow cluster redirects), Multi-AZ automatic failover, noeviction
 * (an evicted task is lost work), TLS with an AUTH token, encryption at rest and daily snapshots.
 */
public class RedisBroker extends RedisReplicationGroup {

    public static final int DEFAULT_SNAPSHOT_RETENTION_DAYS = 7;

    private final CfnReplicationGroup replicationGroup;
    private final int nodes;

    public RedisBroker(Construct scope, String id, RedisProps props) {
        super(scope, id, props, "RedisBroker", props == null || props.getPlan() == null ? 1
                : props.getPlan().redisBroker().memoryMiBPerNode().value(), parameters(props));
        RedisBrokerPlan broker = plan.redisBroker();
        Problems problems = new Problems("RedisBroker", id);
        problems.check(broker.replicasPerPrimary().value() >= 1, "the plan has " + broker.replicasPerPrimary().value()
                + " broker replicas; automatic failover needs at least 1");
        problems.check(broker.replicasPerPrimary().value() <= 5, "the plan has " + broker.replicasPerPrimary().value()
                + " broker replicas; ElastiCache allows at most 5");
        problems.throwIfAny();
        this.nodes = 1 + broker.replicasPerPrimary().intValue();
        List<String> preferredZones = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            preferredZones.add(zones.get(i % zones.size()));
        }
        int snapshotDays = props.getSnapshotRetentionDays() != null ? props.getSnapshotRetentionDays() : DEFAULT_SNAPSHOT_RETENTION_DAYS;
        this.replicationGroup = securedReplicationGroup("Superset Celery broker and results: " + broker.evictionPolicy().value()
                        + ", cluster mode " + broker.clusterMode().value(), snapshotDays)
                .clusterMode("disabled")
                .numCacheClusters(nodes)
                .preferredCacheClusterAZs(preferredZones)
                .build();
        suppressDefaultPort(replicationGroup);
    }

    private static Map<String, String> parameters(RedisProps props) {
        if (props == null || props.getPlan() == null) {
            return Map.of();
        }
        return Map.of("maxmemory-policy", props.getPlan().redisBroker().evictionPolicy().value(), "cluster-enabled", "no");
    }

    @Override
    public CfnReplicationGroup getReplicationGroup() {
        return replicationGroup;
    }

    /** The primary endpoint (it follows failovers). */
    @Override
    public RedisEndpoint getEndpoint() {
        return RedisEndpoint.of(replicationGroup.getAttrPrimaryEndPointAddress(), PORT, authToken, this);
    }

    @Override
    protected List<String> nodeIds() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= nodes; i++) {
            ids.add(Fn.join("", List.of(replicationGroup.getRef(), String.format("-%03d", i))));
        }
        return ids;
    }
}
