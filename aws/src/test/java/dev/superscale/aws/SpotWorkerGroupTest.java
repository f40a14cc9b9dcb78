package dev.superscale.aws;

import static dev.superscale.aws.Fixtures.at;
import static dev.superscale.aws.Fixtures.only;
import static dev.superscale.aws.Fixtures.properties;
import static dev.superscale.aws.Fixtures.resources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.WorkerGroupPlan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class SpotWorkerGroupTest {

    private static Template template() {
        return Synth.preset(Preset.ENTERPRISE).template();
    }

    private static CapacityPlan plan() {
        return Synth.preset(Preset.ENTERPRISE).plan();
    }

    private static String id(WorkerGroupPlan group) {
        return "Worker" + Monitoring.pascal(group.queue());
    }

    @Test
    void runsOneEcsServicePerCeleryQueueOnItsCapacityProvider() {
        for (WorkerGroupPlan group : plan().workerGroups()) {
            Map<String, Object> service = only(template(), "AWS::ECS::Service", id(group) + "Service");
            assertThat(at(service, "Properties", "CapacityProviderStrategy", 0, "CapacityProvider").toString())
                    .contains(id(group) + "CapacityProvider");
            assertThat(properties(service)).doesNotContainKey("LaunchType");
        }
        assertThat(Fixtures.ids(template(), "AWS::ECS::Service", "Worker")).hasSize(plan().workerGroups().size());
    }

    @Test
    void runsThePlansPrefetchOneProcessesPerTask() {
        for (WorkerGroupPlan group : plan().workerGroups()) {
            Map<String, Object> task = only(template(), "AWS::ECS::TaskDefinition", id(group));
            String command = at(task, "Properties", "ContainerDefinitions", 0, "Command").toString();
            assertThat(command).contains("--queues=" + group.queue()).contains("--concurrency=" + group.concurrency().value())
                    .contains("--prefetch-multiplier=1");
            assertThat(at(task, "Properties", "NetworkMode").toString()).isEqualTo("awsvpc");
        }
    }

    @Test
    void usesAMixedInstancesGroupOfAtLeastThreeTypesAllSpotPriceCapacityOptimized() {
        for (WorkerGroupPlan group : plan().workerGroups()) {
            Map<String, Object> asg = properties(only(template(), "AWS::AutoScaling::AutoScalingGroup", id(group)));
            List<?> overrides = at(asg, "MixedInstancesPolicy", "LaunchTemplate", "Overrides");
            assertThat(overrides).hasSizeGreaterThanOrEqualTo(3);
            assertThat(at(asg, "MixedInstancesPolicy", "InstancesDistribution").toString())
                    .contains("OnDemandPercentageAboveBaseCapacity=0")
                    .contains("SpotAllocationStrategy=price-capacity-optimized");
        }
    }

    /** Interactive workers keep their minimum on on-demand machines (a spot shortage never stops dashboards); reports run all-spot. */
    @Test
    void keepsTheTopologysOnDemandBaseOfMachines() {
        var topology = dev.superscale.topology.SupersetTopology.of(plan());
        for (WorkerGroupPlan group : plan().workerGroups()) {
            Map<String, Object> asg = properties(only(template(), "AWS::AutoScaling::AutoScalingGroup", id(group)));
            Number base = at(asg, "MixedInstancesPolicy", "InstancesDistribution", "OnDemandBaseCapacity");
            assertThat(base.longValue()).as(group.queue())
                    .isEqualTo(topology.worker(group.queue()).placement().onDemandBaseReplicas().value());
        }
        Number interactive = at(properties(only(template(), "AWS::AutoScaling::AutoScalingGroup", "Interactive")),
                "MixedInstancesPolicy", "InstancesDistribution", "OnDemandBaseCapacity");
        assertThat(interactive.intValue()).isPositive();
        for (WorkerGroupPlan group : plan().workerGroups()) {
            Map<String, Object> asg = properties(only(template(), "AWS::AutoScaling::AutoScalingGroup", id(group)));
            assertThat(asg).containsEntry("CapacityRebalance", true).containsEntry("NewInstancesProtectedFromScaleIn", true);
        }
    }

    @Test
    void capacityProviderScalesTheInstancesAndDrainsThemManaged() {
        for (WorkerGroupPlan group : plan().workerGroups()) {
            Map<String, Object> provider = at(only(template(), "AWS::ECS::CapacityProvider", id(group)), "Properties", "AutoScalingGroupProvider");
            assertThat(provider).containsEntry("ManagedDraining", "ENABLED").containsEntry("ManagedTerminationProtection", "ENABLED")
                    .containsEntry("ManagedScaling", Map.of("Status", "ENABLED", "TargetCapacity", 100));
        }
        // Managed draining replaces CDK's drain-hook Lambda and its SNS topic.
        assertThat(Fixtures.ids(template(), "AWS::Lambda::Function", "DrainECSHook")).isEmpty();
    }

    @Test
    void instancesRequireImdsV2EncryptTheirDisksAndDrainOnSpotNotices() {
        for (WorkerGroupPlan group : plan().workerGroups()) {
            Map<String, Object> data = at(only(template(), "AWS::EC2::LaunchTemplate", id(group)), "Properties", "LaunchTemplateData");
            assertThat(at(data, "MetadataOptions", "HttpTokens").toString()).isEqualTo("required");
            assertThat(at(data, "BlockDeviceMappings", 0, "Ebs", "Encrypted").toString()).isEqualTo("true");
            assertThat(at(data, "UserData").toString()).contains("Fn::Base64");
        }
    }

    @Test
    void scalesOnQueueBacklogPerWorkerAndOnCpuBetweenThePlansMinAndMax() {
        Template template = template();
        for (WorkerGroupPlan group : plan().workerGroups()) {
            Map<String, Object> target = properties(only(template, "AWS::ApplicationAutoScaling::ScalableTarget", id(group)));
            assertThat(target).containsEntry("MinCapacity", group.minReplicas().intValue()).containsEntry("MaxCapacity", group.maxReplicas().intValue());
            template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Match.objectLike(Map.of(
                    "TargetTrackingScalingPolicyConfiguration", Match.objectLike(Map.of(
                            "TargetValue", group.queueLengthPerReplicaTarget().intValue(),
                            "CustomizedMetricSpecification", Match.objectLike(Map.of(
                                    "Namespace", CeleryQueueMetrics.NAMESPACE, "MetricName", CeleryQueueMetrics.BACKLOG_PER_WORKER,
                                    "Dimensions", Match.arrayWith(List.of(Map.of("Name", "Queue", "Value", group.queue()))))))))));
        }
        assertThat(resources(template, "AWS::ApplicationAutoScaling::ScalingPolicy").values().stream()
                .filter(p -> p.toString().contains("ECSServiceAverageCPUUtilization") && p.toString().contains("Worker")).count())
                .isEqualTo(plan().workerGroups().size());
    }

    @Test
    void servicesWaitForTheirCapacityProviderAssociation() {
        String association = Fixtures.ids(template(), "AWS::ECS::ClusterCapacityProviderAssociations", "").get(0);
        for (WorkerGroupPlan group : plan().workerGroups()) {
            assertThat(only(template(), "AWS::ECS::Service", id(group)).get("DependsOn").toString()).contains(association);
        }
    }

    @Test
    void failsWithFewerThanThreeInstanceTypes() {
        var stack = Synth.stack();
        var vpc = Fixtures.vpc(stack, Fixtures.TEAM);
        var runtime = Fixtures.runtime(stack, vpc, Fixtures.TEAM);
        assertThatThrownBy(() -> new SpotWorkerGroup(stack, "Worker", SpotWorkerGroupProps.builder().cluster(Fixtures.cluster(stack, vpc))
                .runtime(runtime).group(Fixtures.TEAM.workerGroups().get(0)).instanceTypes(List.of("m6i.xlarge", "m5.xlarge")).build()))
                .hasMessageContaining("SpotWorkerGroup 'Worker'").hasMessageContaining("instanceTypes lists 2 type(s)");
    }

    @Test
    void failsWithoutGroup() {
        assertThatThrownBy(() -> new SpotWorkerGroup(Synth.stack(), "Worker", SpotWorkerGroupProps.builder().build()))
                .hasMessageContaining("group is required");
    }

    /** The plan's stop grace (the hard time limit plus a margin) is clamped to ECS's 120 s; acks late covers the rest. */
    @Test
    void clampsTheStopGraceToWhatEcsAllows() {
        for (WorkerGroupPlan group : plan().workerGroups()) {
            Map<String, Object> task = only(template(), "AWS::ECS::TaskDefinition", id(group));
            Number stop = at(task, "Properties", "ContainerDefinitions", 0, "StopTimeout");
            assertThat(group.stopGraceSeconds().value()).isGreaterThan(ComponentService.ECS_MAX_STOP_TIMEOUT_SECONDS);
            assertThat(stop.intValue()).isEqualTo(ComponentService.ECS_MAX_STOP_TIMEOUT_SECONDS);
            assertThat(at(task, "Properties", "ContainerDefinitions", 0, "HealthCheck").toString()).contains("inspect ping");
        }
    }

    /** Workers scale out on their own CPU target from the plan, not the web tier's. */
    @Test
    void scalesOnTheWorkerGroupsOwnCpuTarget() {
        for (WorkerGroupPlan group : plan().workerGroups()) {
            template().hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Match.objectLike(Map.of(
                    "TargetTrackingScalingPolicyConfiguration", Match.objectLike(Map.of(
                            "TargetValue", group.scaleOutCpuPercent().intValue(),
                            "ScaleOutCooldown", group.cooldowns().scaleOutSeconds().intValue(),
                            "PredefinedMetricSpecification", Map.of("PredefinedMetricType", "ECSServiceAverageCPUUtilization"))))));
        }
    }

    /** The instances run the ECS agent only: tasks log and pull through their execution role, so no logs:* on the instance role. */
    @Test
    void workerInstancesCannotWriteLogs() {
        for (WorkerGroupPlan group : plan().workerGroups()) {
            String role = Fixtures.ids(template(), "AWS::IAM::Role", id(group) + "InstanceRole").get(0);
            List<String> policies = resources(template(), "AWS::IAM::Policy").entrySet().stream()
                    .filter(e -> properties(e.getValue()).get("Roles").toString().contains(role))
                    .map(e -> properties(e.getValue()).get("PolicyDocument").toString()).toList();
            assertThat(policies).isNotEmpty();
            assertThat(String.join("\n", policies)).doesNotContain("logs:").contains("ecs:RegisterContainerInstance");
        }
    }
}
