package dev.superscale.cost;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.UserLoad;
import dev.superscale.topology.SupersetTopology;
import java.util.List;

/**
 * The guide's 10,000-user configuration and the plan for the same load, priced with the same
 * table, each with the users it carries under the capacity model; and the plan sized for exactly
 * the users the guide's configuration carries, so the two can be compared at equal modelled capacity.
 *
 * @param guide              the guide's configuration on each target
 * @param plan               the plan for the same load on each target
 * @param guideCarries       users the guide's servers carry, and what breaks next
 * @param planCarries        users the plan's peak servers carry, and what breaks next
 * @param guideAtEqualCapacity the guide's servers around the data services the plan for {@code guideCarries.users()} users sizes
 * @param planAtEqualCapacity  the plan for {@code guideCarries.users()} users (both empty if the guide carries none)
 * @param guideWebReplicas   the guide's web instances at peak
 * @param guideWorkerProcesses the guide's Celery processes at peak
 * @param planWebReplicas    the plan's web replicas at peak
 * @param planWorkerProcesses the plan's Celery processes at peak
 */
public record GuideComparison(
        List<TargetCost> guide,
        List<TargetCost> plan,
        ModelledCapacity.Carried guideCarries,
        ModelledCapacity.Carried planCarries,
        List<TargetCost> guideAtEqualCapacity,
        List<TargetCost> planAtEqualCapacity,
        int guideWebReplicas,
        int guideWorkerProcesses,
        int planWebReplicas,
        int planWorkerProcesses) {

    public GuideComparison {
        guide = List.copyOf(guide);
        plan = List.copyOf(plan);
        guideAtEqualCapacity = List.copyOf(guideAtEqualCapacity);
        planAtEqualCapacity = List.copyOf(planAtEqualCapacity);
    }

    public static GuideComparison of(CapacityPlan plan, List<TargetCost> planCosts, CostModel model) {
        Deployment guide = GuideReference.deployment(plan);
        ModelledCapacity guideServers = GuideReference.capacity(plan);
        ModelledCapacity.Carried guideCarries = guideServers.usersCarried(plan.load(), plan);
        ModelledCapacity.Carried planCarries = ModelledCapacity.atPeakOf(plan).usersCarried(plan.load(), plan);
        List<TargetCost> guideEqual = List.of();
        List<TargetCost> planEqual = List.of();
        if (guideCarries.users() >= UserLoad.MIN_USERS) {
            // Both sized for the users the guide's servers carry: the plan for that load, and the guide's web and worker
            // counts around that plan's database, Redis and PgBouncer, so only what the two size differently differs.
            UserLoad load = plan.load().toBuilder().registeredUsers(guideCarries.users()).chartQueryMode(plan.chartQueryMode()).build();
            CapacityPlan sized = CapacityPlanner.planFor(load);
            planEqual = model.price(Deployment.of(SupersetTopology.of(sized), "plan at the guide's capacity"));
            guideEqual = model.price(GuideReference.deployment(sized));
        }
        int guideProcesses = guideServers.processesPerQueue().values().stream().mapToInt(Integer::intValue).sum();
        return new GuideComparison(model.price(guide), planCosts, guideCarries, planCarries, guideEqual, planEqual, guideServers.webReplicas(),
                guideProcesses, plan.web().peakReplicas().intValue(), plan.peakWorkerProcesses());
    }
}
