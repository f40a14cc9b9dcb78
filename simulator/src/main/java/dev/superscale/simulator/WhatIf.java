package dev.superscale.simulator;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.UserLoad;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The same plan under a different load: for example a cache hit ratio of 0.6, or twice the users.
 *
 * <pre>{@code
 * CapacityPlan plan = CapacityPlanner.planFor(UserLoad.ofUsers(10_000));
 * WhatIf.Result result = WhatIf.run(plan, plan.load().toBuilder().cacheHitRatio(0.6).build());
 * System.out.print(result.toText());   // the table, then "breaks first at: ..."
 * }</pre>
 *
 * <p>Which target breaks first is found on the straight line from the plan's load to the what-if
 * load ({@value #RAMP_STEPS} steps, each simulated with the lighter settings): the first step that
 * misses a target names it; if several miss at that step, the one furthest over its target.
 */
public final class WhatIf {

    /** Steps on the ramp from the plan's load to the what-if load. */
    public static final int RAMP_STEPS = 10;

    private WhatIf() {
    }

    /**
     * Where the ramp first missed a target.
     *
     * @param check  the target that broke, measured at that step
     * @param share  how far along the ramp, 0 (the plan's load) to 1 (the what-if load)
     * @param load   the load at that step
     * @param loadDescription the inputs that change along the ramp, at that step
     */
    public record Breach(TargetCheck check, double share, UserLoad load, String loadDescription) {

        public String describe() {
            return check.describe() + " at " + loadDescription;
        }
    }

    /**
     * @param report     the what-if load on the plan's capacity, with the full settings
     * @param breaksFirst the first target missed on the ramp; empty if none is, up to the what-if load
     */
    public record Result(SimulationReport report, Optional<Breach> breaksFirst) {

        /** The what-if table, then "breaks first at: ...". */
        public String toText() {
            return report.toTable() + "breaks first at: "
                    + breaksFirst.map(Breach::describe).orElse("nothing: every target holds up to the what-if load") + "\n";
        }
    }

    public static Result run(CapacityPlan plan, UserLoad whatIf) {
        return run(plan, whatIf, SimulationSettings.standard(), SimulationSettings.quick(), message -> { });
    }

    /**
     * @param settings     for the what-if load itself
     * @param rampSettings for each step of the ramp
     * @param progress     told what is being simulated
     */
    public static Result run(CapacityPlan plan, UserLoad whatIf, SimulationSettings settings, SimulationSettings rampSettings,
            Consumer<String> progress) {
        LoadRamp ramp = new LoadRamp(plan.load(), whatIf);
        Optional<Breach> first = Optional.empty();
        for (int step = 0; step <= RAMP_STEPS && first.isEmpty(); step++) {
            double share = (double) step / RAMP_STEPS;
            UserLoad load = ramp.at(share);
            progress.accept("what-if ramp " + step * 100 / RAMP_STEPS + "%: " + ramp.describe(load));
            SimulationReport atStep = Simulator.simulate(plan, load, rampSettings, message -> { });
            first = worstMiss(atStep).map(check -> new Breach(check, share, load, ramp.describe(load)));
        }
        progress.accept("what-if load: " + ramp.describe(whatIf));
        SimulationReport report = Simulator.simulate(plan, whatIf, settings, progress);
        if (first.isEmpty()) {
            // The full-precision run can still tip a target the lighter ramp runs kept.
            first = worstMiss(report).map(check -> new Breach(check, 1, whatIf, ramp.describe(whatIf)));
        }
        return new Result(report, first);
    }

    private static Optional<TargetCheck> worstMiss(SimulationReport report) {
        List<TargetCheck> missed = new ArrayList<>(report.missedTargets());
        return missed.stream().max(Comparator.comparingDouble(TargetCheck::ratio));
    }
}
