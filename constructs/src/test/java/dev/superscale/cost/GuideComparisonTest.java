package dev.superscale.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.UserLoad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuideComparisonTest {

    private static final CapacityPlan TEN_K = CapacityPlanner.planFor(UserLoad.ofUsers(10_000));

    @Test
    void theGuideRunsFiveWebInstancesAndFortyProcessesOnEightMachines() {
        Deployment guide = GuideReference.deployment(TEN_K);
        assertThat(guide.workload("web").peakReplicas()).isEqualTo(5);
        assertThat(guide.workload("web").cpuMillicores()).isEqualTo(2_000);
        assertThat(guide.workload("web").memoryMiB()).isEqualTo(4_096);
        int machines = guide.workloads().stream().filter(w -> w.name().startsWith("worker-")).mapToInt(Workload::peakReplicas).sum();
        assertThat(machines).isEqualTo(8);
        assertThat(GuideReference.capacity(TEN_K).processesPerQueue().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(40);
        assertThat(GuideReference.PGBOUNCER_CLIENTS).isGreaterThan(GuideReference.PGBOUNCER_SERVER_POOL);
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000, 5_000, 10_000, 25_000, 60_000})
    void aPlanCarriesAtLeastTheUsersItWasSizedFor(int users) {
        CapacityPlan plan = CapacityPlanner.planFor(UserLoad.ofUsers(users));
        ModelledCapacity.Carried carried = ModelledCapacity.atPeakOf(plan).usersCarried(plan.load(), plan);
        assertThat(carried.users()).isGreaterThanOrEqualTo(users);
        // One user past it, something breaks: the search stops at a real limit.
        assertThat(ModelledCapacity.atPeakOf(plan).breach(plan.load(), carried.users() + 1)).isPresent();
    }

    @Test
    void atEqualModelledCapacityBothAreSizedForTheUsersTheGuideCarries() {
        CostReport report = CostReport.of(TEN_K, PriceTable.bundled());
        GuideComparison g = report.guide().orElseThrow();
        assertThat(g.guideCarries().users()).isGreaterThan(0);
        CapacityPlan equal = CapacityPlanner.planFor(TEN_K.load().toBuilder().registeredUsers(g.guideCarries().users())
                .chartQueryMode(TEN_K.chartQueryMode()).build());
        // The plan priced at equal capacity is the plan for that many users: its web line prices that plan's peak replicas.
        assertThat(g.planAtEqualCapacity().get(0).item("web").offering()).startsWith(equal.web().minReplicas().value() + "-"
                + equal.web().peakReplicas().value() + " x ").as("floor-peak counts of the equal-capacity plan");
        assertThat(g.guideAtEqualCapacity().get(0).item("web").offering()).startsWith("3-5 x ");
        // Same data services on both sides of the equal-capacity comparison.
        assertThat(g.guideAtEqualCapacity().get(0).item("postgres")).isEqualTo(g.planAtEqualCapacity().get(0).item("postgres"));
    }

    @Test
    void onlyTiersNearTheGuidesSizeAreCompared() {
        assertThat(CostReport.of(CapacityPlanner.planFor(UserLoad.ofUsers(1_000)), PriceTable.bundled()).guide()).isEmpty();
        assertThat(CostReport.of(TEN_K, PriceTable.bundled()).guide()).isPresent();
    }
}
