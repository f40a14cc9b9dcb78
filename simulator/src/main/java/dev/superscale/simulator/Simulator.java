package dev.superscale.simulator;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.ServiceMix;
import dev.superscale.capacity.UserLoad;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Simulates the serving system a {@link CapacityPlan} describes, pool by pool, at the plan's
 * peak load or at another load on the same capacity.
 *
 * <pre>{@code
 * CapacityPlan plan = CapacityPlanner.planFor(UserLoad.ofUsers(10_000));
 * SimulationReport report = Simulator.simulate(plan);
 * System.out.print(report.toTable());
 * }</pre>
 *
 * <p>Seeded and deterministic: the same plan, load and settings give the same report.
 */
public final class Simulator {

    private Simulator() {
    }

    /** The plan at its own peak load, with the standard settings. */
    public static SimulationReport simulate(CapacityPlan plan) {
        return simulate(plan, plan.load(), SimulationSettings.standard(), message -> { });
    }

    public static SimulationReport simulate(CapacityPlan plan, SimulationSettings settings) {
        return simulate(plan, plan.load(), settings, message -> { });
    }

    /**
     * The plan's capacity and targets carrying another load: the demand is what the planner
     * derives from {@code load} with the plan's chart query mode, the servers are the plan's.
     *
     * @param progress told the name of each pool before it is simulated
     */
    public static SimulationReport simulate(CapacityPlan plan, UserLoad load, SimulationSettings settings,
            Consumer<String> progress) {
        List<PoolReport> reports = new ArrayList<>();
        for (Pool pool : pools(plan, load)) {
            progress.accept(pool.label());
            reports.add(simulate(pool, settings));
        }
        return new SimulationReport(plan, load, settings, reports);
    }

    /** The plan's pools with the demand of {@code load}, in plan order. */
    public static List<Pool> pools(CapacityPlan plan, UserLoad load) {
        List<Pool> planned = Pool.allOf(plan);
        if (load.equals(plan.load())) {
            return planned;
        }
        CapacityPlan demandPlan = CapacityPlanner.planFor(load.toBuilder().chartQueryMode(plan.chartQueryMode()).build());
        List<Pool> pools = new ArrayList<>();
        for (Pool pool : planned) {
            ServiceMix demand = pool.kind() == Pool.Kind.WEB_THREADS
                    ? demandPlan.web().demand()
                    : demandPlan.workerGroup(pool.name()).demand();
            pools.add(pool.withDemand(demand));
        }
        return List.copyOf(pools);
    }

    /** Arrivals the settings simulate for these pools: a measure of the work ahead. */
    public static long arrivalsToSimulate(List<Pool> pools, SimulationSettings settings) {
        return pools.stream().mapToLong(p -> p.demand().ratePerSecond() > 0 ? settings.totalArrivals(p.demand().ratePerSecond()) : 0).sum();
    }

    /** One pool, every replication. Each pool draws from its own seed, so pools do not disturb each other. */
    public static PoolReport simulate(Pool pool, SimulationSettings settings) {
        Accumulator runs = new Accumulator(pool, settings);
        runs.add(settings.replications());
        return runs.report();
    }

    /**
     * One pool, adding batches of {@code settings.replications()} runs until the 95% confidence
     * interval of the p95 wait is within {@code relativeHalfWidth} of it (or is exactly zero), or
     * {@code maxReplications} runs are done. The runs are the same as {@link #simulate(Pool,
     * SimulationSettings)}'s, continued: the report is still a pure function of its inputs.
     */
    public static PoolReport simulateUntilStable(Pool pool, SimulationSettings settings, double relativeHalfWidth,
            int maxReplications) {
        Accumulator runs = new Accumulator(pool, settings);
        runs.add(settings.replications());
        PoolReport report = runs.report();
        while (report.waitP95RelativeHalfWidth() > relativeHalfWidth && runs.count() < maxReplications) {
            runs.add(Math.min(settings.replications(), maxReplications - runs.count()));
            report = runs.report();
        }
        return report;
    }

    /** Runs of one pool, pooled. */
    private static final class Accumulator {
        private final Pool pool;
        private final SimulationSettings settings;
        private final SplittableRandom root;
        private final Histogram waits = new Histogram();
        private final Histogram latencies = new Histogram();
        private final List<Double> p95s = new ArrayList<>();
        private double busy;
        private double seconds;
        private double depthArea;
        private double aboveDepthAlert;
        private long peakDepth;
        private long windows;
        private long windowsFiring;

        Accumulator(Pool pool, SimulationSettings settings) {
            this.pool = pool;
            this.settings = settings;
            this.root = new SplittableRandom(poolSeed(settings.seed(), pool.name()));
        }

        int count() {
            return p95s.size();
        }

        void add(int runs) {
            for (int r = 0; r < runs; r++) {
                PoolSimulator.Replication run = PoolSimulator.run(pool, settings, root.split());
                waits.addAll(run.waits);
                latencies.addAll(run.latencies);
                p95s.add(run.waits.count() == 0 ? 0 : run.waits.quantile(0.95));
                busy += run.busySeconds;
                seconds += run.measuredSeconds;
                depthArea += run.depthArea;
                aboveDepthAlert += run.secondsAboveDepthAlert;
                peakDepth = Math.max(peakDepth, run.peakDepth);
                windows += run.windows;
                windowsFiring += run.windowsFiring;
            }
        }

        PoolReport report() {
            boolean idle = waits.count() == 0;
            return new PoolReport(pool, pool.prediction(), count(), waits.count(), seconds,
                    seconds > 0 ? busy / (pool.servers() * seconds) : 0,
                    waits.positiveShare(),
                    waits.mean(),
                    idle ? 0 : waits.quantile(0.50),
                    idle ? 0 : waits.quantile(0.95),
                    Statistics.halfWidth95(p95s.stream().mapToDouble(Double::doubleValue).toArray()),
                    idle ? 0 : waits.quantile(0.99),
                    idle ? 0 : latencies.quantile(0.50),
                    idle ? 0 : latencies.quantile(0.95),
                    idle ? 0 : latencies.quantile(0.99),
                    seconds > 0 ? depthArea / seconds : 0,
                    peakDepth,
                    pool.hasLatencyAlert() ? (windows > 0 ? (double) windowsFiring / windows : 0) : Double.NaN,
                    pool.hasQueueDepthAlert() ? (seconds > 0 ? aboveDepthAlert / seconds : 0) : Double.NaN);
        }
    }

    /** A stable per-pool seed: the root seed mixed with the pool name (not String.hashCode's small range). */
    static long poolSeed(long seed, String name) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ b) * 0x100000001B3L;
            h ^= h >>> 29;
        }
        return h;
    }
}
