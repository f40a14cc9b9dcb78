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

    /** redis.conf lines for the settings, in key order. */
    public static String toRedisConf(Map<String, String> settings) {
        StringBuilder conf = new StringBuilder();
        settings.forEach((key, value) -> conf.append(key).append(' ').append(value.isEmpty() ? "\"\"" : value).append('\n'));
        return conf.toString();
    }
}
