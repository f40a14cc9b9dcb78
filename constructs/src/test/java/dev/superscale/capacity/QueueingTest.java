package dev.superscale.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class QueueingTest {

    /** A lognormal with Cs^2 = 1, mean 1 s: the model must then be exactly M/M/c. */
    private static final Lognormal SCV_ONE = new Lognormal(-Math.log(2) / 2, Math.sqrt(Math.log(2)));

    private static ServiceMix mix(double rate, Lognormal service) {
        return ServiceMix.of(new ServiceMix.Stream("work", rate, service));
    }

    @Test
    void erlangCMatchesTheClosedFormForTwoServers() {
        // M/M/2 with a = 1: P(wait) = (a^2/2 x 2/(2-a)) / (1 + a + a^2/2 x 2/(2-a)) = 1/3.
        assertThat(Queueing.erlangC(2, 1)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(Queueing.erlangC(1, 0.7)).isCloseTo(0.7, within(1e-12));
        assertThat(Queueing.erlangC(4, 4)).isEqualTo(1);
        assertThat(Queueing.erlangC(4, 0)).isZero();
    }

    @Test
    void withUnitScvTheWaitIsExactlyMmc() {
        ServiceMix demand = mix(12, SCV_ONE);
        assertThat(demand.scv()).isCloseTo(1, within(1e-9));
        QueuePrediction p = Queueing.predict(16, demand);
        double erlangC = Queueing.erlangC(16, 12);
        assertThat(p.meanWaitSeconds()).isCloseTo(erlangC / (16 - 12), Percentage.withPercentage(1e-6));
        assertThat(p.p95WaitSeconds()).isCloseTo(Math.log(erlangC / 0.05) / (16 - 12), Percentage.withPercentage(1e-6));
    }

    @Test
    void withOneServerTheMeanWaitIsPollaczekKhinchine() {
        Lognormal service = Lognormal.fromMeanAndP95(1.5, 5);
        QueuePrediction p = Queueing.predict(1, mix(0.4, service));
        double exact = 0.4 * service.secondMoment() / (2 * (1 - 0.4 * 1.5));
        assertThat(p.meanWaitSeconds()).isCloseTo(exact, Percentage.withPercentage(1e-6));
    }

    @Test
    void onlyPartOfTheServiceVariabilityLengthensWaitsWhenServersAreMany() {
        // Allen-Cunneen scales the whole wait by (1 + Cs^2) / 2; with many servers and short waits
        // the simulator shows far less. The 10k preset's interactive queue (18 processes, 69% busy):
        // simulated p95 wait 0.287 s +/- 0.009 s (superscale-simulator, 10 x 1M arrivals, seed 20260101),
        // where Allen-Cunneen gave 0.532 s.
        ServiceMix interactive = ServiceMix.of(
                new ServiceMix.Stream("SQL Lab queries", 0.41667, Lognormal.fromMeanAndP95(6, 20)),
                new ServiceMix.Stream("async chart queries", 6.6667, Lognormal.fromMeanAndP95(1.5, 5)));
        QueuePrediction p = Queueing.predict(18, interactive);
        assertThat(p.predictsP95()).isTrue();
        assertThat(p.p95WaitSeconds()).isCloseTo(0.287, Percentage.withPercentage(10));
        // The 50k preset's reports queue with one replica fewer (12 processes, 87% busy):
        // simulated 52.5 s +/- 1.3 s.
        QueuePrediction reports = Queueing.predict(12, mix(0.34722, Lognormal.fromMeanAndP95(30, 90)));
        assertThat(reports.p95WaitSeconds()).isCloseTo(52.5, Percentage.withPercentage(10));
    }

    @Test
    void moreServersNeverWaitLongerAndMoreVariabilityNeverWaitsLess() {
        ServiceMix calm = mix(10, Lognormal.fromMeanAndP95(1, 2.5));
        ServiceMix wild = mix(10, Lognormal.fromMeanAndP95(1, 3.5));
        double previous = Double.POSITIVE_INFINITY;
        for (int servers = 11; servers <= 40; servers++) {
            QueuePrediction p = Queueing.predict(servers, calm);
            assertThat(p.p95WaitSeconds()).isLessThanOrEqualTo(previous);
            assertThat(p.meanWaitSeconds()).isLessThanOrEqualTo(Queueing.predict(servers, wild).meanWaitSeconds());
            assertThat(p.p95WaitSeconds()).isLessThanOrEqualTo(Queueing.predict(servers, wild).p95WaitSeconds());
            previous = p.p95WaitSeconds();
        }
    }

    @Test
    void anOverloadedPoolWaitsForever() {
        QueuePrediction p = Queueing.predict(4, mix(5, Lognormal.fromMeanAndP95(1, 3)));
        assertThat(p.p95WaitSeconds()).isInfinite();
        assertThat(p.predictsP95()).isFalse();
    }

    @Test
    void minimumServersIsTheFewestThatMeetTheTargetUnderTheCap() {
        ServiceMix demand = mix(7, Lognormal.fromMeanAndP95(1.5, 5));
        int servers = Queueing.minimumServers(demand, 1, 0.85);
        assertThat(Queueing.predict(servers, demand).p95WaitSeconds()).isLessThanOrEqualTo(1);
        assertThat(Queueing.predict(servers, demand).utilization()).isLessThanOrEqualTo(0.85);
        QueuePrediction oneFewer = Queueing.predict(servers - 1, demand);
        assertThat(oneFewer.p95WaitSeconds() > 1 || oneFewer.utilization() > 0.85).isTrue();
        assertThat(Queueing.minimumServers(new ServiceMix(java.util.List.of()), 1, 0.85)).isZero();
    }

    @Test
    void minimumServersPastTheLinearStepsStillFindsTheFewest() {
        // 100,000 Erlangs near full utilization: the target needs a few hundred servers above the floor.
        ServiceMix demand = mix(100_000, Lognormal.fromMeanAndP95(1, 3));
        double target = 0.001;
        int servers = Queueing.minimumServers(demand, target, 0.999);
        int floor = (int) Math.ceil(demand.offeredLoad() / 0.999);
        assertThat(servers - floor).as("beyond the linear part").isGreaterThan(Queueing.LINEAR_STEPS);
        int linear = floor;
        while (Queueing.predict(linear, demand).p95WaitSeconds() > target) {
            linear++;
        }
        assertThat(servers).isEqualTo(linear);
    }

    @Test
    void minimumServersRefusesPastItsBoundInsteadOfSearchingForMinutes() {
        ServiceMix demand = mix(2_000_000, Lognormal.fromMeanAndP95(1, 3));
        long start = System.nanoTime();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Queueing.minimumServers(demand, 1, 0.85))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("more than 1,000,000 servers");
        ServiceMix large = mix(800_000, Lognormal.fromMeanAndP95(1, 3));
        assertThat(Queueing.minimumServers(large, 0.001, 0.85)).isBetween(941_177, Queueing.MAX_SERVERS);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    }
}
