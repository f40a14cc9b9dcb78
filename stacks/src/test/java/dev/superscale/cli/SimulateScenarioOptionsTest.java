package dev.superscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code simulate --bursty / --zone-loss / --day / --platform}: what they print, and one line for bad input. */
class SimulateScenarioOptionsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--zone-loss 0     | --zone-loss 0 is outside 1..1440",
        "--zone-loss soon  | --zone-loss 'soon' is not a whole number from 1 to 1440",
        "--platform gke    | --platform 'gke' is not allowed: use aws or k8s",
        "--day /nonexistent/day.csv | --day /nonexistent/day.csv cannot be read",
    })
    void badScenarioOptionsGetOneLineAndExitCodeTwo(String option, String message) {
        String[] args = ("simulate --preset 100 " + option.strip()).split("\\s+");
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("superscale: ").contains(message);
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void aDayCurveWithABadLineIsRefusedNamingTheLine() throws Exception {
        Path csv = dir.resolve("day.csv");
        Files.writeString(csv, "0.01\n0.02\nnoon\n");
        CliRun run = CliRun.of("simulate", "--preset", "100", "--day", csv.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("day.csv line 3: 'noon' is not a number");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void aUserCurveRunsTheDayAndSaysSo() throws Exception {
        Path csv = dir.resolve("flat.csv");
        Files.writeString(csv, "0.03\n".repeat(1_440));
        CliRun run = CliRun.of("simulate", "--preset", "100", "--day", csv.toString(), "--zone-loss", "5", "--platform", "k8s");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Day: 100 users over 24 h of the flat.csv curve").contains("Zone loss: 100 users")
                .contains("Kubernetes");
        assertThat(run.err()).contains("simulating day: 24:00 of 24 simulated hours");
    }
}
