package dev.superscale.cli;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.PlanFeasibility;
import dev.superscale.capacity.UserLoad;
import dev.superscale.render.ApplicationFiles;
import dev.superscale.render.NginxBinding;
import dev.superscale.render.PgBouncerBinding;
import dev.superscale.render.SupersetVersion;
import dev.superscale.stacks.OutputFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code superscale render}: the application layer alone, for Superset on machines Superscale does not provision. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Writes the application layer sized for a user load into a folder, all or nothing: superset_config.py,",
                "pgbouncer.ini and its userlist format, the broker and cache redis.conf, nginx.conf (least_conn upstream)",
                "and a Procfile with the migration, gunicorn, Celery worker and beat command lines."},
        footer = {"", "Examples:", "  superscale render --users 10000 --out superset-10k",
                "  superscale render --preset 1k --out conf --database-host db.internal --web-servers 10.0.1.10:8088,10.0.2.10:8088"})
final class RenderCommand implements Callable<Integer> {

    @Mixin
    LoadOptions load;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = {"Folder to write, replaced as a whole.",
            "Refused: the working folder or above it, home, a repository root, and a non-empty folder that is not",
            "a previous Superscale output (marked by its " + OutputFolder.MARKER + " file)."})
    String out;

    @Option(names = "--force", description = "Replace a non-empty --out that is not a previous Superscale output (the other refusals stay).")
    boolean force;

    @Option(names = "--database-host", paramLabel = "HOST", description = "PostgreSQL host PgBouncer connects to (default ${DEFAULT-VALUE}).")
    String databaseHost = "127.0.0.1";

    @Option(names = "--web-servers", paramLabel = "HOST:PORT,...", split = ",",
            description = "Every gunicorn nginx balances (default ${DEFAULT-VALUE}).")
    List<String> webServers = new ArrayList<>(List.of("127.0.0.1:8088"));

    @ParentCommand
    Superscale root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        UserLoad userLoad = null;
        try {
            userLoad = load.toUserLoad();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(OutputFolder.problems(out, "--out", force, root.surroundings));
        PgBouncerBinding pgBouncer = null;
        NginxBinding nginx = null;
        try {
            pgBouncer = PgBouncerBinding.forDatabase(databaseHost);
        } catch (IllegalArgumentException e) {
            problems.add("--database-host '" + databaseHost + "' is not allowed: " + e.getMessage());
        }
        try {
            NginxBinding defaults = NginxBinding.defaults();
            nginx = new NginxBinding(defaults.listenAddress(), defaults.listenPort(), webServers, defaults.logDirectory());
        } catch (IllegalArgumentException e) {
            problems.add("--web-servers '" + String.join(",", webServers) + "' is not allowed: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CapacityPlan plan = PlanFeasibility.require(CapacityPlanner.planFor(userLoad));
        SortedMap<String, String> files = ApplicationFiles.render(plan, pgBouncer, nginx);
        Path written = OutputFolder.replace(Path.of(out), force, root.surroundings, staging -> {
            for (var file : files.entrySet()) {
                Files.writeString(staging.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            return OutputFolder.resolve(out, root.surroundings);
        });
        spec.commandLine().getOut().printf(Locale.ROOT, "superscale: wrote %s (%s) for %,d registered users, Superset %s%n",
                written, String.join(", ", files.keySet()), userLoad.registeredUsers(), SupersetVersion.VERSION);
        return 0;
    }
}
