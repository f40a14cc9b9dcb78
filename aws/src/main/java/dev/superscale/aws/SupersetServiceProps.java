package dev.superscale.aws;

import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.logs.RetentionDays;

/** Props of {@link CeleryBeat} and {@link DatabaseMigrations}: a Superset task on Fargate. */
public final class SupersetServiceProps {

    private final ICluster cluster;
    private final SupersetRuntime runtime;
    private final SubnetSelection subnets;
    private final RetentionDays logRetention;

    private SupersetServiceProps(Builder b) {
        this.cluster = b.cluster;
        this.runtime = b.runtime;
        this.subnets = b.subnets;
        this.logRetention = b.logRetention;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The ECS cluster. Required. */
    public ICluster getCluster() {
        return cluster;
    }

    /** Image, config, endpoints, secrets and app-tier security group. Required. */
    public SupersetRuntime getRuntime() {
        return runtime;
    }

    /** Subnets of the task. Default: the VPC's private subnets with egress. */
    public SubnetSelection getSubnets() {
        return subnets;
    }

    /** How long container logs are kept. Default one month. */
    public RetentionDays getLogRetention() {
        return logRetention;
    }

    public static final class Builder {
        private ICluster cluster;
        private SupersetRuntime runtime;
        private SubnetSelection subnets;
        private RetentionDays logRetention;

        public Builder cluster(ICluster cluster) {
            this.cluster = cluster;
            return this;
        }

        public Builder runtime(SupersetRuntime runtime) {
            this.runtime = runtime;
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

        public SupersetServiceProps build() {
            return new SupersetServiceProps(this);
        }
    }
}
