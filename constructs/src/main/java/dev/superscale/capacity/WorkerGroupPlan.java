package dev.superscale.capacity;

import java.util.List;

/**
 * One Celery worker group, consuming one queue. A replica is one {@code celery worker}
 * with {@code concurrency} prefork processes, on one machine of {@code machine}'s size.
 * {@code onDemandBaseReplicas} of them run on on-demand capacity, the rest on spot. Processes are sized
 * for the group's arrivals as they come: chart misses in dashboard batches ({@code arrivalPeakedness},
 * see {@link BatchArrivals}), SQL Lab and reports one by one.
 */
public record WorkerGroupPlan(
        String queue,
        List<String> tasks,
        Sized concurrency,
        Sized minReplicas,
        Sized peakReplicas,
        Sized maxReplicas,
        Sized peakProcesses,
        Sized requiredProcesses,
        Sized memoryPerProcessMiB,
        WorkerMachine machine,
        Sized containerCpuMillicores,
        Sized containerMemoryMiB,
        Sized onDemandBaseReplicas,
        Sized prefetchMultiplier,
        Choice acksLate,
        Sized softTimeLimitSeconds,
        Sized hardTimeLimitSeconds,
        Sized queueLengthPerReplicaTarget,
        Sized scaleOutCpuPercent,
        ScalingCooldowns cooldowns,
        Sized stopGraceSeconds,
        Measure p95WaitTargetSeconds,
        Measure arrivalPeakedness,
        SizedBy sizedBy,
        QueuePrediction atPeak,
        ServiceMix demand) {

    public WorkerGroupPlan {
        tasks = List.copyOf(tasks);
    }
}
