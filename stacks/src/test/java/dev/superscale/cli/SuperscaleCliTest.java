package dev.superscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.UserLoad;
import org.junit.jupiter.api.Test;

class SuperscaleCliTest {

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void planPrintsEveryNumberWithItsReasonAndTheConnectionBudget() {
        CliRun run = run("plan", "--users", "10000");
        CapacityPlan plan = CapacityPlanner.planFor(UserLoad.ofUsers(10_000));
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("capacity plan for 10,000 registered users")
                .contains("Connection budget")
                .containsPattern("Total client connections +" + plan.connectionBudget().totalClientConnections().value() + " connections")
                .containsPattern("Server pool per bouncer +" + plan.pgBouncer().defaultPoolSize().value() + " connections")
                .containsPattern("Peak replicas +" + plan.web().peakReplicas().value() + " replicas +max of:")
                .contains("Celery worker group 'interactive'")
                .contains("Celery worker group 'reports'")
                .contains(plan.redisBroker().evictionPolicy().reason());
    }

    @Test
    void jsonCarriesTheSameNumbersAsThePlan() throws Exception {
        CliRun run = run("plan", "--users", "10000", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        CapacityPlan plan = CapacityPlanner.planFor(UserLoad.ofUsers(10_000));
        assertThat(json.at("/web/maxReplicas/value").asLong()).isEqualTo(plan.web().maxReplicas().value());
        assertThat(json.at("/web/maxReplicas/reason").asText()).isEqualTo(plan.web().maxReplicas().reason());
        assertThat(json.at("/connectionBudget/maxConnections/value").asLong()).isEqualTo(plan.postgres().maxConnections().value());
        assertThat(json.at("/workerGroups/0/queue").asText()).isEqualTo("interactive");
        assertThat(json.at("/chartQueryMode").asText()).isEqualTo("ASYNC_ON_CELERY");
    }

    @Test
    void aPresetIsTheSameAsItsUserCount() {
        assertThat(run("plan", "--preset", "10k").out()).isEqualTo(run("plan", "--users", "10000").out());
    }

    @Test
    void overridesChangeThePlan() {
        String base = run("plan", "--users", "10000", "--json").out();
        CliRun lowerHit = run("plan", "--users", "10000", "--cache-hit", "0.6", "--json");
        assertThat(lowerHit.exitCode()).isZero();
        assertThat(lowerHit.out()).isNotEqualTo(base).contains("\"cacheHitRatio\" : 0.6");
        assertThat(run("plan", "--users", "10000", "--chart-queries", "sync").out()).contains("set explicitly");
    }

    // Bad input, exit codes and the disk state after each: SafetyMatrixTest holds that matrix.

    @Test
    void helpDescribesTheCommands() {
        CliRun run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("plan").contains("Sizes a highly available Apache Superset deployment");
        CliRun planHelp = run("plan", "--help");
        assertThat(planHelp.out()).contains("--users=N").contains("--cache-hit=RATIO").contains("Examples:");
    }

    @Test
    void simulateShowsThePlanMeetingItsTargetsAndWhereAWhatIfBreaks() {
        CliRun run = run("simulate", "--users", "10000", "--what-if-cache-hit", "0.6");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("interactive").contains("p95").contains("breaks first");
        assertThat(run("simulate", "--users", "10000").out()).isEqualTo(run("simulate", "--users", "10000").out());
    }
}
