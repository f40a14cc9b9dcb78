package dev.superscale.cli;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.PlanFeasibility;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code superscale plan}: the capacity plan as a table with reasons, or as JSON. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Prints the capacity plan for a user load: every count with the reason it has that value,",
                "the PgBouncer connection budget and the alert thresholds."},
        footer = {"", "Examples:", "  superscale plan --users 10000", "  superscale plan --preset 50k --json",
                "  superscale plan --users 10000 --cache-hit 0.6 --chart-queries sync"})
final class PlanCommand implements Callable<Integer> {

    @Mixin
    LoadOptions load;

    @Option(names = "--json", description = "Print the plan as JSON instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CapacityPlan plan = PlanFeasibility.require(CapacityPlanner.planFor(load.toUserLoad()));
        spec.commandLine().getOut().print(json ? PlanJson.write(plan) : PlanTable.render(plan));
        return 0;
    }
}
