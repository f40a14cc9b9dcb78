package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.ec2.FlowLog;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogResourceType;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.AllocateCidrRequest;
import software.amazon.awscdk.services.ec2.AllocatedSubnet;
import software.amazon.awscdk.services.ec2.IIpAddresses;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.RequestedSubnet;
import software.amazon.awscdk.services.ec2.SubnetIpamOptions;
import software.amazon.awscdk.services.ec2.VpcIpamOptions;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The VPC: public subnets for the load balancer and NAT gateways, private subnets with egress
 * for the tasks, isolated subnets for Postgres and Redis, over the plan's zones (three for
 * the HA tiers, two for the smallest), with subnet addresses laid out for three zones at every
 * tier so that a growing plan adds subnets and never moves one. Flow logs go to CloudWatch Logs.
 */
public class Network extends Construct {

    /** Subnet group names: also what {@link SubnetSelection}s of this VPC refer to. */
    public static final String PUBLIC = "Public";
    public static final String APPLICATION = "Application";
    public static final String DATA = "Data";

    /**
     * Regions that give new accounts only two availability zones, so a three-zone plan cannot
     * deploy there on {@code Fn::GetAZs}: AWS states "new customers can access two Availability
     * Zones in US West (Northern California)"; every other region has at least three.
     */
    public static final Set<String> TWO_ZONE_REGIONS = Set.of("us-west-1");
    /** Subnet addresses are laid out for this many zones at every tier, so adding zones never moves a subnet. */
    public static final int LAID_OUT_ZONES = 3;

