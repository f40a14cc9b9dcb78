package dev.superscale.aws;

import dev.superscale.capacity.WorkerGroupPlan;
import java.util.List;
import software.amazon.awscdk.services.ec2.IMachineImage;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.logs.RetentionDays;

/** Props of {@link SpotWorkerGroup}. */
public final class SpotWorkerGroupProps {

    private final Cluster cluster;
    private final SupersetRuntime runtime;
    private final WorkerGroupPlan group;
    private final List<String> instanceTypes;
    private final IMachineImage machineImage;
    private final SubnetSelection subnets;
    private final RetentionDays logRetention;

    private SpotWorkerGroupProps(Builder b) {
        this.cluster = b.cluster;
        this.runtime = b.runtime;
        this.group = b.group;
        this.instanceTypes = b.instanceTypes == null ? null : List.copyOf(b.instanceTypes);
        this.machineImage = b.machineImage;
        this.subnets = b.subnets;
        this.logRetention = b.logRetention;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The ECS cluster: the group's capacity provider is added to it. Required. */
    public Cluster getCluster() {
        return cluster;
    }

    /** Image, config, endpoints, secrets and app-tier security group. Required. */
    public SupersetRuntime getRuntime() {
        return runtime;
    }

    /** The plan's worker group: queue, concurrency, min/max replicas, machine, queue-length target. Required. */
    public WorkerGroupPlan getGroup() {
        return group;
    }

    /**
     * EC2 instance types the Spot fleet may use, at least 3 (more capacity pools, fewer
     * interruptions), each at least the plan's machine. Default: {@link AwsCatalog#workerInstanceTypes}.
     */
    public List<String> getInstanceTypes() {
        return instanceTypes;
    }

    /** The instances' AMI. Default: the ECS-optimized Amazon Linux 2023 AMI (SSM parameter, resolved at deploy). */
    public IMachineImage getMachineImage() {
        return machineImage;
    }

    /** Subnets of the instances and tasks. Default: the VPC's private subnets with egress. */
    public SubnetSelection getSubnets() {
        return subnets;
    }

    /** How long container logs are kept. Default one month. */
    public RetentionDays getLogRetention() {
        return logRetention;
    }

    public static final class Builder {
        private Cluster cluster;
        private SupersetRuntime runtime;
        private WorkerGroupPlan group;
        private List<String> instanceTypes;
        private IMachineImage machineImage;
        private SubnetSelection subnets;
        private RetentionDays logRetention;

        public Builder cluster(Cluster cluster) {
            this.cluster = cluster;
            return this;
        }

        public Builder runtime(SupersetRuntime runtime) {
            this.runtime = runtime;
            return this;
        }

        public Builder group(WorkerGroupPlan group) {
            this.group = group;
            return this;
        }

        public Builder instanceTypes(List<String> instanceTypes) {
            this.instanceTypes = instanceTypes;
            return this;
        }

        public Builder machineImage(IMachineImage machineImage) {
            this.machineImage = machineImage;
            return this;
        }

        public Builder subnets(SubnetSelection subnets) {
            this.subnets = subnets;
            return this;
        }

        public Builder logRetention(RetentionDays logRetention) {
            this.logRetention = logRetention;
            return this;
        }

        public SpotWorkerGroupProps build() {
            return new SpotWorkerGroupProps(this);
        }
    }
}
