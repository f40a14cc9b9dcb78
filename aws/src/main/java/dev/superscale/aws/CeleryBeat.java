package dev.superscale.aws;

import dev.superscale.topology.Component;
import java.util.List;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.constructs.Construct;

/**
 * Celery beat, the scheduler of reports and alerts (the topology's beat component): exactly one
 * task, on Fargate (on-demand, never Spot). Its stop-first rollout becomes minimum healthy 0% and
 * maximum 100%: the old task stops before the new one starts, so two schedulers never run at once
 * and no report is sent twice; ECS replaces a failed task, and the "beat down" alarm fires if it cannot.
 */
public class CeleryBeat extends ComponentService {

    static final String CONTAINER = "beat";

    private final FargateTaskDefinition taskDefinition;
    private final FargateService service;

    public CeleryBeat(Construct scope, String id, SupersetServiceProps props) {
        super(scope, id, component(props, id), props.getCluster().getVpc(), props.getLogRetention(), "Celery beat: no inbound traffic");
        this.taskDefinition = fargateTaskDefinition(this, component);
        props.getRuntime().addContainer(taskDefinition, CONTAINER, component, logs, options -> options.stopTimeout(stopTimeout(component)));
        suppressTaskDefinitionFindings(taskDefinition, SUPERSET_ENVIRONMENT);
        this.service = fargateService(props.getCluster(), taskDefinition)
                .securityGroups(List.of(taskSecurityGroup, props.getRuntime().getAppTier()))
                .vpcSubnets(subnetsOrDefault(props.getSubnets()))
                .build();
    }

    private static Component component(SupersetServiceProps props, String id) {
        Problems problems = new Problems("CeleryBeat", id).require(props, "props");
        problems.throwIfAny();
        problems.require(props.getCluster(), "cluster").require(props.getRuntime(), "runtime");
        problems.throwIfAny();
        Component beat = props.getRuntime().getTopology().beat();
        long replicas = beat.replicas().max().value();
        problems.check(replicas == 1, "the plan asks for " + replicas + " Celery beat replicas; beat must be exactly one or"
                + " every scheduled report is sent more than once");
        problems.throwIfAny();
        return beat;
    }

    @Override
    public FargateService getService() {
        return service;
    }

    @Override
    public FargateTaskDefinition getTaskDefinition() {
        return taskDefinition;
    }
}
