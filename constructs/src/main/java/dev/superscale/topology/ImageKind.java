package dev.superscale.topology;

/** Which image a component runs; each target says where that image comes from. */
public enum ImageKind {
    /** Apache Superset with the PostgreSQL driver. */
    SUPERSET,
    /** PgBouncer with the database's CA bundle baked in. */
    PGBOUNCER,
    /** Flower with the Redis client. */
    FLOWER
}
