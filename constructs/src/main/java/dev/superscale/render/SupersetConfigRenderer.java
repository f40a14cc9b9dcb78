package dev.superscale.render;

import static dev.superscale.render.Python.str;

import dev.superscale.capacity.CachePolicy;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.Limits;
import dev.superscale.capacity.WorkerGroupPlan;
import java.util.List;
import java.util.Locale;

/**
 * Renders superset_config.py for Superset 6.x from a plan. Every size and timeout comes from
 * the plan; secrets and endpoints are read from the environment ({@link SupersetEnvironment})
 * when Superset starts, so the file is safe to store in an image or a ConfigMap.
 */
public final class SupersetConfigRenderer {

    /** Celery modules added to Superset's own CeleryConfig.imports when chart queries run on Celery. */
    static final String ASYNC_QUERIES_MODULE = "superset.tasks.async_queries";
    /** Unrouted tasks land on the background queue, never on a queue nobody consumes. */
    static final String DEFAULT_QUEUE = "reports";
    /**
     * How long a beat tick of reports.scheduler may wait for a worker before it is dropped. Beat sends it as the
     * message's expires and Superset subtracts CELERY_BEAT_SCHEDULER_EXPIRES from that to get the trigger time
     * (superset/tasks/scheduler.py, scheduler()), so both are rendered from this one value.
     */
    public static final int SCHEDULER_EXPIRES_SECONDS = 3600;

    private SupersetConfigRenderer() {
    }

    /** The file for managed Redis endpoints ({@link RedisAddressing#ENDPOINTS}). */
    public static String render(CapacityPlan plan) {
        return render(plan, RedisAddressing.ENDPOINTS);
    }

    /** The file for the way the target's Redis is addressed; sizes and timeouts are the same either way. */
    public static String render(CapacityPlan plan, RedisAddressing addressing) {
        boolean sentinel = addressing == RedisAddressing.SENTINEL;
        Lines py = new Lines();
        header(py, plan, sentinel);
        metadataDatabase(py, plan);
        if (sentinel) {
            SentinelConfig.redis(py);
        } else {
            redis(py);
        }
        caches(py, plan.cachePolicy(), sentinel ? "_sentinel_cache" : "_cluster_cache");
        if (sentinel) {
            SentinelConfig.resultsBackend(py, plan.cachePolicy());
        } else {
            resultsBackend(py, plan.cachePolicy());
        }
        asyncQueries(py, plan, sentinel);
        celery(py, plan, sentinel);
        reports(py);
        stats(py);
        limits(py, plan, sentinel);
        return py.toString();
    }

    private static void header(Lines py, CapacityPlan plan, boolean sentinel) {
        py.add("# superset_config.py rendered by Superscale for %d registered users, for Superset %s.", plan.load().registeredUsers(),
                SupersetVersion.VERSION);
        py.add("# Sizes and timeouts come from the capacity plan (`superscale plan --users %d`); re-render instead of editing.",
                plan.load().registeredUsers());
        py.add("# Secrets and endpoints are read from the environment at start-up and never written here.");
        py.add("# Private helpers are lower case: Superset copies every UPPER_CASE name of this file into app.config.");
        py.add("import os");
        py.add("from datetime import timedelta");
        py.add("from urllib.parse import quote");
        py.blank();
        py.add(sentinel ? "from flask_caching.backends.rediscache import RedisSentinelCache" : "from cachelib.redis import RedisCache");
        py.add("from celery.schedules import crontab");
        py.add("from flask import request");
        py.add("from flask_limiter import Limiter");
        py.add("from flask_login import current_user");
        py.add("from superset.config import CeleryConfig as _superset_celery_config");
        py.add("from superset.security import SupersetSecurityManager");
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
        py.add("FEATURE_FLAGS = {");
        py.add("    \"ALERT_REPORTS\": True,");
        py.add("    \"GLOBAL_ASYNC_QUERIES\": %s,", Python.bool(plan.asyncChartQueries()));
        py.add("    # Screenshots are off: the %s image ships no browser (Selenium needs Chrome or Firefox with", SupersetVersion.IMAGE);
        py.add("    # its driver, Playwright needs its Chromium). PNG and PDF reports and thumbnails would fail; text and CSV");
        py.add("    # reports and alerts work. Turn these on only in an image that adds Playwright and its Chromium.");
        py.add("    \"THUMBNAILS\": False,");
        py.add("    \"PLAYWRIGHT_REPORTS_AND_THUMBNAILS\": False,");
        py.add("    \"ENABLE_DASHBOARD_SCREENSHOT_ENDPOINTS\": False,");
        py.add("}");
        py.blank();
    }

