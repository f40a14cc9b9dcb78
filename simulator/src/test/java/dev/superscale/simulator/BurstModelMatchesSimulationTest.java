package dev.superscale.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.QueuePrediction;
import dev.superscale.capacity.UserLoad;
import dev.superscale.capacity.WorkerGroupPlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With dashboard views arriving as batches of charts, the model's batched p95 wait
 * ({@code BatchArrivals}) is within 10% of the simulated one wherever it claims a prediction,
 * and the Poisson figure it corrects is well below the simulation there.
 */
class BurstModelMatchesSimulationTest {

    /** Four simulated hours of steady bursty peak: enough interactive waits for a stable p95. */
    private static final int MEASURED_MINUTES = 240;

    @Test
    void batchedP95IsWithinTenPercentWhereverTheModelClaimsOne() {
        List<String> checked = new ArrayList<>();
        // The 10k and 50k presets, 20k (whose Poisson plan is tightest), each at peak and one replica fewer.
        for (int users : new int[] {10_000, 20_000, 50_000}) {
            CapacityPlan plan = CapacityPlanner.planFor(UserLoad.ofUsers(users));
            WorkerGroupPlan group = plan.workerGroup("interactive");
            for (int replicas = group.peakReplicas().intValue() - 1; replicas <= group.peakReplicas().intValue(); replicas++) {
                if (replicas * group.concurrency().intValue() <= group.demand().offeredLoad()) {
                    continue;
                }
                ScenarioReport report = ScenarioSimulator.run(plan,
                        Scenario.bursts().withMeasuredMinutes(MEASURED_MINUTES).withPeakReplicas("interactive", replicas));
                ScenarioReport.PoolResult pool = report.pool("interactive");
                QueuePrediction batched = report.model(pool);
                if (!batched.predictsP95()) {
                    continue;
                }
                double error = (batched.p95WaitSeconds() - pool.waitP95Seconds()) / pool.waitP95Seconds();
                checked.add(users + " users, " + replicas + " replicas: " + Math.round(error * 1000) / 10.0 + "%");
                assertThat(Math.abs(error)).as("%d users, %d interactive replicas: model %s s, simulated %s s", users, replicas,
                        batched.p95WaitSeconds(), pool.waitP95Seconds()).isLessThanOrEqualTo(0.10);
                QueuePrediction poisson = dev.superscale.capacity.Queueing.predict(pool.pool().servers(), pool.pool().demand());
                assertThat(poisson.p95WaitSeconds()).as("bursts matter here: the Poisson p95 is far below the simulation")
                        .isLessThan(0.8 * pool.waitP95Seconds());
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
