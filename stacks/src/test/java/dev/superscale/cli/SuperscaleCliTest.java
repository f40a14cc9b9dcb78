package dev.superscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.UserLoad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "plan --users 0               | --users 0 is outside 10..200000",
        "plan --users -5              | --users -5 is outside 10..200000",
        "plan --users abc             | --users 'abc' is not a whole number from 10 to 200000",
        "plan --users 99999999999999  | --users 99999999999999 is outside 10..200000",
        "plan --users 1e4             | --users '1e4' is not a whole number",
        "plan --users 200001          | --users 200001 is outside 10..200000",
        "plan --preset 5k             | unknown preset '5k': allowed are 100, 1k, 10k, 50k",
        "plan --users 100 --bogus     | Unknown option: '--bogus'",
        "plan --users                 | Missing required parameter for option '--users'",
        "plan                         | --users N or --preset NAME is required",
        "plan --users 10 --preset 1k  | give --users or --preset, not both",
        "plan --users 100 --cache-hit 1.5 | --cache-hit 1.5 is outside 0..0.99",
        "plan --users 100 --cache-hit lots | --cache-hit 'lots' is not a decimal number from 0 to 0.99",
        "plan --users 100 --chart-queries maybe | --chart-queries 'maybe' is not allowed: use sync or async",
        "plan --users 100 --query-mean 2 --query-p95 1 | chart query p95 seconds 1 must be above the mean (2)",
        "frobnicate                   | Unmatched argument at index 0: 'frobnicate'",
        "simulate --users 10000 --what-if-users 0 | --what-if-users 0 is outside 10..200000",
        "simulate --users 10000 --what-if-active-share x | --what-if-active-share 'x' is not a decimal number above 0 and at most 1",
        "simulate --users 10000 --what-if-cache-hit 2 | --what-if-cache-hit 2 is outside 0..0.99",
        "simulate --users ten         | --users 'ten' is not a whole number",
    })
    void badInputGetsOneClearLineAndExitCodeTwo(String args, String message) {
        CliRun run = run(args.trim().split("\\s+"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("superscale: ").contains(message);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

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
