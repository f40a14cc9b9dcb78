package dev.superscale.simulator;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.UserLoad;
import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * What {@code superscale simulate} runs: the simulated latency table of the plan for a load and,
 * if asked, of the same plan under a what-if load, with the target that breaks first.
 *
 * <pre>{@code
 * int status = SimulateCommand.run(UserLoad.ofUsers(10_000),
 *         UserLoad.ofUsers(20_000), System.out, System.err);
 * }</pre>
 */
public final class SimulateCommand {

    /** Exit status: the tables were printed. */
    public static final int OK = 0;
    /** Exit status: the load was refused; the reasons went to the error stream. */
    public static final int INVALID_INPUT = 2;

    /**
     * Work above which progress lines go to the error stream: about two seconds of simulation on
     * a small machine. Counted in simulated arrivals, not measured on a clock, so output is reproducible.
     */
    static final long PROGRESS_ABOVE_ARRIVALS = 10_000_000L;

    private SimulateCommand() {
    }

    /**
     * @param load            the load the plan is made for, simulated at its peak
     * @param whatIfLoadOrNull another load on the same plan, or null for none
     * @param out             the tables
     * @param err             progress lines for long runs, and input errors
     * @return {@link #OK}, or {@link #INVALID_INPUT}
     */
    public static int run(UserLoad load, UserLoad whatIfLoadOrNull, PrintStream out, PrintStream err) {
        return run(load, whatIfLoadOrNull, SimulationSettings.standard(), SimulationSettings.quick(), PROGRESS_ABOVE_ARRIVALS,
                out, err);
    }

    /**
     * How many arrivals {@link #run(UserLoad, UserLoad, PrintStream, PrintStream)} simulates for these loads: a measure of
     * its work (about 5 million a second on a small machine), known before anything runs.
     */
    public static long estimatedArrivals(UserLoad load, UserLoad whatIfLoadOrNull) {
        return arrivalsToSimulate(CapacityPlanner.planFor(load), load, whatIfLoadOrNull, SimulationSettings.standard(),
                SimulationSettings.quick());
    }

    private static long arrivalsToSimulate(CapacityPlan plan, UserLoad load, UserLoad whatIfLoadOrNull, SimulationSettings settings,
            SimulationSettings rampSettings) {
        long work = Simulator.arrivalsToSimulate(Simulator.pools(plan, load), settings);
        if (whatIfLoadOrNull != null) {
            long perStep = Simulator.arrivalsToSimulate(Simulator.pools(plan, whatIfLoadOrNull), rampSettings);
            work = Math.addExact(work, Math.addExact(Simulator.arrivalsToSimulate(Simulator.pools(plan, whatIfLoadOrNull), settings),
                    Math.multiplyExact(perStep, WhatIf.RAMP_STEPS + 1)));
        }
        return work;
    }

    static int run(UserLoad load, UserLoad whatIfLoadOrNull, SimulationSettings settings, SimulationSettings rampSettings,
            long progressAboveArrivals, PrintStream out, PrintStream err) {
        try {
            CapacityPlan plan = CapacityPlanner.planFor(load);
            long work = arrivalsToSimulate(plan, load, whatIfLoadOrNull, settings, rampSettings);
            boolean longRun = work > progressAboveArrivals;
            Consumer<String> progress = longRun ? message -> err.println("simulating " + message) : message -> { };
            if (longRun) {
                err.printf("simulating about %d million arrivals%n", Math.max(1, work / 1_000_000));
            }
            SimulationReport report = Simulator.simulate(plan, load, settings, progress);
            out.print(report.toTable());
            if (whatIfLoadOrNull != null) {
                WhatIf.Result whatIf = WhatIf.run(plan, whatIfLoadOrNull, settings, rampSettings, progress);
                out.println();
                out.print(whatIf.toText());
            }
            out.flush();
            return OK;
        } catch (InvalidInputException e) {
            for (String problem : e.problems()) {
                err.println("error: " + problem);
            }
            return INVALID_INPUT;
        }
    }
}
