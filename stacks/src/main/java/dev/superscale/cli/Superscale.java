package dev.superscale.cli;

import dev.superscale.capacity.InvalidInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code superscale} command line. Bad input ends with one line on stderr naming the
 * value and what is allowed, and exit code 2; never a stack trace.
 */
@Command(name = "superscale",
        mixinStandardHelpOptions = true,
        version = "superscale 0.1.0",
        description = "Sizes a highly available Apache Superset deployment from a user count and synthesizes it.",
        subcommands = {PlanCommand.class, SimulateCli.class, SynthCommand.class, CommandLine.HelpCommand.class})
public final class Superscale {

    public static final int USAGE_ERROR = 2;
    public static final int INTERNAL_ERROR = 1;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Superscale());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            err.println("superscale: " + firstLine(ex.getMessage()) + " (see 'superscale "
                    + commandPath(ex.getCommandLine()) + "--help')");
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InvalidInputException invalid) {
                err.println("superscale: " + String.join("; ", invalid.problems()));
                return USAGE_ERROR;
            }
            err.println("superscale: internal error: " + ex + " (please report it; SUPERSCALE_DEBUG=1 prints the trace)");
            if (System.getenv("SUPERSCALE_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String commandPath(CommandLine command) {
        String path = command.getCommandSpec().qualifiedName(" ");
        return path.equals("superscale") ? "" : path.substring("superscale ".length()) + " ";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
