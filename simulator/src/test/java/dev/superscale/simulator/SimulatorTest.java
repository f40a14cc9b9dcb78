package dev.superscale.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Lognormal;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.ServiceMix;
import dev.superscale.capacity.SizedBy;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/** The simulator against results known exactly, and its determinism. */
class SimulatorTest {

    private static final SimulationSettings SETTINGS = new SimulationSettings(42, 8, 200_000, 0, 0.1);

    private static Pool pool(int servers, ServiceMix demand) {
        return new Pool("test", Pool.Kind.CELERY_PROCESSES, servers, 1, demand, 1, Double.NaN, Double.NaN, 100, SizedBy.LATENCY_TARGET);
    }

    private static ServiceMix lognormal(double rate, double mean, double p95) {
        return ServiceMix.of(new ServiceMix.Stream("work", rate, Lognormal.fromMeanAndP95(mean, p95)));
    }

    @Test
    void singleServerMeanWaitIsPollaczekKhinchine() {
        // M/G/1: E[W] = lambda E[S^2] / (2 (1 - rho)), exact for any service distribution.
        ServiceMix demand = lognormal(0.5, 1.5, 5);
        double rho = demand.offeredLoad();
        double exact = demand.ratePerSecond() * demand.streams().get(0).serviceSeconds().secondMoment() / (2 * (1 - rho));
        PoolReport report = Simulator.simulate(pool(1, demand), SETTINGS);
        assertThat(report.meanWaitSeconds()).isCloseTo(exact, Percentage.withPercentage(5));
        // And an arrival waits with probability rho.
        assertThat(report.waitProbability()).isCloseTo(rho, within(0.01));
    }

    @Test
    void deterministicServiceSingleServerMatchesMd1() {
        // Lognormal with sigma 0 is a constant: M/D/1 mean wait rho S / (2 (1 - rho)).
        ServiceMix demand = ServiceMix.of(new ServiceMix.Stream("constant", 0.8, new Lognormal(0, 0)));
        PoolReport report = Simulator.simulate(pool(1, demand), SETTINGS);
        assertThat(report.meanWaitSeconds()).isCloseTo(0.8 * 1 / (2 * 0.2), Percentage.withPercentage(5));
    }

    @Test
    void queueDepthObeysLittlesLaw() {
        // Mean number waiting = arrival rate x mean wait, from two independent tallies.
        PoolReport report = Simulator.simulate(pool(4, lognormal(3, 1, 3)), SETTINGS);
        assertThat(report.meanQueueDepth()).isCloseTo(report.arrivalRate() * report.meanWaitSeconds(), Percentage.withPercentage(1));
        assertThat(report.meanQueueDepth()).isGreaterThan(0.1);
    }

    @Test
    void utilizationAndRateMatchTheOfferedLoad() {
        ServiceMix demand = ServiceMix.of(
                new ServiceMix.Stream("short", 20, Lognormal.fromMeanAndP95(0.1, 0.3)),
                new ServiceMix.Stream("long", 1, Lognormal.fromMeanAndP95(2, 6)));
        PoolReport report = Simulator.simulate(pool(8, demand), SETTINGS);
        assertThat(report.arrivalRate()).isCloseTo(21, Percentage.withPercentage(1));
        assertThat(report.utilization()).isCloseTo(demand.offeredLoad() / 8, Percentage.withPercentage(2));
    }

    @Test
    void serviceTimesAreLognormalNotExponential() {
        // With servers to spare nobody waits, so latency is the service time: its p95 is the fitted p95.
        PoolReport report = Simulator.simulate(pool(64, lognormal(1, 1.5, 5)), SETTINGS);
        assertThat(report.waitP99Seconds()).isZero();
        assertThat(report.latencyP95Seconds()).isCloseTo(5, Percentage.withPercentage(2));
        assertThat(report.latencyP50Seconds()).isCloseTo(Lognormal.fromMeanAndP95(1.5, 5).quantile(0.5), Percentage.withPercentage(2));
    }

    @Test
    void anOverloadedQueueGrowsAndFiresItsDepthAlert() {
        PoolReport report = Simulator.simulate(pool(2, lognormal(3, 1, 3)), SETTINGS);
        assertThat(report.peakQueueDepth()).isGreaterThan(1_000);
        assertThat(report.queueDepthAlertShare()).isGreaterThan(0.9);
        assertThat(report.meetsTargets()).isFalse();
    }

    @Test
    void theSameSeedGivesTheSameReportAndAnotherSeedAnother() {
        var plan = CapacityPlanner.planFor(Preset.ENTERPRISE.load());
        SimulationSettings quick = SimulationSettings.quick();
        SimulationReport first = Simulator.simulate(plan, quick);
        SimulationReport again = Simulator.simulate(plan, quick);
        SimulationReport other = Simulator.simulate(plan, quick.withSeed(7));
        assertThat(again.toTable()).isEqualTo(first.toTable());
        assertThat(again.pools()).isEqualTo(first.pools());
        assertThat(other.pool("interactive").waitP95Seconds()).isNotEqualTo(first.pool("interactive").waitP95Seconds());
    }

    @Test
    void aPoolWithoutDemandReportsNothingWaiting() {
        PoolReport report = Simulator.simulate(pool(2, new ServiceMix(List.of())), SETTINGS);
        assertThat(report.arrivals()).isZero();
        assertThat(report.waitP95Seconds()).isZero();
        assertThat(report.meetsTargets()).isTrue();
    }

    @Test
    void theWebLatencyAlertCountsMinutesWhoseP95IsAboveIt() {
        // Every request takes about 3 s against a 2 s alert: every whole minute fires.
        Pool slow = new Pool("web", Pool.Kind.WEB_THREADS, 1, 64, lognormal(5, 3, 3.3), 0.2, 2, 2, -1, SizedBy.HA_MINIMUM);
        PoolReport report = Simulator.simulate(slow, new SimulationSettings(1, 2, 10_000, 600, 0.1));
        assertThat(report.latencyAlertShare()).isEqualTo(1.0);
        assertThat(report.queueDepthAlertShare()).isNaN();
    }
}
