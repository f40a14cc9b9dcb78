package dev.superscale.simulator;

import dev.superscale.capacity.BatchArrivals;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.Format;
import dev.superscale.capacity.QueuePrediction;
import dev.superscale.capacity.Queueing;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link Scenario} did to each pool of a plan, and to dashboards as a whole.
 *
 * @param plan       the plan replayed
 * @param scenario   the scenario
 * @param pools      per pool, in plan order
 * @param dashboards chart and whole-dashboard figures
 */
public record ScenarioReport(CapacityPlan plan, Scenario scenario, List<PoolResult> pools, Dashboards dashboards) {

    public ScenarioReport {
        pools = List.copyOf(pools);
    }

    /**
     * One pool over the measured minutes.
     *
     * @param pool               the pool with the replicas serving at the end
     * @param peakReplicas       the plan's peak replicas (what "always peak" holds)
     * @param measure            "p95 latency" (web) or "p95 queue wait" (Celery)
     * @param targetSeconds      the plan's target for that measure
     * @param waitP95Seconds     p95 queue wait over the measured minutes
     * @param latencyP95Seconds  p95 wait + service
     * @param p95Seconds         the measure's p95 over the measured minutes
     * @param worstFiveMinuteP95Seconds the measure's p95 in the worst 5 consecutive minutes
     * @param worstHourP95Seconds the measure's p95 in the worst 60 consecutive minutes (what the plan is sized for)
     * @param minutesOutside     minutes whose p95 is above the target
     * @param minutesMeasured    minutes measured
     * @param replicaHours       replica-hours asked for (billed, starting replicas included)
     * @param alwaysPeakReplicaHours peak replicas held for the same time
     * @param maxReplicasAsked   the most replicas asked for at once
     * @param scaleEvents        scale-outs plus scale-ins
     * @param replicasLost       replicas the lost zone took
     * @param lostInFlight       requests running on lost replicas
     * @param recoverySeconds    zone loss: from the loss until the replicas serve again and the backlog is drained (NaN without a loss)
     * @param p95DuringLossSeconds zone loss: the measure's p95 from the loss to the recovery (NaN without a loss)
     * @param recoveryTargetSeconds twice the plan's component-down alert window (one to start a replacement, one to drain)
     * @param requests           measured requests
     * @param minuteP95Seconds   the measure's p95 per simulated minute (warm-up included)
     * @param minuteReplicas     replicas serving at the end of each simulated minute
     */
    public record PoolResult(
            Pool pool,
            int peakReplicas,
            String measure,
            double targetSeconds,
            double waitP95Seconds,
            double latencyP95Seconds,
            double p95Seconds,
            double worstFiveMinuteP95Seconds,
            double worstHourP95Seconds,
            int minutesOutside,
            int minutesMeasured,
            double replicaHours,
            double alwaysPeakReplicaHours,
            int maxReplicasAsked,
            int scaleEvents,
            int replicasLost,
            long lostInFlight,
            double recoverySeconds,
            double p95DuringLossSeconds,
            double recoveryTargetSeconds,
            long requests,
            double[] minuteP95Seconds,
            int[] minuteReplicas) {

        public String name() {
            return pool.name();
        }
    }

    /**
     * @param charts                 measured chart requests
     * @param chartWaitP95Seconds    p95 wait of a chart request (hits and misses)
     * @param chartLatencyP95Seconds p95 wait + service of a chart request
     * @param dashboards             measured whole dashboards (bursty only)
     * @param completionP95Seconds   p95 time until a dashboard's slowest chart is done; for
     *                               independent arrivals, the p95 of the slowest of n independent charts
     * @param overwritten            dashboards still open when their bookkeeping slot came round again (an overload)
     */
    public record Dashboards(long charts, double chartWaitP95Seconds, double chartLatencyP95Seconds, long dashboards,
            double completionP95Seconds, long overwritten) {
    }

    public PoolResult pool(String name) {
        return pools.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pool named " + name));
    }

