package dev.superscale.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.WorkerGroupPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Check 1: at its own peak load, every preset's plan meets its own targets in simulation. */
class PlanMeetsItsTargetsTest {

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyCeleryGroupMeetsItsP95WaitTarget(Preset preset) {
        CapacityPlan plan = PresetSimulations.plan(preset);
        SimulationReport report = PresetSimulations.report(preset);
        for (WorkerGroupPlan group : plan.workerGroups()) {
            PoolReport pool = report.pool(group.queue());
            assertThat(pool.pool().servers()).isEqualTo(group.peakProcesses().intValue());
            assertThat(pool.waitP95Seconds())
                    .as("%s: simulated p95 wait on %s", preset, pool.pool().label())
                    .isLessThanOrEqualTo(group.p95WaitTargetSeconds().value());
        }
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void webMeetsItsP95WaitTarget(Preset preset) {
        CapacityPlan plan = PresetSimulations.plan(preset);
        PoolReport web = PresetSimulations.report(preset).web();
        assertThat(web.pool().servers()).isEqualTo(plan.web().peakReplicas().intValue() * plan.web().threadsPerReplica());
        assertThat(web.waitP95Seconds())
                .as("%s: simulated web p95 wait for a thread", preset)
                .isLessThanOrEqualTo(plan.web().p95WaitTargetSeconds().value());
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void webMeetsItsP95LatencyTargetWhereThePlanClaimsIt(Preset preset) {
        CapacityPlan plan = PresetSimulations.plan(preset);
        PoolReport web = PresetSimulations.report(preset).web();
        double target = plan.load().webP95LatencySeconds();
        if (plan.web().predictedP95LatencySeconds().value() <= target) {
            assertThat(web.latencyP95Seconds()).as("%s: simulated web p95 latency", preset).isLessThanOrEqualTo(target);
        } else {
            // The plan says it misses, and carries a note saying so: the simulation must agree.
            assertThat(plan.notes()).anyMatch(note -> note.startsWith("Web p95 is predicted"));
            assertThat(web.latencyP95Seconds()).isGreaterThan(target);
        }
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void simulatedUtilizationIsTheOfferedLoadOverTheServers(Preset preset) {
        for (PoolReport pool : PresetSimulations.report(preset).pools()) {
            assertThat(pool.utilization())
                    .as("%s: utilization of %s", preset, pool.pool().label())
                    .isCloseTo(pool.prediction().utilization(), org.assertj.core.data.Percentage.withPercentage(3));
        }
    }
}
