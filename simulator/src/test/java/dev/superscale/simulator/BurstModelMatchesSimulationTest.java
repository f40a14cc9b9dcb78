package dev.superscale.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.QueuePrediction;
import dev.superscale.capacity.UserLoad;
import dev.superscale.capacity.WorkerGroupPlan;
import dev.superscale.capacity.Preset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With dashboard views arriving as batches of charts, the model's batched p95 wait
 * ({@code BatchArrivals}) is within 10% of the simulated one wherever it claims a prediction,
 * and the Poisson figure it corrects is well below the simulation there. The planner sizes the web
 * threads and the interactive processes with this model, so these are the pools it claims figures for.
 */
class BurstModelMatchesSimulationTest {

    /** Four simulated hours of steady bursty peak: enough interactive waits for a stable p95. */
    private static final int MEASURED_MINUTES = 240;

    @Test
    void batchedP95IsWithinTenPercentWhereverTheModelClaimsOne() {
        List<String> checked = new ArrayList<>();
        // Every preset and 20k (where Poisson sizing missed under bursts), web and interactive, each at peak and one replica fewer.
        List<Integer> users = new ArrayList<>(Arrays.stream(Preset.values()).map(Preset::registeredUsers).toList());
        users.add(20_000);
        for (int count : users) {
            CapacityPlan plan = CapacityPlanner.planFor(UserLoad.ofUsers(count));
            for (Pool planned : List.of(Pool.web(plan), Pool.workerGroup(plan, plan.workerGroup("interactive")))) {
                for (int replicas = planned.replicas() - 1; replicas <= planned.replicas(); replicas++) {
                    if (replicas < 1 || replicas * planned.serversPerReplica() <= planned.demand().offeredLoad()) {
                        continue;
                    }
                    ScenarioReport report = ScenarioSimulator.run(plan,
                            Scenario.bursts().withMeasuredMinutes(MEASURED_MINUTES).withPeakReplicas(planned.name(), replicas));
                    ScenarioReport.PoolResult pool = report.pool(planned.name());
                    QueuePrediction batched = report.model(pool);
                    if (!batched.predictsP95()) {
                        continue;
                    }
                    double error = (batched.p95WaitSeconds() - pool.waitP95Seconds()) / pool.waitP95Seconds();
                    checked.add(count + " users, " + planned.name() + " x " + replicas + ": " + Math.round(error * 1000) / 10.0 + "%");
                    assertThat(Math.abs(error)).as("%d users, %d %s replicas: model %s s, simulated %s s", count, replicas, planned.name(),
                            batched.p95WaitSeconds(), pool.waitP95Seconds()).isLessThanOrEqualTo(0.10);
                    QueuePrediction poisson = dev.superscale.capacity.Queueing.predict(pool.pool().servers(), pool.pool().demand());
                    assertThat(poisson.p95WaitSeconds()).as("bursts matter here: the Poisson p95 is far below the simulation")
                            .isLessThan(0.8 * pool.waitP95Seconds());
                }
            }
        }
        assertThat(checked).as("pools where the batched model claims a p95").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void burstsLengthenTheInteractiveWaitAndTheDashboardsCompletion() {
        ScenarioReport bursty = PresetSimulations.scenario(dev.superscale.capacity.Preset.ENTERPRISE, Scenario.bursts());
        ScenarioReport poisson = PresetSimulations.scenario(dev.superscale.capacity.Preset.ENTERPRISE, Scenario.bursts().withBursty(false));
        assertThat(bursty.pool("interactive").waitP95Seconds()).isGreaterThan(2 * poisson.pool("interactive").waitP95Seconds());
        assertThat(bursty.dashboards().completionP95Seconds()).isGreaterThan(poisson.dashboards().completionP95Seconds());
    }
}
