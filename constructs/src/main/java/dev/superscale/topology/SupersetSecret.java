package dev.superscale.topology;

import java.util.List;

/**
 * The secrets the deployment reads, each a set of keys. A target stores them its own way
 * (Secrets Manager, a Kubernetes Secret named {@link #defaultName()}, Secret Manager) and never
 * inlines a value.
 */
public enum SupersetSecret {
    /** Flask's SECRET_KEY: signs sessions and encrypts stored database passwords. */
    SECRET_KEY("superset-secret-key", List.of(SupersetSecret.VALUE)),
    /** The metadata database's application user. */
    DATABASE_CREDENTIALS("superset-database", List.of("username", "password")),
    /** AUTH token of the broker Redis. */
    REDIS_BROKER_AUTH("superset-redis-broker", List.of(SupersetSecret.VALUE)),
    /** AUTH token of the cache Redis. */
    REDIS_CACHE_AUTH("superset-redis-cache", List.of(SupersetSecret.VALUE)),
    /** Signs the async-queries JWT cookie; only with async chart queries. */
    ASYNC_QUERIES_JWT("superset-async-queries-jwt", List.of(SupersetSecret.VALUE)),
    /**
     * Flower's basic-authentication user, as two keys so a scraper can send them (a Prometheus ServiceMonitor's
     * basicAuth reads a username and a password key); only with Flower.
     */
    FLOWER_BASIC_AUTH("superset-flower-auth", List.of("username", "password"));

    /** The key of a secret that holds a single value. */
    public static final String VALUE = "value";

    private final String defaultName;
    private final List<String> keys;

    SupersetSecret(String defaultName, List<String> keys) {
        this.defaultName = defaultName;
        this.keys = keys;
    }

    /** The name a target gives the secret unless told otherwise (a Kubernetes Secret's name). */
    public String defaultName() {
        return defaultName;
    }

    public List<String> keys() {
        return keys;
    }

    /** True when the secret holds one value under {@link #VALUE}. */
    public boolean singleValue() {
        return keys.equals(List.of(VALUE));
    }
}
