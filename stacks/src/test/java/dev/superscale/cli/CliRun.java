package dev.superscale.cli;

import dev.superscale.stacks.OutputFolder;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Test helper: runs the command line in-process and keeps its exit code and both streams. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        return in(OutputFolder.Surroundings.ofThisProcess(), args);
    }

    /** As if started in {@code surroundings}: a test's own working folder, home and environment. */
    public static CliRun in(OutputFolder.Surroundings surroundings, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Superscale.run(args, new PrintWriter(out), new PrintWriter(err), surroundings);
        return new CliRun(code, out.toString(), err.toString());
    }
}
