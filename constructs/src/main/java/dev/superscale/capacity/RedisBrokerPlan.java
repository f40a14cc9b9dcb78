package dev.superscale.capacity;

/**
 * The Celery broker, results backend, async-query event streams and rate-limit store:
 * one primary with replicas, never cluster mode (kombu's Redis transport and cachelib's
 * RedisCache cannot follow cluster redirects) and never evicting (an evicted task is lost work).
 */
public record RedisBrokerPlan(
        Sized replicasPerPrimary,
        Sized memoryMiBPerNode,
        Measure expectedUsageMiB,
        Choice evictionPolicy,
        Choice clusterMode,
        Choice persistence,
        Choice automaticFailover) {
}