    private static void metadataDatabase(Lines py, CapacityPlan plan) {
        py.add("# Metadata database through PgBouncer (transaction pooling). PgBouncer sets statement_timeout = %d s on every",
                plan.limits().metadataStatementTimeoutSeconds().value());
        py.add("# server connection (connect_query): the timeout that really stops a stuck metadata query.");
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
        py.add("_redis_tls = _flag(%s, True)", str(SupersetEnvironment.REDIS_TLS));
        py.add("_broker_host = _env(%s)", str(SupersetEnvironment.REDIS_BROKER_HOST));
        py.add("_broker_port = int(_env(%s))", str(SupersetEnvironment.REDIS_BROKER_PORT));
        py.add("_broker_password = _env(%s)", str(SupersetEnvironment.REDIS_BROKER_PASSWORD));
        py.add("_cache_nodes = _env(%s)", str(SupersetEnvironment.REDIS_CACHE_NODES));
        py.add("_cache_password = _env(%s)", str(SupersetEnvironment.REDIS_CACHE_PASSWORD));
        py.add("# A private CA (Memorystore's) when the servers' certificates do not chain to the system bundle.");
        py.add("_redis_ca_file = os.environ.get(%s, \"\") if _redis_tls else \"\"", str(SupersetEnvironment.REDIS_CA_FILE));
        py.add("_ca_options = {\"ssl_ca_certs\": _redis_ca_file} if _redis_ca_file else {}");
        py.add("_tls_options = {\"ssl\": True, \"ssl_cert_reqs\": \"required\", **_ca_options} if _redis_tls else {}");
        py.blank();
        py.blank();
        py.add("def _broker_url(db):");
        py.add("    scheme = \"rediss\" if _redis_tls else \"redis\"");
        py.add("    # kombu, Celery's Redis result backend and redis-py (Flask-Limiter) all read ssl_* options from the query.");
        py.add("    query = \"?ssl_cert_reqs=required\" if _redis_tls else \"\"");
        py.add("    if _redis_ca_file:");
        py.add("        query += \"&ssl_ca_certs=\" + quote(_redis_ca_file, safe=\"/\")");
        py.add("    return \"%%s://:%%s@%%s:%%d/%%d%%s\" %% (scheme, quote(_broker_password, safe=\"\"), _broker_host, _broker_port, db, query)");
        py.blank();
        py.blank();
        py.add("def _cluster_cache(prefix, timeout):");
        py.add("    return {");
        py.add("        \"CACHE_TYPE\": \"RedisClusterCache\",");
        py.add("        \"CACHE_REDIS_CLUSTER\": _cache_nodes,");
        py.add("        \"CACHE_REDIS_PASSWORD\": _cache_password,");
        py.add("        \"CACHE_KEY_PREFIX\": prefix,");
        py.add("        \"CACHE_DEFAULT_TIMEOUT\": timeout,");
        py.add("        \"CACHE_OPTIONS\": dict(_tls_options),");
        py.add("    }");
        py.blank();
        py.blank();
        py.add("def _state_store(prefix, timeout):");
        py.add("    # Superset needs filter and explore state back (a lost entry breaks a shared link): the non-evicting broker Redis,");
        py.add("    # and each read renews the entry's lifetime (superset/temporary_cache: REFRESH_TIMEOUT_ON_RETRIEVAL).");
        py.add("    return {");
        py.add("        \"CACHE_TYPE\": \"RedisCache\",");
        py.add("        \"CACHE_REDIS_HOST\": _broker_host,");
        py.add("        \"CACHE_REDIS_PORT\": _broker_port,");
        py.add("        \"CACHE_REDIS_PASSWORD\": _broker_password,");
        py.add("        \"CACHE_REDIS_DB\": %d,", RedisDatabases.UI_STATE.index());
        py.add("        \"CACHE_KEY_PREFIX\": prefix,");
        py.add("        \"CACHE_DEFAULT_TIMEOUT\": timeout,");
        py.add("        \"CACHE_OPTIONS\": dict(_tls_options),");
        py.add("        \"REFRESH_TIMEOUT_ON_RETRIEVAL\": True,");
        py.add("    }");
        py.blank();
        py.blank();
    }

