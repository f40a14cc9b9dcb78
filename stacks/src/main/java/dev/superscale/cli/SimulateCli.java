package dev.superscale.cli;

import dev.superscale.capacity.InvalidInputException;
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
        UserLoad planned = load.toUserLoad();
        UserLoad whatIf = whatIfLoad(planned);
        ScenarioOptions scenarios = scenarioOptions();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (PrintStream outStream = lineStream(out); PrintStream errStream = lineStream(err)) {
            return SimulateCommand.run(planned, whatIf, scenarios, outStream, errStream);
        }
    }

    /** The scenarios asked for, validated (and the day's file read) before anything runs. */
    private ScenarioOptions scenarioOptions() {
        int lossMinutes = 0;
        if (zoneLossMinutes != null) {
            try {
                lossMinutes = Integer.parseInt(zoneLossMinutes.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("--zone-loss '" + zoneLossMinutes + "' is not a whole number of minutes: use 1 to 1440");
            }
            if (lossMinutes < 1 || lossMinutes > 1_440) {
                throw new InvalidInputException("--zone-loss " + lossMinutes + " is outside the supported range: use 1 to 1440 minutes");
            }
        }
        TargetPlatform target = TargetPlatform.ECS;
        if (platform != null) {
            target = switch (platform) {
                case "aws" -> TargetPlatform.ECS;
                case "k8s" -> TargetPlatform.KUBERNETES;
                default -> throw new InvalidInputException("--platform '" + platform + "' is not allowed: use aws or k8s");
            };
        }
        LoadCurve curve = null;
        if (day != null && !day.isEmpty()) {
            Path file = Path.of(day);
            try {
                curve = LoadCurve.parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
            } catch (IOException | UncheckedIOException e) {
                throw new InvalidInputException("--day " + day + " cannot be read: give a CSV of 1440 active shares, one per minute");
            }
        }
        return new ScenarioOptions(bursty, lossMinutes, day != null, curve, target);
    }

    /** The what-if load, validated before anything runs; null when no what-if option is given. */
    private UserLoad whatIfLoad(UserLoad planned) {
        if (whatIfUsers == null && whatIfCacheHit == null && whatIfActiveShare == null) {
            return null;
        }
        UserLoad.Builder builder = planned.toBuilder();
        if (whatIfUsers != null) {
            builder.registeredUsers(LoadOptions.parseUsers("--what-if-users", whatIfUsers));
        }
        List<String> problems = new ArrayList<>();
        LoadOptions.decimal(problems, "--what-if-cache-hit", whatIfCacheHit, builder::cacheHitRatio);
        LoadOptions.decimal(problems, "--what-if-active-share", whatIfActiveShare, builder::peakActiveShare);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return builder.build();
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
