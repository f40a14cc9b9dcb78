package dev.superscale.simulator;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Simulations shared by the test classes of one JVM: each preset's peak is simulated once. */
final class PresetSimulations {

    /**
     * For comparing the model's p95 with the simulated one: batches of 10 runs of a million
     * arrivals per pool, until the 95% confidence interval of the p95 wait is within 4% of it.
     */
    static final SimulationSettings PRECISE = new SimulationSettings(SimulationSettings.DEFAULT_SEED, 10, 1_000_000, 900, 0.1);
    static final double STABLE_RELATIVE_HALF_WIDTH = 0.04;
    static final int MAX_PRECISE_REPLICATIONS = 60;

    private static final Map<Preset, SimulationReport> REPORTS = new EnumMap<>(Preset.class);
    private static final Map<String, PoolReport> POOLS = new HashMap<>();
    private static final Map<String, ScenarioReport> SCENARIOS = new HashMap<>();

    private PresetSimulations() {
    }

    static CapacityPlan plan(Preset preset) {
        return CapacityPlanner.planFor(preset.load());
    }

    static synchronized SimulationReport report(Preset preset) {
        return REPORTS.computeIfAbsent(preset, p -> Simulator.simulate(plan(p), SimulationSettings.standard()));
    }

    /** The preset's plan replaying a scenario, once per JVM. */
    static synchronized ScenarioReport scenario(Preset preset, Scenario scenario) {
        return SCENARIOS.computeIfAbsent(preset + "|" + scenario, k -> ScenarioSimulator.run(plan(preset), scenario));
    }

    /** The scenarios every preset's plan must pass. */
    static Scenario day(Preset preset) {
        return Scenario.day(LoadCurve.workingDay(preset.load().peakActiveShare()));
    }

    static synchronized PoolReport precise(Pool pool) {
        String key = pool.label() + "|" + pool.demand();
        return POOLS.computeIfAbsent(key, k -> Simulator.simulateUntilStable(pool, PRECISE, STABLE_RELATIVE_HALF_WIDTH,
                MAX_PRECISE_REPLICATIONS));
    }
}
