package dev.superscale.capacity;

/** The chart-data and metadata caches: cluster mode (Flask-Caching's RedisClusterCache), LRU eviction. */
public record RedisCachePlan(
        Sized shards,
        Sized replicasPerShard,
        Sized memoryMiBPerShard,
        Measure expectedUsageMiB,
        Choice evictionPolicy,
        Choice clusterMode) {
}