    private static final Pattern CIDR = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}/(1[6-9]|2[0-4])");

    private final Vpc vpc;
    private final FlowLog flowLog;
    private final List<String> availabilityZones;

    public Network(Construct scope, String id, NetworkProps props) {
        super(scope, id);
        Problems problems = new Problems("Network", id).require(props, "props");
        problems.throwIfAny();
        problems.require(props.getPlan(), "plan");
        problems.throwIfAny();
        CapacityPlan plan = props.getPlan();
        int zones = plan.availabilityZones().intValue();
        problems.check(props.getAvailabilityZones() == null || props.getAvailabilityZones().size() == zones,
                "availabilityZones has " + (props.getAvailabilityZones() == null ? 0 : props.getAvailabilityZones().size())
                        + " zones " + props.getAvailabilityZones() + " but the plan for " + plan.load().registeredUsers()
                        + " users needs exactly " + zones + ": pass availabilityZones with " + zones + " zone names of the region");
        String region = Stack.of(this).getRegion();
        problems.check(props.getAvailabilityZones() != null || Token.isUnresolved(region) || zones <= 2
                        || !TWO_ZONE_REGIONS.contains(region),
                "region " + region + " gives new accounts two availability zones but the plan for " + plan.load().registeredUsers()
                        + " users needs " + zones + ": pass availabilityZones with " + zones + " zones your account has"
                        + " (aws ec2 describe-availability-zones), or deploy to a region with three");
        problems.check(props.getCidr() == null || CIDR.matcher(props.getCidr()).matches(),
                "cidr '" + props.getCidr() + "' is not an IPv4 range from /16 to /24 such as 10.0.0.0/16");
        problems.check(props.getNatGateways() == null || (props.getNatGateways() >= 1 && props.getNatGateways() <= zones),
                "natGateways is " + props.getNatGateways() + " but must be from 1 to the " + zones + " zones: the tasks pull images and reach"
                        + " warehouses through NAT");
        problems.notEmpty(props.getAvailabilityZones(), "availabilityZones");
        problems.throwIfAny();

        this.availabilityZones = props.getAvailabilityZones() != null ? props.getAvailabilityZones() : regionZones(zones);
        int nat = props.getNatGateways() != null ? props.getNatGateways() : plan.highlyAvailable() ? zones : 1;

        this.vpc = Vpc.Builder.create(this, "Vpc")
                .ipAddresses(new ThreeZoneLayout(props.getCidr() != null ? props.getCidr() : "10.0.0.0/16"))
                .availabilityZones(availabilityZones)
                .natGateways(nat)
                // No resource uses the default security group; restricting it needs a custom-resource Lambda.
                .restrictDefaultSecurityGroup(false)
                .subnetConfiguration(List.of(
                        SubnetConfiguration.builder().name(PUBLIC).subnetType(SubnetType.PUBLIC).cidrMask(24).build(),
                        SubnetConfiguration.builder().name(APPLICATION).subnetType(SubnetType.PRIVATE_WITH_EGRESS).cidrMask(20).build(),
                        SubnetConfiguration.builder().name(DATA).subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(24).build()))
                .build();

        vpc.addGatewayEndpoint("S3", GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService.S3).build());
        List<InterfaceVpcEndpointAwsService> endpoints = props.getInterfaceEndpoints() != null ? props.getInterfaceEndpoints()
                : List.of(InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS, InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
                        InterfaceVpcEndpointAwsService.CLOUDWATCH_MONITORING);
        for (InterfaceVpcEndpointAwsService service : endpoints) {
            var endpoint = vpc.addInterfaceEndpoint(endpointId(service), InterfaceVpcEndpointOptions.builder()
                    .service(service)
                    .subnets(SubnetSelection.builder().subnetGroupName(APPLICATION).build())
                    .privateDnsEnabled(true)
                    .build());
            Nag.unevaluable(endpoint, "AwsSolutions-EC23", "The endpoint's security group admits HTTPS from the VPC's own"
                    + " CIDR only, which is a CloudFormation reference cdk-nag cannot read.");
        }

        LogGroup flowLogs = LogGroup.Builder.create(this, "FlowLogs")
                .retention(props.getFlowLogRetention() != null ? props.getFlowLogRetention() : RetentionDays.ONE_YEAR)
                .build();
        this.flowLog = FlowLog.Builder.create(this, "FlowLog")
                .resourceType(FlowLogResourceType.fromVpc(vpc))
                .destination(FlowLogDestination.toCloudWatchLogs(flowLogs))
                .trafficType(FlowLogTrafficType.ALL)
                .build();
    }

    /**
     * The address plan of a three-zone VPC, whatever the number of zones in use: each subnet gets
     * the range it would have with three zones, so growing from two zones to three only adds
     * subnets (CloudFormation replaces a subnet whose CidrBlock changes). The layout is CDK's own
     * sequential allocation, computed for three zones with placeholders for the missing ones.
     */
    static final class ThreeZoneLayout implements IIpAddresses {

        private final String cidr;

        ThreeZoneLayout(String cidr) {
            this.cidr = cidr;
        }

        @Override
        public VpcIpamOptions allocateVpcCidr() {
            return IpAddresses.cidr(cidr).allocateVpcCidr();
        }

        @Override
        public SubnetIpamOptions allocateSubnetsCidr(AllocateCidrRequest input) {
            List<RequestedSubnet> requested = input.getRequestedSubnets();
            Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
            for (int i = 0; i < requested.size(); i++) {
                byGroup.computeIfAbsent(requested.get(i).getConfiguration().getName(), g -> new ArrayList<>()).add(i);
            }
            List<RequestedSubnet> padded = new ArrayList<>();
            int[] position = new int[requested.size()];
            byGroup.forEach((group, indexes) -> {
                for (int zone = 0; zone < Math.max(indexes.size(), LAID_OUT_ZONES); zone++) {
                    if (zone < indexes.size()) {
                        position[indexes.get(zone)] = padded.size();
                        padded.add(requested.get(indexes.get(zone)));
                    } else {
                        padded.add(RequestedSubnet.builder().configuration(requested.get(indexes.get(0)).getConfiguration())
                                .availabilityZone("laid-out-zone-" + zone).subnetConstructId(group + "LaidOut" + zone).build());
                    }
                }
            });
            List<AllocatedSubnet> all = IpAddresses.cidr(cidr).allocateSubnetsCidr(AllocateCidrRequest.builder()
                    .vpcCidr(input.getVpcCidr()).requestedSubnets(padded).build()).getAllocatedSubnets();
            // In the order of the request: the VPC pairs allocations with its subnets by position.
            List<AllocatedSubnet> allocated = new ArrayList<>();
            for (int i = 0; i < requested.size(); i++) {
                allocated.add(all.get(position[i]));
            }
            return SubnetIpamOptions.builder().allocatedSubnets(allocated).build();
        }
    }

    /** The first {@code zones} zones of the region the stack is deployed to, resolved by CloudFormation. */
    static List<String> regionZones(int zones) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < zones; i++) {
            names.add(Fn.select(i, Fn.getAzs("")));
        }
        return names;
    }

    private static String endpointId(InterfaceVpcEndpointAwsService service) {
        String name = service.getShortName();
        StringBuilder id = new StringBuilder();
        for (String part : name.split("[.\\-]")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id + "Endpoint";
    }

    public Vpc getVpc() {
        return vpc;
    }

    public FlowLog getFlowLog() {
        return flowLog;
    }

    /** The zones the VPC spans (tokens resolved at deploy unless names were given). */
    public List<String> getAvailabilityZones() {
        return availabilityZones;
    }
}
