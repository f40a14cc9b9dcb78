package dev.superscale.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.UserLoad;
import dev.superscale.cost.CostReport;
import dev.superscale.cost.PriceTable;
import dev.superscale.topology.Component;
import dev.superscale.topology.SupersetTopology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    static final CapacityPlan PLAN = CapacityPlanner.planFor(UserLoad.ofUsers(10_000));

    @TempDir
    static Path shared;

    static Path report;
    static List<String> progress = new ArrayList<>();

    @BeforeAll
    static void writeOnce() {
        report = shared.resolve("report-10k");
        ReportWriter.write(PLAN, "PLAN TEXT", PriceTable.bundled(), report, progress::add);
    }

    @Test
    void writesTheMarkdownTheHtmlAndEverySvg() throws Exception {
        try (var files = Files.list(report)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrderElementsOf(ReportWriter.FILES);
        }
        String md = Files.readString(report.resolve(ReportWriter.MARKDOWN));
        assertThat(md).contains("```mermaid\nflowchart LR").contains("![topology diagram](topology.svg)")
                .contains("](cost-per-user.svg)").contains("](latency-vs-load.svg)").contains("PLAN TEXT");
        for (String svg : List.of(ReportWriter.TOPOLOGY_SVG, ReportWriter.COST_CHART_SVG, ReportWriter.LATENCY_CHART_SVG)) {
            assertThat(Files.readString(report.resolve(svg))).startsWith("<?xml").contains("<svg").contains("</svg>");
        }
        assertThat(progress).anyMatch(m -> m.startsWith("report: latency ramp"));
        assertThat(Files.getPosixFilePermissions(report)).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
    }

    @Test
    void theDiagramHasEveryComponentOfTheTopology() throws Exception {
        String md = Files.readString(report.resolve(ReportWriter.MARKDOWN));
        String svg = Files.readString(report.resolve(ReportWriter.TOPOLOGY_SVG));
        for (Component c : SupersetTopology.of(PLAN).components()) {
            assertThat(md).contains("  " + c.name().replace('-', '_') + "[\"" + c.name() + "<br/>");
            assertThat(svg).contains(">" + c.name() + "<");
        }
        // Edges follow the environment: the web tier reaches PgBouncer, the broker and the cache.
        assertThat(md).contains("web -->|SQL| pgbouncer").contains("web -->|tasks| broker").contains("web -->|cache| cache")
                .contains("pgbouncer -->|pooled SQL| postgres");
    }

    @Test
    void theCostTablesShowTheCostReportsTotals() throws Exception {
        String md = Files.readString(report.resolve(ReportWriter.MARKDOWN));
        CostReport cost = CostReport.of(PLAN, PriceTable.bundled());
        for (var target : cost.targets()) {
            assertThat(md).contains(String.format(java.util.Locale.ROOT, "| total |  | $%,.2f | $%,.2f |", target.floor(), target.peak()));
        }
        assertThat(md).contains("The guide's 10,000-user configuration beside the plan");
    }

    @Test
    void theWorkingDaysComputeIsPricedAtItsSimulatedReplicaHours() throws Exception {
        String md = Files.readString(report.resolve(ReportWriter.MARKDOWN));
        dev.superscale.simulator.ScenarioReport day = dev.superscale.simulator.ScenarioSimulator.run(PLAN,
                dev.superscale.simulator.Scenario.day(dev.superscale.simulator.LoadCurve.workingDay(PLAN.load().peakActiveShare())));
        assertThat(md).contains("## A working day at the simulated replica-hours");
        for (dev.superscale.cost.DayCost target : dev.superscale.cost.DayCost.forPlan(PLAN, PriceTable.bundled(), day.replicaHoursByComponent())) {
            assertThat(md).contains("Working-day compute: " + target.target().toUpperCase(java.util.Locale.ROOT))
                    .contains(String.format(java.util.Locale.ROOT, "| compute total |  | $%,.2f | $%,.2f | $%,.2f |", target.floor(), target.day(),
                            target.peak()));
        }
    }

    @Test
    void theSameInputsWriteTheSameBytes() throws Exception {
        Path again = shared.resolve("again");
        ReportWriter.write(PLAN, "PLAN TEXT", PriceTable.bundled(), again, m -> { });
        for (String name : ReportWriter.FILES) {
            assertThat(Files.readString(again.resolve(name))).as(name).isEqualTo(Files.readString(report.resolve(name)));
        }
        // A previous report may be overwritten in place.
        ReportWriter.write(PLAN, "PLAN TEXT", PriceTable.bundled(), again, m -> { });
    }

    @Test
    void aFolderWithOtherFilesIsRefused() throws Exception {
        Path busy = Files.createDirectories(shared.resolve("busy"));
        Files.writeString(busy.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> ReportWriter.write(PLAN, "", PriceTable.bundled(), busy, m -> { }))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--report " + busy + " holds files that are not part of a report (notes.txt): give a new or empty folder");
        assertThat(Files.readString(busy.resolve("notes.txt"))).isEqualTo("mine");
        assertThatThrownBy(() -> ReportWriter.write(PLAN, "", PriceTable.bundled(), Path.of("."), m -> { }))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is the working folder or above it");
    }
}
