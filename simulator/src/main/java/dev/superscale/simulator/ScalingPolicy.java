package dev.superscale.simulator;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.WebPlan;
import dev.superscale.capacity.WorkerGroupPlan;

/**
 * One pool's autoscaling settings, as the plan states them. Tests and what-ifs replace one
 * setting (a higher CPU target, a lower minimum) to see whether a target breaks.
 *
 * @param minReplicas                 never fewer
 * @param maxReplicas                 never more
 * @param scaleOutCpuPercent          target tracking on CPU (web) or busy processes (workers)
 * @param requestsPerReplicaPerMinute web only: target tracking on requests per replica; 0 for none
 * @param queueLengthPerReplica       workers only: one replica more per this many waiting tasks; 0 for none
 * @param scaleOutCooldownSeconds     no second scale-out sooner
 * @param scaleInCooldownSeconds      scale in only after this long without a scale event
 */
public record ScalingPolicy(
        int minReplicas,
        int maxReplicas,
        double scaleOutCpuPercent,
        double requestsPerReplicaPerMinute,
        double queueLengthPerReplica,
        double scaleOutCooldownSeconds,
        double scaleInCooldownSeconds) {

    public ScalingPolicy {
        if (minReplicas < 1 || maxReplicas < minReplicas || !(scaleOutCpuPercent > 0 && scaleOutCpuPercent <= 100)) {
            throw new IllegalArgumentException("need 1 <= min <= max replicas and 0 < CPU target <= 100, got min " + minReplicas
                    + ", max " + maxReplicas + ", CPU " + scaleOutCpuPercent);
        }
    }

    public static ScalingPolicy web(WebPlan web) {
        return new ScalingPolicy(web.minReplicas().intValue(), web.maxReplicas().intValue(), web.scaleOutCpuPercent().value(),
                web.requestsPerReplicaPerMinuteTarget().value(), 0,
                web.cooldowns().scaleOutSeconds().value(), web.cooldowns().scaleInSeconds().value());
    }

    public static ScalingPolicy workerGroup(WorkerGroupPlan group) {
        return new ScalingPolicy(group.minReplicas().intValue(), group.maxReplicas().intValue(), group.scaleOutCpuPercent().value(),
                0, group.queueLengthPerReplicaTarget().value(),
                group.cooldowns().scaleOutSeconds().value(), group.cooldowns().scaleInSeconds().value());
    }

    /** The policy of the named pool ("web" or a queue). */
    public static ScalingPolicy of(CapacityPlan plan, String pool) {
        return pool.equals("web") ? web(plan.web()) : workerGroup(plan.workerGroup(pool));
    }

    public ScalingPolicy withScaleOutCpuPercent(double percent) {
        return new ScalingPolicy(minReplicas, maxReplicas, percent, requestsPerReplicaPerMinute, queueLengthPerReplica,
                scaleOutCooldownSeconds, scaleInCooldownSeconds);
    }

    public ScalingPolicy withMinReplicas(int count) {
        return new ScalingPolicy(count, Math.max(count, maxReplicas), scaleOutCpuPercent, requestsPerReplicaPerMinute,
                queueLengthPerReplica, scaleOutCooldownSeconds, scaleInCooldownSeconds);
    }

    /** Without the request-count signal: CPU alone decides (what a worse setting looks like). */
    public ScalingPolicy withoutRequestTarget() {
        return new ScalingPolicy(minReplicas, maxReplicas, scaleOutCpuPercent, 0, queueLengthPerReplica,
                scaleOutCooldownSeconds, scaleInCooldownSeconds);
    }
}
