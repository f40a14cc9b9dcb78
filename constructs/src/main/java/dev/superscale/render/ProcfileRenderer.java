package dev.superscale.render;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.WorkerGroupPlan;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Renders the processes as a Procfile (foreman, honcho, Heroku format: "type: command", run by /bin/sh): the
 * migrations as {@code release} (run once, before the web processes start), gunicorn, one Celery worker per
 * planned queue and exactly one beat. Commands are {@link ProcessCommands}, the same on every target.
 */
public final class ProcfileRenderer {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ProcfileRenderer() {
    }

    public static String render(CapacityPlan plan) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "# Procfile rendered by Superscale for %d registered users. Run 'release' once per deployment,%n",
                plan.load().registeredUsers()));
        out.append(String.format(Locale.ROOT, "# then the rest: 'web' on each of %d-%d web machines, each worker type on its own machines,%n",
                plan.web().minReplicas().value(), plan.web().maxReplicas().value()));
        out.append("# and 'beat' exactly once in the whole deployment (two would send every report twice).\n");
        out.append("release: ").append(shell(ProcessCommands.migrations())).append('\n');
        out.append("web: ").append(shell(ProcessCommands.gunicorn(plan))).append('\n');
        for (WorkerGroupPlan group : plan.workerGroups()) {
            out.append("worker-").append(group.queue()).append(": ").append(shell(ProcessCommands.celeryWorker(group))).append('\n');
        }
        out.append("beat: ").append(shell(ProcessCommands.celeryBeat())).append('\n');
        return out.toString();
    }

    /** The command line as /bin/sh reads it back into the same arguments. */
    static String shell(List<String> argv) {
        StringBuilder out = new StringBuilder();
        for (String arg : argv) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(SAFE.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return out.toString();
    }
}
