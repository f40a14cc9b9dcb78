package dev.superscale.render;

import dev.superscale.capacity.CapacityPlan;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

/**
 * The mapping file of a statsd-exporter (prometheus/statsd_exporter, {@code --statsd.mapping-config}) that turns the
 * StatsD lines of gunicorn and Superset into named Prometheus metrics. Names matched:
 * <ul>
 * <li>gunicorn (gunicorn/instrument/statsd.py, {@code access()}): the timer {@code gunicorn.request.duration} (ms),
 *     the counters {@code gunicorn.requests} and {@code gunicorn.request.status.CODE}, under {@link #GUNICORN_PREFIX};</li>
 * <li>Superset (superset/common/utils/query_cache_manager.py, STATS_LOGGER): the counters {@code loaded_from_cache}
 *     (a chart's data came from the cache) and {@code loaded_from_source} (it was queried), under {@link #SUPERSET_PREFIX}.</li>
 * </ul>
 * The latency histogram's buckets include the plan's p95 threshold, so {@code histogram_quantile} decides "above the
 * threshold" exactly, not by interpolation across it.
 */
public final class StatsdMappingRenderer {

    /** Prefix of Superset's own stats (StatsdStatsLogger's prefix). */
    public static final String SUPERSET_PREFIX = "superset";
    /** Prefix of gunicorn's stats ({@code --statsd-prefix}). */
    public static final String GUNICORN_PREFIX = "superset.web";

    public static final String WEB_REQUEST_DURATION = "superset_web_request_duration_seconds";
    public static final String WEB_REQUESTS = "superset_web_requests_total";
    public static final String WEB_RESPONSES = "superset_web_responses_total";
    /** Label of {@link #WEB_RESPONSES}: the HTTP status code. */
    public static final String STATUS_LABEL = "status";
    public static final String CHART_CACHE_HITS = "superset_chart_cache_hits_total";
    public static final String CHART_CACHE_MISSES = "superset_chart_cache_misses_total";

    /** Bucket bounds (s) around every latency a web request may plausibly have, up to gunicorn's timeout range. */
    private static final List<Double> LATENCY_BUCKETS = List.of(0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0);

    private StatsdMappingRenderer() {
    }

    /** The latency histogram's upper bounds in seconds, ascending: the fixed set plus the plan's p95 threshold. */
    public static List<BigDecimal> latencyBuckets(CapacityPlan plan) {
        TreeSet<BigDecimal> buckets = new TreeSet<>();
        LATENCY_BUCKETS.forEach(b -> buckets.add(decimal(b)));
        buckets.add(decimal(plan.alerts().webP95LatencySeconds().value()));
        return List.copyOf(buckets);
    }

    public static String render(CapacityPlan plan) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# statsd-exporter mapping rendered by Superscale from the capacity plan; re-render instead of editing.\n");
        yaml.append("defaults:\n");
        yaml.append("  match_type: glob\n");
        yaml.append("  observer_type: histogram\n");
        yaml.append("mappings:\n");
        yaml.append("- match: ").append(GUNICORN_PREFIX).append(".gunicorn.request.duration\n");
        yaml.append("  name: ").append(WEB_REQUEST_DURATION).append('\n');
        yaml.append("  observer_type: histogram\n");
        yaml.append("  histogram_options:\n");
        yaml.append("    buckets: [").append(String.join(", ", latencyBuckets(plan).stream().map(BigDecimal::toPlainString).toList())).append("]\n");
        yaml.append("- match: ").append(GUNICORN_PREFIX).append(".gunicorn.requests\n");
        yaml.append("  name: ").append(WEB_REQUESTS).append('\n');
        yaml.append("- match: ").append(GUNICORN_PREFIX).append(".gunicorn.request.status.*\n");
        yaml.append("  name: ").append(WEB_RESPONSES).append('\n');
        yaml.append("  labels:\n");
        yaml.append("    ").append(STATUS_LABEL).append(": \"$1\"\n");
        yaml.append("- match: ").append(SUPERSET_PREFIX).append(".loaded_from_cache\n");
        yaml.append("  name: ").append(CHART_CACHE_HITS).append('\n');
        yaml.append("- match: ").append(SUPERSET_PREFIX).append(".loaded_from_source\n");
        yaml.append("  name: ").append(CHART_CACHE_MISSES).append('\n');
        return yaml.toString();
    }

    private static BigDecimal decimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
