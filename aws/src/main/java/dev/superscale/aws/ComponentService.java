package dev.superscale.aws;

import dev.superscale.topology.Component;
import dev.superscale.topology.Rollout;
import dev.superscale.topology.ScalingSignal;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.BaseService;
import software.amazon.awscdk.services.ecs.CpuArchitecture;
import software.amazon.awscdk.services.ecs.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.Ec2Service;
import software.amazon.awscdk.services.ecs.Ec2TaskDefinition;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.ecs.OperatingSystemFamily;
import software.amazon.awscdk.services.ecs.RuntimePlatform;
import software.amazon.awscdk.services.ecs.ScalableTaskCount;
import software.amazon.awscdk.services.ecs.TaskDefinition;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * What every ECS service of the deployment shares, written once: one topology component per
 * service, a log group with a retention, a task security group, the cdk-nag findings every
 * task definition has for the same reason, a circuit breaker that rolls back a failing
 * deployment, deployment percentages from the component's rollout kind, and CPU target tracking
 * with the plan's cooldowns. {@link WebService}, {@link SpotWorkerGroup}, {@link CeleryBeat}
 * and {@link PgBouncerPool} are thin variants. Users integrate through {@link #getConnections()}.
 */
public abstract class ComponentService extends Construct implements IConnectable {

    /** ECS caps a container's stop timeout at 120 s: a longer stop grace in the plan is clamped to it. */
    public static final int ECS_MAX_STOP_TIMEOUT_SECONDS = 120;
    /** Container logs are kept this long unless a logRetention prop says otherwise. */
    public static final RetentionDays DEFAULT_LOG_RETENTION = RetentionDays.ONE_MONTH;
    /** The tasks run in the VPC's private subnets with egress unless subnets are given. */
    public static final SubnetSelection DEFAULT_SUBNETS = SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();
    /** The images Superscale builds and the instance families it picks are x86-64. */
    public static final RuntimePlatform X86_64_LINUX = RuntimePlatform.builder()
            .cpuArchitecture(CpuArchitecture.X86_64).operatingSystemFamily(OperatingSystemFamily.LINUX).build();

    protected final Component component;
    protected final LogGroup logs;
    protected final SecurityGroup taskSecurityGroup;

    protected ComponentService(Construct scope, String id, Component component, IVpc vpc, RetentionDays logRetention,
            String securityGroupDescription) {
        super(scope, id);
        this.component = component;
        this.logs = LogGroup.Builder.create(this, "Logs").retention(logRetention != null ? logRetention : DEFAULT_LOG_RETENTION).build();
        this.taskSecurityGroup = SecurityGroup.Builder.create(this, "TaskSecurityGroup").vpc(vpc).description(securityGroupDescription).build();
    }

    /** The ECS service this construct runs. */
    public abstract BaseService getService();

    public abstract TaskDefinition getTaskDefinition();

    /** The service's task security group: allow it to reach a warehouse with {@code getConnections().allowTo(...)}. */
    @Override
    public Connections getConnections() {
        return getService().getConnections();
    }

    public IMetric metricTasksDown() {
        return EcsMetrics.tasksDown(getService());
    }

    /** The topology component this service runs. */
    public Component getComponent() {
        return component;
    }

    public LogGroup getLogs() {
        return logs;
    }

    public SecurityGroup getTaskSecurityGroup() {
        return taskSecurityGroup;
    }

    /** A Fargate task definition of the smallest Fargate size that holds the component, on x86-64 Linux. */
    static FargateTaskDefinition fargateTaskDefinition(Construct scope, Component component) {
        AwsCatalog.FargateSize size = AwsCatalog.fargate(component.resources().cpuMillicores().value(),
                component.resources().memoryMiB().value());
        return FargateTaskDefinition.Builder.create(scope, "TaskDefinition")
                .cpu(size.cpuUnits()).memoryLimitMiB(size.memoryMiB()).runtimePlatform(X86_64_LINUX).build();
    }

    /** A Fargate service of the component: its minimum as desired count, its rollout, rollback on failure, no public IP. */
    FargateService.Builder fargateService(ICluster cluster, FargateTaskDefinition taskDefinition) {
        return FargateService.Builder.create(this, "Service")
                .cluster(cluster)
                .taskDefinition(taskDefinition)
                .desiredCount(component.replicas().min().intValue())
                .minHealthyPercent(minHealthyPercent(component))
                .maxHealthyPercent(maxHealthyPercent(component))
                .circuitBreaker(rollbackOnFailure())
                .assignPublicIp(false);
    }

    /** The same for an EC2 service. */
    Ec2Service.Builder ec2Service(ICluster cluster, Ec2TaskDefinition taskDefinition) {
        return Ec2Service.Builder.create(this, "Service")
                .cluster(cluster)
                .taskDefinition(taskDefinition)
                .desiredCount(component.replicas().min().intValue())
                .minHealthyPercent(minHealthyPercent(component))
                .maxHealthyPercent(maxHealthyPercent(component))
                .circuitBreaker(rollbackOnFailure());
    }

    static DeploymentCircuitBreaker rollbackOnFailure() {
        return DeploymentCircuitBreaker.builder().enable(true).rollback(true).build();
    }

    /** Surge keeps every running task until its replacement is healthy; stop-first never runs two at once. */
    static int minHealthyPercent(Component component) {
        return component.rollout() == Rollout.STOP_FIRST ? 0 : 100;
    }

    static int maxHealthyPercent(Component component) {
        return component.rollout() == Rollout.STOP_FIRST ? 100 : 200;
    }

    static SubnetSelection subnetsOrDefault(SubnetSelection subnets) {
        return subnets != null ? subnets : DEFAULT_SUBNETS;
    }

    /** The component's stop grace, clamped to what ECS allows (stated in aws/README). */
    static Duration stopTimeout(Component component) {
        return Duration.seconds(Math.min(ECS_MAX_STOP_TIMEOUT_SECONDS, component.stopGraceSeconds().value()));
    }

    /** The findings every Superscale task definition has for the same reasons. */
    static void suppressTaskDefinitionFindings(TaskDefinition taskDefinition, String environmentHolds) {
        Nag.suppress(taskDefinition, "AwsSolutions-ECS2", "The environment holds " + environmentHolds
                + "; every credential comes from Secrets Manager as an ECS secret.");
        Nag.ecrAuthorization(taskDefinition);
    }

    static final String SUPERSET_ENVIRONMENT = "the rendered superset_config.py and the endpoints (PgBouncer, Redis hosts and ports)";

    /** CPU target tracking at the component's scale-out target, with its cooldowns. */
    void scaleOnCpu(ScalableTaskCount scaling) {
        ScalingSignal cpu = component.scaling().signal(ScalingSignal.Kind.CPU_PERCENT).orElseThrow(() ->
                new IllegalStateException(component.name() + " has no CPU scaling signal"));
        scaling.scaleOnCpuUtilization("Cpu", CpuUtilizationScalingProps.builder()
                .targetUtilizationPercent(cpu.target().intValue())
                .scaleOutCooldown(scaleOutCooldown()).scaleInCooldown(scaleInCooldown()).build());
    }

    Duration scaleOutCooldown() {
        return Duration.seconds(component.scaling().cooldowns().scaleOutSeconds().value());
    }

    Duration scaleInCooldown() {
        return Duration.seconds(component.scaling().cooldowns().scaleInSeconds().value());
    }
}
