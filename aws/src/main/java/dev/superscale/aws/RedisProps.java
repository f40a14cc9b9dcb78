package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import java.util.List;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;

/** Props of {@link RedisBroker} and {@link RedisCache}. */
public final class RedisProps {

    private final CapacityPlan plan;
    private final IVpc vpc;
    private final SubnetSelection subnets;
    private final List<String> availabilityZones;
    private final String nodeType;
    private final String engineVersion;
    private final Integer snapshotRetentionDays;

    private RedisProps(Builder b) {
        this.plan = b.plan;
        this.vpc = b.vpc;
        this.subnets = b.subnets;
        this.availabilityZones = b.availabilityZones == null ? null : List.copyOf(b.availabilityZones);
        this.nodeType = b.nodeType;
        this.engineVersion = b.engineVersion;
        this.snapshotRetentionDays = b.snapshotRetentionDays;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The capacity plan: replicas, shards, memory per node, eviction policy. Required. */
    public CapacityPlan getPlan() {
        return plan;
    }

    /** The VPC. Required. */
    public IVpc getVpc() {
        return vpc;
    }

    /** Subnets of the nodes. Default: the VPC's isolated subnets, or its private subnets if it has none. */
    public SubnetSelection getSubnets() {
        return subnets;
    }

    /**
     * Zones the cache's shards are spread over, primary first. Default: the VPC's zones. The
     * broker's nodes are placed by ElastiCache over its subnets' zones instead: pinning them
     * (PreferredCacheClusterAZs) is create-only, so adding a replica would replace the broker.
     */
    public List<String> getAvailabilityZones() {
        return availabilityZones;
    }

    /**
     * Node type, e.g. "cache.r7g.large". Default: the smallest node whose data share
     * ({@link AwsCatalog#CACHE_DATA_SHARE}) holds the plan's memory per node or shard.
     */
    public String getNodeType() {
        return nodeType;
    }

    /** Redis OSS engine version. Default {@link RedisBroker#ENGINE_VERSION}. */
    public String getEngineVersion() {
        return engineVersion;
    }

    /**
     * Days of daily snapshots kept. Default 7 for the broker (queued tasks and SQL Lab results
     * survive losing every node; the broker also keeps a final snapshot when it is deleted) and 0
     * for the cache (a cache is rebuilt from the warehouse).
     */
    public Integer getSnapshotRetentionDays() {
        return snapshotRetentionDays;
    }

    public static final class Builder {
        private CapacityPlan plan;
        private IVpc vpc;
        private SubnetSelection subnets;
        private List<String> availabilityZones;
        private String nodeType;
        private String engineVersion;
        private Integer snapshotRetentionDays;

        public Builder plan(CapacityPlan plan) {
            this.plan = plan;
            return this;
        }

        public Builder vpc(IVpc vpc) {
            this.vpc = vpc;
            return this;
        }

        public Builder subnets(SubnetSelection subnets) {
            this.subnets = subnets;
            return this;
        }

        public Builder availabilityZones(List<String> availabilityZones) {
            this.availabilityZones = availabilityZones;
            return this;
        }

        public Builder nodeType(String nodeType) {
            this.nodeType = nodeType;
            return this;
        }

        public Builder engineVersion(String engineVersion) {
            this.engineVersion = engineVersion;
            return this;
        }

        public Builder snapshotRetentionDays(Integer snapshotRetentionDays) {
            this.snapshotRetentionDays = snapshotRetentionDays;
            return this;
        }

        public RedisProps build() {
            return new RedisProps(this);
        }
    }
}
