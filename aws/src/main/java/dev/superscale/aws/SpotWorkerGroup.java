package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.WorkerGroupPlan;
import dev.superscale.topology.Component;
import dev.superscale.topology.HealthProbe;
import dev.superscale.topology.ScalingSignal;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.autoscaling.AutoScalingGroup;
import software.amazon.awscdk.services.autoscaling.InstancesDistribution;
import software.amazon.awscdk.services.autoscaling.LaunchTemplateOverrides;
import software.amazon.awscdk.services.autoscaling.MixedInstancesPolicy;
import software.amazon.awscdk.services.autoscaling.SpotAllocationStrategy;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.ec2.BlockDevice;
import software.amazon.awscdk.services.ec2.BlockDeviceVolume;
import software.amazon.awscdk.services.ec2.EbsDeviceOptions;
import software.amazon.awscdk.services.ec2.EbsDeviceVolumeType;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.LaunchTemplate;
import software.amazon.awscdk.services.ec2.LaunchTemplateHttpTokens;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.UserData;
import software.amazon.awscdk.services.ecs.AsgCapacityProvider;
import software.amazon.awscdk.services.ecs.CapacityProviderStrategy;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.Ec2Service;
import software.amazon.awscdk.services.ecs.Ec2TaskDefinition;
import software.amazon.awscdk.services.ecs.EcsOptimizedImage;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.ecs.MachineImageType;
import software.amazon.awscdk.services.ecs.NetworkMode;
import software.amazon.awscdk.services.ecs.PlacementStrategy;
import software.amazon.awscdk.services.ecs.ScalableTaskCount;
import software.amazon.awscdk.services.ecs.TrackCustomMetricProps;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.constructs.Construct;

/**
 * One Celery worker group (one queue) on EC2 Spot: a mixed-instances Auto Scaling group of at
 * least three instance types (price-capacity-optimized Spot, capacity rebalancing), an ECS
 * capacity provider with managed scaling, termination protection and managed draining, and
 * one ECS service running the plan's prefork processes per task, one task per machine. The
 * service scales between the plan's min and max on the queue's backlog per worker (published
 * by {@link QueueDepthPublisher}) and on CPU.
 */
public class SpotWorkerGroup extends ComponentService {

    static final String CONTAINER = "worker";

    private final CapacityPlan plan;
    private final WorkerGroupPlan group;
    private final List<String> instanceTypes;
    private final LaunchTemplate launchTemplate;
    private final AutoScalingGroup autoScalingGroup;
    private final AsgCapacityProvider capacityProvider;
    private final Ec2TaskDefinition taskDefinition;
    private final Ec2Service service;
    private final ScalableTaskCount scaling;
    private final String clusterName;

