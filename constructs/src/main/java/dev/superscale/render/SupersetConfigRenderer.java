package dev.superscale.render;

import static dev.superscale.render.Python.str;

import dev.superscale.capacity.CachePolicy;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.Limits;
import dev.superscale.capacity.WorkerGroupPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders superset_config.py for Superset 6.x from a plan. Every size and timeout comes from
 * the plan; secrets and endpoints are read from the environment ({@link SupersetEnvironment})
 * when Superset starts, so the file is safe to store in an image or a ConfigMap.
 */
public final class SupersetConfigRenderer {

    /** Celery modules that define Superset's tasks (Superset 6.0's CeleryConfig.imports). */
    static final List<String> CELERY_IMPORTS = List.of(
            "superset.sql_lab", "superset.tasks.scheduler", "superset.tasks.thumbnails", "superset.tasks.cache");
    static final String ASYNC_QUERIES_MODULE = "superset.tasks.async_queries";
    /** Unrouted tasks land on the background queue, never on a queue nobody consumes. */
    static final String DEFAULT_QUEUE = "reports";

    private SupersetConfigRenderer() {
    }

    public static String render(CapacityPlan plan) {
        Lines py = new Lines();
        header(py, plan);
        metadataDatabase(py, plan);
        redis(py);
        caches(py, plan.cachePolicy());
        resultsBackend(py, plan.cachePolicy());
        asyncQueries(py, plan);
        celery(py, plan);
        limits(py, plan);
        return py.toString();
    }

    private static void header(Lines py, CapacityPlan plan) {
        py.add("# superset_config.py rendered by Superscale for %d registered users.", plan.load().registeredUsers());
        py.add("# Sizes and timeouts come from the capacity plan (`superscale plan --users %d`); re-render instead of editing.",
                plan.load().registeredUsers());
        py.add("# Secrets and endpoints are read from the environment at start-up and never written here.");
        py.add("import os");
        py.add("from urllib.parse import quote");
        py.blank();
        py.add("from cachelib.redis import RedisCache");
        py.add("from celery.schedules import crontab");
        py.blank();
        py.blank();
        py.add("def _env(name):");
        py.add("    value = os.environ.get(name)");
        py.add("    if not value:");
        py.add("        raise RuntimeError(\"superset_config.py: environment variable %%s is not set\" %% name)");
        py.add("    return value");
        py.blank();
        py.blank();
        py.add("def _flag(name, default):");
        py.add("    value = os.environ.get(name)");
        py.add("    return default if value is None else value.strip().lower() in (\"1\", \"true\", \"yes\")");
        py.blank();
        py.blank();
        py.add("SECRET_KEY = _env(%s)", str(SupersetEnvironment.SECRET_KEY));
        py.add("# Cookies are Secure exactly when users come over HTTPS: browsers drop Secure cookies on plain HTTP.");
        py.add("_https = _flag(%s, True)", str(SupersetEnvironment.HTTPS));
        py.add("SESSION_COOKIE_SECURE = _https");
        py.add("# Behind a load balancer: rate limits and logs see the client address, not the balancer's.");
        py.add("ENABLE_PROXY_FIX = True");
        py.add("WEBDRIVER_BASEURL = os.environ.get(%s, \"http://localhost:8088/\")", str(SupersetEnvironment.WEBSERVER_URL));
        py.add("FEATURE_FLAGS = {");
        py.add("    \"ALERT_REPORTS\": True,");
        py.add("    \"GLOBAL_ASYNC_QUERIES\": %s,", Python.bool(plan.asyncChartQueries()));
        py.add("}");
        py.blank();
    }

