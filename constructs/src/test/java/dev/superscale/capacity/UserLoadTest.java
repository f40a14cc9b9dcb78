package dev.superscale.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class UserLoadTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        UserLoad load = UserLoad.ofUsers(10_000);
        assertThat(load.peakActiveShare()).isEqualTo(0.05);
        assertThat(load.cacheHitRatio()).isEqualTo(0.8);
        assertThat(load.chartsPerDashboard()).isEqualTo(8);
        assertThat(load.scheduledReportsPerDay()).isEqualTo(1_000);
        assertThat(load.webP95LatencySeconds()).isEqualTo(2);
        assertThat(load.chartQueryMode()).isEmpty();
    }

    @Test
    void derivesPeakRatesFromTheLoad() {
        UserLoad load = UserLoad.ofUsers(10_000);
        assertThat(load.peakActiveUsers()).isEqualTo(500);
        assertThat(load.chartQueriesPerSecond()).isCloseTo(500 * 0.5 / 60 * 8, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(load.chartCacheMissesPerSecond()).isCloseTo(load.chartQueriesPerSecond() * 0.2,
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void failsIfUsersAreOutsideTheSupportedRange() {
        assertThatThrownBy(() -> UserLoad.ofUsers(0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("users 0 is outside the supported range 10..200000");
        assertThatThrownBy(() -> UserLoad.ofUsers(-5)).hasMessageContaining("users -5");
        assertThatThrownBy(() -> UserLoad.ofUsers(UserLoad.MAX_USERS + 1)).hasMessageContaining("200001");
    }

    @Test
    void collectsEveryProblemBeforeThrowing() {
        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> UserLoad.builder(5).cacheHitRatio(1.5).chartQueryP95Seconds(1).peakActiveShare(0).build());
        assertThat(error.problems()).hasSize(4);
        assertThat(error.problems()).anySatisfy(p -> assertThat(p).contains("cache hit ratio 1.5 is outside 0..0.99"));
        assertThat(error.problems()).anySatisfy(p -> assertThat(p).contains("chart query p95 seconds 1 must be above the mean (1.5)"));
        assertThat(error.problems()).anySatisfy(p -> assertThat(p).contains("peak active share 0 must be above 0"));
    }

    @Test
    void toBuilderKeepsOverridesAndScalesDefaultReportsWithUsers() {
        UserLoad load = UserLoad.builder(1_000).cacheHitRatio(0.6).build();
        UserLoad doubled = load.toBuilder().registeredUsers(2_000).build();
        assertThat(doubled.cacheHitRatio()).isEqualTo(0.6);
        assertThat(doubled.scheduledReportsPerDay()).isEqualTo(200);
        UserLoad fixedReports = UserLoad.builder(1_000).scheduledReportsPerDay(50).build();
        assertThat(fixedReports.toBuilder().registeredUsers(2_000).build().scheduledReportsPerDay()).isEqualTo(50);
    }
}
