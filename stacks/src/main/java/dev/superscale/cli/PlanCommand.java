package dev.superscale.cli;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.PlanFeasibility;
import dev.superscale.cost.CostReport;
import dev.superscale.cost.CostText;
import dev.superscale.cost.PriceTable;
import dev.superscale.report.ReportWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code superscale plan}: the capacity plan as a table with reasons, or as JSON. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Prints the capacity plan for a user load: every count with the reason it has that value,",
                "the PgBouncer connection budget, the alert thresholds and the monthly cost per target from a dated price table."},
        footer = {"", "Examples:", "  superscale plan --users 10000", "  superscale plan --preset 50k --json",
                "  superscale plan --users 10000 --cache-hit 0.6 --chart-queries sync",
                "  superscale plan --users 10000 --prices my-rates.json",
                "  superscale plan --users 10000 --report report-10k"})
final class PlanCommand implements Callable<Integer> {

    @Mixin
    LoadOptions load;

    @Option(names = "--json", description = "Print the plan as JSON instead of a table.")
    boolean json;

    @Option(names = "--prices", paramLabel = "FILE",
            description = "A price table (JSON, the bundled prices.json's format) instead of the bundled one: another region, negotiated rates.")
    String prices;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Also write a report to this new folder: report.md and report.html (plan, topology diagram, cost, charts) and SVGs.")
    String report;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CapacityPlan plan = PlanFeasibility.require(CapacityPlanner.planFor(load.toUserLoad()));
        // Loaded before anything is printed: a bad table is one line and exit 2, with no half-printed plan.
        PriceTable table = prices == null ? PriceTable.bundled() : PriceTable.load(Path.of(prices));
        CostReport cost = CostReport.of(plan, table);
        String planText = PlanTable.render(plan);
        if (report != null) {
            ReportWriter.write(plan, planText, table, Path.of(report), spec.commandLine().getErr()::println);
        }
        spec.commandLine().getOut().print(json ? PlanJson.write(plan, cost) : planText + CostText.render(cost));
        return 0;
    }
}
