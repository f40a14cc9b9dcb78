package dev.superscale.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.superscale.acceptance.support.Processes;
import dev.superscale.acceptance.support.SupersetKeys;
import dev.superscale.acceptance.support.SupersetStandIn;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.WorkerGroupPlan;
import dev.superscale.render.SupersetEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rendered superset_config.py, loaded the way Superset 6.0 loads it (SUPERSET_CONFIG_PATH: every UPPER_CASE
 * name is copied into the config) with the real celery, cachelib, flask_limiter and flask_login modules, sets
 * the plan's values and only names that Superset release reads.
 */
class SupersetConfigExecutionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Preset.class)
    void setsThePlansValuesAndOnlyKeysTheTargetedSupersetReads(Preset preset) throws Exception {
        CapacityPlan plan = CapacityPlanner.planFor(preset.load());
        SupersetStandIn superset = SupersetStandIn.render(plan, work, 6380, "cache.internal:6379");
        Processes.run(List.of(SupersetStandIn.PYTHON, "-m", "py_compile", superset.config().toString()))
                .requireSuccess(List.of("py_compile"));
        JsonNode settings = load(superset);

        assertThat(SupersetKeys.unknownTo(settings)).as("keys Superset %s does not read", SupersetKeys.version()).isEmpty();
        assertThat(settings.get("SUPERSET_WEBSERVER_TIMEOUT").asLong()).isEqualTo(plan.web().timeouts().supersetWebserverTimeoutSeconds().value());
        assertThat(settings.get("SQLLAB_TIMEOUT").asLong()).isEqualTo(plan.web().timeouts().sqlLabSyncTimeoutSeconds().value());
        assertThat(settings.get("SQLLAB_ASYNC_TIME_LIMIT_SEC").asLong()).isEqualTo(plan.limits().sqlLabAsyncTimeLimitSeconds().value());
        assertThat(settings.get("ROW_LIMIT").asLong()).isEqualTo(plan.limits().chartRowLimit().value());
        assertThat(settings.get("SECRET_KEY").asText()).isEqualTo("secret-key-from-env");
        assertThat(settings.get("SQLALCHEMY_ENGINE_OPTIONS").get("pool_size").asLong()).isEqualTo(plan.web().gunicornThreads().value());
        assertThat(settings.get("SQLALCHEMY_DATABASE_URI").asText())
                .isEqualTo("postgresql+psycopg2://superset:p%40ss%3Aw%2Frd@127.0.0.1:6432/superset");

        Map<String, Long> clusterCaches = Map.of(
                "CACHE_CONFIG", plan.cachePolicy().metadataCacheTtlSeconds().value(),
                "DATA_CACHE_CONFIG", plan.cachePolicy().dailyDataTtlSeconds().value());
        clusterCaches.forEach((name, timeout) -> {
            assertThat(settings.get(name).get("CACHE_TYPE").asText()).as(name).isEqualTo("RedisClusterCache");
            assertThat(settings.get(name).get("CACHE_DEFAULT_TIMEOUT").asLong()).as(name).isEqualTo(timeout);
        });
        JsonNode results = settings.get("RESULTS_BACKEND");
        assertThat(results.get("__class__").asText()).isEqualTo("RedisCache");
        assertThat(results.get("default_timeout").asLong()).isEqualTo(plan.cachePolicy().sqlLabResultsTtlSeconds().value());
        assertThat(settings.get("RATELIMIT_APPLICATION").asText()).isEqualTo(plan.limits().requestsPerSecondPerClient().value() + " per second");
        assertThat(settings.get("RATELIMIT_STORAGE_URI").asText()).isEqualTo("redis://:broker%2Fpass@127.0.0.1:6380/4");
        assertThat(settings.get("FEATURE_FLAGS").get("GLOBAL_ASYNC_QUERIES").asBoolean()).isEqualTo(plan.asyncChartQueries());
        if (plan.asyncChartQueries()) {
            assertThat(settings.get("GLOBAL_ASYNC_QUERIES_CACHE_BACKEND").get("CACHE_TYPE").asText()).isEqualTo("RedisCache");
        }
    }

    @Test
    void supersetCopiesNoPrivateHelperIntoItsConfig() throws Exception {
        JsonNode settings = load(SupersetStandIn.render(plan(), work, 6380, "cache.internal:6379"));
        List<String> names = new ArrayList<>();
        settings.fieldNames().forEachRemaining(names::add);
        assertThat(names).as("names Superset's loader copied").noneMatch(name -> name.startsWith("_"));
    }

    @Test
    void celeryConfigExtendsSupersetsTaskModulesAndBeatEntries() throws Exception {
        JsonNode celery = load(SupersetStandIn.render(plan(), work, 6380, "cache.internal:6379")).get("CELERY_CONFIG");
        // The stand-in's CeleryConfig holds Superset 6.0's own lists.
        JsonNode superset = JSON.readTree(standIn().python("celery_defaults_probe.py").requireSuccess(List.of("defaults")).stdout());
        assertThat(values(celery.get("imports"))).containsAll(values(superset.get("imports")));
        assertThat(names(celery.get("beat_schedule"))).containsAll(names(superset.get("beat_schedule")));
        assertThat(celery.get("task_annotations").get("sql_lab.get_sql_results").get("rate_limit").asText())
                .isEqualTo(superset.get("task_annotations").get("sql_lab.get_sql_results").get("rate_limit").asText());
    }

    @Test
    void beatExpiryEqualsTheSchedulerExpirySupersetSubtracts() throws Exception {
        JsonNode settings = load(SupersetStandIn.render(plan(), work, 6380, "cache.internal:6379"));
        long expires = settings.get("CELERY_CONFIG").get("beat_schedule").get("reports.scheduler").get("options").get("expires").asLong();
        assertThat(settings.get("CELERY_BEAT_SCHEDULER_EXPIRES").asDouble()).isEqualTo((double) expires);
    }

    @Test
    void noReportOutlivesTheVisibilityTimeoutWhateverItsWorkingTimeout() throws Exception {
        CapacityPlan plan = plan();
        JsonNode settings = load(SupersetStandIn.render(plan, work, 6380, "cache.internal:6379"));
        JsonNode celery = settings.get("CELERY_CONFIG");
        assertThat(celery.has("task_reject_on_worker_lost")).as("task_reject_on_worker_lost loops OOM-killed tasks").isFalse();
        long visibility = celery.get("broker_transport_options").get("visibility_timeout").asLong();
        // Superset's scheduler sends each report's working_timeout + lag as its time limit only when
        // ALERT_REPORTS_WORKING_TIME_OUT_KILL is true (superset/tasks/scheduler.py); otherwise the annotation holds.
        assertThat(settings.get("ALERT_REPORTS_WORKING_TIME_OUT_KILL").asBoolean()).isFalse();
        for (Iterator<Map.Entry<String, JsonNode>> tasks = celery.get("task_annotations").fields(); tasks.hasNext(); ) {
            Map.Entry<String, JsonNode> task = tasks.next();
            if (task.getValue().has("time_limit")) {
                assertThat(task.getValue().get("time_limit").asLong()).as(task.getKey()).isLessThan(visibility);
            }
        }
        assertThat(settings.get("ALERT_REPORTS_DEFAULT_WORKING_TIMEOUT").asLong())
                .isLessThan(celery.get("task_annotations").get("reports.execute").get("time_limit").asLong());
    }

    @Test
    void filterAndExploreStateLiveOnTheBrokerAndRefreshOnRead() throws Exception {
        JsonNode settings = load(SupersetStandIn.render(plan(), work, 6380, "cache.internal:6379"));
        for (String name : List.of("FILTER_STATE_CACHE_CONFIG", "EXPLORE_FORM_DATA_CACHE_CONFIG")) {
            JsonNode cache = settings.get(name);
            assertThat(cache.get("CACHE_TYPE").asText()).as(name).isEqualTo("RedisCache");
            assertThat(cache.get("CACHE_REDIS_HOST").asText()).as(name).isEqualTo("127.0.0.1");
            assertThat(cache.get("CACHE_REDIS_PORT").asInt()).as(name).isEqualTo(6380);
            assertThat(cache.get("REFRESH_TIMEOUT_ON_RETRIEVAL").asBoolean()).as(name).isTrue();
        }
    }

    @Test
    void deliverySettingsComeFromTheEnvironment() throws Exception {
        SupersetStandIn superset = SupersetStandIn.render(plan(), work, 6380, "cache.internal:6379");
        superset.environment().put(SupersetEnvironment.SMTP_HOST, "smtp.example.com");
        superset.environment().put(SupersetEnvironment.SMTP_USER, "reports");
        superset.environment().put(SupersetEnvironment.SMTP_PASSWORD, "smtp-secret");
        superset.environment().put(SupersetEnvironment.SMTP_MAIL_FROM, "reports@example.com");
        superset.environment().put(SupersetEnvironment.SLACK_API_TOKEN, "xoxb-test");
        superset.environment().put(SupersetEnvironment.WEBSERVER_URL, "https://bi.example.com/");
        JsonNode settings = load(superset);
        assertThat(settings.get("SMTP_HOST").asText()).isEqualTo("smtp.example.com");
        assertThat(settings.get("SMTP_USER").asText()).isEqualTo("reports");
        assertThat(settings.get("SMTP_PASSWORD").asText()).isEqualTo("smtp-secret");
        assertThat(settings.get("SMTP_MAIL_FROM").asText()).isEqualTo("reports@example.com");
        assertThat(settings.get("SLACK_API_TOKEN").asText()).isEqualTo("xoxb-test");
        assertThat(settings.get("WEBDRIVER_BASEURL_USER_FRIENDLY").asText()).isEqualTo("https://bi.example.com/");
        assertThat(settings.get("WEBDRIVER_BASEURL").asText()).isEqualTo("https://bi.example.com/");
        // Screenshots stay off: the image has no browser (see the rendered comment).
        assertThat(settings.get("FEATURE_FLAGS").get("THUMBNAILS").asBoolean()).isFalse();
        assertThat(settings.get("FEATURE_FLAGS").get("PLAYWRIGHT_REPORTS_AND_THUMBNAILS").asBoolean()).isFalse();
    }

    @Test
    void failsFastNamingAMissingVariable() {
        SupersetStandIn superset = SupersetStandIn.render(plan(), work, 6380, "cache.internal:6379");
        superset.environment().remove(SupersetEnvironment.DATABASE_PASSWORD);
        Processes.Result result = superset.python("superset_config_probe.py");
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("environment variable DATABASE_PASSWORD is not set");
    }

    @Test
    void theKeyCheckNamesAKeyTheVersionDoesNotRead() throws Exception {
        JsonNode settings = JSON.readTree("{\"SUPERSET_WEBSERVER_TIMEOUT\": 60, \"GLOBAL_ASYNC_QUERIES_REDIS_CONFIG\": {}, "
                + "\"FEATURE_FLAGS\": {\"ALERT_REPORTS\": true}}");
        assertThat(SupersetKeys.unknownTo(settings)).containsExactly("GLOBAL_ASYNC_QUERIES_REDIS_CONFIG");
    }

    private static CapacityPlan plan() {
        return CapacityPlanner.planFor(Preset.ENTERPRISE.load());
    }

    private SupersetStandIn standIn() {
        return SupersetStandIn.render(plan(), work, 6380, "cache.internal:6379");
    }

    private static JsonNode load(SupersetStandIn superset) throws Exception {
        Processes.Result result = superset.python("superset_config_probe.py").requireSuccess(List.of("superset_config_probe.py"));
        return JSON.readTree(result.stdout());
    }

    private static Set<String> values(JsonNode array) {
        Set<String> out = new java.util.TreeSet<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new java.util.TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
