package dev.superscale.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.UserLoad;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SimulateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    @Test
    void printsTheLatencyTableOfThePlan() {
        int status = SimulateCommand.run(UserLoad.ofUsers(100), null, stream(out), stream(err));
        assertThat(status).isEqualTo(SimulateCommand.OK);
        assertThat(out()).contains("Simulated peak hour: 100 users on the plan for 100 users")
                .contains("wait p95 (95% CI)").contains("latency p95").contains("web (2 x 32 threads)")
                .contains("interactive (").contains("reports (").contains("Every target is met.")
                .doesNotContain("breaks first at:");
        assertThat(err()).as("a short run prints no progress").isEmpty();
    }

    @Test
    void printsTheWhatIfTableAndWhatBreaksFirst() {
        // The 1k plan keeps HA minimums far above its load: it takes many times the users to break it.
        UserLoad load = UserLoad.ofUsers(1_000);
        int status = SimulateCommand.run(load, load.toBuilder().registeredUsers(50_000).build(), stream(out), stream(err));
        assertThat(status).isEqualTo(SimulateCommand.OK);
        assertThat(out()).contains("Simulated peak hour: 50000 users on the plan for 1000 users (what-if load)")
                .containsPattern("breaks first at: \\S+ p95 (queue wait|latency) .* target at users \\d+");
    }

    @Test
    void longRunsPrintProgressToTheErrorStream() {
        UserLoad load = UserLoad.ofUsers(100);
        int status = SimulateCommand.run(load, null, SimulationSettings.quick(), SimulationSettings.quick(), 0,
                stream(out), stream(err));
        assertThat(status).isEqualTo(SimulateCommand.OK);
        assertThat(err()).startsWith("simulating about").contains("simulating web (2 x 32 threads)");
        assertThat(out()).doesNotContain("simulating");
    }

    @Test
    void runsTheScenariosAskedForWithProgressOnTheErrorStream() {
        ScenarioOptions scenarios = new ScenarioOptions(true, 5, true, null, TargetPlatform.KUBERNETES);
        int status = SimulateCommand.run(UserLoad.ofUsers(100), null, scenarios, stream(out), stream(err));
        assertThat(status).isEqualTo(SimulateCommand.OK);
        assertThat(out()).contains("Bursts: 100 users").contains("independent Poisson arrivals").contains("model batched")
                .contains("Zone loss: 100 users").contains("one of 2 zones lost at minute 10 for 5 minutes").contains("Kubernetes")
                .contains("Day: 100 users over 24 h of the working day curve").contains("Replica-hours over the day")
                .contains("Monthly compute cost at the simulated day's replica-hours").contains("worker-interactive");
        assertThat(err()).contains("simulating bursts").contains("simulating zone loss").contains("simulating day: 12:00");
    }
}
