package dev.superscale.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.SizedBy;
import dev.superscale.capacity.WorkerGroupPlan;
import java.util.EnumSet;
import java.util.function.UnaryOperator;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Check 2: the plan is not wasteful. With one replica fewer in any pool (a web replica, or a
 * Celery worker replica of {@code concurrency} processes: the unit the plan deploys), the
 * simulation misses at least one of the pool's targets, or the plan records why the capacity
 * is kept anyway (high availability, or a utilization cap). The plan is sized for dashboard
 * views arriving as batches of charts, so "misses" means: in the steady Poisson peak, or in the
 * bursty peak ({@link Scenario#bursts()}) the plan promises to hold too.
 */
class PlanIsNotWastefulTest {

    private static final EnumSet<SizedBy> KEPT_FOR_A_RECORDED_REASON = EnumSet.of(SizedBy.HA_MINIMUM, SizedBy.UTILIZATION_CAP);

    @ParameterizedTest
    @EnumSource(Preset.class)
    void oneReplicaFewerMissesATargetOrThePlanSaysWhyItIsKept(Preset preset) {
        CapacityPlan plan = PresetSimulations.plan(preset);
        SoftAssertions softly = new SoftAssertions();
        for (Pool pool : Pool.allOf(plan)) {
            boolean missesWithOneFewer = missesATargetWithOneReplicaFewer(plan, pool);
            softly.assertThat(missesWithOneFewer || KEPT_FOR_A_RECORDED_REASON.contains(pool.sizedBy()))
                    .as("%s: %s is sized by %s, yet with one replica fewer the simulation still meets every target",
                            preset, pool.label(), pool.sizedBy())
                    .isTrue();
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void aPoolKeptForHighAvailabilityIsAtItsHighAvailabilityMinimum(Preset preset) {
        CapacityPlan plan = PresetSimulations.plan(preset);
        if (plan.web().sizedBy() == SizedBy.HA_MINIMUM) {
            assertThat(plan.web().peakReplicas().value()).isEqualTo(plan.availabilityZones().value());
        }
        for (WorkerGroupPlan group : plan.workerGroups()) {
            if (group.sizedBy() == SizedBy.HA_MINIMUM) {
                assertThat(group.peakReplicas().value()).as("%s %s", preset, group.queue()).isEqualTo(group.minReplicas().value());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void aWebTierKeptForItsCpuTargetWouldExceedItWithOneReplicaFewer(Preset preset) {
        CapacityPlan plan = PresetSimulations.plan(preset);
        if (plan.web().sizedBy() == SizedBy.UTILIZATION_CAP) {
            double vcpuPerReplica = plan.web().cpuMillicores().value() / 1000.0;
            double cpuWithOneFewer = plan.web().cpuDemandVcpu().value() / ((plan.web().peakReplicas().value() - 1) * vcpuPerReplica);
            assertThat(cpuWithOneFewer).isGreaterThan(plan.web().scaleOutCpuPercent().value() / 100.0);
        }
    }

    /**
     * Check 2 at the grain of a process: processes deployed beyond the model's minimum are
     * explained in the plan (whole replicas, or availability), and one process fewer than that
     * minimum misses a target in simulation unless the 85% utilization cap is what binds.
     */
    @ParameterizedTest
    @EnumSource(Preset.class)
    void oneProcessFewerMissesATargetOrThePlanSaysWhyItIsKept(Preset preset) {
        CapacityPlan plan = PresetSimulations.plan(preset);
        SoftAssertions softly = new SoftAssertions();
        for (WorkerGroupPlan group : plan.workerGroups()) {
            int required = group.requiredProcesses().intValue();
            long spare = group.peakProcesses().value() - required;
            if (spare > 0) {
                softly.assertThat(group.requiredProcesses().reason()).as("%s %s", preset, group.queue())
                        .contains(spare + " more are deployed because");
            }
            if (required <= 1) {
                continue;
            }
            Pool pool = Pool.workerGroup(plan, group);
            Pool oneFewer = new Pool(pool.name(), pool.kind(), 1, required - 1, pool.demand(), pool.p95WaitTargetSeconds(),
                    pool.p95LatencyTargetSeconds(), pool.latencyAlertSeconds(), pool.queueDepthAlert(), pool.sizedBy());
            boolean misses = !Simulator.simulate(oneFewer, SimulationSettings.standard()).meetsTargets()
                    || missesInTheBurstyPeak(plan, group.queue(), p -> new Pool(p.name(), p.kind(), 1, required - 1, p.demand(),
                            p.p95WaitTargetSeconds(), p.p95LatencyTargetSeconds(), p.latencyAlertSeconds(), p.queueDepthAlert(), p.sizedBy()));
            boolean capBinds = pool.demand().offeredLoad() / (required - 1) > CapacityPlanner.QUEUE_UTILIZATION_CAP;
            softly.assertThat(misses || capBinds)
                    .as("%s %s: %d processes still meet every target in simulation, below the model's minimum of %d",
                            preset, group.queue(), required - 1, required)
                    .isTrue();
        }
        softly.assertAll();
    }

    /** With no replica left nothing is served, which misses every target. */
    static boolean missesATargetWithOneReplicaFewer(CapacityPlan plan, Pool pool) {
        if (pool.replicas() == 1) {
            return true;
        }
        return !Simulator.simulate(pool.withReplicas(pool.replicas() - 1), SimulationSettings.standard()).meetsTargets()
                || missesInTheBurstyPeak(plan, pool.name(), p -> p.withReplicas(pool.replicas() - 1));
    }

    /** The bursty peak with one pool reshaped: does that pool miss its target? */
    private static boolean missesInTheBurstyPeak(CapacityPlan plan, String name, UnaryOperator<Pool> reshape) {
        ScenarioReport report = ScenarioSimulator.runReshaped(plan, Scenario.bursts(), p -> p.name().equals(name) ? reshape.apply(p) : p);
        return report.misses().stream().anyMatch(miss -> miss.startsWith(name + " "));
    }
}
