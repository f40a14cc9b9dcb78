package dev.superscale.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.acceptance.support.DebianServers;
import dev.superscale.acceptance.support.RedisServer;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import dev.superscale.render.RedisSettings;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The planned broker and cache settings, applied to a real redis-server, read back as planned and behave as intended. */
class RedisSettingsTest {

    @ParameterizedTest
    @EnumSource(Preset.class)
    void brokerReadsBackAsPlannedAndRefusesWritesWhenFull(Preset preset) {
        CapacityPlan plan = CapacityPlanner.planFor(preset.load());
        Map<String, String> planned = RedisSettings.broker(plan);
        try (RedisServer redis = RedisServer.start(RedisSettings.toRedisConf(planned))) {
            assertReadsBack(redis, planned);
            assertThat(redis.cli("CONFIG", "GET", "maxmemory")).endsWith(Long.toString(plan.redisBroker().memoryMiBPerNode().value() << 20));
            assertThat(redis.cli("INFO", "cluster")).contains("cluster_enabled:0");

            // noeviction: past maxmemory a write fails loudly and nothing already queued is dropped.
            redis.cli("CONFIG", "SET", "maxmemory", "2mb");
            String reply = fill(redis, "celery-task-", 64);
            assertThat(reply).contains("OOM");
            assertThat(redis.cli("INFO", "stats")).contains("evicted_keys:0");
            assertThat(redis.cli("EXISTS", "celery-task-0")).isEqualTo("1");
        }
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void cacheShardReadsBackAsPlannedAndEvictsWhenFull(Preset preset) {
        CapacityPlan plan = CapacityPlanner.planFor(preset.load());
        Map<String, String> planned = RedisSettings.cacheShard(plan);
        try (RedisServer redis = RedisServer.start(RedisSettings.toRedisConf(planned))) {
            assertReadsBack(redis, planned);
            assertThat(redis.cli("INFO", "cluster")).contains("cluster_enabled:1");

            // A one-node cluster owning every slot, then LRU: past maxmemory old entries go, writes keep working.
            redis.cli("CLUSTER", "ADDSLOTSRANGE", "0", "16383");
            awaitClusterOk(redis);
            redis.cli("CONFIG", "SET", "maxmemory", "2mb");
            String reply = fill(redis, "{chart}", 64);
            assertThat(reply).doesNotContain("OOM");
            assertThat(redis.cli("INFO", "stats")).doesNotContain("evicted_keys:0\r").containsPattern("evicted_keys:[1-9]");
        }
    }

    private static void assertReadsBack(RedisServer redis, Map<String, String> planned) {
        planned.forEach((key, value) -> {
            if (!key.equals("cluster-enabled")) {
                // redis-cli prints the name, then the value (an empty value leaves only the name).
                String[] lines = redis.cli("CONFIG", "GET", key).split("\n");
                assertThat(lines[0].trim()).as(key).isEqualTo(key);
                assertThat(lines.length > 1 ? lines[1].trim() : "").as(key).isEqualTo(value);
            }
        });
    }

    /** Writes 64 KiB values until 6 MiB are written or a write fails; returns the last reply. */
    private static String fill(RedisServer redis, String prefix, int kib) {
        String value = "x".repeat(kib * 1024);
        String reply = "";
        for (int i = 0; i < 6 * 1024 / kib && !reply.contains("OOM"); i++) {
            reply = redis.cli("SET", prefix + i, value);
        }
        return reply;
    }

    private static void awaitClusterOk(RedisServer redis) {
        for (int i = 0; i < 100 && !redis.cli("CLUSTER", "INFO").contains("cluster_state:ok"); i++) {
            DebianServers.sleep(50);
        }
        assertThat(redis.cli("CLUSTER", "INFO")).contains("cluster_state:ok");
    }


    static {
        // Fail with the install hint, not a cryptic IOException, when redis is missing.
        DebianServers.executable("/usr/bin/redis-server");
    }
}