    /** The targets the scenario checks, one line per miss; empty when every target holds. */
    public List<String> misses() {
        List<String> misses = new ArrayList<>();
        for (PoolResult p : pools) {
            switch (scenario.kind()) {
                case BURSTS -> {
                    if (p.p95Seconds() > p.targetSeconds()) {
                        misses.add(Format.format("%s %s %s > %s target", p.name(), p.measure(), Durations.format(p.p95Seconds()),
                                Durations.format(p.targetSeconds())));
                    }
                }
                case ZONE_LOSS -> {
                    if (p.recoverySeconds() > p.recoveryTargetSeconds()) {
                        misses.add(Format.format("%s recovers in %s > %s (twice the component-down alert window: a replacement starts, the backlog drains)", p.name(),
                                Durations.format(p.recoverySeconds()), Durations.format(p.recoveryTargetSeconds())));
                    }
                }
                case DAY -> {
                    // The plan is sized for the p95 over its peak hour: the day must hold it in its worst hour.
                    if (p.p95Seconds() > p.targetSeconds() || p.worstHourP95Seconds() > p.targetSeconds()) {
                        misses.add(Format.format("%s %s %s over the day, %s in the worst hour, target %s (%d minutes outside)",
                                p.name(), p.measure(), Durations.format(p.p95Seconds()), Durations.format(p.worstHourP95Seconds()),
                                Durations.format(p.targetSeconds()), p.minutesOutside()));
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        return List.copyOf(misses);
    }

    /** The model's p95 wait for a pool as this scenario feeds it: batched (peaked) if bursty, else Poisson. */
    public QueuePrediction model(PoolResult p) {
        double z = scenario.bursty() ? ScenarioSimulator.peakedness(plan, p.pool()) : 1;
        return BatchArrivals.predict(p.pool().servers(), p.pool().demand(), z);
    }

    /**
     * Replica-hours per pool under the topology's component names ("web", "worker-interactive"), as the
     * cost model's {@code DayCost} prices them; over a day scenario, replica-hours per day.
     */
    public java.util.Map<String, Double> replicaHoursByComponent() {
        java.util.Map<String, Double> hours = new java.util.TreeMap<>();
        for (PoolResult pool : pools) {
            hours.put(pool.pool().kind() == Pool.Kind.WEB_THREADS ? pool.name()
                    : dev.superscale.topology.SupersetTopology.WORKER_PREFIX + pool.name(), pool.replicaHours());
        }
        return hours;
    }

    public boolean meetsTargets() {
        return misses().isEmpty();
    }

    public String toTable() {
        StringBuilder out = new StringBuilder();
        int users = plan.load().registeredUsers();
        String arrivals = scenario.bursty() ? "dashboard views as batches of " + plan.load().chartsPerDashboard() + " charts"
                : "independent Poisson arrivals";
        switch (scenario.kind()) {
            case BURSTS -> out.append(Format.format("Bursts: %d users at steady peak for %d minutes, peak replicas held; %s.%n",
                    users, scenario.measuredMinutes(), arrivals));
            case ZONE_LOSS -> out.append(Format.format("Zone loss: %d users at peak; one of %d zones lost at minute %d for %d minutes; "
                    + "autoscalers on, %s; %s.%n", users, plan.availabilityZones().intValue(), scenario.zoneLossMinute(), scenario.zoneLossMinutes(),
                    scenario.platform().label(), arrivals));
            case DAY -> out.append(Format.format("Day: %d users over 24 h of the %s curve (peak active share %s); autoscalers on, %s; %s.%n",
                    users, scenario.curve().name(), Format.percent(scenario.curve().peakShare()), scenario.platform().label(), arrivals));
            default -> throw new IllegalStateException();
        }
        out.append(Format.format("Seed %d.%n%n", scenario.seed()));
        TextTable table;
        if (scenario.kind() == Scenario.Kind.DAY) {
            table = new TextTable("pool", "measure", "p95 day", "worst hour", "worst 5 min", "target", "minutes outside", "replica-hours",
                    "always peak", "saved", "max asked", "scale events", "");
        } else if (scenario.kind() == Scenario.Kind.ZONE_LOSS) {
            table = new TextTable("pool", "measure", "p95 overall", "p95 during loss", "target", "minutes outside", "recovery",
                    "recovery target", "lost in flight", "max asked", "");
        } else {
            table = new TextTable("pool", "measure", "p95", "target", "minutes outside", "", "wait p95", "model Poisson",
                    "model batched", "batched vs sim");
        }
        List<String> missed = misses();
        for (PoolResult p : pools) {
            boolean ok = missed.stream().noneMatch(m -> m.startsWith(p.name() + " "));
            String label = p.name() + " (" + p.peakReplicas() + " peak x " + p.pool().serversPerReplica() + ")";
            if (scenario.kind() == Scenario.Kind.DAY) {
                table.row(label, p.measure(), Durations.format(p.p95Seconds()), Durations.format(p.worstHourP95Seconds()),
                        Durations.format(p.worstFiveMinuteP95Seconds()),
                        Durations.format(p.targetSeconds()), String.valueOf(p.minutesOutside()), Format.decimal(p.replicaHours()),
                        Format.decimal(p.alwaysPeakReplicaHours()),
                        Durations.percent(1 - p.replicaHours() / p.alwaysPeakReplicaHours()), String.valueOf(p.maxReplicasAsked()),
                        String.valueOf(p.scaleEvents()), ok ? "ok" : "MISSED");
            } else if (scenario.kind() == Scenario.Kind.ZONE_LOSS) {
                table.row(label, p.measure(), Durations.format(p.p95Seconds()), Durations.format(p.p95DuringLossSeconds()),
                        Durations.format(p.targetSeconds()), String.valueOf(p.minutesOutside()), Durations.format(p.recoverySeconds()),
                        Durations.format(p.recoveryTargetSeconds()), String.valueOf(p.lostInFlight()),
                        String.valueOf(p.maxReplicasAsked()), ok ? "ok" : "MISSED");
            } else {
                QueuePrediction poisson = Queueing.predict(p.pool().servers(), p.pool().demand());
                QueuePrediction batched = model(p);
                table.row(label, p.measure(), Durations.format(p.p95Seconds()), Durations.format(p.targetSeconds()),
                        String.valueOf(p.minutesOutside()), ok ? "ok" : "MISSED", Durations.format(p.waitP95Seconds()),
                        Durations.format(poisson.p95WaitSeconds()) + (poisson.predictsP95() ? "" : "*"),
                        Durations.format(batched.p95WaitSeconds()) + (batched.predictsP95() ? "" : "*"),
                        batched.predictsP95() && p.waitP95Seconds() > 0
                                ? Format.format("%+.1f%%", 100 * (batched.p95WaitSeconds() - p.waitP95Seconds()) / p.waitP95Seconds()) : "-");
            }
        }
        out.append(table.render());
        if (scenario.kind() == Scenario.Kind.BURSTS) {
            out.append("* the model gives a p95 only where at least 10% of requests wait; elsewhere it is a bound.\n");
        }
        Dashboards d = dashboards;
        out.append(Format.format("Charts: p95 wait %s, p95 latency %s; dashboard complete (slowest chart) p95 %s%s.%n",
                Durations.format(d.chartWaitP95Seconds()), Durations.format(d.chartLatencyP95Seconds()),
                Durations.format(d.completionP95Seconds()), scenario.bursty() ? "" : " (slowest of independent charts)"));
        if (scenario.kind() == Scenario.Kind.DAY) {
            double used = pools.stream().mapToDouble(PoolResult::replicaHours).sum();
            double peak = pools.stream().mapToDouble(PoolResult::alwaysPeakReplicaHours).sum();
            out.append(Format.format("Replica-hours over the day: %s used, %s holding peak all day (%s saved).%n",
                    Format.decimal(used), Format.decimal(peak), Durations.percent(1 - used / peak)));
        }
        out.append(missed.isEmpty() ? "Every target is met.\n" : "Missed: " + String.join("; ", missed) + "\n");
        return out.toString();
    }
}
