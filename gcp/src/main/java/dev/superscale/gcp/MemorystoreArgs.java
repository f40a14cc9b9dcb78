package dev.superscale.gcp;

import dev.superscale.capacity.CapacityPlan;
import java.util.List;

/**
 * Inputs of {@link MemorystoreBroker} and {@link MemorystoreCache}.
 *
 * @param plan          the broker and cache plans (required)
 * @param network       the network the instances are reachable from, privately only (required)
 * @param region        their region (required)
 * @param zones         the primary's zone first, then the replica's (at least two, required)
 * @param redisVersion  default {@value #DEFAULT_REDIS_VERSION}
 * @param cacheAuthorization how clients authenticate to the cache cluster; default {@link CacheAuthorization#DISABLED} (gcp/README.md, "The cache's AUTH")
 */
public record MemorystoreArgs(CapacityPlan plan, Network network, String region, List<String> zones, String redisVersion,
        CacheAuthorization cacheAuthorization) {

    public static final String DEFAULT_REDIS_VERSION = "REDIS_7_0";

    /** Memorystore for Redis Cluster knows two modes: IAM tokens, or no AUTH at all (it has no static password). */
    public enum CacheAuthorization {
        /** Clients AUTH with a short-lived IAM access token of a principal holding roles/redis.dbConnectionUser. */
        IAM("AUTH_MODE_IAM_AUTH"),
        /** No AUTH: only network reachability (the VPC's Private Service Connect endpoint) and TLS protect the cache. */
        DISABLED("AUTH_MODE_DISABLED");

        private final String apiValue;

        CacheAuthorization(String apiValue) {
            this.apiValue = apiValue;
        }

        public String apiValue() {
            return apiValue;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private CapacityPlan plan;
        private Network network;
        private String region;
        private List<String> zones;
        private String redisVersion = DEFAULT_REDIS_VERSION;
        private CacheAuthorization cacheAuthorization = CacheAuthorization.DISABLED;

        public Builder plan(CapacityPlan plan) {
            this.plan = plan;
            return this;
        }

        public Builder network(Network network) {
            this.network = network;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder zones(List<String> zones) {
            this.zones = zones;
            return this;
        }

        public Builder redisVersion(String version) {
            this.redisVersion = version;
            return this;
        }

        public Builder cacheAuthorization(CacheAuthorization authorization) {
            this.cacheAuthorization = authorization;
            return this;
        }

        public MemorystoreArgs build() {
            return new MemorystoreArgs(plan, network, region, zones, redisVersion, cacheAuthorization);
        }
    }
}