    private static void caches(Lines py, CachePolicy cache, String chartCache) {
        py.add("# Chart data defaults to the daily freshness class; set a dataset's cache timeout to %d s for real-time data",
                cache.realtimeDataTtlSeconds().value());
        py.add("# or %d s for exploratory data.", cache.exploratoryDataTtlSeconds().value());
        py.add("CACHE_DEFAULT_TIMEOUT = %d", cache.dailyDataTtlSeconds().value());
        py.add("CACHE_CONFIG = %s(\"superset_metadata_\", %d)", chartCache, cache.metadataCacheTtlSeconds().value());
        py.add("DATA_CACHE_CONFIG = %s(\"superset_data_\", %d)", chartCache, cache.dailyDataTtlSeconds().value());
        py.add("FILTER_STATE_CACHE_CONFIG = _state_store(\"superset_filter_state_\", %d)", cache.filterStateTtlSeconds().value());
        py.add("EXPLORE_FORM_DATA_CACHE_CONFIG = _state_store(\"superset_explore_form_data_\", %d)",
                cache.exploreFormDataTtlSeconds().value());
        py.blank();
    }

    private static void resultsBackend(Lines py, CachePolicy cache) {
        py.add("# cachelib's RedisCache cannot follow cluster redirects: SQL Lab results live on the broker Redis.");
        py.add("RESULTS_BACKEND = RedisCache(");
        py.add("    host=_broker_host,");
        py.add("    port=_broker_port,");
        py.add("    password=_broker_password,");
        py.add("    db=%d,", RedisDatabases.SQL_LAB_RESULTS.index());
        py.add("    key_prefix=\"superset_results_\",");
        py.add("    default_timeout=%d,", cache.sqlLabResultsTtlSeconds().value());
        py.add("    **_tls_options,");
        py.add(")");
        py.add("RESULTS_BACKEND_USE_MSGPACK = True");
        py.blank();
    }

    private static void asyncQueries(Lines py, CapacityPlan plan, boolean sentinel) {
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
        if (sentinel) {
            SentinelConfig.asyncQueriesBackend(py);
            py.blank();
            return;
        }
        py.add("GLOBAL_ASYNC_QUERIES_CACHE_BACKEND = {");
        py.add("    \"CACHE_TYPE\": \"RedisCache\",");
        py.add("    \"CACHE_REDIS_HOST\": _broker_host,");
        py.add("    \"CACHE_REDIS_PORT\": _broker_port,");
        py.add("    \"CACHE_REDIS_PASSWORD\": _broker_password,");
        py.add("    \"CACHE_REDIS_DB\": %d,", RedisDatabases.ASYNC_QUERY_EVENTS.index());
        py.add("    \"CACHE_REDIS_SSL\": _redis_tls,");
        py.add("    \"CACHE_REDIS_SSL_CERT_REQS\": \"required\",");
        py.add("    \"CACHE_REDIS_SSL_CA_CERTS\": _redis_ca_file or None,");
        py.add("}");
        py.blank();
    }

