package dev.superscale.aws;

import dev.superscale.capacity.RedisBrokerPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.elasticache.CfnReplicationGroup;
import software.constructs.Construct;

/**
 * The Celery broker and results store (also SQL Lab results, async-query event streams and rate
 * limits): one primary with the plan's replicas, cluster mode disabled (kombu's Redis transport
 * cannot follow cluster redirects), Multi-AZ automatic failover, noeviction (an evicted task is
 * lost work), TLS with an AUTH token, encryption at rest, daily snapshots and a final snapshot
 * when deleted or replaced.
 *
 * <p>Durability is that of replication, not of a disk: ElastiCache offers no append-only file
 * for Redis OSS or Valkey replication groups, and replicas copy asynchronously, so a failover
 * can drop the last acknowledged writes. Celery's {@code acks_late} redelivers tasks a worker had
 * not finished. Where a queued task must never be lost, use a durable broker (Amazon MemoryDB,
 * which writes a Multi-AZ transaction log) instead.
 *
 * <p>No property that CloudFormation can only set at creation depends on the tier (the
 * tier-crossing test checks it): a larger plan resizes the nodes and adds replicas in place.
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
        int snapshotDays = props.getSnapshotRetentionDays() != null ? props.getSnapshotRetentionDays() : DEFAULT_SNAPSHOT_RETENTION_DAYS;
        this.replicationGroup = securedReplicationGroup("Superset Celery broker and results: " + broker.evictionPolicy().value()
                        + ", cluster mode " + broker.clusterMode().value(), snapshotDays)
                .clusterMode("disabled")
                // No PreferredCacheClusterAZs: it is create-only and lists one zone per node, so the replica a
                // larger tier adds would replace the broker and lose every queued task. ElastiCache places
                // the nodes over the subnet group's zones.
                .numCacheClusters(nodes)
                .build();
        // Deleting the stack (or replacing the broker) keeps a final snapshot of queued tasks and results.
        replicationGroup.applyRemovalPolicy(RemovalPolicy.SNAPSHOT);
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
