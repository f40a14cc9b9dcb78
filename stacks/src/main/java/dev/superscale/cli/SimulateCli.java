package dev.superscale.cli;

import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.PlanFeasibility;
import dev.superscale.capacity.UserLoad;
import dev.superscale.simulator.LoadCurve;
import dev.superscale.simulator.ScenarioOptions;
import dev.superscale.simulator.SimulateCommand;
import dev.superscale.simulator.TargetPlatform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
                "With a --what-if option, runs the same plan under another load and names the target that breaks first.",
                "--bursty, --zone-loss and --day replay real conditions: dashboard views as batches of charts, a zone lost at",
                "peak, a day's load curve with the autoscalers and the target's start delays."},
        footer = {"", "Examples:", "  superscale simulate --users 10000",
                "  superscale simulate --preset 50k --bursty --zone-loss 30 --day",
                "  superscale simulate --preset 10k --day my-day.csv",
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
    static final NumericOption ZONE_LOSS_MINUTES = NumericOption.whole("--zone-loss", 1, 1_440);

    @Option(names = "--max-arrivals", paramLabel = "N",
            description = "Refuse to run when the simulation would take more arrivals than this (default 200000000, about 40 s).")
    String maxArrivals;

    @Option(names = "--bursty", description = "Dashboard views as batches of their charts at peak: p95 chart wait and dashboard "
            + "completion next to independent (Poisson) arrivals and the model.")
    boolean bursty;

    @Option(names = "--zone-loss", paramLabel = "MINUTES", description = "Lose one zone's replicas of every pool at peak for this "
            + "many minutes (1 to 1440): p95 during the loss and recovery time.")
    String zoneLossMinutes;

    @Option(names = "--day", arity = "0..1", paramLabel = "FILE", fallbackValue = "",
            description = "A 24-hour load curve with the autoscalers in the loop: the default working day, or a CSV of 1440 active "
                    + "shares (one per minute: 'share' or 'minute,share').")
    String day;

    @Option(names = "--platform", paramLabel = "TARGET", description = "Start delays and autoscaler sampling for --zone-loss and "
            + "--day: aws (default) or k8s.")
    String platform;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        UserLoad.Builder plannedBuilder = load.builder(problems);
        UserLoad.Builder whatIfBuilder = whatIfBuilder(plannedBuilder, problems);
        Double cap = maxArrivals == null ? Double.valueOf(DEFAULT_MAX_ARRIVALS) : MAX_ARRIVALS.parse(maxArrivals, problems);
        ScenarioOptions scenarios = scenarioOptions(problems);
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
            return SimulateCommand.run(planned, whatIf, scenarios, outStream, errStream);
        }
    }

    /** The scenarios asked for, validated (and the day's file read) before anything runs. */
    private ScenarioOptions scenarioOptions(List<String> problems) {
        int lossMinutes = 0;
        if (zoneLossMinutes != null) {
            Double minutes = ZONE_LOSS_MINUTES.parse(zoneLossMinutes, problems);
            lossMinutes = minutes == null ? 0 : minutes.intValue();
        }
        TargetPlatform target = TargetPlatform.ECS;
        if (platform != null) {
            switch (platform) {
                case "aws" -> target = TargetPlatform.ECS;
                case "k8s" -> target = TargetPlatform.KUBERNETES;
                default -> problems.add("--platform '" + platform + "' is not allowed: use aws or k8s");
            }
        }
        LoadCurve curve = null;
        if (day != null && !day.isEmpty()) {
            Path file = Path.of(day);
            try {
                curve = LoadCurve.parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
            } catch (IOException | UncheckedIOException e) {
                problems.add("--day " + day + " cannot be read: give a CSV of 1440 active shares, one per minute");
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        return new ScenarioOptions(bursty, lossMinutes, day != null, curve, target);
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
