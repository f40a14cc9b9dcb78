package dev.superscale.bench;

import dev.superscale.cli.Superscale;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every preset tier x target synthesized by the command line's own code in one JVM (one jsii Node process), so
 * bench/ratios.sh can set the cost of the whole matrix against one tier's process. Usage: EveryTierInOneProcess OUT_DIR
 * [ENDPOINT_OPTION...]: the k8s endpoint options are passed to the k8s and all targets. Each synth's seconds go to stderr;
 * any non-zero exit stops the run with that exit code.
 */
public final class EveryTierInOneProcess {

    static final List<String> PRESETS = List.of("100", "1k", "10k", "50k");
    static final List<String> TARGETS = List.of("aws", "k8s", "all");

    private EveryTierInOneProcess() {
    }

    public static void main(String[] args) {
        Path base = Path.of(args[0]);
        List<String> endpoints = List.of(args).subList(1, args.length);
        for (String preset : PRESETS) {
            for (String target : TARGETS) {
                List<String> command = new ArrayList<>(List.of("synth", "--preset", preset, "--target", target,
                        "--out", base.resolve(preset + "-" + target).toString()));
                if (!target.equals("aws")) {
                    command.addAll(endpoints);
                }
                StringWriter err = new StringWriter();
                long start = System.nanoTime();
                int code = Superscale.run(command.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
                System.err.printf(Locale.ROOT, "%-26s %6.2f s%n", "synth --preset " + preset + " --target " + target,
                        (System.nanoTime() - start) / 1e9);
                if (code != 0) {
                    System.err.print(err);
                    System.exit(code);
                }
            }
        }
    }
}
