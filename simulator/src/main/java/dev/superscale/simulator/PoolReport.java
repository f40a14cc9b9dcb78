package dev.superscale.simulator;

import dev.superscale.capacity.QueuePrediction;
import java.util.ArrayList;
import java.util.List;

/**
 * What the simulation measured for one pool, next to what the model predicts for it.
 *
 * @param pool                  the pool as simulated (capacity, demand, targets)
 * @param prediction            the capacity model's prediction for the same pool and demand
 * @param replications          independent runs
 * @param arrivals              measured arrivals over every run
 * @param simulatedSeconds      measured simulated time over every run
 * @param utilization           busy server time / (servers x time)
 * @param waitProbability       share of requests that waited at all
 * @param meanWaitSeconds       mean queue wait
 * @param waitP50Seconds        median queue wait (pooled over runs)
 * @param waitP95Seconds        p95 queue wait (pooled over runs)
 * @param waitP95HalfWidthSeconds half-width of the 95% confidence interval of the p95 wait, from the spread between runs
 * @param waitP99Seconds        p99 queue wait
 * @param latencyP50Seconds     median wait + service
 * @param latencyP95Seconds     p95 wait + service
 * @param latencyP99Seconds     p99 wait + service
 * @param meanQueueDepth        time-average number of requests waiting
 * @param peakQueueDepth        most requests ever waiting at once
 * @param latencyAlertShare     share of 1-minute windows whose p95 latency is above the alert (NaN without that alert)
 * @param queueDepthAlertShare  share of time the queue depth is above the alert (NaN without that alert)
 */
public record PoolReport(
        Pool pool,
        QueuePrediction prediction,
        int replications,
        long arrivals,
        double simulatedSeconds,
        double utilization,
        double waitProbability,
        double meanWaitSeconds,
        double waitP50Seconds,
        double waitP95Seconds,
        double waitP95HalfWidthSeconds,
        double waitP99Seconds,
        double latencyP50Seconds,
        double latencyP95Seconds,
        double latencyP99Seconds,
        double meanQueueDepth,
        long peakQueueDepth,
        double latencyAlertShare,
        double queueDepthAlertShare) {

    /** Arrivals per simulated second, as measured. */
    public double arrivalRate() {
        return simulatedSeconds > 0 ? arrivals / simulatedSeconds : 0;
    }

    /** Relative half-width of the p95 wait's confidence interval; 0 when the p95 is exactly zero in every run. */
    public double waitP95RelativeHalfWidth() {
        return waitP95Seconds > 0 ? waitP95HalfWidthSeconds / waitP95Seconds : waitP95HalfWidthSeconds == 0 ? 0 : Double.POSITIVE_INFINITY;
    }

    /** (model p95 - simulated p95) / simulated p95. */
    public double modelP95RelativeError() {
        return (prediction.p95WaitSeconds() - waitP95Seconds) / waitP95Seconds;
    }

    /** The plan's targets for this pool against the simulation: the wait target, and the latency target on the web. */
    public List<TargetCheck> targets() {
        List<TargetCheck> checks = new ArrayList<>();
        checks.add(new TargetCheck(pool.name(), "p95 queue wait", waitP95Seconds, pool.p95WaitTargetSeconds()));
        if (pool.hasLatencyTarget()) {
            checks.add(new TargetCheck(pool.name(), "p95 latency", latencyP95Seconds, pool.p95LatencyTargetSeconds()));
        }
        return List.copyOf(checks);
    }

    public boolean meetsTargets() {
        return targets().stream().allMatch(TargetCheck::met);
    }
}