    private static void metadataDatabase(Lines py, CapacityPlan plan) {
        py.add("# Metadata database through PgBouncer (transaction pooling).");
        py.add("SQLALCHEMY_DATABASE_URI = \"postgresql+psycopg2://%%s:%%s@%%s:%%s/%%s\" %% (");
        py.add("    quote(_env(%s), safe=\"\"),", str(SupersetEnvironment.DATABASE_USER));
        py.add("    quote(_env(%s), safe=\"\"),", str(SupersetEnvironment.DATABASE_PASSWORD));
        py.add("    _env(%s),", str(SupersetEnvironment.DATABASE_HOST));
        py.add("    _env(%s),", str(SupersetEnvironment.DATABASE_PORT));
        py.add("    _env(%s),", str(SupersetEnvironment.DATABASE_DB));
        py.add(")");
        py.add("SQLALCHEMY_ENGINE_OPTIONS = {");
        py.add("    # One client connection per gunicorn thread and no overflow: the plan's connection budget counts exactly these.");
        py.add("    \"pool_size\": %d,", plan.web().gunicornThreads().value());
        py.add("    \"max_overflow\": 0,");
        py.add("    # PgBouncer may close idle client connections and recycles server ones: check before use.");
        py.add("    \"pool_pre_ping\": True,");
        py.add("    \"pool_recycle\": %d,", plan.pgBouncer().serverIdleTimeoutSeconds().value() / 2);
        py.add("    \"pool_timeout\": %d,", plan.pgBouncer().queryWaitTimeoutSeconds().value());
        py.add("    # psycopg2 uses the simple query protocol: no server-side prepared statements to break transaction pooling.");
        py.add("    \"connect_args\": {\"application_name\": os.environ.get(\"SUPERSET_COMPONENT\", \"superset\")},");
        py.add("}");
        py.blank();
    }

    private static void redis(Lines py) {
        py.add("# Two Redis deployments: the replicated broker (no eviction, not cluster mode) and the cluster-mode cache (LRU).");
        py.add("_REDIS_TLS = _flag(%s, True)", str(SupersetEnvironment.REDIS_TLS));
        py.add("_BROKER_HOST = _env(%s)", str(SupersetEnvironment.REDIS_BROKER_HOST));
        py.add("_BROKER_PORT = int(_env(%s))", str(SupersetEnvironment.REDIS_BROKER_PORT));
        py.add("_BROKER_PASSWORD = _env(%s)", str(SupersetEnvironment.REDIS_BROKER_PASSWORD));
        py.add("_CACHE_NODES = _env(%s)", str(SupersetEnvironment.REDIS_CACHE_NODES));
        py.add("_CACHE_PASSWORD = _env(%s)", str(SupersetEnvironment.REDIS_CACHE_PASSWORD));
        py.add("_TLS_OPTIONS = {\"ssl\": True, \"ssl_cert_reqs\": \"required\"} if _REDIS_TLS else {}");
        py.blank();
        py.blank();
        py.add("def _broker_url(db):");
        py.add("    scheme = \"rediss\" if _REDIS_TLS else \"redis\"");
        py.add("    query = \"?ssl_cert_reqs=required\" if _REDIS_TLS else \"\"");
        py.add("    return \"%%s://:%%s@%%s:%%d/%%d%%s\" %% (scheme, quote(_BROKER_PASSWORD, safe=\"\"), _BROKER_HOST, _BROKER_PORT, db, query)");
        py.blank();
        py.blank();
        py.add("def _cluster_cache(prefix, timeout):");
        py.add("    return {");
        py.add("        \"CACHE_TYPE\": \"RedisClusterCache\",");
        py.add("        \"CACHE_REDIS_CLUSTER\": _CACHE_NODES,");
        py.add("        \"CACHE_REDIS_PASSWORD\": _CACHE_PASSWORD,");
        py.add("        \"CACHE_KEY_PREFIX\": prefix,");
        py.add("        \"CACHE_DEFAULT_TIMEOUT\": timeout,");
        py.add("        \"CACHE_OPTIONS\": dict(_TLS_OPTIONS),");
        py.add("    }");
        py.blank();
        py.blank();
    }

    private static void caches(Lines py, CachePolicy cache) {
        py.add("# Chart data defaults to the daily freshness class; set a dataset's cache timeout to %d s for real-time data",
                cache.realtimeDataTtlSeconds().value());
        py.add("# or %d s for exploratory data.", cache.exploratoryDataTtlSeconds().value());
        py.add("CACHE_DEFAULT_TIMEOUT = %d", cache.dailyDataTtlSeconds().value());
        py.add("CACHE_CONFIG = _cluster_cache(\"superset_metadata_\", %d)", cache.metadataCacheTtlSeconds().value());
        py.add("DATA_CACHE_CONFIG = _cluster_cache(\"superset_data_\", %d)", cache.dailyDataTtlSeconds().value());
        py.add("FILTER_STATE_CACHE_CONFIG = _cluster_cache(\"superset_filter_state_\", %d)", cache.filterStateTtlSeconds().value());
        py.add("EXPLORE_FORM_DATA_CACHE_CONFIG = _cluster_cache(\"superset_explore_form_data_\", %d)",
                cache.exploreFormDataTtlSeconds().value());
        py.blank();
    }

