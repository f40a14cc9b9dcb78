package dev.superscale.simulator;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Format;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.UserLoad;
import dev.superscale.cost.DayCost;
import dev.superscale.cost.DayCostText;
import dev.superscale.cost.PriceTable;
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
     * The day's compute priced at its replica-hours (the cost issue's "a day at the simulated replica-hours"):
     * in {@code simulate --day}, not in {@code plan}, because the day is a simulation of every request of
     * 24 hours (2 s at 10,000 users, 6 s at 50,000, growing with the load), where a plan takes milliseconds.
     */
    static String dayCost(ScenarioReport day, PriceTable table) {
        String what = Format.format("%,d users, the %s curve, %s", day.plan().load().registeredUsers(), day.scenario().curve().name(),
                day.scenario().platform().label());
        String prices = Format.format("%s, rows read %s or later", table.source(), table.oldestRead());
        return DayCostText.render(DayCost.forPlan(day.plan(), table, day.replicaHoursByComponent()), what, prices);
    }

    static java.util.List<Scenario> scenarios(CapacityPlan plan, ScenarioOptions options) {
        java.util.List<Scenario> list = new java.util.ArrayList<>();
        if (options.bursty()) {
            list.add(Scenario.bursts());
            list.add(Scenario.bursts().withBursty(false));
        }
        if (options.zoneLossMinutes() > 0) {
            list.add(Scenario.zoneLoss(options.zoneLossMinutes()).withPlatform(options.platform()));
        }
        if (options.day()) {
            LoadCurve curve = options.curveOrNull() != null ? options.curveOrNull()
                    : LoadCurve.workingDay(plan.load().peakActiveShare());
            list.add(Scenario.day(curve).withPlatform(options.platform()));
        }
        return list;
    }

    /**
     * @param load            the load the plan is made for, simulated at its peak
     * @param whatIfLoadOrNull another load on the same plan, or null for none
     * @param out             the tables
     * @param err             progress lines for long runs, and input errors
     * @return {@link #OK}, or {@link #INVALID_INPUT}
     */
    public static int run(UserLoad load, UserLoad whatIfLoadOrNull, PrintStream out, PrintStream err) {
        return run(load, whatIfLoadOrNull, ScenarioOptions.NONE, out, err);
    }

    /** As {@link #run(UserLoad, UserLoad, PrintStream, PrintStream)}, then the scenarios asked for, each as its own table. */
    public static int run(UserLoad load, UserLoad whatIfLoadOrNull, ScenarioOptions scenarios, PrintStream out, PrintStream err) {
        return run(load, whatIfLoadOrNull, scenarios, SimulationSettings.standard(), SimulationSettings.quick(), PROGRESS_ABOVE_ARRIVALS,
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
        return run(load, whatIfLoadOrNull, ScenarioOptions.NONE, settings, rampSettings, progressAboveArrivals, out, err);
    }

    static int run(UserLoad load, UserLoad whatIfLoadOrNull, ScenarioOptions scenarios, SimulationSettings settings,
            SimulationSettings rampSettings, long progressAboveArrivals, PrintStream out, PrintStream err) {
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
            for (Scenario scenario : scenarios(plan, scenarios)) {
                // Every scenario replays minutes to hours of every pool: always worth a progress line.
                err.println("simulating " + scenario.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + (scenario.bursty() ? "" : " (independent arrivals)"));
                ScenarioReport replay = ScenarioSimulator.run(plan, scenario, hour -> err.println("simulating day: " + hour));
                out.println();
                out.print(replay.toTable());
                if (scenario.kind() == Scenario.Kind.DAY) {
                    out.print(dayCost(replay, PriceTable.bundled()));
                }
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