    private static void celery(Lines py, CapacityPlan plan, boolean sentinel) {
        Limits limits = plan.limits();
        py.add("# Beat sends reports.scheduler with this expiry and Superset computes the trigger time as expiry minus");
        py.add("# CELERY_BEAT_SCHEDULER_EXPIRES (superset/tasks/scheduler.py): the two must be the same value.");
        py.add("_scheduler_expires = timedelta(seconds=%d)", SCHEDULER_EXPIRES_SECONDS);
        py.add("CELERY_BEAT_SCHEDULER_EXPIRES = _scheduler_expires");
        py.blank();
        py.blank();
        py.add("def _annotate(superset_annotations, limits):");
        py.add("    merged = {task: dict(options) for task, options in superset_annotations.items()}");
        py.add("    for task, options in limits.items():");
        py.add("        merged.setdefault(task, {}).update(options)");
        py.add("    return merged");
        py.blank();
        py.blank();
        py.add("# Extends Superset's CeleryConfig: its task modules and beat entries (the Slack channel cache, for one) stay.");
        py.add("class CeleryConfig(_superset_celery_config):");
        py.add("    broker_url = _broker_url(%d)", RedisDatabases.CELERY_BROKER.index());
        py.add("    result_backend = _broker_url(%d)", RedisDatabases.CELERY_RESULTS.index());
        py.add("    result_expires = 3600");
        py.add("    # With acks_late on Redis, an unacknowledged task is redelivered after the visibility timeout: %s.",
                limits.celeryVisibilityTimeoutSeconds().reason());
        if (sentinel) {
            py.add("    # kombu asks the Sentinels for the primary (master_name); the Sentinels take the broker's AUTH token too.");
            py.add("    broker_transport_options = {");
            py.add("        \"visibility_timeout\": int(os.environ.get(%s, \"%d\")),",
                    str(SupersetEnvironment.CELERY_VISIBILITY_TIMEOUT), limits.celeryVisibilityTimeoutSeconds().value());
            py.add("        **_sentinel_transport_options,");
            py.add("    }");
            py.add("    result_backend_transport_options = dict(_sentinel_transport_options)");
        } else {
            py.add("    broker_transport_options = {\"visibility_timeout\": int(os.environ.get(%s, \"%d\"))}",
                    str(SupersetEnvironment.CELERY_VISIBILITY_TIMEOUT), limits.celeryVisibilityTimeoutSeconds().value());
        }
        py.add("    broker_connection_retry_on_startup = True");
        if (plan.asyncChartQueries()) {
            py.add("    imports = tuple(dict.fromkeys(tuple(_superset_celery_config.imports) + (%s,)))", str(ASYNC_QUERIES_MODULE));
        }
        py.add("    task_default_queue = %s", str(DEFAULT_QUEUE));
        py.add("    worker_prefetch_multiplier = %d", plan.workerGroups().get(0).prefetchMultiplier().value());
        py.add("    # acks_late: a task whose worker vanishes (spot interruption) is redelivered after the visibility timeout.");
        py.add("    # No task_reject_on_worker_lost: with it, a task whose pool process is killed (out of memory) is requeued");
        py.add("    # and killed again, forever.");
        py.add("    task_acks_late = True");
        py.add("    task_routes = {");
        for (WorkerGroupPlan group : plan.workerGroups()) {
            for (String task : group.tasks()) {
                py.add("        %s: {\"queue\": %s},", str(task), str(group.queue()));
            }
        }
        py.add("    }");
        py.add("    task_annotations = _annotate(getattr(_superset_celery_config, \"task_annotations\", {}), {");
        for (WorkerGroupPlan group : plan.workerGroups()) {
            for (String task : group.tasks()) {
                py.add("        %s: {\"soft_time_limit\": %d, \"time_limit\": %d},", str(task),
                        group.softTimeLimitSeconds().value(), group.hardTimeLimitSeconds().value());
            }
        }
        py.add("    })");
        py.add("    beat_schedule = {");
        py.add("        **_superset_celery_config.beat_schedule,");
        py.add("        \"reports.scheduler\": {");
        py.add("            \"task\": \"reports.scheduler\",");
        py.add("            \"schedule\": crontab(minute=\"*\", hour=\"*\"),");
        py.add("            \"options\": {\"expires\": int(_scheduler_expires.total_seconds())},");
        py.add("        },");
        py.add("    }");
        py.blank();
        py.blank();
        py.add("CELERY_CONFIG = CeleryConfig");
        py.blank();
    }

    private static void reports(Lines py) {
        py.add("# Report delivery. Links in messages point at the public URL; the worker's browser opens WEBDRIVER_BASEURL.");
        py.add("WEBDRIVER_BASEURL_USER_FRIENDLY = os.environ.get(%s, \"http://localhost:8088/\")", str(SupersetEnvironment.WEBSERVER_URL));
        py.add("WEBDRIVER_BASEURL = os.environ.get(%s, WEBDRIVER_BASEURL_USER_FRIENDLY)", str(SupersetEnvironment.WEBDRIVER_URL));
        py.add("SMTP_HOST = os.environ.get(%s, \"localhost\")", str(SupersetEnvironment.SMTP_HOST));
        py.add("SMTP_PORT = int(os.environ.get(%s, \"587\"))", str(SupersetEnvironment.SMTP_PORT));
        py.add("SMTP_STARTTLS = _flag(%s, True)", str(SupersetEnvironment.SMTP_STARTTLS));
        py.add("SMTP_SSL = _flag(%s, False)", str(SupersetEnvironment.SMTP_SSL));
        py.add("# Superset logs in only when both are set.");
        py.add("SMTP_USER = os.environ.get(%s) or None", str(SupersetEnvironment.SMTP_USER));
        py.add("SMTP_PASSWORD = os.environ.get(%s) or None", str(SupersetEnvironment.SMTP_PASSWORD));
        py.add("SMTP_MAIL_FROM = os.environ.get(%s, \"superset@localhost\")", str(SupersetEnvironment.SMTP_MAIL_FROM));
        py.add("SLACK_API_TOKEN = os.environ.get(%s) or None", str(SupersetEnvironment.SLACK_API_TOKEN));
        py.blank();
    }