    private static void resultsBackend(Lines py, CachePolicy cache) {
        py.add("# cachelib's RedisCache cannot follow cluster redirects: SQL Lab results live on the broker Redis.");
        py.add("RESULTS_BACKEND = RedisCache(");
        py.add("    host=_BROKER_HOST,");
        py.add("    port=_BROKER_PORT,");
        py.add("    password=_BROKER_PASSWORD,");
        py.add("    db=%d,", RedisDatabases.SQL_LAB_RESULTS.index());
        py.add("    key_prefix=\"superset_results_\",");
        py.add("    default_timeout=%d,", cache.sqlLabResultsTtlSeconds().value());
        py.add("    **_TLS_OPTIONS,");
        py.add(")");
        py.add("RESULTS_BACKEND_USE_MSGPACK = True");
        py.blank();
    }

    private static void asyncQueries(Lines py, CapacityPlan plan) {
        if (!plan.asyncChartQueries()) {
            py.add("# Chart queries run synchronously in gunicorn threads (%s).", plan.chartQueryModeReason().reason());
            py.blank();
            return;
        }
        CachePolicy cache = plan.cachePolicy();
        py.add("# Async chart queries on the interactive Celery queue; events stream through the broker Redis (RedisCache only).");
        py.add("GLOBAL_ASYNC_QUERIES_JWT_SECRET = _env(%s)", str(SupersetEnvironment.ASYNC_QUERIES_JWT_SECRET));
        py.add("GLOBAL_ASYNC_QUERIES_JWT_COOKIE_SECURE = _https");
        py.add("GLOBAL_ASYNC_QUERIES_TRANSPORT = \"polling\"");
        py.add("GLOBAL_ASYNC_QUERIES_POLLING_DELAY = %d", cache.asyncPollingDelayMilliseconds().value());
        py.add("GLOBAL_ASYNC_QUERIES_REDIS_STREAM_LIMIT = %d", cache.asyncEventStreamLimit().value());
        py.add("GLOBAL_ASYNC_QUERIES_CACHE_BACKEND = {");
        py.add("    \"CACHE_TYPE\": \"RedisCache\",");
        py.add("    \"CACHE_REDIS_HOST\": _BROKER_HOST,");
        py.add("    \"CACHE_REDIS_PORT\": _BROKER_PORT,");
        py.add("    \"CACHE_REDIS_PASSWORD\": _BROKER_PASSWORD,");
        py.add("    \"CACHE_REDIS_DB\": %d,", RedisDatabases.ASYNC_QUERY_EVENTS.index());
        py.add("    \"CACHE_REDIS_SSL\": _REDIS_TLS,");
        py.add("    \"CACHE_REDIS_SSL_CERT_REQS\": \"required\",");
        py.add("}");
        py.blank();
    }

