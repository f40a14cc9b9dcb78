package dev.superscale.topology;

/** What a topology adds beyond the components every deployment runs. */
public enum TopologyOption {
    /** Flower, the Celery monitor, behind basic authentication. */
    FLOWER,
    /**
     * StatsD output: gunicorn's request metrics ({@code --statsd-host}) and Superset's STATS_LOGGER go to the
     * {@link Endpoint#STATSD} receiver the target provides (a statsd-exporter on Kubernetes).
     */
    STATSD
}
