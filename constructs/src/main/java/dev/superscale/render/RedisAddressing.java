package dev.superscale.render;

/**
 * How Superset finds its two Redis deployments; the target that runs them chooses.
 * Both shapes keep the broker non-cluster and non-evicting; they differ in who tells the client
 * where the primary is.
 */
public enum RedisAddressing {
    /**
     * A managed service's stable addresses (ElastiCache, Memorystore): the broker by host and port
     * (the service moves that address on failover), the cache as cluster-mode startup nodes.
     */
    ENDPOINTS,
    /**
     * Self-managed Redis behind Redis Sentinel (in-cluster Redis): the broker and the cache are each a
     * primary with replicas, and clients ask the Sentinels which node is the primary (kombu's
     * {@code sentinel://} transport, Flask-Caching's RedisSentinelCache, Flask-Limiter's
     * {@code redis+sentinel://}). The Sentinels ask for the same AUTH token as the Redis they watch.
     */
    SENTINEL
}
