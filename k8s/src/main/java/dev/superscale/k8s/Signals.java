package dev.superscale.k8s;

import dev.superscale.capacity.AlertWindow;
import dev.superscale.render.StatsdMappingRenderer;

/**
 * The PromQL of every monitored signal, on metric names exporters really emit; the PrometheusRule compares them
 * with the plan's thresholds and the Grafana dashboard plots them, so both always read the same series.
 * <ul>
 * <li>statsd-exporter, through the topology's mapping: {@code superset_web_*}, {@code superset_chart_cache_*};</li>
 * <li>oliver006/redis_exporter: {@code redis_key_size}, {@code redis_memory_used_bytes}, {@code redis_memory_max_bytes};</li>
 * <li>prometheus-community/pgbouncer_exporter (collector.go, SHOW POOLS): {@code pgbouncer_pools_server_*_connections};</li>
 * <li>kube-state-metrics: {@code kube_deployment_spec_replicas}, {@code kube_deployment_status_replicas_available};</li>
 * <li>Flower (mher/flower, flower/events.py PrometheusMetrics): {@code flower_events_total{worker,type,task}}, one count per
 *     Celery task event, {@code type} the event's ({@code task-succeeded}, {@code task-failed}, ...).</li>
 * </ul>
 */
final class Signals {

    private final String namespace;

    Signals(String namespace) {
        this.namespace = namespace;
    }

    /**
     * The range a rate is taken over: the alert window's period, but at least four scrape intervals (Prometheus needs
     * two samples in the range, and four survive a missed scrape).
     */
    static long rangeSeconds(AlertWindow window) {
        return Math.max(window.periodSeconds().value(), 4L * Monitoring.SCRAPE_INTERVAL_SECONDS);
    }

    private String ns() {
        return "namespace=\"" + namespace + "\"";
    }

    /** Web p95 latency in seconds, over all replicas. */
    String webP95LatencySeconds(long rangeSeconds) {
        return "histogram_quantile(0.95, sum by (le) (rate(" + StatsdMappingRenderer.WEB_REQUEST_DURATION + "_bucket{" + ns() + "}["
                + rangeSeconds + "s])))";
    }

    /** Share of web responses with a 5xx status, in percent. */
    String webErrorPercent(long rangeSeconds) {
        return "100 * sum(rate(" + StatsdMappingRenderer.WEB_RESPONSES + "{" + ns() + "," + StatsdMappingRenderer.STATUS_LABEL + "=~\"5..\"}["
                + rangeSeconds + "s])) / sum(rate(" + StatsdMappingRenderer.WEB_REQUESTS + "{" + ns() + "}[" + rangeSeconds + "s]))";
    }

    /**
     * Chart data served from the cache, as a ratio of all chart data loads. A side that has not been counted yet reads
     * as 0 (a cache that never hits must still alert); with no loads at all the ratio is NaN and never alerts.
     */
    String chartCacheHitRatio(long rangeSeconds) {
        String hits = "(sum(rate(" + StatsdMappingRenderer.CHART_CACHE_HITS + "{" + ns() + "}[" + rangeSeconds + "s])) or vector(0))";
        String misses = "(sum(rate(" + StatsdMappingRenderer.CHART_CACHE_MISSES + "{" + ns() + "}[" + rangeSeconds + "s])) or vector(0))";
        return hits + " / (" + hits + " + " + misses + ")";
    }

    /** Messages waiting in a Celery queue (kombu keeps them in a Redis list named after the queue). */
    String queueDepth(String queue) {
        return "max(redis_key_size{" + ns() + ",key=\"" + queue + "\"})";
    }

    /** Broker memory used, in percent of maxmemory (a broker without maxmemory reports none). */
    String brokerMemoryPercent() {
        return "max(100 * redis_memory_used_bytes{" + ns() + "} / (redis_memory_max_bytes{" + ns() + "} > 0))";
    }

    /**
     * Server connections all PgBouncer replicas hold to PostgreSQL: active, idle, used, being tested and logging in
     * (SHOW POOLS' sv_active, sv_idle, sv_used, sv_tested, sv_login), summed over pools and replicas.
     */
    String databaseServerConnections() {
        return java.util.stream.Stream.of("active", "idle", "used", "testing", "login")
                .map(state -> "sum(pgbouncer_pools_server_" + state + "_connections{" + ns() + "})")
                .collect(java.util.stream.Collectors.joining(" + "));
    }

    /** Worker replicas wanted but not available, per Deployment. */
    String workersUnavailable() {
        String workers = ns() + ",deployment=~\"superset-worker-.*\"";
        return "sum by (deployment) (kube_deployment_spec_replicas{" + workers + "} - kube_deployment_status_replicas_available{" + workers + "})";
    }

    /**
     * Share of finished Celery tasks that failed, in percent (Flower counts every task event it receives; succeeded and
     * failed are the two ends a task run has). With no finished task the ratio is NaN and never alerts.
     */
    String celeryTaskFailurePercent(long rangeSeconds) {
        String range = "[" + rangeSeconds + "s]";
        return "100 * sum(rate(flower_events_total{" + ns() + ",type=\"task-failed\"}" + range + ")) / sum(rate(flower_events_total{" + ns()
                + ",type=~\"task-succeeded|task-failed\"}" + range + "))";
    }
}
