package dev.superscale.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.superscale.acceptance.support.CeleryRuns;
import dev.superscale.acceptance.support.Processes;
import dev.superscale.acceptance.support.RedisSentinelGroup;
import dev.superscale.acceptance.support.RedisServer;
import dev.superscale.acceptance.support.SupersetStandIn;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import dev.superscale.render.ProcessCommands;
import dev.superscale.render.RedisDatabases;
import dev.superscale.render.RedisSettings;
import dev.superscale.topology.SelfManagedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * superset_config.py rendered for Sentinel addressing (the Kubernetes target's in-cluster Redis), run with the real
 * Celery, kombu, redis-py, Flask-Caching, cachelib and Flask-Limiter against real Redis primaries with replicas and
 * real Sentinels started from the rendered settings: tasks, caches, results and rate limits work, and keep working
 * after SENTINEL FAILOVER moves each primary. The stand-in tasks only record their runs (superset/_probe.py).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SentinelRedisTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BROKER_PASSWORD = "broker/pass";
    private static final String CACHE_PASSWORD = "cache-pass";
    private final CapacityPlan plan = CapacityPlanner.planFor(Preset.ENTERPRISE.load());
    private final List<Process> processes = new ArrayList<>();
    private RedisSentinelGroup broker;
    private RedisSentinelGroup cache;
    private RedisServer probe;
    private Path dir;
    private SupersetStandIn superset;

    @BeforeAll
    void start() {
        int nodes = (int) SelfManagedData.sentinelRedisNodes(plan).value();
        long quorum = SelfManagedData.sentinelQuorum(plan).value();
        broker = RedisSentinelGroup.start("superset-broker", RedisSettings.toRedisConf(RedisSettings.broker(plan)), BROKER_PASSWORD, nodes,
                port -> RedisSettings.toSentinelConf("superset-broker", "127.0.0.1", port, quorum, BROKER_PASSWORD));
        cache = RedisSentinelGroup.start("superset-cache", RedisSettings.toRedisConf(RedisSettings.sentinelCache(plan)), CACHE_PASSWORD, nodes,
                port -> RedisSettings.toSentinelConf("superset-cache", "127.0.0.1", port, quorum, CACHE_PASSWORD));
        probe = RedisServer.start("");
        dir = Processes.scratchDirectory("superscale-sentinel-config");
        superset = SupersetStandIn.renderForSentinel(plan, dir, broker, cache, BROKER_PASSWORD, CACHE_PASSWORD, probe.port());
        Path log = dir.resolve("worker.log");
        Process worker = superset.start(ProcessCommands.celeryWorker(plan.workerGroup("reports")), log);
        processes.add(worker);
        CeleryRuns.awaitLog(worker, log, " ready.", 60);
    }

    @AfterAll
    void stop() {
        processes.forEach(SupersetStandIn::stopGroup);
        for (AutoCloseable closeable : new AutoCloseable[] {cache, broker, probe}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception ignored) {
                // best effort: every server is a child of this JVM and dies with it
            }
        }
        Processes.deleteRecursively(dir);
    }

    @Test
    @Order(1)
    void aTaskSentThroughTheSentinelsRunsOnTheWorkerAndLandsOnThePrimary() {
        String id = CeleryRuns.send(superset, "reports.execute", "{}");
        List<JsonNode> runs = CeleryRuns.await(superset, r -> r.stream().anyMatch(run -> run.get("id").asText().equals(id)), 60);
        assertThat(runs).as("run records").anyMatch(run -> run.get("id").asText().equals(id) && run.get("queue").asText().equals("reports"));
        // kombu keeps its bindings on the primary's broker database; a replica holds a copy.
        assertThat(broker.cli(broker.primaryPort(), "-n", Integer.toString(RedisDatabases.CELERY_BROKER.index()), "EXISTS", "_kombu.binding.reports"))
                .isEqualTo("1");
    }

    @Test
    @Order(2)
    void cachesAndResultsRoundTripOnTheirPrimariesWithThePlannedPolicies() throws Exception {
        JsonNode caches = probeCaches();
        assertCache(caches.get("CACHE_CONFIG"), plan.cachePolicy().metadataCacheTtlSeconds().value(), "allkeys-lru");
        assertCache(caches.get("DATA_CACHE_CONFIG"), plan.cachePolicy().dailyDataTtlSeconds().value(), "allkeys-lru");
        assertCache(caches.get("FILTER_STATE_CACHE_CONFIG"), plan.cachePolicy().filterStateTtlSeconds().value(), "noeviction");
        assertCache(caches.get("RESULTS_BACKEND"), plan.cachePolicy().sqlLabResultsTtlSeconds().value(), "noeviction");
        assertThat(cache.cli(cache.primaryPort(), "DBSIZE")).as("chart keys on the cache primary").isNotEqualTo("0");
    }

    @Test
    @Order(3)
    void rateLimitsCountOnTheBrokerPrimaryThroughTheSentinels() throws Exception {
        long limit = plan.limits().requestsPerSecondPerClient().value();
        superset.environment().put("PROBE_RATELIMIT_REDIS_URL", "redis://:broker%2Fpass@127.0.0.1:" + broker.primaryPort() + "/"
                + RedisDatabases.RATE_LIMITS.index());
        JsonNode result = JSON.readTree(superset.python("rate_limit_probe.py", Long.toString(limit + 5))
                .requireSuccess(List.of("rate_limit_probe.py")).stdout());
        assertThat(result.get("counts").get("alice").path("200").asLong()).isEqualTo(limit);
        assertThat(result.get("counts").get("alice").path("429").asLong()).isEqualTo(5);
        assertThat(result.get("redis_keys").asInt()).as("counters in the broker primary's rate-limit database").isPositive();
    }

    @Test
    @Order(4)
    void afterAFailoverOfBothPrimariesTasksCachesAndResultsStillWork() throws Exception {
        int brokerBefore = broker.primaryPort();
        int cacheBefore = cache.primaryPort();
        int brokerAfter = broker.failover();
        int cacheAfter = cache.failover();
        System.out.printf("Sentinel failover: broker primary %d -> %d, cache primary %d -> %d%n", brokerBefore, brokerAfter, cacheBefore, cacheAfter);
        assertThat(brokerAfter).isNotEqualTo(brokerBefore);
        assertThat(cacheAfter).isNotEqualTo(cacheBefore);

        // The running worker reconnects to the new primary (kombu asks the Sentinels again); a new sender finds it too.
        String id = CeleryRuns.send(superset, "reports.execute", "{}");
        List<JsonNode> runs = CeleryRuns.await(superset, r -> r.stream().anyMatch(run -> run.get("id").asText().equals(id)), 90);
        assertThat(runs).as("a task sent after the failover ran").anyMatch(run -> run.get("id").asText().equals(id));

        JsonNode caches = probeCaches();
        assertCache(caches.get("DATA_CACHE_CONFIG"), plan.cachePolicy().dailyDataTtlSeconds().value(), "allkeys-lru");
        assertCache(caches.get("RESULTS_BACKEND"), plan.cachePolicy().sqlLabResultsTtlSeconds().value(), "noeviction");
        assertThat(cache.cli(cacheAfter, "DBSIZE")).as("chart keys on the new cache primary").isNotEqualTo("0");
    }

    private JsonNode probeCaches() throws Exception {
        return JSON.readTree(superset.python("cache_probe.py", "CACHE_CONFIG", "DATA_CACHE_CONFIG", "FILTER_STATE_CACHE_CONFIG", "RESULTS_BACKEND")
                .requireSuccess(List.of("cache_probe.py")).stdout());
    }

    private static void assertCache(JsonNode cache, long timeout, String policy) {
        assertThat(cache.get("read_back").asInt()).isEqualTo(60);
        assertThat(cache.get("ttl").asLong()).isBetween(timeout - 5, timeout);
        assertThat(cache.get("policies").toString()).contains(policy);
    }
}
