package dev.superscale.cli;

import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.PlanFeasibility;
import dev.superscale.capacity.UserLoad;
import dev.superscale.simulator.SimulateCommand;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code superscale simulate}: the plan's pools in a seeded discrete-event simulation, and a what-if load. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulates the plan for a load at its peak (seeded, deterministic): p50/p95/p99 queue wait and latency,",
                "utilization and peak queue depth per pool, and how often each alert would fire.",
                "With a --what-if option, runs the same plan under another load and names the target that breaks first."},
        footer = {"", "Examples:", "  superscale simulate --users 10000",
                "  superscale simulate --users 10000 --what-if-cache-hit 0.6",
                "  superscale simulate --preset 10k --what-if-users 20000"})
final class SimulateCli implements Callable<Integer> {

    @Mixin
    LoadOptions load;

    @Option(names = "--what-if-users", paramLabel = "N", description = "The same plan under this many registered users.")
    String whatIfUsers;

    @Option(names = "--what-if-cache-hit", paramLabel = "RATIO", description = "The same plan under this cache hit ratio.")
    String whatIfCacheHit;

    @Option(names = "--what-if-active-share", paramLabel = "RATIO", description = "The same plan under this peak active share.")
    String whatIfActiveShare;

    /** About 40 s on a small machine (the simulator does about 5 million arrivals a second). */
    static final long DEFAULT_MAX_ARRIVALS = 200_000_000L;
    static final NumericOption MAX_ARRIVALS = NumericOption.whole("--max-arrivals", 1_000_000, 100_000_000_000L);

    @Option(names = "--max-arrivals", paramLabel = "N",
            description = "Refuse to run when the simulation would take more arrivals than this (default 200000000, about 40 s).")
    String maxArrivals;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        UserLoad.Builder plannedBuilder = load.builder(problems);
        UserLoad.Builder whatIfBuilder = whatIfBuilder(plannedBuilder, problems);
        Double cap = maxArrivals == null ? Double.valueOf(DEFAULT_MAX_ARRIVALS) : MAX_ARRIVALS.parse(maxArrivals, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UserLoad planned = plannedBuilder.build();
        UserLoad whatIf = whatIfBuilder == null ? null : whatIfBuilder.build();
        // The plan is simulated as planned: one that cannot be built or misses its targets is refused first.
        PlanFeasibility.require(CapacityPlanner.planFor(planned));
        long arrivals = SimulateCommand.estimatedArrivals(planned, whatIf);
        if (arrivals > cap) {
            throw new InvalidInputException(String.format(Locale.ROOT, "this simulation would take about %,d arrivals (about %d s), "
                    + "above the cap of %,d: raise it with --max-arrivals %d, or simulate a smaller load",
                    arrivals, Math.max(1, arrivals / 5_000_000), Math.round(cap), arrivals));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (PrintStream outStream = lineStream(out); PrintStream errStream = lineStream(err)) {
            return SimulateCommand.run(planned, whatIf, outStream, errStream);
        }
    }

    /** The what-if load's builder, every bad value added to {@code problems}; null when no what-if option is given. */
    private UserLoad.Builder whatIfBuilder(UserLoad.Builder planned, List<String> problems) {
        if (whatIfUsers == null && whatIfCacheHit == null && whatIfActiveShare == null) {
            return null;
        }
        List<String> own = new ArrayList<>();
        UserLoad.Builder builder = UserLoad.builder(UserLoad.MIN_USERS);
        Integer users = whatIfUsers == null ? null : LoadOptions.users("--what-if-users", whatIfUsers, own);
        Double cacheHit = whatIfCacheHit == null ? null
                : NumericOption.from("--what-if-cache-hit", LoadOptions.CACHE_HIT.min(), LoadOptions.CACHE_HIT.max()).parse(whatIfCacheHit, own);
        Double activeShare = whatIfActiveShare == null ? null
                : NumericOption.above("--what-if-active-share", LoadOptions.ACTIVE_SHARE.min(), LoadOptions.ACTIVE_SHARE.max())
                        .parse(whatIfActiveShare, own);
        problems.addAll(own);
        if (!problems.isEmpty()) {
            return builder;
        }
        builder = planned.build().toBuilder();
        if (users != null) {
            builder.registeredUsers(users);
        }
        if (cacheHit != null) {
            builder.cacheHitRatio(cacheHit);
        }
        if (activeShare != null) {
            builder.peakActiveShare(activeShare);
        }
        return builder;
    }

    /** A PrintStream that hands whole lines to a writer, so progress shows as it happens. */
    private static PrintStream lineStream(PrintWriter writer) {
        OutputStream lines = new OutputStream() {
            private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

            @Override
            public void write(int b) {
                pending.write(b);
                if (b == '\n') {
                    flush();
                }
            }

            @Override
            public void flush() {
                writer.write(pending.toString(StandardCharsets.UTF_8));
                writer.flush();
                pending.reset();
            }
        };
        return new PrintStream(lines, true, StandardCharsets.UTF_8);
    }
}
