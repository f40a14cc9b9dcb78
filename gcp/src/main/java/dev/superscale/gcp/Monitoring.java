package dev.superscale.gcp;

import com.pulumi.core.Output;
import com.pulumi.gcp.monitoring.AlertPolicy;
import com.pulumi.gcp.monitoring.AlertPolicyArgs;
import com.pulumi.gcp.monitoring.NotificationChannel;
import com.pulumi.gcp.monitoring.NotificationChannelArgs;
import com.pulumi.gcp.monitoring.inputs.AlertPolicyAlertStrategyArgs;
import com.pulumi.gcp.monitoring.inputs.AlertPolicyConditionArgs;
import com.pulumi.gcp.monitoring.inputs.AlertPolicyConditionConditionPrometheusQueryLanguageArgs;
import com.pulumi.gcp.monitoring.inputs.AlertPolicyConditionConditionThresholdAggregationArgs;
import com.pulumi.gcp.monitoring.inputs.AlertPolicyConditionConditionThresholdArgs;
import com.pulumi.gcp.monitoring.inputs.AlertPolicyConditionConditionThresholdDenominatorAggregationArgs;
import com.pulumi.gcp.monitoring.inputs.AlertPolicyDocumentationArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.superscale.capacity.AlertThresholds;
import dev.superscale.capacity.AlertWindow;
import dev.superscale.topology.Component;
import dev.superscale.topology.ComponentRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cloud Monitoring alert policies with the plan's thresholds and windows: web p95 latency and
 * error rate (the Gateway's load balancer), queue depth and unavailable replicas per component
 * (Managed Prometheus: KEDA's scaler metric and GKE's kube-state metrics), PostgreSQL connections
 * and query latency (Cloud SQL, Query Insights), broker and cache memory, cache hit ratio.
 * Cloud Monitoring has no "M of N periods": a condition fires after it holds for the window's
 * {@link AlertWindow#sustainedSeconds()}, rounded up to whole minutes (Monitoring's granularity).
 */
public class Monitoring extends ComponentResource {

    public static final String TYPE = "superscale:gcp:Monitoring";

    private final List<Output<String>> channels = new ArrayList<>();
    private final Map<String, AlertPolicy> policies = new LinkedHashMap<>();

    public Monitoring(String name, MonitoringArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        Children.require(args, "Monitoring", name, "args");
        Children.require(args.topology(), "Monitoring", name, "topology");
        Children.require(args.project(), "Monitoring", name, "project");
        Children.require(args.namespace(), "Monitoring", name, "namespace");
        Children.require(args.database(), "Monitoring", name, "database");
        Children.require(args.broker(), "Monitoring", name, "broker");
        Children.require(args.cache(), "Monitoring", name, "cache");
        if (args.alertEmail().isPresent() && !args.notificationChannels().isEmpty()) {
            throw new IllegalArgumentException("Monitoring '" + name + "': give notificationChannels or alertEmail, not both");
        }
        args.notificationChannels().forEach(c -> channels.add(Output.of(c)));
        args.alertEmail().ifPresent(email -> channels.add(new NotificationChannel(name + "-email", NotificationChannelArgs.builder()
                .type("email")
                .displayName("Superset alerts (" + email + ")")
                .labels(Map.of("email_address", email))
                .build(), Children.of(this)).name()));

        AlertThresholds alerts = args.topology().plan().alerts();
        String ns = args.namespace();

        threshold(name, "web-latency", "Web p95 latency above " + alerts.webP95LatencySeconds(), alerts.webP95LatencySeconds().reason(),
                Output.of("metric.type=\"loadbalancing.googleapis.com/https/backend_latencies\" AND resource.type=\"https_lb_rule\""),
                "ALIGN_PERCENTILE_95", "REDUCE_MAX", null,
                // The load balancer reports milliseconds.
                alerts.webP95LatencySeconds().value() * 1000, "COMPARISON_GT", alerts.webLatencyWindow());
        ratio(name, "web-error-rate", "More than " + alerts.errorRatePercent() + " of web requests fail", alerts.errorRatePercent().reason(),
                "metric.type=\"loadbalancing.googleapis.com/https/request_count\" AND resource.type=\"https_lb_rule\" AND metric.label.response_code_class=500",
                "metric.type=\"loadbalancing.googleapis.com/https/request_count\" AND resource.type=\"https_lb_rule\"",
                alerts.errorRatePercent().value() / 100, alerts.errorRateWindow());

        for (Component c : args.topology().components()) {
            if (c.role() == ComponentRole.MIGRATIONS || c.role() == ComponentRole.FLOWER) {
                continue;
            }
            // A worker group may run as two Deployments (on-demand base and spot): match both.
            String deployments = c.name() + "(-on-demand|-spot)?";
            long allowed = c.role() == ComponentRole.CELERY_BEAT ? 0 : alerts.workersDownAllowed().value();
            promql(name, c.name() + "-down", c.name() + " replicas unavailable", c.role() == ComponentRole.CELERY_BEAT
                            ? "Celery beat is not running: scheduled reports and alerts stop" : alerts.workersDownAllowed().reason(),
                    "sum(kube_deployment_status_replicas_unavailable{namespace=\"" + ns + "\",deployment=~\"" + deployments + "\"}) > " + allowed,
                    alerts.componentDownWindow());
            if (c.role() == ComponentRole.CELERY_WORKER) {
                String queue = c.scaling().signal(dev.superscale.topology.ScalingSignal.Kind.QUEUE_LENGTH_PER_REPLICA).orElseThrow().queue();
                // KEDA's Redis scaler reports the queue's list length; the workers scale on it, the alert reads the same number.
                promql(name, c.name() + "-queue-depth", "More than " + alerts.queueDepth() + " waiting in the '" + queue + "' queue",
                        alerts.queueDepth().reason(),
                        "max(keda_scaler_metrics_value{scaledObject=~\"" + deployments + "\"}) > " + alerts.queueDepth().value(),
                        alerts.queueDepthWindow());
            }
        }

        Output<String> databaseId = Output.format("%s:%s", args.project(), args.database().getInstance().name());
        threshold(name, "database-connections", "PostgreSQL connections above " + alerts.databaseConnectionsAbove(),
                alerts.databaseConnectionsAbove().reason(),
                databaseId.applyValue(id -> "metric.type=\"cloudsql.googleapis.com/database/postgresql/num_backends\" AND resource.type=\"cloudsql_database\""
                        + " AND resource.label.database_id=\"" + id + "\""),
                "ALIGN_MEAN", "REDUCE_SUM", "resource.label.database_id",
                alerts.databaseConnectionsAbove().value(), "COMPARISON_GT", alerts.databaseConnectionsWindow());
        threshold(name, "database-latency", "PostgreSQL p95 query latency above " + alerts.databaseP95QueryMilliseconds(),
                alerts.databaseP95QueryMilliseconds().reason(),
                databaseId.applyValue(id -> "metric.type=\"cloudsql.googleapis.com/database/postgresql/insights/aggregate/latencies\""
                        + " AND resource.type=\"cloudsql_instance_database\" AND resource.label.resource_id=\"" + id + "\""),
                "ALIGN_PERCENTILE_95", "REDUCE_MAX", null,
                // Query Insights reports microseconds.
                alerts.databaseP95QueryMilliseconds().value() * 1000.0, "COMPARISON_GT", alerts.databaseLatencyWindow());
        threshold(name, "broker-memory", "Broker Redis memory above " + alerts.redisMemoryPercent(),
                "with noeviction a full broker refuses new tasks",
                args.broker().getInstance().id().applyValue(id -> "metric.type=\"redis.googleapis.com/stats/memory/usage_ratio\""
                        + " AND resource.type=\"redis_instance\" AND resource.label.instance_id=\"" + id + "\""),
                "ALIGN_MAX", "REDUCE_MAX", null, alerts.redisMemoryPercent().value() / 100.0, "COMPARISON_GT", alerts.redisMemoryWindow());
        threshold(name, "cache-memory", "Cache Redis memory above " + alerts.redisMemoryPercent(), alerts.redisMemoryPercent().reason(),
                args.cache().getCluster().name().applyValue(id -> "metric.type=\"redis.googleapis.com/cluster/memory/maximum_utilization\""
                        + " AND resource.type=\"redis.googleapis.com/Cluster\" AND resource.label.cluster_id=\"" + id + "\""),
                "ALIGN_MAX", "REDUCE_MAX", null, alerts.redisMemoryPercent().value() / 100.0, "COMPARISON_GT", alerts.redisMemoryWindow());
        String hits = "redis_googleapis_com:cluster_stats_average_keyspace_hits{monitored_resource=\"redis.googleapis.com/Cluster\"}";
        String misses = "redis_googleapis_com:cluster_stats_average_keyspace_misses{monitored_resource=\"redis.googleapis.com/Cluster\"}";
        promql(name, "cache-hit-ratio", "Cache hit ratio below " + alerts.cacheHitRatioBelow(), alerts.cacheHitRatioBelow().reason(),
                "sum(" + hits + ") / (sum(" + hits + ") + sum(" + misses + ")) < " + alerts.cacheHitRatioBelow().value(),
                alerts.cacheHitWindow());

        registerOutputs(Map.of("policies", Output.all(policies.values().stream().map(AlertPolicy::name).toList())));
    }

    /** Cloud Monitoring durations are whole minutes. */
    static String duration(AlertWindow window) {
        long seconds = window.sustainedSeconds();
        return ((seconds + 59) / 60 * 60) + "s";
    }

    private void threshold(String name, String id, String title, String why, Output<String> filter, String aligner, String reducer,
            String groupBy, double thresholdValue, String comparison, AlertWindow window) {
        AlertPolicyConditionConditionThresholdAggregationArgs.Builder aggregation = AlertPolicyConditionConditionThresholdAggregationArgs.builder()
                .alignmentPeriod(window.periodSeconds().value() + "s")
                .perSeriesAligner(aligner)
                .crossSeriesReducer(reducer);
        if (groupBy != null) {
            aggregation.groupByFields(List.of(groupBy));
        }
        policy(name, id, title, why, AlertPolicyConditionArgs.builder()
                .displayName(title)
                .conditionThreshold(AlertPolicyConditionConditionThresholdArgs.builder()
                        .filter(filter)
                        .aggregations(List.of(aggregation.build()))
                        .comparison(comparison)
                        .thresholdValue(thresholdValue)
                        .duration(duration(window))
                        .build())
                .build());
    }

    private void ratio(String name, String id, String title, String why, String numerator, String denominator, double thresholdValue,
            AlertWindow window) {
        String period = window.periodSeconds().value() + "s";
        policy(name, id, title, why, AlertPolicyConditionArgs.builder()
                .displayName(title)
                .conditionThreshold(AlertPolicyConditionConditionThresholdArgs.builder()
                        .filter(numerator)
                        .aggregations(List.of(AlertPolicyConditionConditionThresholdAggregationArgs.builder()
                                .alignmentPeriod(period).perSeriesAligner("ALIGN_RATE").crossSeriesReducer("REDUCE_SUM").build()))
                        .denominatorFilter(denominator)
                        .denominatorAggregations(List.of(AlertPolicyConditionConditionThresholdDenominatorAggregationArgs.builder()
                                .alignmentPeriod(period).perSeriesAligner("ALIGN_RATE").crossSeriesReducer("REDUCE_SUM").build()))
                        .comparison("COMPARISON_GT")
                        .thresholdValue(thresholdValue)
                        .duration(duration(window))
                        .build())
                .build());
    }

    private void promql(String name, String id, String title, String why, String query, AlertWindow window) {
        policy(name, id, title, why, AlertPolicyConditionArgs.builder()
                .displayName(title)
                .conditionPrometheusQueryLanguage(AlertPolicyConditionConditionPrometheusQueryLanguageArgs.builder()
                        .query(query)
                        .duration(duration(window))
                        .evaluationInterval(window.periodSeconds().value() + "s")
                        .build())
                .build());
    }

    private void policy(String name, String id, String title, String why, AlertPolicyConditionArgs condition) {
        AlertPolicy policy = new AlertPolicy(name + "-" + id, AlertPolicyArgs.builder()
                .displayName("Superset: " + title)
                .combiner("OR")
                .conditions(List.of(condition))
                .notificationChannels(Output.all(channels))
                .alertStrategy(AlertPolicyAlertStrategyArgs.builder().autoClose("1800s").build())
                .documentation(AlertPolicyDocumentationArgs.builder().mimeType("text/markdown").content(title + ": " + why).build())
                .build(), Children.of(this));
        policies.put(id, policy);
    }

    /** Policies by id (web-latency, worker-interactive-queue-depth, database-connections, ...). */
    public Map<String, AlertPolicy> getPolicies() {
        return java.util.Collections.unmodifiableMap(policies);
    }
}
