package dev.superscale.render;

import dev.superscale.capacity.CapacityPlan;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Server directives for self-managed Redis (in-cluster Redis on Kubernetes, tests), from the
 * plan. Managed services take the eviction policy and cluster mode through their own
 * parameter groups; the values are the same.
 */
public final class RedisSettings {

    private RedisSettings() {
    }

    /** The broker: bounded memory, no eviction, append-only persistence, never cluster mode. */
    public static SortedMap<String, String> broker(CapacityPlan plan) {
        SortedMap<String, String> settings = new TreeMap<>();
        settings.put("maxmemory", Long.toString(plan.redisBroker().memoryMiBPerNode().value() * 1024 * 1024));
        settings.put("maxmemory-policy", plan.redisBroker().evictionPolicy().value());
        settings.put("appendonly", "yes");
        settings.put("appendfsync", "everysec");
        settings.put("cluster-enabled", "no");
        settings.put("databases", Integer.toString(RedisDatabases.values().length));
        settings.put("tcp-keepalive", "60");
        return settings;
    }

    /** The cache: one shard's memory, LRU eviction, cluster mode, no persistence (a cache can be rebuilt). */
    public static SortedMap<String, String> cacheShard(CapacityPlan plan) {
        SortedMap<String, String> settings = new TreeMap<>();
        settings.put("maxmemory", Long.toString(plan.redisCache().memoryMiBPerShard().value() * 1024 * 1024));
        settings.put("maxmemory-policy", plan.redisCache().evictionPolicy().value());
        settings.put("appendonly", "no");
        settings.put("save", "");
        settings.put("cluster-enabled", "yes");
        settings.put("tcp-keepalive", "60");
        return settings;
    }

    /**
     * The cache as one Sentinel-managed primary with replicas (self-managed Redis, where cluster mode is
     * not run): the plan's whole cache memory on each node, LRU eviction, no persistence.
     */
    public static SortedMap<String, String> sentinelCache(CapacityPlan plan) {
        SortedMap<String, String> settings = new TreeMap<>();
        settings.put("maxmemory", Long.toString(sentinelCacheMiB(plan) * 1024 * 1024));
        settings.put("maxmemory-policy", plan.redisCache().evictionPolicy().value());
        settings.put("appendonly", "no");
        settings.put("save", "");
        settings.put("cluster-enabled", "no");
        settings.put("tcp-keepalive", "60");
        return settings;
    }

    /** The cache memory of one {@link #sentinelCache} node in MiB: the plan's shards times their memory. */
    public static long sentinelCacheMiB(CapacityPlan plan) {
        return plan.redisCache().memoryMiBPerShard().value() * plan.redisCache().shards().value();
    }

    /**
     * What each Sentinel says about the primary it watches (after {@code sentinel monitor NAME HOST PORT QUORUM}):
     * a primary silent for 5 s is down; one replica resyncs at a time, so the others keep serving reads.
     */
    public static SortedMap<String, String> sentinelWatch() {
        SortedMap<String, String> settings = new TreeMap<>();
        settings.put("down-after-milliseconds", "5000");
        settings.put("failover-timeout", "60000");
        settings.put("parallel-syncs", "1");
        return settings;
    }

    /** sentinel.conf lines for one monitored primary: the watch settings and the AUTH the primary asks for. */
    public static String toSentinelConf(String master, String host, int port, long quorum, String authPass) {
        StringBuilder conf = new StringBuilder();
        conf.append("sentinel monitor ").append(master).append(' ').append(host).append(' ').append(port).append(' ').append(quorum).append('\n');
        sentinelWatch().forEach((key, value) -> conf.append("sentinel ").append(key).append(' ').append(master).append(' ').append(value).append('\n'));
        conf.append("sentinel auth-pass ").append(master).append(' ').append(authPass).append('\n');
        return conf.toString();
    }

    /** redis.conf lines for the settings, in key order. */
    public static String toRedisConf(Map<String, String> settings) {
        StringBuilder conf = new StringBuilder();
        settings.forEach((key, value) -> conf.append(key).append(' ').append(value.isEmpty() ? "\"\"" : value).append('\n'));
        return conf.toString();
    }
}
