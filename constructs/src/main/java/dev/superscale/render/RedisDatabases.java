package dev.superscale.render;

/**
 * Logical databases on the non-cluster broker Redis. Cluster-mode Redis has only database 0,
 * which is why everything here stays on the broker.
 */
public enum RedisDatabases {
    CELERY_BROKER(0),
    CELERY_RESULTS(1),
    SQL_LAB_RESULTS(2),
    ASYNC_QUERY_EVENTS(3),
    RATE_LIMITS(4),
    /** Dashboard filter state and unsaved explore form data: Superset needs them back, so never on the evicting cache. */
    UI_STATE(5);

    private final int index;

    RedisDatabases(int index) {
        this.index = index;
    }

    public int index() {
        return index;
    }
}
