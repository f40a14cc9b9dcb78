package dev.superscale.topology;

/** What a component is for; a target picks its platform's building block from this. */
public enum ComponentRole {
    /** gunicorn serving Superset's UI and API behind the load balancer. */
    WEB,
    /** One Celery worker group consuming one queue. */
    CELERY_WORKER,
    /** The Celery beat scheduler: a singleton. */
    CELERY_BEAT,
    /** superset db upgrade and superset init, once per rollout. */
    MIGRATIONS,
    /** PgBouncer in front of the metadata database. */
    PGBOUNCER,
    /** Flower, the Celery monitoring UI and Prometheus endpoint (optional). */
    FLOWER
}
