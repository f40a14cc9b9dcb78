package dev.superscale.aws;

import dev.superscale.render.ProcessCommands;
import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * Celery beat, the scheduler of reports and alerts: exactly one task, on Fargate (on-demand, never
 * Spot). Deployments stop the old task before starting the new one (minimum healthy 0%, maximum
 * 100%), so two schedulers never run at once and no report is sent twice; ECS replaces a failed
 * task, and the "beat down" alarm fires if it cannot.
 */
public class CeleryBeat extends Construct {

    /** Beat only wakes up to enqueue due tasks: the smallest Fargate size that loads Superset's app. */
    public static final int CPU_UNITS = 512;
    public static final int MEMORY_MIB = 1024;
    static final String CONTAINER = "beat";

    private final FargateTaskDefinition taskDefinition;
    private final FargateService service;
    private final SecurityGroup taskSecurityGroup;

    public CeleryBeat(Construct scope, String id, SupersetServiceProps props) {
        super(scope, id);
        Problems problems = new Problems("CeleryBeat", id).require(props, "props");
        problems.throwIfAny();
        problems.require(props.getCluster(), "cluster").require(props.getRuntime(), "runtime");
        problems.throwIfAny();
        long replicas = props.getRuntime().getPlan().beat().replicas().value();
        problems.check(replicas == 1, "the plan asks for " + replicas + " Celery beat replicas; beat must be exactly one or"
                + " every scheduled report is sent more than once");
        problems.throwIfAny();

        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .retention(props.getLogRetention() != null ? props.getLogRetention() : RetentionDays.ONE_MONTH).build();
        this.taskDefinition = FargateTaskDefinition.Builder.create(this, "TaskDefinition")
                .cpu(CPU_UNITS).memoryLimitMiB(MEMORY_MIB).build();
        props.getRuntime().addContainer(taskDefinition, CONTAINER, "beat", ProcessCommands.celeryBeat(), logs,
                options -> options.stopTimeout(Duration.seconds(30)));
        Nag.suppress(taskDefinition, "AwsSolutions-ECS2", "The environment holds the rendered superset_config.py and the endpoints"
                + " (PgBouncer, Redis hosts and ports); every credential comes from Secrets Manager as an ECS secret.");
        Nag.ecrAuthorization(taskDefinition);
        this.taskSecurityGroup = SecurityGroup.Builder.create(this, "TaskSecurityGroup").vpc(props.getCluster().getVpc())
                .description("Celery beat: no inbound traffic").build();
        this.service = FargateService.Builder.create(this, "Service")
                .cluster(props.getCluster())
                .taskDefinition(taskDefinition)
                .desiredCount(1)
                .minHealthyPercent(0)
                .maxHealthyPercent(100)
                .circuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(true).build())
                .securityGroups(List.of(taskSecurityGroup, props.getRuntime().getAppTier()))
                .vpcSubnets(props.getSubnets() != null ? props.getSubnets()
                        : SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
                .assignPublicIp(false)
                .build();
    }

    public IMetric metricTasksDown() {
        return EcsMetrics.tasksDown(service);
    }

    public FargateService getService() {
        return service;
    }

    public FargateTaskDefinition getTaskDefinition() {
        return taskDefinition;
    }

    public SecurityGroup getTaskSecurityGroup() {
        return taskSecurityGroup;
    }
}
