package dev.superscale.cli;

import dev.superscale.capacity.InfeasiblePlanException;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.stacks.EnvironmentFault;
import dev.superscale.stacks.OutputFolder;
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
    /** A valid load whose plan cannot be built or cannot meet its targets: exit 3 with the reason and what to change. */
    public static final int INFEASIBLE_PLAN = 3;
    /** A fault of the machine (no Node.js, a full disk, an unwritable folder): exit 1 with the cause, no trace. */
    public static final int ENVIRONMENT_FAULT = 1;

    /** The working folder, home and environment the subcommands resolve paths and find tools in. */
    final OutputFolder.Surroundings surroundings;

    private Superscale(OutputFolder.Surroundings surroundings) {
        this.surroundings = surroundings;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, OutputFolder.Surroundings.ofThisProcess());
    }

    /** Runs the command line as if started in {@code surroundings} (working folder, home, environment). */
    public static int run(String[] args, PrintWriter out, PrintWriter err, OutputFolder.Surroundings surroundings) {
        CommandLine cli = new CommandLine(new Superscale(surroundings));
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
            if (ex instanceof InfeasiblePlanException infeasible) {
                err.println("superscale: " + String.join("; ", infeasible.problems()));
                return INFEASIBLE_PLAN;
            }
            if (ex instanceof EnvironmentFault fault) {
                err.println("superscale: " + fault.getMessage());
                return ENVIRONMENT_FAULT;
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