    private static void celery(Lines py, CapacityPlan plan) {
        List<String> imports = new ArrayList<>(CELERY_IMPORTS);
        if (plan.asyncChartQueries()) {
            imports.add(ASYNC_QUERIES_MODULE);
        }
        int longestHardLimit = plan.workerGroups().stream().mapToInt(g -> g.hardTimeLimitSeconds().intValue()).max().orElse(0);
        py.blank();
        py.add("class CeleryConfig:");
        py.add("    broker_url = _broker_url(%d)", RedisDatabases.CELERY_BROKER.index());
        py.add("    result_backend = _broker_url(%d)", RedisDatabases.CELERY_RESULTS.index());
        py.add("    result_expires = 3600");
        py.add("    # With acks_late on Redis, an unacknowledged task is redelivered after the visibility timeout:");
        py.add("    # it must outlast the longest task (%d s) or long reports would run twice.", longestHardLimit);
        py.add("    broker_transport_options = {\"visibility_timeout\": %d}", longestHardLimit + 600);
        py.add("    broker_connection_retry_on_startup = True");
        py.add("    imports = (%s,)", String.join(", ", imports.stream().map(Python::str).toList()));
        py.add("    task_default_queue = %s", str(DEFAULT_QUEUE));
        py.add("    worker_prefetch_multiplier = %d", plan.workerGroups().get(0).prefetchMultiplier().value());
        py.add("    task_acks_late = True");
        py.add("    task_reject_on_worker_lost = True");
        py.add("    task_routes = {");
        for (WorkerGroupPlan group : plan.workerGroups()) {
            for (String task : group.tasks()) {
                py.add("        %s: {\"queue\": %s},", str(task), str(group.queue()));
            }
        }
        py.add("    }");
        py.add("    task_annotations = {");
        for (WorkerGroupPlan group : plan.workerGroups()) {
            for (String task : group.tasks()) {
                py.add("        %s: {\"soft_time_limit\": %d, \"time_limit\": %d},", str(task),
                        group.softTimeLimitSeconds().value(), group.hardTimeLimitSeconds().value());
            }
        }
        py.add("    }");
        py.add("    beat_schedule = {");
        py.add("        \"reports.scheduler\": {");
        py.add("            \"task\": \"reports.scheduler\",");
        py.add("            \"schedule\": crontab(minute=\"*\", hour=\"*\"),");
        py.add("            \"options\": {\"expires\": 3600},");
        py.add("        },");
        py.add("        \"reports.prune_log\": {\"task\": \"reports.prune_log\", \"schedule\": crontab(minute=10, hour=0)},");
        py.add("    }");
        py.blank();
        py.blank();
        py.add("CELERY_CONFIG = CeleryConfig");
        py.blank();
    }

    private static void limits(Lines py, CapacityPlan plan) {
        Limits limits = plan.limits();
        py.add("# Timeouts nest: load balancer idle %d s > gunicorn %d s > SUPERSET_WEBSERVER_TIMEOUT > SQLLAB_TIMEOUT.",
                plan.web().timeouts().loadBalancerIdleSeconds().value(), plan.web().timeouts().gunicornTimeoutSeconds().value());
        py.add("SUPERSET_WEBSERVER_TIMEOUT = %d", plan.web().timeouts().supersetWebserverTimeoutSeconds().value());
        py.add("SQLLAB_TIMEOUT = %d", plan.web().timeouts().sqlLabSyncTimeoutSeconds().value());
        py.add("SQLLAB_ASYNC_TIME_LIMIT_SEC = %d", limits.sqlLabAsyncTimeLimitSeconds().value());
        py.add("ALERT_REPORTS_DEFAULT_WORKING_TIMEOUT = %d", limits.reportWorkingTimeoutSeconds().value());
        py.add("ALERT_REPORTS_WORKING_TIME_OUT_KILL = True");
        py.blank();
        py.add("ROW_LIMIT = %d", limits.chartRowLimit().value());
        py.add("SQL_MAX_ROW = %d", limits.sqlMaxRows().value());
        py.add("DEFAULT_SQLLAB_LIMIT = %d", limits.sqlLabDefaultRowLimit().value());
        py.add("SAMPLES_ROW_LIMIT = %d", limits.samplesRowLimit().value());
        py.blank();
        py.add("# Rate limits are counted in Redis so every process and replica shares them (Flask-Limiter reads RATELIMIT_STORAGE_URI).");
        py.add("RATELIMIT_ENABLED = True");
        py.add("RATELIMIT_APPLICATION = \"%d per second\"", limits.requestsPerSecondPerClient().value());
        py.add("AUTH_RATE_LIMITED = True");
        py.add("AUTH_RATE_LIMIT = \"%d per second\"", limits.loginAttemptsPerSecond().value());
        py.add("RATELIMIT_STORAGE_URI = _broker_url(%d)", RedisDatabases.RATE_LIMITS.index());
    }

    /** Source lines with printf-style formatting in the ROOT locale. */
    private static final class Lines {
        private final StringBuilder out = new StringBuilder();

        void add(String pattern, Object... args) {
            out.append(String.format(Locale.ROOT, pattern, args)).append('\n');
        }

        void blank() {
            out.append('\n');
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
