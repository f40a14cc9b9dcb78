package dev.superscale.render;

import static dev.superscale.render.Python.str;

import dev.superscale.capacity.CachePolicy;
import dev.superscale.render.SupersetConfigRenderer.Lines;

/**
 * The Redis parts of superset_config.py for {@link RedisAddressing#SENTINEL}: every client asks the
 * Sentinels for the current primary, so a failover needs no address change. Same databases, key
 * prefixes and lifetimes as the endpoint shape; no TLS (self-managed Redis inside the cluster, where
 * network policies bound who reaches it).
 */
final class SentinelConfig {

    private SentinelConfig() {
    }

    static void redis(Lines py) {
        py.add("# Two Redis deployments behind Sentinel: the replicated broker (no eviction, not cluster mode) and the cache (LRU).");
        py.add("# Clients ask the Sentinels where the primary is; the Sentinels ask for the same AUTH token as the Redis they watch.");
        py.blank();
        py.blank();
        py.add("def _sentinels(name):");
        py.add("    nodes = []");
        py.add("    for node in _env(name).split(\",\"):");
        py.add("        host, port = node.strip().rsplit(\":\", 1)");
        py.add("        nodes.append((host, int(port)))");
        py.add("    return nodes");
        py.blank();
        py.blank();
        py.add("_broker_sentinels = _sentinels(%s)", str(SupersetEnvironment.REDIS_BROKER_SENTINELS));
        py.add("_broker_master = _env(%s)", str(SupersetEnvironment.REDIS_BROKER_MASTER));
        py.add("_broker_password = _env(%s)", str(SupersetEnvironment.REDIS_BROKER_PASSWORD));
        py.add("_cache_sentinels = _sentinels(%s)", str(SupersetEnvironment.REDIS_CACHE_SENTINELS));
        py.add("_cache_master = _env(%s)", str(SupersetEnvironment.REDIS_CACHE_MASTER));
        py.add("_cache_password = _env(%s)", str(SupersetEnvironment.REDIS_CACHE_PASSWORD));
        py.add("_sentinel_transport_options = {\"master_name\": _broker_master, \"sentinel_kwargs\": {\"password\": _broker_password}}");
        py.blank();
        py.blank();
        py.add("def _broker_url(db):");
        py.add("    # kombu and Celery's result backend: one sentinel:// URL per Sentinel, joined by ';'.");
        py.add("    return \";\".join(\"sentinel://:%%s@%%s:%%d/%%d\" %% (quote(_broker_password, safe=\"\"), host, port, db)");
        py.add("                    for host, port in _broker_sentinels)");
        py.blank();
        py.blank();
        py.add("class _PrimarySentinelCache(RedisSentinelCache):");
        py.add("    # Flask-Caching's RedisSentinelCache reads from a replica, which misses every key until it has synced (seconds");
        py.add("    # after a restart or failover): a lost filter state or SQL Lab result. Read the primary, as writes do.");
        py.add("    def __init__(self, *args, **kwargs):");
        py.add("        super().__init__(*args, **kwargs)");
        py.add("        self._read_client = self._write_client");
        py.blank();
        py.blank();
        py.add("def _sentinel_store(sentinels, master, password, db, prefix, timeout):");
        py.add("    return {");
        py.add("        # Flask-Caching imports CACHE_TYPE by name: this file is superset_config on PYTHONPATH.");
        py.add("        \"CACHE_TYPE\": \"superset_config._PrimarySentinelCache\",");
        py.add("        \"CACHE_REDIS_SENTINELS\": sentinels,");
        py.add("        \"CACHE_REDIS_SENTINEL_MASTER\": master,");
        py.add("        \"CACHE_REDIS_SENTINEL_PASSWORD\": password,");
        py.add("        \"CACHE_REDIS_PASSWORD\": password,");
        py.add("        \"CACHE_REDIS_DB\": db,");
        py.add("        \"CACHE_KEY_PREFIX\": prefix,");
        py.add("        \"CACHE_DEFAULT_TIMEOUT\": timeout,");
        py.add("    }");
        py.blank();
        py.blank();
        py.add("def _sentinel_cache(prefix, timeout):");
        py.add("    return _sentinel_store(_cache_sentinels, _cache_master, _cache_password, 0, prefix, timeout)");
        py.blank();
        py.blank();
        py.add("def _state_store(prefix, timeout):");
        py.add("    # Superset needs filter and explore state back (a lost entry breaks a shared link): the non-evicting broker Redis,");
        py.add("    # and each read renews the entry's lifetime (superset/temporary_cache: REFRESH_TIMEOUT_ON_RETRIEVAL).");
        py.add("    store = _sentinel_store(_broker_sentinels, _broker_master, _broker_password, %d, prefix, timeout)",
                RedisDatabases.UI_STATE.index());
        py.add("    store[\"REFRESH_TIMEOUT_ON_RETRIEVAL\"] = True");
        py.add("    return store");
        py.blank();
        py.blank();
    }

    static void resultsBackend(Lines py, CachePolicy cache) {
        py.add("# SQL Lab results on the broker Redis, through its Sentinels (Flask-Caching's RedisSentinelCache is a cachelib cache).");
        py.add("RESULTS_BACKEND = _PrimarySentinelCache(");
        py.add("    sentinels=_broker_sentinels,");
        py.add("    master=_broker_master,");
        py.add("    password=_broker_password,");
        py.add("    sentinel_password=_broker_password,");
        py.add("    db=%d,", RedisDatabases.SQL_LAB_RESULTS.index());
        py.add("    key_prefix=\"superset_results_\",");
        py.add("    default_timeout=%d,", cache.sqlLabResultsTtlSeconds().value());
        py.add(")");
        py.add("RESULTS_BACKEND_USE_MSGPACK = True");
        py.blank();
    }

    static void asyncQueriesBackend(Lines py) {
        py.add("# Superset picks its own Sentinel backend by this CACHE_TYPE name (superset/async_events/cache_backend.py).");
        py.add("GLOBAL_ASYNC_QUERIES_CACHE_BACKEND = dict(_sentinel_store(_broker_sentinels, _broker_master, _broker_password, %d, \"\", 0),",
                RedisDatabases.ASYNC_QUERY_EVENTS.index());
        py.add("                                         CACHE_TYPE=\"RedisSentinelCache\")");
    }

    static void rateLimitStorage(Lines py) {
        py.add("# limits' redis+sentinel:// URL names the Sentinels and the primary; limits does not decode a password in the URL,");
        py.add("# so the token goes in the storage options, for the Sentinels and the primary alike.");
        py.add("RATELIMIT_STORAGE_URI = \"redis+sentinel://%%s/%%s\" %% (\",\".join(\"%%s:%%d\" %% node for node in _broker_sentinels), _broker_master)");
        py.add("RATELIMIT_STORAGE_OPTIONS = {");
        py.add("    \"db\": %d,", RedisDatabases.RATE_LIMITS.index());
        py.add("    \"password\": _broker_password,");
        py.add("    \"sentinel_kwargs\": {\"password\": _broker_password},");
        py.add("}");
    }
}
