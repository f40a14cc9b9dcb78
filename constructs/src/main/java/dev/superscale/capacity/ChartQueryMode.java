package dev.superscale.capacity;

/** Where dashboard chart queries that miss the cache run. */
public enum ChartQueryMode {
    /** Superset's default: the gunicorn thread that serves the chart request runs the query. */
    SYNC_IN_WEB("sync", "chart queries run inside gunicorn threads (Superset's default)"),
    /**
     * GLOBAL_ASYNC_QUERIES: chart queries go to the interactive Celery queue and the browser
     * polls for the result; needs a JWT secret and a non-cluster Redis for the event streams.
     */
    ASYNC_ON_CELERY("async", "chart queries run on the interactive Celery queue (GLOBAL_ASYNC_QUERIES)");

    private final String cliName;
    private final String description;

    ChartQueryMode(String cliName, String description) {
        this.cliName = cliName;
        this.description = description;
    }

    public String cliName() {
        return cliName;
    }

    public String description() {
        return description;
    }

    /** Parses "sync" or "async"; null for anything else. */
    public static ChartQueryMode fromCliName(String name) {
        for (ChartQueryMode mode : values()) {
            if (mode.cliName.equals(name)) {
                return mode;
            }
        }
        return null;
    }
}
