package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import java.util.List;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.logs.RetentionDays;

/** Props of {@link Network}. */
public final class NetworkProps {

    private final CapacityPlan plan;
    private final List<String> availabilityZones;
    private final String cidr;
    private final Integer natGateways;
    private final List<InterfaceVpcEndpointAwsService> interfaceEndpoints;
    private final RetentionDays flowLogRetention;

    private NetworkProps(Builder b) {
        this.plan = b.plan;
        this.availabilityZones = b.availabilityZones == null ? null : List.copyOf(b.availabilityZones);
        this.cidr = b.cidr;
        this.natGateways = b.natGateways;
        this.interfaceEndpoints = b.interfaceEndpoints == null ? null : List.copyOf(b.interfaceEndpoints);
        this.flowLogRetention = b.flowLogRetention;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The capacity plan: decides the number of zones. Required. */
    public CapacityPlan getPlan() {
        return plan;
    }

    /**
     * Zone names, as many as the plan's zone count.
     * Default: the first N zones of the deployment region, as {@code Fn::Select(i, Fn::GetAZs(""))},
     * so the stack stays environment-agnostic and needs no lookup at synth. Required for a
     * three-zone plan in a region that gives new accounts two zones ({@link Network#TWO_ZONE_REGIONS},
     * us-west-1): if your account has three there, name them; otherwise deploy to another region.
     */
    public List<String> getAvailabilityZones() {
        return availabilityZones;
    }

    /** The VPC's IPv4 range. Default {@code 10.0.0.0/16}. */
    public String getCidr() {
        return cidr;
    }

    /**
     * NAT gateways. Default: one per zone when the plan is highly available
     * ({@link CapacityPlan#highlyAvailable()}), one for the smallest tier.
     */
    public Integer getNatGateways() {
        return natGateways;
    }

    /**
     * Interface endpoints that keep AWS API traffic off the NAT gateways. Default: CloudWatch Logs,
     * Secrets Manager and CloudWatch metrics (every task start, every log line, every queue-depth
     * sample). An S3 gateway endpoint (free) is always added: ECR image layers come from S3.
     */
    public List<InterfaceVpcEndpointAwsService> getInterfaceEndpoints() {
        return interfaceEndpoints;
    }

    /** How long VPC flow logs are kept. Default one year. */
    public RetentionDays getFlowLogRetention() {
        return flowLogRetention;
    }

    public static final class Builder {
        private CapacityPlan plan;
        private List<String> availabilityZones;
        private String cidr;
        private Integer natGateways;
        private List<InterfaceVpcEndpointAwsService> interfaceEndpoints;
        private RetentionDays flowLogRetention;

        public Builder plan(CapacityPlan plan) {
            this.plan = plan;
            return this;
        }

        public Builder availabilityZones(List<String> availabilityZones) {
            this.availabilityZones = availabilityZones;
            return this;
        }

        public Builder cidr(String cidr) {
            this.cidr = cidr;
            return this;
        }

        public Builder natGateways(Integer natGateways) {
            this.natGateways = natGateways;
            return this;
        }

        public Builder interfaceEndpoints(List<InterfaceVpcEndpointAwsService> interfaceEndpoints) {
            this.interfaceEndpoints = interfaceEndpoints;
            return this;
        }

        public Builder flowLogRetention(RetentionDays flowLogRetention) {
            this.flowLogRetention = flowLogRetention;
            return this;
        }

        public NetworkProps build() {
            return new NetworkProps(this);
        }
    }
}
