package dev.superscale.capacity;

import java.util.List;

/**
 * Everything a target needs to build the deployment, every number with its reason.
 * Produced by {@link CapacityPlanner}; immutable.
 */
public record CapacityPlan(
        UserLoad load,
        Choice highAvailability,
        LoadSummary peakLoad,
        ChartQueryMode chartQueryMode,
        Choice chartQueryModeReason,
        Sized availabilityZones,
        WebPlan web,
        List<WorkerGroupPlan> workerGroups,
        BeatPlan beat,
        MigrationPlan migrations,
        PostgresPlan postgres,
        ConnectionBudget connectionBudget,
        PgBouncerPlan pgBouncer,
        RedisBrokerPlan redisBroker,
        RedisCachePlan redisCache,
        CachePolicy cachePolicy,
        Limits limits,
        AlertThresholds alerts,
        List<String> notes) {

    static final String HA_ENABLED = "enabled";

    public CapacityPlan {
        workerGroups = List.copyOf(workerGroups);
        notes = List.copyOf(notes);
    }

    /** Every component spans three zones and runs at least two replicas (one for beat). */
    public boolean highlyAvailable() {
        return highAvailability.value().equals(HA_ENABLED);
    }

    public boolean asyncChartQueries() {
        return chartQueryMode == ChartQueryMode.ASYNC_ON_CELERY;
    }

    /** The worker group for a queue name. */
    public WorkerGroupPlan workerGroup(String queue) {
        return workerGroups.stream().filter(g -> g.queue().equals(queue)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no worker group for queue " + queue));
    }

    public int peakWorkerProcesses() {
        return workerGroups.stream().mapToInt(g -> g.peakProcesses().intValue()).sum();
    }
}
