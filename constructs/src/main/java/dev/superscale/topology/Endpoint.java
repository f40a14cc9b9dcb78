package dev.superscale.topology;

/** A network address the deployment provides; each target knows where its own are. */
public enum Endpoint {
    /** Where Superset reaches its metadata database: PgBouncer's service address. */
    METADATA_DATABASE,
    /** The PostgreSQL server behind PgBouncer. */
    POSTGRES_SERVER,
    /** The Celery broker, results backend and async-query event store (Redis, never cluster mode); with Sentinel, NODES are its Sentinels. */
    REDIS_BROKER,
    /** The chart-data cache: cluster-mode startup NODES, or with Sentinel, its Sentinels. */
    REDIS_CACHE,
    /** The URL users open; report workers open dashboards through it. */
    WEB_URL,
    /**
     * A StatsD receiver (UDP) for gunicorn's request metrics and Superset's STATS_LOGGER; only components of a
     * topology built with {@link TopologyOption#STATSD} name it.
     */
    STATSD;

    /** Which part of an endpoint an environment variable carries. */
    public enum Part {
        HOST, PORT, DATABASE_NAME, NODES, URL, TLS,
        /** The name Sentinels monitor a Redis primary under ({@link dev.superscale.render.RedisAddressing#SENTINEL}). */
        MASTER_NAME
    }
}
