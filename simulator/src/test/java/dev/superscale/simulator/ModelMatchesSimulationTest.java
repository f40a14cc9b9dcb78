package dev.superscale.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.Preset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Check 3: where the capacity model claims a p95 wait ({@code QueuePrediction.predictsP95()}),
 * it is within 10% of the simulated p95. Checked at every pool of every preset, and at the
 * same pools with one replica fewer (the configurations the planner rejects on the model's word).
 * The simulated p95 comes from runs of a million arrivals, added until its 95% confidence
 * interval is within 4% of it; it must get there for the comparison to mean anything.
 */
class ModelMatchesSimulationTest {

    static final double TOLERANCE = 0.10;
    static final double MAX_RELATIVE_HALF_WIDTH = PresetSimulations.STABLE_RELATIVE_HALF_WIDTH;

    /** The plan's pools and the same pools with one replica fewer, where the model predicts a p95. */
    static List<Pool> predictedPools(Preset preset) {
        CapacityPlan plan = PresetSimulations.plan(preset);
        List<Pool> pools = new ArrayList<>();
        for (Pool pool : Pool.allOf(plan)) {
            pools.add(pool);
            if (pool.replicas() > 1) {
                pools.add(pool.withReplicas(pool.replicas() - 1));
            }
        }
        return pools.stream().filter(p -> p.prediction().predictsP95()).toList();
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void modelP95WaitIsWithinTenPercentOfTheSimulatedP95(Preset preset) {
        for (Pool pool : predictedPools(preset)) {
            PoolReport simulated = PresetSimulations.precise(pool);
            assertThat(simulated.waitP95RelativeHalfWidth())
                    .as("%s %s: the simulated p95 %s +/- %s is too uncertain to compare", preset, pool.label(),
                            simulated.waitP95Seconds(), simulated.waitP95HalfWidthSeconds())
                    .isLessThanOrEqualTo(MAX_RELATIVE_HALF_WIDTH);
            assertThat(simulated.modelP95RelativeError())
                    .as("%s %s: model p95 %s s vs simulated %s s (+/- %s)", preset, pool.label(),
                            pool.prediction().p95WaitSeconds(), simulated.waitP95Seconds(), simulated.waitP95HalfWidthSeconds())
                    .isBetween(-TOLERANCE, TOLERANCE);
        }
    }

    @Test
    void theCheckIsNotVacuous() {
        // At least one preset pool is loaded enough for the model to claim a p95: otherwise the
        // check above would pass without comparing anything.
        assertThat(Arrays.stream(Preset.values()).mapToLong(p -> predictedPools(p).size()).sum()).isGreaterThanOrEqualTo(3);
    }
}
