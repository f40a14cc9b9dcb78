package dev.superscale.k8s;

/**
 * Where the broker and cache Redis run: endpoints you bring ({@link ExternalRedis}: ElastiCache,
 * Memorystore) or Redis with Sentinel in the namespace ({@link InClusterRedis}). Exactly one; the
 * topology must be built for the matching addressing ({@link #addressing()}).
 */
public sealed interface RedisChoice permits ExternalRedis, InClusterRedis {

    /** How superset_config.py finds this Redis: the topology is built with it (SupersetTopology.of(plan, flower, addressing)). */
    default dev.superscale.render.RedisAddressing addressing() {
        return this instanceof InClusterRedis ? dev.superscale.render.RedisAddressing.SENTINEL : dev.superscale.render.RedisAddressing.ENDPOINTS;
    }

    /** Redis with Sentinel in the namespace, with the defaults of {@link InClusterRedis#defaults()}. */
    static InClusterRedis inCluster() {
        return InClusterRedis.defaults();
    }
}
