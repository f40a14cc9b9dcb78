package dev.superscale.capacity;

/**
 * The gunicorn web tier. Replica counts are for the autoscaler: {@code peakReplicas} carries
 * the peak hour, {@code maxReplicas} adds headroom for losing a zone at peak. Threads are sized for
 * dashboard views arriving as batches of charts ({@code arrivalPeakedness}, see {@link BatchArrivals}).
 */
public record WebPlan(
        Sized minReplicas,
        Sized peakReplicas,
        Sized maxReplicas,
        Sized gunicornWorkers,
        Sized gunicornThreads,
        Sized cpuMillicores,
        Sized memoryMiB,
        Sized scaleOutCpuPercent,
        Sized scaleInCpuPercent,
        Sized requestsPerReplicaPerMinuteTarget,
        ScalingCooldowns cooldowns,
        Sized stopGraceSeconds,
        Measure requestsPerSecond,
        Measure cpuDemandVcpu,
        Measure p95WaitTargetSeconds,
        Measure arrivalPeakedness,
        Measure predictedP95LatencySeconds,
        SizedBy sizedBy,
        QueuePrediction atPeak,
        ServiceMix demand,
        TimeoutChain timeouts) {

    /** Request-serving threads per replica. */
    public int threadsPerReplica() {
        return gunicornWorkers.intValue() * gunicornThreads.intValue();
    }
}
