package dev.superscale.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.superscale.acceptance.support.Processes;
import dev.superscale.acceptance.support.RedisClusterServers;
import dev.superscale.acceptance.support.RedisServer;
import dev.superscale.acceptance.support.SupersetStandIn;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import dev.superscale.render.RedisSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The rendered caches, results backend and rate limits through the real Flask-Caching, cachelib and Flask-Limiter
 * clients, against a real broker Redis and a real three-master cache cluster, both started from the rendered settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CachesAndLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CapacityPlan plan = CapacityPlanner.planFor(Preset.ENTERPRISE.load());
    private RedisServer broker;
    private RedisClusterServers cache;
    private Path dir;
    private SupersetStandIn superset;

    @BeforeAll
    void startRedis() {
        broker = RedisServer.start(RedisSettings.toRedisConf(RedisSettings.broker(plan)) + "requirepass \"broker/pass\"\n");
        cache = RedisClusterServers.start(RedisSettings.toRedisConf(RedisSettings.cacheShard(plan)), "cache-pass");
        dir = Processes.scratchDirectory("superscale-caches");
        superset = SupersetStandIn.render(plan, dir, broker.port(), cache.nodes());
    }

    @AfterAll
    void stopRedis() {
        if (cache != null) {
            cache.close();
        }
        if (broker != null) {
            broker.close();
        }
        Processes.deleteRecursively(dir);
    }

    @Test
    void chartAndMetadataCachesShardAcrossTheClusterWithThePlannedLifetimes() throws Exception {
        JsonNode caches = probe("CACHE_CONFIG", "DATA_CACHE_CONFIG");
        assertCache(caches.get("CACHE_CONFIG"), plan.cachePolicy().metadataCacheTtlSeconds().value(), "allkeys-lru");
        assertCache(caches.get("DATA_CACHE_CONFIG"), plan.cachePolicy().dailyDataTtlSeconds().value(), "allkeys-lru");
        assertThat(caches.get("DATA_CACHE_CONFIG").get("nodes").size()).as("cluster nodes holding chart data").isEqualTo(3);
        assertThat(caches.get("CACHE_CONFIG").get("prefix").asText()).isNotEqualTo(caches.get("DATA_CACHE_CONFIG").get("prefix").asText());
    }

    @Test
    void filterAndExploreStateSitOnTheNonEvictingStoreAndEachReadRenewsThem() throws Exception {
        JsonNode stores = probe("FILTER_STATE_CACHE_CONFIG", "EXPLORE_FORM_DATA_CACHE_CONFIG");
        assertCache(stores.get("FILTER_STATE_CACHE_CONFIG"), plan.cachePolicy().filterStateTtlSeconds().value(), "noeviction");
        assertCache(stores.get("EXPLORE_FORM_DATA_CACHE_CONFIG"), plan.cachePolicy().exploreFormDataTtlSeconds().value(), "noeviction");
        for (JsonNode store : List.of(stores.get("FILTER_STATE_CACHE_CONFIG"), stores.get("EXPLORE_FORM_DATA_CACHE_CONFIG"))) {
            assertThat(store.get("ttl_after_read").asLong()).as("lifetime renewed by a read")
                    .isGreaterThan(store.get("ttl_before_read").asLong()).isGreaterThanOrEqualTo(store.get("timeout").asLong() - 1);
        }
    }

    @Test
    void sqlLabResultsRoundTripOnTheBroker() throws Exception {
        JsonNode results = probe("RESULTS_BACKEND").get("RESULTS_BACKEND");
        assertCache(results, plan.cachePolicy().sqlLabResultsTtlSeconds().value(), "noeviction");
    }

    @Test
    void rateLimitsCountEachSignedInUserApartAndOnlyAnonymousRequestsByAddress() throws Exception {
        long limit = plan.limits().requestsPerSecondPerClient().value();
        int requests = (int) limit + 10;
        JsonNode result = JSON.readTree(superset.python("rate_limit_probe.py", Integer.toString(requests))
                .requireSuccess(List.of("rate_limit_probe.py")).stdout());
        System.out.printf("rate limits, %d requests each from one address within %.2f s: %s%n", requests,
                result.get("burst_seconds").asDouble(), result.get("counts"));
        JsonNode counts = result.get("counts");
        // Two signed-in users behind one address each get the whole per-user budget.
        assertThat(counts.get("alice").path("200").asLong()).isEqualTo(limit);
        assertThat(counts.get("bob").path("200").asLong()).isEqualTo(limit);
        assertThat(counts.get("bob").path("429").asLong()).isEqualTo(requests - limit);
        // Anonymous requests share their address's budget.
        assertThat(counts.get("anonymous-1").path("200").asLong() + counts.get("anonymous-2").path("200").asLong()).isEqualTo(limit);
        assertThat(result.get("redis_keys").asInt()).as("counters in the broker Redis").isPositive();
    }

    private JsonNode probe(String... names) throws Exception {
        String[] args = names;
        return JSON.readTree(superset.python("cache_probe.py", args).requireSuccess(List.of("cache_probe.py")).stdout());
    }

    private static void assertCache(JsonNode cache, long timeout, String policy) {
        assertThat(cache.get("read_back").asInt()).isEqualTo(60);
        assertThat(cache.get("ttl").asLong()).isBetween(timeout - 5, timeout);
        assertThat(cache.get("policies").toString()).contains(policy);
    }
}
