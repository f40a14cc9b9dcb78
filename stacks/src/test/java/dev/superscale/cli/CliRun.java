package dev.superscale.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Test helper: runs the command line in-process and keeps its exit code and both streams. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Superscale.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
