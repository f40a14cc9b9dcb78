package dev.superscale.k8s;

import java.util.List;

/**
 * Redis you run yourself (ElastiCache, Memorystore, Azure Cache): the replicated broker
 * (never cluster mode) and the cluster-mode cache, with their AUTH tokens in the Secrets
 * {@code superset-redis-broker} and {@code superset-redis-cache}.
 *
 * @param brokerHost  the broker's primary endpoint
 * @param brokerPort  its port
 * @param cacheNodes  the cache's configuration endpoint(s), "host:port" comma-separated
 * @param tls         whether both speak TLS (clients then verify certificates)
 * @param cidrs       where Superset pods may connect out to reach them, for the NetworkPolicy
 * @param caConfigMap optional (null: none): a ConfigMap in the namespace holding the PEM CA bundle that signs both
 *                    servers' certificates (Memorystore's own CA), for when they do not chain to the image's system bundle
 * @param caKey       the ConfigMap's key holding that bundle (with {@code caConfigMap})
 */
public record ExternalRedis(String brokerHost, int brokerPort, String cacheNodes, boolean tls, List<String> cidrs,
                            String caConfigMap, String caKey) implements RedisChoice {

    /** Where Superset pods and redis_exporter mount the CA bundle (the key's file under it). */
    static final String CA_DIRECTORY = "/etc/superset/redis-ca";

    public ExternalRedis {
        cidrs = List.copyOf(cidrs);
    }

    /** Verified against the image's system bundle (no CA ConfigMap). */
    public ExternalRedis(String brokerHost, int brokerPort, String cacheNodes, boolean tls, List<String> cidrs) {
        this(brokerHost, brokerPort, cacheNodes, tls, cidrs, null, null);
    }

    /** The same Redis, its certificates verified against the CA bundle in ConfigMap {@code configMap} under {@code key}. */
    public ExternalRedis withCa(String configMap, String key) {
        return new ExternalRedis(brokerHost, brokerPort, cacheNodes, tls, cidrs, configMap, key);
    }

    /** Whether clients verify against a mounted CA bundle (TLS on and a CA ConfigMap given). */
    boolean mountsCa() {
        return tls && caConfigMap != null;
    }

    /** The mounted bundle's path in the containers. */
    String caFile() {
        return CA_DIRECTORY + "/" + caKey;
    }

    /** TLS on port 6379 for the broker; the cache nodes as given. */
    public static ExternalRedis of(String brokerHost, String cacheNodes, List<String> cidrs) {
        return new ExternalRedis(brokerHost, 6379, cacheNodes, true, cidrs);
    }

    /** The cache's ports (for the egress policy), from {@code cacheNodes}. */
    List<Integer> cachePorts() {
        return java.util.Arrays.stream(cacheNodes.split(",")).map(String::trim).filter(n -> n.contains(":"))
                .map(n -> Integer.parseInt(n.substring(n.lastIndexOf(':') + 1))).distinct().sorted().toList();
    }
}