    private static void stats(Lines py) {
        py.add("# Superset's own stats (chart cache hits and misses among them) to StatsD when the target runs a receiver.");
        py.add("# superset.stats_logger defines StatsdStatsLogger only when the statsd package imports; the stock image lacks it.");
        py.add("_statsd_host = os.environ.get(%s)", str(SupersetEnvironment.STATSD_HOST));
        py.add("if _statsd_host:");
        py.add("    try:");
        py.add("        from superset.stats_logger import StatsdStatsLogger");
        py.add("    except ImportError as _missing:");
        py.add("        raise RuntimeError(\"superset_config.py: %s is set but the statsd package is missing (pip install statsd)\") from _missing",
                SupersetEnvironment.STATSD_HOST);
        py.add("    STATS_LOGGER = StatsdStatsLogger(host=_statsd_host, port=int(_env(%s)), prefix=%s)",
                str(SupersetEnvironment.STATSD_PORT), str(StatsdMappingRenderer.SUPERSET_PREFIX));
        py.blank();
    }

    private static void limits(Lines py, CapacityPlan plan, boolean sentinel) {
        Limits limits = plan.limits();
        py.add("# Timeouts: load balancer idle %d s > gunicorn %d s > SUPERSET_WEBSERVER_TIMEOUT > SQLLAB_TIMEOUT. Only the balancer",
                plan.web().timeouts().loadBalancerIdleSeconds().value(), plan.web().timeouts().gunicornTimeoutSeconds().value());
        py.add("# cuts a slow request: gthread workers are not killed per request, and Superset's SIGALRM timeout arms only on the");
        py.add("# main thread (superset/utils/core.py). statement_timeout (PgBouncer) and the Celery limits below do hold.");
        py.add("SUPERSET_WEBSERVER_TIMEOUT = %d", plan.web().timeouts().supersetWebserverTimeoutSeconds().value());
        py.add("SQLLAB_TIMEOUT = %d", plan.web().timeouts().sqlLabSyncTimeoutSeconds().value());
        py.add("SQLLAB_ASYNC_TIME_LIMIT_SEC = %d", limits.sqlLabAsyncTimeLimitSeconds().value());
        py.add("# Every report runs under reports.execute's hard limit above, whatever working_timeout a user sets: Superset would");
        py.add("# send each report's own working_timeout as its time limit if this were True (superset/tasks/scheduler.py), and a");
        py.add("# report longer than the visibility timeout would run twice at once.");
        py.add("ALERT_REPORTS_DEFAULT_WORKING_TIMEOUT = %d", limits.reportWorkingTimeoutSeconds().value());
        py.add("ALERT_REPORTS_WORKING_TIME_OUT_KILL = False");
        py.blank();
        py.add("ROW_LIMIT = %d", limits.chartRowLimit().value());
        py.add("SQL_MAX_ROW = %d", limits.sqlMaxRows().value());
        py.add("DEFAULT_SQLLAB_LIMIT = %d", limits.sqlLabDefaultRowLimit().value());
        py.add("SAMPLES_ROW_LIMIT = %d", limits.samplesRowLimit().value());
        py.blank();
        py.add("# Rate limits are counted in Redis so every process and replica shares them (Flask-Limiter reads RATELIMIT_STORAGE_URI).");
        py.add("# %s.", limits.requestsPerSecondPerClient().reason());
        py.add("RATELIMIT_ENABLED = True");
        py.add("RATELIMIT_APPLICATION = \"%d per second\"", limits.requestsPerSecondPerClient().value());
        py.add("AUTH_RATE_LIMITED = True");
        py.add("AUTH_RATE_LIMIT = \"%d per second\"", limits.loginAttemptsPerSecond().value());
        if (sentinel) {
            SentinelConfig.rateLimitStorage(py);
        } else {
            py.add("RATELIMIT_STORAGE_URI = _broker_url(%d)", RedisDatabases.RATE_LIMITS.index());
        }
        py.blank();
        py.blank();
        py.add("def _rate_limit_key():");
        py.add("    if current_user and current_user.is_authenticated:");
        py.add("        return \"user:%%s\" %% current_user.get_id()");
        py.add("    return \"address:%%s\" %% (request.remote_addr or \"unknown\")");
        py.blank();
        py.blank();
        py.add("# Flask-AppBuilder's limiter keys every request by address (SecurityManager.create_limiter): key by user instead.");
        py.add("class _PerUserRateLimits(SupersetSecurityManager):");
        py.add("    def create_limiter(self, app):");
        py.add("        limiter = Limiter(key_func=_rate_limit_key)");
        py.add("        limiter.init_app(app)");
        py.add("        return limiter");
        py.blank();
        py.blank();
        py.add("CUSTOM_SECURITY_MANAGER = _PerUserRateLimits");
    }

    /** Source lines with printf-style formatting in the ROOT locale. */
    static final class Lines {
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
