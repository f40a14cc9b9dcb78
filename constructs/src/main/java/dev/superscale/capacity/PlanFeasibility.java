package dev.superscale.capacity;

import static dev.superscale.capacity.Format.decimal;
import static dev.superscale.capacity.Format.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a plan can be built and meets its targets: every component within what every target
 * provides ({@link TargetLimits}: every target builds the same plan, so the smallest limit
 * binds), and the predicted latencies within the load's targets. Where the planner can scale out
 * (cache shards, replicas) it already has; what is left here cannot be fixed by adding more of
 * something, so each problem says which input to change. Advice never suggests what is already set.
 */
public final class PlanFeasibility {

    private static final String LOWER_LOAD = "lower --users, --active-share, --views-per-minute or --charts-per-dashboard";

    private PlanFeasibility() {
    }

    /** Throws {@link InfeasiblePlanException} with every problem of the plan; returns it when there is none. */
    public static CapacityPlan require(CapacityPlan plan) {
        List<String> problems = problems(plan);
        if (!problems.isEmpty()) {
            throw new InfeasiblePlanException(problems);
        }
        return plan;
    }

    /** Every reason the plan cannot be built or misses a target, one line each; empty when it is sound. */
    public static List<String> problems(CapacityPlan plan) {
        List<String> problems = new ArrayList<>();
        webLatency(plan, problems);
        // Limits exceeded, grouped by what to change, so several hit by one load read as one sentence.
        Map<String, List<String>> limits = new LinkedHashMap<>();
        for (WorkerGroupPlan group : plan.workerGroups()) {
            if (group.atPeak().p95WaitSeconds() > group.p95WaitTargetSeconds().value()) {
                problems.add(format("the %s queue's p95 wait target of %s s cannot be met (%s s predicted with %d processes); "
                                + "raise the target", group.queue(), decimal(group.p95WaitTargetSeconds().value()),
                        decimal(group.atPeak().p95WaitSeconds()), group.atPeak().servers()));
            }
            within(limits, "the " + group.queue() + " worker group", group.maxReplicas().value(), TargetLimits.ECS_TASKS_PER_SERVICE,
                    LOWER_LOAD);
        }

        PostgresPlan postgres = plan.postgres();
        String database = "the metadata database is a single writer, so it cannot scale out; " + LOWER_LOAD;
        within(limits, "Postgres", postgres.vcpu().value(), smaller(TargetLimits.RDS_VCPU, TargetLimits.CLOUD_SQL_VCPU), database);
        within(limits, "Postgres", postgres.memoryMiB().value(), smaller(TargetLimits.RDS_MEMORY, TargetLimits.CLOUD_SQL_MEMORY), database);
        within(limits, "Postgres", postgres.maxConnections().value(), TargetLimits.POSTGRES_CONNECTIONS, LOWER_LOAD);

        within(limits, "the Redis broker", plan.redisBroker().memoryMiBPerNode().value(),
                smaller(TargetLimits.ELASTICACHE_NODE_DATA, TargetLimits.MEMORYSTORE_INSTANCE),
                "the broker is one primary (kombu cannot use cluster mode), so it cannot shard; lower --sql-lab-share or " + LOWER_LOAD);
        RedisCachePlan cache = plan.redisCache();
        within(limits, "the Redis cache", cache.memoryMiBPerShard().value(), TargetLimits.ELASTICACHE_NODE_DATA, LOWER_LOAD);
        within(limits, "the Redis cache", cache.shards().value() * (1 + cache.replicasPerShard().value()),
                TargetLimits.ELASTICACHE_CLUSTER_NODES, LOWER_LOAD);
        within(limits, "the Redis cache", cache.shards().value(), TargetLimits.MEMORYSTORE_CLUSTER_SHARDS, LOWER_LOAD);

        WebPlan web = plan.web();
        within(limits, "a web replica", web.cpuMillicores().value(), TargetLimits.FARGATE_VCPU, "use smaller web replicas");
        within(limits, "a web replica", web.memoryMiB().value(), TargetLimits.FARGATE_MEMORY, "use smaller web replicas");
        within(limits, "the web tier", web.maxReplicas().value(), TargetLimits.ECS_TASKS_PER_SERVICE, LOWER_LOAD);
        within(limits, "PgBouncer", plan.pgBouncer().replicas().value(), TargetLimits.ECS_TASKS_PER_SERVICE, LOWER_LOAD);
        limits.forEach((advice, findings) -> problems.add(String.join(", ", findings) + ": " + advice));
        return problems;
    }

    /**
     * What would bring the web p95 down, leaving out what the load already has: async chart queries
     * only in sync mode, a higher cache hit ratio only below the highest allowed.
     */
    public static String webLatencyAdvice(UserLoad load, ChartQueryMode mode) {
        List<String> options = new ArrayList<>();
        if (mode == ChartQueryMode.SYNC_IN_WEB) {
            options.add("async chart queries (--chart-queries async)");
            if (load.cacheHitRatio() < 0.99) {
                options.add("a cache hit ratio above " + decimal(load.cacheHitRatio()) + " (--cache-hit)");
            }
        }
        return options.isEmpty() ? "" : String.join(" or ", options) + " bring it down";
    }

    private static void webLatency(CapacityPlan plan, List<String> problems) {
        UserLoad load = plan.load();
        WebPlan web = plan.web();
        double predicted = web.predictedP95LatencySeconds().value();
        if (predicted <= load.webP95LatencySeconds()) {
            return;
        }
        double own = web.demand().serviceQuantile(0.95);
        String advice = webLatencyAdvice(load, plan.chartQueryMode());
        problems.add(format("the web p95 target of %s s (--web-p95) cannot be met: %s s is predicted, of which %s s is the requests' "
                        + "own p95 before any wait for a thread; %s%s",
                decimal(load.webP95LatencySeconds()), decimal(predicted), decimal(own),
                advice.isEmpty() ? "" : advice + ", or ", "use --web-p95 " + decimal(roundUp(predicted)) + " or more"));
    }

    private static void within(Map<String, List<String>> limits, String component, long value, TargetLimits.Limit limit, String change) {
        if (value > limit.max()) {
            limits.computeIfAbsent(change, key -> new ArrayList<>()).add(format("%s needs %,d %s, the most %s provides is %,d (%s)",
                    component, value, limit.unit(), limit.target(), limit.max(), limit.offering()));
        }
    }

    private static TargetLimits.Limit smaller(TargetLimits.Limit a, TargetLimits.Limit b) {
        return b.max() < a.max() ? b : a;
    }

    /** Two significant digits, rounded up, so the suggested target is met. */
    private static double roundUp(double value) {
        double scale = Math.pow(10, Math.floor(Math.log10(value)) - 1);
        return Math.ceil(value / scale - 1e-9) * scale;
    }
}
