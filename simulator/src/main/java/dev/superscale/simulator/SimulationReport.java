package dev.superscale.simulator;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.Format;
import dev.superscale.capacity.UserLoad;
import java.util.List;

/**
 * The simulated peak of a plan: one {@link PoolReport} per pool (web first, then each Celery
 * worker group), printable with {@link #toTable()}.
 *
 * @param plan     the plan whose capacity was simulated
 * @param load     the load simulated: the plan's own, or a what-if load on the same capacity
 * @param settings how long and how often
 * @param pools    per pool, in plan order
 */
public record SimulationReport(CapacityPlan plan, UserLoad load, SimulationSettings settings, List<PoolReport> pools) {

    public SimulationReport {
        pools = List.copyOf(pools);
    }

    public PoolReport pool(String name) {
        return pools.stream().filter(p -> p.pool().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pool named " + name));
    }

    public PoolReport web() {
        return pool("web");
    }

    /** Every target of the plan against the simulation, in pool order. */
    public List<TargetCheck> targets() {
        return pools.stream().flatMap(p -> p.targets().stream()).toList();
    }

    public List<TargetCheck> missedTargets() {
        return targets().stream().filter(t -> !t.met()).toList();
    }

    public boolean meetsTargets() {
        return missedTargets().isEmpty();
    }

    /** Two tables: queue waits against targets and the model, then latency, utilization and alerts. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        boolean ownLoad = load.equals(plan.load());
        out.append(Format.format("Simulated peak hour: %d users on the plan for %d users%s; chart queries %s.%n",
                load.registeredUsers(), plan.load().registeredUsers(), ownLoad ? "" : " (what-if load)",
                plan.asyncChartQueries() ? "async on Celery" : "sync in web threads"));
        if (!ownLoad) {
            out.append(Format.format("What-if load: cache hit %s, %s dashboard views/s, %s SQL Lab queries/s, %s reports/s.%n",
                    Format.decimal(load.cacheHitRatio()), Format.decimal(load.dashboardViewsPerSecond()),
                    Format.decimal(load.sqlLabQueriesPerSecond()), Format.decimal(load.reportsPerSecondAtPeak())));
        }
        out.append(Format.format("%d runs per pool, each >= %d arrivals and >= %s simulated, after %s warm-up; seed %d.%n%n",
                settings.replications(), settings.arrivalsPerReplication(), Durations.format(settings.minSecondsPerReplication()),
                Format.percent(settings.warmupShare()), settings.seed()));

        TextTable waits = new TextTable("pool", "req/s", "util", "model util", "waited", "model waited",
                "wait p50", "wait p95 (95% CI)", "wait p99", "model p95", "p95 target", "");
        for (PoolReport p : pools) {
            waits.row(p.pool().label(),
                    Format.decimal(p.pool().demand().ratePerSecond()),
                    Durations.percent(p.utilization()),
                    Durations.percent(p.prediction().utilization()),
                    Durations.percent(p.waitProbability()),
                    Durations.percent(p.prediction().waitProbability()),
                    Durations.format(p.waitP50Seconds()),
                    p95WithInterval(p),
                    Durations.format(p.waitP99Seconds()),
                    Durations.format(p.prediction().p95WaitSeconds()) + (p.prediction().predictsP95() ? "" : "*"),
                    Durations.format(p.pool().p95WaitTargetSeconds()),
                    p.targets().get(0).met() ? "ok" : "MISSED");
        }
        out.append(waits.render());
        out.append("* the model gives a p95 only where at least 10% of requests wait; elsewhere it is a bound.\n\n");

        TextTable latency = new TextTable("pool", "latency p50", "latency p95", "latency p99", "p95 target", "",
                "mean depth", "peak depth", "alert firing");
        for (PoolReport p : pools) {
            Pool pool = p.pool();
            String alert;
            if (pool.hasLatencyAlert()) {
                alert = Format.format("%s of minutes p95 > %s", Durations.percent(p.latencyAlertShare()),
                        Durations.format(pool.latencyAlertSeconds()));
            } else if (pool.hasQueueDepthAlert()) {
                alert = Format.format("%s of time depth > %d", Durations.percent(p.queueDepthAlertShare()), pool.queueDepthAlert());
            } else {
                alert = "-";
            }
            String verdict = pool.hasLatencyTarget() ? (p.targets().get(1).met() ? "ok" : "MISSED") : "";
            latency.row(pool.label(),
                    Durations.format(p.latencyP50Seconds()),
                    Durations.format(p.latencyP95Seconds()),
                    Durations.format(p.latencyP99Seconds()),
                    pool.hasLatencyTarget() ? Durations.format(pool.p95LatencyTargetSeconds()) : "-",
                    verdict,
                    Format.decimal(p.meanQueueDepth()),
                    String.valueOf(p.peakQueueDepth()),
                    alert);
        }
        out.append(latency.render());
        List<TargetCheck> missed = missedTargets();
        out.append(missed.isEmpty() ? "Every target is met.\n"
                : "Missed: " + String.join("; ", missed.stream().map(TargetCheck::describe).toList()) + "\n");
        return out.toString();
    }

    private static String p95WithInterval(PoolReport p) {
        String value = Durations.format(p.waitP95Seconds());
        if (p.prediction().utilization() >= 1) {
            // Overloaded: the queue grows for as long as the run lasts, so the figure only says "unbounded".
            return value + " (unstable)";
        }
        if (p.waitP95HalfWidthSeconds() == 0) {
            return value;
        }
        return value + " +/- " + Durations.format(p.waitP95HalfWidthSeconds());
    }
}
