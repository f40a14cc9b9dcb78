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
 */
public record ExternalRedis(String brokerHost, int brokerPort, String cacheNodes, boolean tls, List<String> cidrs) implements RedisChoice {

    public ExternalRedis {
        cidrs = List.copyOf(cidrs);
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
