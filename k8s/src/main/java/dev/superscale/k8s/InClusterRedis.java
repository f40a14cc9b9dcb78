package dev.superscale.k8s;

/**
 * The broker and the cache as Redis with Sentinel in the namespace: each a StatefulSet of Redis nodes
 * (a primary and replicas) with a Sentinel container beside each, AUTH from the Secrets
 * {@code superset-redis-broker} and {@code superset-redis-cache} (letters and digits: the token is
 * written into redis.conf and sentinel.conf at start).
 *
 * @param image         a Redis 7 image with redis-server, redis-cli and /bin/sh, running as uid 999
 * @param storageClass  the StorageClass of the broker's volumes, or null for the cluster's default
 * @param kedaNamespace where KEDA's operator runs (admitted to the broker's Sentinels and nodes for the queue-length trigger)
 */
public record InClusterRedis(String image, String storageClass, String kedaNamespace) implements RedisChoice {

    public static final String DEFAULT_IMAGE = "redis:7.4.2-alpine";
    public static final String DEFAULT_KEDA_NAMESPACE = "keda";

    /** {@value #DEFAULT_IMAGE}, the default StorageClass, KEDA in {@value #DEFAULT_KEDA_NAMESPACE}. */
    public static InClusterRedis defaults() {
        return new InClusterRedis(DEFAULT_IMAGE, null, DEFAULT_KEDA_NAMESPACE);
    }

    public InClusterRedis withStorageClass(String storageClass) {
        return new InClusterRedis(image, storageClass, kedaNamespace);
    }

    public InClusterRedis withImage(String image) {
        return new InClusterRedis(image, storageClass, kedaNamespace);
    }
}
