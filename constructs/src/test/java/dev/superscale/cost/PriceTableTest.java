package dev.superscale.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceTableTest {

    @TempDir
    Path dir;

    @Test
    void bundledTableCoversAwsUsEast1AndGcpUsCentral1WithASourceAndDatePerRow() {
        PriceTable table = PriceTable.bundled();
        assertThat(table.targets()).extracting(PriceTable.PricedTarget::id, PriceTable.PricedTarget::region)
                .contains(org.assertj.core.groups.Tuple.tuple("aws", "us-east-1"), org.assertj.core.groups.Tuple.tuple("gcp", "us-central1"));
        assertThat(table.rows()).allSatisfy(row -> {
            assertThat(row.source()).startsWith("https://");
            assertThat(LocalDate.parse(row.read())).isBeforeOrEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(row.region()).isEqualTo(row.target().equals("aws") ? "us-east-1" : "us-central1");
        });
        for (String target : new String[] {"aws", "gcp"}) {
            for (PricedService service : new PricedService[] {PricedService.CONTAINER, PricedService.DATABASE, PricedService.DATABASE_STORAGE,
                    PricedService.LOAD_BALANCER, PricedService.NAT_GATEWAY, PricedService.EGRESS}) {
                assertThat(table.has(target, service)).as(target + " " + service).isTrue();
            }
        }
    }

    @Test
    void aUsersTableIsLoadedFromAFile() throws Exception {
        Path file = write(table(row("\"usd\": 0.05")));
        PriceTable loaded = PriceTable.load(file);
        assertThat(loaded.rows()).singleElement().satisfies(r -> {
            assertThat(r.usd()).isEqualTo(0.05);
            assertThat(r.service()).isEqualTo(PricedService.CONTAINER);
        });
        assertThat(loaded.source()).isEqualTo("--prices " + file);
    }

    @Test
    void aBadFieldIsNamedWithItsRowOnOneLine() throws Exception {
        expectProblem(table(row("\"usd\": \"cheap\"")), "row 1 (my-row): field 'usd' must be a number");
        expectProblem(table(row("\"usd\": 0")), "row 1 (my-row): field 'usd' must be above 0");
        expectProblem(table(row("\"usd\": 1, \"read\": \"yesterday\"").replace("\"read\": \"2026-12-01\", ", "")),
                "row 1 (my-row): field 'read' must be the date the price was read as YYYY-MM-DD, got 'yesterday'");
        expectProblem(table(row("\"usd\": 1").replace("\"service\": \"container\"", "\"service\": \"gpu\"")),
                "row 1 (my-row): field 'service' 'gpu' is not one of container, machine");
        expectProblem(table(row("\"usd\": 1, \"colour\": \"red\"")), "row 1 (my-row): unknown field 'colour'");
        expectProblem(table(row("\"usd\": 1").replace("\"source\": \"https://example.com/prices\"", "\"source\": \"memory\"")),
                "row 1 (my-row): field 'source' must be the https:// address");
        expectProblem(table(row("\"usd\": 1").replace("\"target\": \"aws\"", "\"target\": \"azure\"")),
                "row 1 (my-row): field 'target' 'azure' is not listed in 'targets'");
        expectProblem(table(row("\"usd\": 1") + ", " + row("\"usd\": 2")), "row 2 (my-row): field 'id' repeats an earlier row's id");
        expectProblem(table(row("\"usd\": 1").replace("\"estimate\": false, ", "")), "row 1 (my-row): field 'estimate' is required");
    }

    @Test
    void brokenJsonNamesTheLine() throws Exception {
        expectProblem("{\n  \"schema\": 1,\n  \"rows\": [ oops ]\n}", "not valid JSON at line 3");
    }

    @Test
    void aMissingFileIsOneLine() {
        assertThatThrownBy(() -> PriceTable.load(dir.resolve("absent.json"))).isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("absent.json: no such file");
    }

    private void expectProblem(String json, String expected) throws Exception {
        Path file = write(json);
        assertThatThrownBy(() -> PriceTable.load(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--prices " + file + ": ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private Path write(String json) throws Exception {
        Path file = Files.createTempFile(dir, "prices", ".json");
        Files.writeString(file, json);
        return file;
    }

    static String table(String rows) {
        return "{\"schema\": 1, \"currency\": \"USD\", \"hoursPerMonth\": 730, \"targets\": [{\"id\": \"aws\", \"region\": \"eu-west-1\", "
                + "\"name\": \"AWS\"}], \"rows\": [" + rows + "]}";
    }

    static String row(String extra) {
        return "{\"id\": \"my-row\", \"target\": \"aws\", \"region\": \"eu-west-1\", \"service\": \"container\", \"unit\": \"vcpu-hour\", "
                + "\"source\": \"https://example.com/prices\", \"read\": \"2026-12-01\", \"estimate\": false, " + extra + "}";
    }
}
