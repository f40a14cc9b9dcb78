package dev.superscale.aws;

import static dev.superscale.aws.Fixtures.at;
import static dev.superscale.aws.Fixtures.properties;
import static dev.superscale.aws.Fixtures.resources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.CapacityPlan;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class NetworkTest {

    private static Template network(CapacityPlan plan) {
        Stack stack = Synth.stack();
        new Network(stack, "Network", NetworkProps.builder().plan(plan).build());
        return Template.fromStack(stack);
    }

    private static Set<Object> zonesOf(Template template, String subnetGroup) {
        Set<Object> zones = new TreeSet<Object>(java.util.Comparator.comparing(Object::toString));
        resources(template, "AWS::EC2::Subnet").forEach((id, subnet) -> {
            if (id.contains(subnetGroup)) {
                zones.add(properties(subnet).get("AvailabilityZone"));
            }
        });
        return zones;
    }

    @Test
    void spreadsEverySubnetTierOverThreeZonesForHaTiers() {
        Template template = Synth.preset(dev.superscale.capacity.Preset.ENTERPRISE).template();
        for (String tier : List.of(Network.PUBLIC, Network.APPLICATION, Network.DATA)) {
            assertThat(zonesOf(template, "Vpc" + tier + "Subnet")).as(tier).hasSize(3);
        }
        assertThat(resources(template, "AWS::EC2::Subnet")).hasSize(9);
    }

    @Test
    void usesTwoZonesForTheSmallestTier() {
        Template template = Synth.preset(dev.superscale.capacity.Preset.TEAM).template();
        assertThat(zonesOf(template, "VpcDataSubnet")).hasSize(2);
        assertThat(resources(template, "AWS::EC2::Subnet")).hasSize(6);
    }

    @Test
    void zonesAreExplicitAndResolvedByCloudFormationNotLookedUp() {
        Template template = Synth.preset(dev.superscale.capacity.Preset.ENTERPRISE).template();
        Set<Object> zones = zonesOf(template, "VpcApplicationSubnet");
        assertThat(zones).allSatisfy(zone -> assertThat(zone.toString()).contains("Fn::GetAZs"));
        assertThat(zones.toString()).contains("Fn::Select=[0").contains("Fn::Select=[1").contains("Fn::Select=[2");
    }

    @Test
    void hasOneNatGatewayPerZoneForHaTiers() {
        assertThat(resources(Synth.preset(dev.superscale.capacity.Preset.ENTERPRISE).template(), "AWS::EC2::NatGateway")).hasSize(3);
        assertThat(resources(Synth.preset(dev.superscale.capacity.Preset.DEPARTMENT).template(), "AWS::EC2::NatGateway")).hasSize(3);
    }

    @Test
    void hasOneNatGatewayForTheSmallestTier() {
        assertThat(resources(Synth.preset(dev.superscale.capacity.Preset.TEAM).template(), "AWS::EC2::NatGateway")).hasSize(1);
    }

    @Test
    void addsEndpointsThatKeepAwsTrafficOffTheNatGateways() {
        Template template = Synth.preset(dev.superscale.capacity.Preset.ENTERPRISE).template();
        Map<String, Map<String, Object>> endpoints = resources(template, "AWS::EC2::VPCEndpoint");
        List<String> services = endpoints.values().stream().map(e -> properties(e).get("ServiceName").toString()).sorted().toList();
        assertThat(services).anySatisfy(s -> assertThat(s).contains(".s3"));
        assertThat(services).anySatisfy(s -> assertThat(s).contains("logs"));
        assertThat(services).anySatisfy(s -> assertThat(s).contains("secretsmanager"));
        assertThat(services).anySatisfy(s -> assertThat(s).contains("monitoring"));
        template.hasResourceProperties("AWS::EC2::VPCEndpoint", Map.of("VpcEndpointType", "Gateway"));
    }

    @Test
    void logsAllVpcTrafficToCloudWatch() {
        Synth.preset(dev.superscale.capacity.Preset.ENTERPRISE).template().hasResourceProperties("AWS::EC2::FlowLog",
                Map.of("TrafficType", "ALL", "LogDestinationType", "cloud-watch-logs"));
    }

    @Test
    void honoursExplicitZoneNamesAndNatCount() {
        Stack stack = Synth.stack();
        new Network(stack, "Network", NetworkProps.builder().plan(Fixtures.ENTERPRISE)
                .availabilityZones(List.of("eu-west-1a", "eu-west-1b", "eu-west-1c")).natGateways(1).cidr("10.20.0.0/16").build());
        Template template = Template.fromStack(stack);
        assertThat(zonesOf(template, "VpcApplicationSubnet")).containsExactlyInAnyOrder("eu-west-1a", "eu-west-1b", "eu-west-1c");
        assertThat(resources(template, "AWS::EC2::NatGateway")).hasSize(1);
        template.hasResourceProperties("AWS::EC2::VPC", Match.objectLike(Map.of("CidrBlock", "10.20.0.0/16")));
    }

    @Test
    void failsIfZoneCountDiffersFromThePlan() {
        assertThatThrownBy(() -> new Network(Synth.stack(), "Net", NetworkProps.builder().plan(Fixtures.ENTERPRISE)
                .availabilityZones(List.of("eu-west-1a", "eu-west-1b")).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Network 'Net'").hasMessageContaining("availabilityZones").hasMessageContaining("needs exactly 3")
                .hasMessageContaining("pass availabilityZones with 3 zone names");
    }

    private static Map<String, Object> cidrsById(Template template) {
        Map<String, Object> cidrs = new java.util.TreeMap<>();
        resources(template, "AWS::EC2::Subnet").forEach((id, subnet) -> cidrs.put(id, properties(subnet).get("CidrBlock")));
        return cidrs;
    }

    @Test
    void growingFromTwoZonesToThreeAddsSubnetsAndMovesNone() {
        Template two = network(Fixtures.TEAM);
        Template three = network(Fixtures.plan(1_000));
        Map<String, Object> before = cidrsById(two);
        Map<String, Object> after = cidrsById(three);
        assertThat(before).hasSize(6);
        assertThat(after).hasSize(9).containsAllEntriesOf(before);
        // The data subnets sit where a three-zone VPC has them, also with two zones.
        two.hasResourceProperties("AWS::EC2::Subnet", Match.objectLike(Map.of("CidrBlock", "10.0.64.0/24",
                "AvailabilityZone", Map.of("Fn::Select", List.of(0, Map.of("Fn::GetAZs", ""))))));
        two.hasResourceProperties("AWS::EC2::Subnet", Match.objectLike(Map.of("CidrBlock", "10.0.65.0/24")));
        assertThat(after.values()).doesNotHaveDuplicates();
    }

    @Test
    void keepsTheLayoutForAnotherVpcRange() {
        Stack stack = Synth.stack();
        new Network(stack, "Network", NetworkProps.builder().plan(Fixtures.TEAM).cidr("10.20.0.0/16").build());
        Template template = Template.fromStack(stack);
        assertThat(cidrsById(template).values()).extracting(Object::toString).containsExactlyInAnyOrder(
                "10.20.0.0/24", "10.20.1.0/24", "10.20.16.0/20", "10.20.32.0/20", "10.20.64.0/24", "10.20.65.0/24");
    }

    private static Stack stackIn(String region) {
        return new Stack(Synth.app(), "Regional", software.amazon.awscdk.StackProps.builder()
                .env(software.amazon.awscdk.Environment.builder().account("123456789012").region(region).build()).build());
    }

    @Test
    void failsAtSynthForAThreeZonePlanInATwoZoneRegionNamingTheFix() {
        assertThatThrownBy(() -> new Network(stackIn("us-west-1"), "Net", NetworkProps.builder().plan(Fixtures.ENTERPRISE).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("region us-west-1 gives new accounts two availability zones")
                .hasMessageContaining("pass availabilityZones");
    }

    @Test
    void twoZoneRegionsServeTheTwoZoneTierOrExplicitZones() {
        Stack small = stackIn("us-west-1");
        new Network(small, "Net", NetworkProps.builder().plan(Fixtures.TEAM).build());
        assertThat(resources(Template.fromStack(small), "AWS::EC2::Subnet")).hasSize(6);
        Stack named = stackIn("us-west-1");
        new Network(named, "Net", NetworkProps.builder().plan(Fixtures.ENTERPRISE)
                .availabilityZones(List.of("us-west-1a", "us-west-1b", "us-west-1c")).build());
        assertThat(zonesOf(Template.fromStack(named), "VpcDataSubnet")).hasSize(3);
        Stack elsewhere = stackIn("eu-west-1");
        new Network(elsewhere, "Net", NetworkProps.builder().plan(Fixtures.ENTERPRISE).build());
        assertThat(resources(Template.fromStack(elsewhere), "AWS::EC2::Subnet")).hasSize(9);
    }

    @Test
    void failsOnBadCidrAndNatCountNamingBoth() {
        assertThatThrownBy(() -> new Network(Synth.stack(), "Net", NetworkProps.builder().plan(Fixtures.ENTERPRISE)
                .cidr("10.0.0.0/8").natGateways(5).build()))
                .hasMessageContaining("cidr '10.0.0.0/8'").hasMessageContaining("natGateways is 5");
    }

    @Test
    void failsWithoutPlan() {
        assertThatThrownBy(() -> new Network(Synth.stack(), "Net", NetworkProps.builder().build())).hasMessageContaining("plan is required");
        assertThat(at(Map.of("a", List.of(1)), "a", 0).toString()).isEqualTo("1");
    }
}