    public SpotWorkerGroup(Construct scope, String id, SpotWorkerGroupProps props) {
        super(scope, id, component(props, id), props.getCluster().getVpc(), props.getLogRetention(),
                "Celery " + props.getGroup().queue() + " worker tasks: no inbound traffic");
        Problems problems = new Problems("SpotWorkerGroup", id);
        this.group = props.getGroup();
        this.plan = props.getRuntime().getPlan();
        this.instanceTypes = props.getInstanceTypes() != null ? props.getInstanceTypes() : AwsCatalog.workerInstanceTypes(group.machine());
        problems.check(instanceTypes.size() >= 3, "instanceTypes lists " + instanceTypes.size() + " type(s) " + instanceTypes
                + " but Spot needs at least 3 to choose among capacity pools");
        problems.check(instanceTypes.stream().distinct().count() == instanceTypes.size(), "instanceTypes " + instanceTypes + " repeats a type");
        for (String type : instanceTypes) {
            problems.check(type.matches("[a-z][a-z0-9-]*\\.[a-z0-9]+"), "instanceTypes entry '" + type + "' is not an EC2 type such as m6i.xlarge");
        }
        problems.check(group.minReplicas().value() >= 1 && group.minReplicas().value() <= group.maxReplicas().value(),
                "the plan's worker group '" + group.queue() + "' has min " + group.minReplicas().value() + " and max "
                        + group.maxReplicas().value() + " replicas: need 1 <= min <= max");
        problems.throwIfAny();

        Cluster cluster = props.getCluster();
        this.clusterName = cluster.getClusterName();
        var vpc = cluster.getVpc();
        SubnetSelection subnets = props.getSubnets() != null ? props.getSubnets()
                : SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();

        SecurityGroup instanceSecurityGroup = SecurityGroup.Builder.create(this, "InstanceSecurityGroup").vpc(vpc)
                .description("Celery " + group.queue() + " worker instances: no inbound traffic").build();
        Role instanceRole = Role.Builder.create(this, "InstanceRole")
                .assumedBy(new ServicePrincipal("ec2.amazonaws.com"))
                .description("ECS container instances of the Celery " + group.queue() + " workers")
                .build();
        instanceRole.addManagedPolicy(ManagedPolicy.fromAwsManagedPolicyName("AmazonSSMManagedInstanceCore"));
        UserData userData = UserData.forLinux();
        // Spot interruption notices drain the instance; tasks (awsvpc) cannot use the instance role.
        userData.addCommands("echo ECS_ENABLE_SPOT_INSTANCE_DRAINING=true >> /etc/ecs/ecs.config",
                "echo ECS_AWSVPC_BLOCK_IMDS=true >> /etc/ecs/ecs.config",
                "echo ECS_CONTAINER_STOP_TIMEOUT=" + stopTimeout(component).toSeconds() + "s >> /etc/ecs/ecs.config");
        this.launchTemplate = LaunchTemplate.Builder.create(this, "LaunchTemplate")
                .machineImage(props.getMachineImage() != null ? props.getMachineImage() : EcsOptimizedImage.amazonLinux2023())
                // CDK's capacity-provider wiring would grant the instances log writes on every log group; tasks log
                // through their execution role, so the instances get only the agent's statements below.
                .role(instanceRole.withoutPolicyUpdates())
                .securityGroup(instanceSecurityGroup)
                .userData(userData)
                .requireImdsv2(true)
                .httpTokens(LaunchTemplateHttpTokens.REQUIRED)
                .httpPutResponseHopLimit(2)
                .blockDevices(List.of(BlockDevice.builder().deviceName("/dev/xvda")
                        .volume(BlockDeviceVolume.ebs(30, EbsDeviceOptions.builder().encrypted(true).volumeType(EbsDeviceVolumeType.GP3).build()))
                        .build()))
                .build();

        List<LaunchTemplateOverrides> overrides = new ArrayList<>();
        for (String type : instanceTypes) {
            overrides.add(LaunchTemplateOverrides.builder().instanceType(new InstanceType(type)).build());
        }
        int maxReplicas = group.maxReplicas().intValue();
        this.autoScalingGroup = AutoScalingGroup.Builder.create(this, "Instances")
                .vpc(vpc)
                .vpcSubnets(subnets)
                .mixedInstancesPolicy(MixedInstancesPolicy.builder()
                        .launchTemplate(launchTemplate)
                        .launchTemplateOverrides(overrides)
                        .instancesDistribution(InstancesDistribution.builder()
                                // One task per machine: the component's on-demand base is a count of machines.
                                .onDemandBaseCapacity(component.placement().onDemandBaseReplicas().intValue())
                                .onDemandPercentageAboveBaseCapacity(0)
                                .spotAllocationStrategy(SpotAllocationStrategy.PRICE_CAPACITY_OPTIMIZED)
                                .build())
                        .build())
                .minCapacity(0)
                // One task per machine; twice the maximum leaves room for a rolling deployment at full scale.
                .maxCapacity(2 * maxReplicas)
                .capacityRebalance(true)
                .build();
        Nag.unevaluable(autoScalingGroup, "AwsSolutions-EC26", "The launch template encrypts the root volume (gp3, encrypted);"
                + " cdk-nag cannot follow the group's reference to the launch template version. A test asserts the encryption.");
        Nag.suppress(autoScalingGroup, "AwsSolutions-AS3", "Spot replacements and scaling are routine here; the"
                + " 'workers down' alarm (desired minus running tasks) reports what matters to the SNS topic.");

        this.capacityProvider = AsgCapacityProvider.Builder.create(this, "CapacityProvider")
                .autoScalingGroup(autoScalingGroup)
                .enableManagedScaling(true)
                .enableManagedTerminationProtection(true)
                .enableManagedDraining(true)
                .targetCapacityPercent(100)
                .machineImageType(MachineImageType.AMAZON_LINUX_2)
                .build();
        cluster.addAsgCapacityProvider(capacityProvider);
        Nag.suppress(instanceRole, "AwsSolutions-IAM4", "AmazonSSMManagedInstanceCore lets operators open a Session Manager"
                + " shell on a worker instance without SSH or inbound ports.",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonSSMManagedInstanceCore"));
        grantContainerAgent(instanceRole, cluster);
        Nag.suppress(instanceRole, "AwsSolutions-IAM5", "The ECS agent's own permissions: ecs:Poll and ecs:StartTelemetrySession"
                + " are limited to this cluster by condition; DiscoverPollEndpoint takes no resource ARN. No log writes: the"
                + " tasks log through their execution role.", List.of("Resource::*", "Action::ecs:Submit*"));

        this.taskDefinition = Ec2TaskDefinition.Builder.create(this, "TaskDefinition").networkMode(NetworkMode.AWS_VPC).build();
        int cpuUnits = (int) (component.resources().cpuMillicores().value() * 1024 / 1000);
        HealthProbe probe = component.probe().orElseThrow();
        List<String> healthCommand = new ArrayList<>(List.of("CMD"));
        healthCommand.addAll(probe.command());
        props.getRuntime().addContainer(taskDefinition, CONTAINER, component, logs,
                options -> options.cpu(cpuUnits).memoryReservationMiB(component.resources().memoryMiB().intValue())
                        .stopTimeout(stopTimeout(component))
                        .healthCheck(software.amazon.awscdk.services.ecs.HealthCheck.builder()
                                .command(healthCommand)
                                .interval(Duration.seconds(probe.periodSeconds().value()))
                                .timeout(Duration.seconds(probe.timeoutSeconds().value()))
                                .retries(probe.unhealthyThreshold().intValue())
                                .startPeriod(Duration.seconds(probe.startGraceSeconds().value()))
                                .build()));
        suppressTaskDefinitionFindings(taskDefinition, SUPERSET_ENVIRONMENT);

        this.service = ec2Service(cluster, taskDefinition)
                .capacityProviderStrategies(List.of(CapacityProviderStrategy.builder()
                        .capacityProvider(capacityProvider.getCapacityProviderName()).weight(1).base(0).build()))
                .placementStrategies(List.of(PlacementStrategy.spreadAcross("attribute:ecs.availability-zone"),
                        PlacementStrategy.packedByMemory()))
                .securityGroups(List.of(taskSecurityGroup, props.getRuntime().getAppTier()))
                .vpcSubnets(subnets)
                .build();

        // The cluster's capacity-provider association is created at synthesis: depending on the cluster
        // construct includes it, so the service is never created before its capacity provider is attached.
        service.getNode().addDependency(cluster);

        this.scaling = service.autoScaleTaskCount(EnableScalingProps.builder()
                .minCapacity(component.replicas().min().intValue()).maxCapacity(maxReplicas).build());
        ScalingSignal queueLength = component.scaling().signal(ScalingSignal.Kind.QUEUE_LENGTH_PER_REPLICA).orElseThrow();
        scaling.scaleToTrackCustomMetric("QueueDepth", TrackCustomMetricProps.builder()
                .metric(CeleryQueueMetrics.backlogPerWorker(clusterName, queueLength.queue()))
                .targetValue(queueLength.target().value())
                .scaleOutCooldown(scaleOutCooldown()).scaleInCooldown(scaleInCooldown())
                .build());
        scaleOnCpu(scaling);
    }

    /** What the ECS agent on a worker instance calls, scoped to the cluster; no logs, no ECR (the execution role pulls). */
    private static void grantContainerAgent(Role instanceRole, Cluster cluster) {
        instanceRole.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("ecs:DeregisterContainerInstance", "ecs:RegisterContainerInstance", "ecs:Submit*"))
                .resources(List.of(cluster.getClusterArn())).build());
        instanceRole.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("ecs:Poll", "ecs:StartTelemetrySession"))
                .resources(List.of("*"))
                .conditions(java.util.Map.of("ArnEquals", java.util.Map.of("ecs:cluster", cluster.getClusterArn()))).build());
        instanceRole.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("ecs:DiscoverPollEndpoint")).resources(List.of("*")).build());
    }

    private static Component component(SpotWorkerGroupProps props, String id) {
        Problems problems = new Problems("SpotWorkerGroup", id).require(props, "props");
        problems.throwIfAny();
        problems.require(props.getCluster(), "cluster").require(props.getRuntime(), "runtime").require(props.getGroup(), "group");
        problems.notEmpty(props.getInstanceTypes(), "instanceTypes");
        problems.throwIfAny();
        return props.getRuntime().getTopology().worker(props.getGroup().queue());
    }

    /** Messages waiting in this group's queue. */
    public IMetric metricQueueLength() {
        return CeleryQueueMetrics.queueLength(clusterName, group.queue());
    }

    public String getQueue() {
        return group.queue();
    }

    public WorkerGroupPlan getGroup() {
        return group;
    }

    public List<String> getInstanceTypes() {
        return instanceTypes;
    }

    public LaunchTemplate getLaunchTemplate() {
        return launchTemplate;
    }

    public AutoScalingGroup getAutoScalingGroup() {
        return autoScalingGroup;
    }

    public AsgCapacityProvider getCapacityProvider() {
        return capacityProvider;
    }

    @Override
    public Ec2TaskDefinition getTaskDefinition() {
        return taskDefinition;
    }

    @Override
    public Ec2Service getService() {
        return service;
    }

    public ScalableTaskCount getScaling() {
        return scaling;
    }
}
