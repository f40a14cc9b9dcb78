package dev.superscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.UserLoad;
import dev.superscale.cost.CostReport;
import dev.superscale.cost.CostText;
import dev.superscale.cost.PriceTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cost section of superscale plan, its JSON, and --prices. */
class PlanCostCliTest {

    @TempDir
    Path dir;

    @Test
    void planEndsWithTheCostSectionOfTheBundledTable() {
        CliRun run = CliRun.of("plan", "--users", "10000");
        assertThat(run.exitCode()).isZero();
        CapacityPlan plan = CapacityPlanner.planFor(UserLoad.ofUsers(10_000));
        assertThat(run.out()).isEqualTo(PlanTable.render(plan) + CostText.render(CostReport.of(plan, PriceTable.bundled())));
        assertThat(run.out()).contains("Monthly cost (USD; bundled prices.json").contains("AWS us-east-1").contains("GCP us-central1")
                .contains("The guide's 10,000-user configuration beside this plan");
    }

    @Test
    void jsonCarriesTheCostUnderItsOwnKey() throws Exception {
        CliRun run = CliRun.of("plan", "--preset", "50k", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        CostReport report = CostReport.of(CapacityPlanner.planFor(Preset.GLOBAL.load()), PriceTable.bundled());
        assertThat(json.at("/web/peakReplicas/value").asLong()).isPositive();
        assertThat(json.at("/cost/targets/0/target").asText()).isEqualTo("aws");
        assertThat(json.at("/cost/targets/0/peak").asDouble()).isEqualTo(report.target("aws").peak());
        assertThat(json.at("/cost/targets/1/floorPerUser").asDouble()).isEqualTo(report.target("gcp").floorPerUser());
        assertThat(json.at("/cost/prices/estimates").asLong()).isEqualTo(PriceTable.bundled().estimates());
        assertThat(CliRun.of("plan", "--preset", "50k", "--json").out()).isEqualTo(run.out());
    }

    @Test
    void aUsersPriceTableIsUsed() throws Exception {
        Path file = dir.resolve("doubled.json");
        String bundled = new String(PriceTable.class.getResourceAsStream("prices.json").readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(file, bundled.replace("\"usd\": 0.04048", "\"usd\": 0.08096"));
        CliRun run = CliRun.of("plan", "--users", "10000", "--prices", file.toString(), "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/cost/prices/source").asText()).isEqualTo("--prices " + file);
        double base = CostReport.of(CapacityPlanner.planFor(UserLoad.ofUsers(10_000)), PriceTable.bundled()).target("aws").item("web").peak();
        assertThat(json.at("/cost/targets/0/items").findValues("component").get(2).asText()).isEqualTo("web");
        assertThat(json.at("/cost/targets/0/items/2/peak").asDouble()).isGreaterThan(base * 1.5);
    }

    @Test
    void aBadPriceTableIsOneLineAndExitTwoWithNothingPrinted() throws Exception {
        Path file = dir.resolve("bad.json");
        String bundled = new String(PriceTable.class.getResourceAsStream("prices.json").readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(file, bundled.replaceFirst("\"usd\": 0.004445", "\"usd\": \"free\""));
        CliRun run = CliRun.of("plan", "--users", "10000", "--prices", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("superscale: --prices " + file + ": row 2 (aws-fargate-memory): field 'usd' must be a number of at "
                + "least 0, got \"free\"" + System.lineSeparator());

        CliRun missing = CliRun.of("plan", "--users", "10000", "--prices", dir.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("superscale: --prices ").contains("nope.json: no such file").hasLineCount(1);
    }

    @Test
    void reportWritesTheFolderAndShowsProgressOnStderr() throws Exception {
        Path out = dir.resolve("report-1k");
        CliRun run = CliRun.of("plan", "--preset", "1k", "--report", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Superscale capacity plan for 1,000 registered users");
        assertThat(run.err()).contains("report: latency ramp").contains("report: writing " + out);
        assertThat(Files.readString(out.resolve("report.md"))).contains("# Superset for 1,000 users").contains(PlanTable.render(
                CapacityPlanner.planFor(Preset.DEPARTMENT.load())).stripTrailing());
    }

    @Test
    void aReportFolderHoldingOtherFilesIsOneLineAndExitTwo() throws Exception {
        Path busy = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(busy.resolve("keep.txt"), "mine");
        CliRun run = CliRun.of("plan", "--users", "10000", "--report", busy.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("superscale: --report " + busy + " holds files that are not part of a report (keep.txt): give a new "
                + "or empty folder" + System.lineSeparator());
    }

    @Test
    void docsShowTheDefaultTiersCost() throws Exception {
        String documented = Files.readString(Path.of("..", "docs", "cost-10000-users.txt"));
        assertThat(documented).isEqualTo(CostText.render(CostReport.of(CapacityPlanner.planFor(Preset.ENTERPRISE.load()), PriceTable.bundled())));
    }
}
