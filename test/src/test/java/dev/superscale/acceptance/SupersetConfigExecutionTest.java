package dev.superscale.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.superscale.acceptance.support.Processes;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.WorkerGroupPlan;
import dev.superscale.render.SupersetConfigRenderer;
import dev.superscale.render.SupersetEnvironment;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rendered superset_config.py compiles, runs with stand-ins for Superset's imports, and
 * defines every key the plan says it should, with the plan's values and only names Superset 6 reads.
 */
class SupersetConfigExecutionTest {

    /** Names Superset's config.py does not define but a Flask extension reads. */
    private static final Map<String, String> EXTENSION_KEYS = Map.of("RATELIMIT_STORAGE_URI", "Flask-Limiter");
    private static final Path SHARED_SUPERSET = Path.of("..", "..", "shared", "superset");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Preset.class)
    void compilesAndDefinesThePlansSettings(Preset preset) throws Exception {
        CapacityPlan plan = CapacityPlanner.planFor(preset.load());
        Path config = write(plan);
        Processes.run(List.of("python3", "-m", "py_compile", config.toString())).requireSuccess(List.of("py_compile"));

        JsonNode settings = execute(config, environment(true));
        assertOnlyKnownNames(settings);

        assertThat(settings.get("SUPERSET_WEBSERVER_TIMEOUT").asLong()).isEqualTo(plan.web().timeouts().supersetWebserverTimeoutSeconds().value());
        assertThat(settings.get("SQLLAB_TIMEOUT").asLong()).isEqualTo(plan.web().timeouts().sqlLabSyncTimeoutSeconds().value());
        assertThat(settings.get("SQLLAB_ASYNC_TIME_LIMIT_SEC").asLong()).isEqualTo(plan.limits().sqlLabAsyncTimeLimitSeconds().value());
        assertThat(settings.get("ROW_LIMIT").asLong()).isEqualTo(plan.limits().chartRowLimit().value());
        assertThat(settings.get("SQL_MAX_ROW").asLong()).isEqualTo(plan.limits().sqlMaxRows().value());
        assertThat(settings.get("SECRET_KEY").asText()).isEqualTo("secret-key-from-env");

        JsonNode engine = settings.get("SQLALCHEMY_ENGINE_OPTIONS");
        assertThat(engine.get("pool_size").asLong()).isEqualTo(plan.web().gunicornThreads().value());
        assertThat(engine.get("max_overflow").asInt()).isZero();
        assertThat(engine.get("pool_pre_ping").asBoolean()).isTrue();
        assertThat(settings.get("SQLALCHEMY_DATABASE_URI").asText())
                .isEqualTo("postgresql+psycopg2://superset:p%40ss%3Aw%2Frd@pgbouncer.internal:6432/superset");

        Map<String, Long> cacheTimeouts = Map.of(
                "CACHE_CONFIG", plan.cachePolicy().metadataCacheTtlSeconds().value(),
                "DATA_CACHE_CONFIG", plan.cachePolicy().dailyDataTtlSeconds().value(),
                "FILTER_STATE_CACHE_CONFIG", plan.cachePolicy().filterStateTtlSeconds().value(),
                "EXPLORE_FORM_DATA_CACHE_CONFIG", plan.cachePolicy().exploreFormDataTtlSeconds().value());
        cacheTimeouts.forEach((name, timeout) -> {
            JsonNode cache = settings.get(name);
            assertThat(cache.get("CACHE_TYPE").asText()).as(name).isEqualTo("RedisClusterCache");
            assertThat(cache.get("CACHE_REDIS_CLUSTER").asText()).as(name).isEqualTo("cache.internal:6379");
            assertThat(cache.get("CACHE_DEFAULT_TIMEOUT").asLong()).as(name).isEqualTo(timeout);
            assertThat(cache.get("CACHE_OPTIONS").get("ssl").asBoolean()).as(name).isTrue();
        });
        assertThat(settings.findValues("CACHE_KEY_PREFIX").stream().map(JsonNode::asText).collect(Collectors.toSet())).hasSize(4);

        JsonNode results = settings.get("RESULTS_BACKEND");
        assertThat(results.get("__class__").asText()).isEqualTo("RedisCache");
        assertThat(results.get("host").asText()).isEqualTo("broker.internal");
        assertThat(results.get("db").asInt()).isEqualTo(2);
        assertThat(results.get("ssl").asBoolean()).isTrue();
        assertThat(results.get("default_timeout").asLong()).isEqualTo(plan.cachePolicy().sqlLabResultsTtlSeconds().value());

        assertCelery(plan, settings.get("CELERY_CONFIG"));
        assertAsyncQueries(plan, settings);

        assertThat(settings.get("RATELIMIT_ENABLED").asBoolean()).isTrue();
        assertThat(settings.get("RATELIMIT_APPLICATION").asText()).isEqualTo(plan.limits().requestsPerSecondPerClient().value() + " per second");
        assertThat(settings.get("RATELIMIT_STORAGE_URI").asText())
                .isEqualTo("rediss://:broker%2Fpass@broker.internal:6380/4?ssl_cert_reqs=required");
    }

    @Test
    void plainRedisUrlsWhenTlsIsOff() throws Exception {
        JsonNode settings = execute(write(CapacityPlanner.planFor(Preset.TEAM.load())), environment(false));
        assertThat(settings.get("CELERY_CONFIG").get("broker_url").asText()).isEqualTo("redis://:broker%2Fpass@broker.internal:6380/0");
        assertThat(settings.get("CACHE_CONFIG").get("CACHE_OPTIONS").size()).isZero();
        assertThat(settings.get("RESULTS_BACKEND").has("ssl")).isFalse();
    }

    @Test
    void failsFastNamingAMissingVariable() throws Exception {
        Map<String, String> env = environment(true);
        env.remove(SupersetEnvironment.DATABASE_PASSWORD);
        Processes.Result result = probe(write(CapacityPlanner.planFor(Preset.ENTERPRISE.load())), env);
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("environment variable DATABASE_PASSWORD is not set");
    }

    private static void assertCelery(CapacityPlan plan, JsonNode celery) {
        assertThat(celery.get("broker_url").asText()).isEqualTo("rediss://:broker%2Fpass@broker.internal:6380/0?ssl_cert_reqs=required");
        assertThat(celery.get("result_backend").asText()).endsWith("broker.internal:6380/1?ssl_cert_reqs=required");
        assertThat(celery.get("worker_prefetch_multiplier").asInt()).isEqualTo(1);
        assertThat(celery.get("task_acks_late").asBoolean()).isTrue();
        int longest = plan.workerGroups().stream().mapToInt(g -> g.hardTimeLimitSeconds().intValue()).max().orElseThrow();
        assertThat(celery.get("broker_transport_options").get("visibility_timeout").asInt()).isGreaterThan(longest);
        Set<String> queues = plan.workerGroups().stream().map(WorkerGroupPlan::queue).collect(Collectors.toSet());
        assertThat(queues).contains(celery.get("task_default_queue").asText());
        for (WorkerGroupPlan group : plan.workerGroups()) {
            for (String task : group.tasks()) {
                assertThat(celery.get("task_routes").get(task).get("queue").asText()).as(task).isEqualTo(group.queue());
                JsonNode limits = celery.get("task_annotations").get(task);
                assertThat(limits.get("soft_time_limit").asLong()).as(task).isEqualTo(group.softTimeLimitSeconds().value());
                assertThat(limits.get("time_limit").asLong()).as(task).isEqualTo(group.hardTimeLimitSeconds().value());
            }
        }
        assertThat(celery.get("task_routes").size()).isEqualTo(plan.workerGroups().stream().mapToInt(g -> g.tasks().size()).sum());
        assertThat(celery.get("beat_schedule").get("reports.scheduler").get("schedule").get("crontab").get("minute").asText()).isEqualTo("*");
    }

    private static void assertAsyncQueries(CapacityPlan plan, JsonNode settings) {
        assertThat(settings.get("FEATURE_FLAGS").get("GLOBAL_ASYNC_QUERIES").asBoolean()).isEqualTo(plan.asyncChartQueries());
        if (!plan.asyncChartQueries()) {
            assertThat(settings.has("GLOBAL_ASYNC_QUERIES_CACHE_BACKEND")).isFalse();
            return;
        }
        JsonNode backend = settings.get("GLOBAL_ASYNC_QUERIES_CACHE_BACKEND");
        // Superset's async query manager accepts only RedisCache or RedisSentinelCache: never the cluster-mode cache.
        assertThat(backend.get("CACHE_TYPE").asText()).isEqualTo("RedisCache");
        assertThat(backend.get("CACHE_REDIS_HOST").asText()).isEqualTo("broker.internal");
        assertThat(backend.get("CACHE_REDIS_SSL").asBoolean()).isTrue();
        assertThat(settings.get("GLOBAL_ASYNC_QUERIES_JWT_SECRET").asText()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(settings.get("GLOBAL_ASYNC_QUERIES_POLLING_DELAY").asLong())
                .isEqualTo(plan.cachePolicy().asyncPollingDelayMilliseconds().value());
        assertThat(settings.get("CELERY_CONFIG").get("imports").toString()).contains("superset.tasks.async_queries");
    }

    private static void assertOnlyKnownNames(JsonNode settings) throws IOException {
        Set<String> known = Set.copyOf(Files.readAllLines(SHARED_SUPERSET.resolve("config-keys.txt")));
        Set<String> flags = Set.copyOf(Files.readAllLines(SHARED_SUPERSET.resolve("feature-flags.txt")));
        for (Iterator<String> names = settings.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            assertThat(known.contains(name) || EXTENSION_KEYS.containsKey(name))
                    .as("%s is not a setting Superset 6 or its extensions read", name).isTrue();
        }
        for (Iterator<String> names = settings.get("FEATURE_FLAGS").fieldNames(); names.hasNext(); ) {
            String flag = names.next();
            assertThat(flags).as("feature flag").contains(flag);
        }
    }

    private Path write(CapacityPlan plan) throws IOException {
        Path config = work.resolve("superset_config_" + plan.load().registeredUsers() + ".py");
        Files.writeString(config, SupersetConfigRenderer.render(plan));
        return config;
    }

    private static Map<String, String> environment(boolean tls) {
        Map<String, String> env = new HashMap<>();
        env.put(SupersetEnvironment.SECRET_KEY, "secret-key-from-env");
        env.put(SupersetEnvironment.DATABASE_HOST, "pgbouncer.internal");
        env.put(SupersetEnvironment.DATABASE_PORT, "6432");
        env.put(SupersetEnvironment.DATABASE_DB, "superset");
        env.put(SupersetEnvironment.DATABASE_USER, "superset");
        env.put(SupersetEnvironment.DATABASE_PASSWORD, "p@ss:w/rd");
        env.put(SupersetEnvironment.REDIS_BROKER_HOST, "broker.internal");
        env.put(SupersetEnvironment.REDIS_BROKER_PORT, "6380");
        env.put(SupersetEnvironment.REDIS_BROKER_PASSWORD, "broker/pass");
        env.put(SupersetEnvironment.REDIS_CACHE_NODES, "cache.internal:6379");
        env.put(SupersetEnvironment.REDIS_CACHE_PASSWORD, "cache-pass");
        env.put(SupersetEnvironment.REDIS_TLS, Boolean.toString(tls));
        env.put(SupersetEnvironment.ASYNC_QUERIES_JWT_SECRET, "j".repeat(40));
        return env;
    }

    private static JsonNode execute(Path config, Map<String, String> env) throws Exception {
        Processes.Result result = probe(config, env);
        result.requireSuccess(List.of("superset_config_probe.py", config.toString()));
        return JSON.readTree(result.stdout());
    }

    private static Processes.Result probe(Path config, Map<String, String> env) throws URISyntaxException {
        Path stubs = resource("python-stubs");
        Map<String, String> all = new TreeMap<>(env);
        all.put("PYTHONPATH", stubs.toString());
        all.put("PYTHONDONTWRITEBYTECODE", "1");
        return Processes.run(List.of("python3", resource("superset_config_probe.py").toString(), config.toString()), all, 60);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SupersetConfigExecutionTest.class.getClassLoader().getResource(name).toURI());
    }
}
