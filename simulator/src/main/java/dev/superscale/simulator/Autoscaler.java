package dev.superscale.simulator;

/**
 * One pool's autoscaler, evaluated once a minute on the last minute's metrics, as ECS target
 * tracking, the HPA and KEDA do:
 * <ul>
 * <li>target tracking: desired = ceil(serving replicas x utilization / target), on CPU for the
 *     web (busy processes for workers, the CPU they drive) and, for the web, requests per
 *     replica per minute against the plan's request target;
 * <li>queue-depth stepping (workers): one replica more for every {@code queueLengthPerReplica}
 *     tasks waiting at the evaluation;
 * <li>the largest signal wins, clamped to [min, max]. A scale-out needs the platform's number
 *     of consecutive evaluations above the current size and waits out the scale-out cooldown; a
 *     scale-in needs the signals below the current size for the whole scale-in cooldown, and
 *     that long since any scale event.
 * </ul>
 * Pure decision code: the caller measures and applies (new replicas serve after the target's start delay).
 */
final class Autoscaler {

    private final ScalingPolicy policy;
    private final int datapoints;
    private int above;
    private double lastScaleOut = Double.NEGATIVE_INFINITY;
    private double lastScaleEvent = Double.NEGATIVE_INFINITY;
    private double belowSince = Double.NaN;
    private int events;

    Autoscaler(ScalingPolicy policy, int datapoints) {
        this.policy = policy;
        this.datapoints = datapoints;
    }

    ScalingPolicy policy() {
        return policy;
    }

    int events() {
        return events;
    }

    /**
     * @param now           seconds
     * @param requested     replicas asked for (serving + starting)
     * @param serving       replicas serving
     * @param utilization   busy share over the last minute, 0..1 (CPU for the web, processes for workers)
     * @param requestsPerMinute requests in the last minute (web), else 0
     * @param waiting       tasks waiting now (workers), else 0
     * @return the replica count to ask for from now on
     */
    int decide(double now, int requested, int serving, double utilization, double requestsPerMinute, int waiting) {
        int desired = (int) Math.ceil(serving * utilization * 100 / policy.scaleOutCpuPercent() - 1e-9);
        if (policy.requestsPerReplicaPerMinute() > 0) {
            desired = Math.max(desired, (int) Math.ceil(requestsPerMinute / policy.requestsPerReplicaPerMinute() - 1e-9));
        }
        if (policy.queueLengthPerReplica() > 0 && waiting >= policy.queueLengthPerReplica()) {
            desired = Math.max(desired, requested + (int) Math.floor(waiting / policy.queueLengthPerReplica()));
        }
        desired = Math.max(policy.minReplicas(), Math.min(policy.maxReplicas(), desired));
        if (desired > requested) {
            above++;
            if (above >= datapoints && now - lastScaleOut >= policy.scaleOutCooldownSeconds()) {
                lastScaleOut = now;
                lastScaleEvent = now;
                events++;
                above = 0;
                return desired;
            }
            return requested;
        }
        above = 0;
        if (desired >= requested) {
            belowSince = Double.NaN;
            return requested;
        }
        if (Double.isNaN(belowSince)) {
            belowSince = now;
        }
        // "Five quiet minutes": low for the whole cooldown, and that long after the last scale event.
        if (now - belowSince >= policy.scaleInCooldownSeconds() && now - lastScaleEvent >= policy.scaleInCooldownSeconds()) {
            lastScaleEvent = now;
            belowSince = Double.NaN;
            events++;
            return desired;
        }
        return requested;
    }
}
