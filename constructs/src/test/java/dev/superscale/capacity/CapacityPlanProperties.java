package dev.superscale.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class CapacityPlanProperties {

    /**
     * Figures that are rates or per-unit sizes rather than counts: they may fall when a count
     * rises (more shards, each smaller; more replicas, each with fewer requests).
     */
    private static final Set<String> NOT_COUNTS = Set.of("web.requestsPerReplicaPerMinuteTarget", "redisCache.memoryMiBPerShard");

    @Property(tries = 300)
    void everyCountIsMonotoneInUsers(@ForAll("userPairs") int[] users, @ForAll("loads") UserLoad.Builder shape) {
        CapacityPlan smaller = CapacityPlanner.planFor(shape.registeredUsers(users[0]).build());
        CapacityPlan larger = CapacityPlanner.planFor(shape.registeredUsers(users[1]).build());
        Map<String, Long> small = PlanWalker.sizedValues(smaller);
        Map<String, Long> large = PlanWalker.sizedValues(larger);
        small.forEach((path, value) -> {
            if (!NOT_COUNTS.contains(path)) {
                assertThat(large.get(path)).as("%s at %d vs %d users", path, users[0], users[1]).isGreaterThanOrEqualTo(value);
            }
        });
        assertThat(totalCacheMemory(larger)).isGreaterThanOrEqualTo(totalCacheMemory(smaller));
    }

    @Property(tries = 300)
    void minimumsNeverExceedMaximums(@ForAll @IntRange(min = 10, max = 200_000) int users, @ForAll("loads") UserLoad.Builder shape) {
        CapacityPlan plan = CapacityPlanner.planFor(shape.registeredUsers(users).build());
        assertThat(plan.web().minReplicas().value()).isLessThanOrEqualTo(plan.web().peakReplicas().value());
        assertThat(plan.web().peakReplicas().value()).isLessThan(plan.web().maxReplicas().value());
        for (WorkerGroupPlan group : plan.workerGroups()) {
            assertThat(group.minReplicas().value()).isLessThanOrEqualTo(group.peakReplicas().value());
            assertThat(group.peakReplicas().value()).isLessThan(group.maxReplicas().value());
        }
        assertThat(plan.postgres().storageGiB().value()).isLessThan(plan.postgres().maxStorageGiB().value());
    }

    @Property(tries = 300)
    void connectionBudgetStaysBelowMaxConnectionsWithHeadroom(@ForAll @IntRange(min = 10, max = 200_000) int users,
            @ForAll("loads") UserLoad.Builder shape) {
        CapacityPlan plan = CapacityPlanner.planFor(shape.registeredUsers(users).build());
        ConnectionBudget budget = plan.connectionBudget();
        long serverSide = plan.pgBouncer().replicas().value() * plan.pgBouncer().maxDbConnections().value();
        assertThat(serverSide).isEqualTo(budget.worstCaseServerConnections().value());
        assertThat(serverSide + budget.reservedForAdministration().value())
                .isLessThanOrEqualTo((long) (0.75 * plan.postgres().maxConnections().value()));
        assertThat(plan.alerts().databaseConnectionsAbove().value()).isLessThan(plan.postgres().maxConnections().value());
        assertThat(plan.pgBouncer().maxClientConnections().value()).isGreaterThanOrEqualTo(budget.totalClientConnections().value());
    }

    @Property(tries = 300)
    void fromOneThousandUsersNothingHasOneReplicaOrOneZone(@ForAll @IntRange(min = 1_000, max = 200_000) int users,
            @ForAll("loads") UserLoad.Builder shape) {
        CapacityPlan plan = CapacityPlanner.planFor(shape.registeredUsers(users).build());
        assertThat(plan.availabilityZones().value()).isGreaterThanOrEqualTo(3);
        assertThat(plan.web().minReplicas().value()).isGreaterThanOrEqualTo(2);
        plan.workerGroups().forEach(g -> assertThat(g.minReplicas().value()).as(g.queue()).isGreaterThanOrEqualTo(2));
        assertThat(plan.pgBouncer().replicas().value()).isGreaterThanOrEqualTo(2);
        assertThat(plan.postgres().instances().value()).isGreaterThanOrEqualTo(2);
        assertThat(plan.redisBroker().replicasPerPrimary().value()).isGreaterThanOrEqualTo(1);
        assertThat(plan.redisCache().replicasPerShard().value()).isGreaterThanOrEqualTo(1);
    }

    @Property(tries = 200)
    void everyPoolMeetsItsTargetForAnyLoad(@ForAll @IntRange(min = 10, max = 200_000) int users, @ForAll("loads") UserLoad.Builder shape) {
        CapacityPlan plan = CapacityPlanner.planFor(shape.registeredUsers(users).build());
        assertThat(plan.web().atPeak().p95WaitSeconds()).isLessThanOrEqualTo(plan.web().p95WaitTargetSeconds().value());
        plan.workerGroups().forEach(g -> assertThat(g.atPeak().p95WaitSeconds()).isLessThanOrEqualTo(g.p95WaitTargetSeconds().value()));
        assertThat(plan.connectionBudget().serverPoolAtPeak().p95WaitSeconds()).isLessThanOrEqualTo(CapacityPlanner.DB_POOL_WAIT_TARGET_SECONDS);
    }

    @Property(tries = 100)
    void lognormalFitRoundTrips(@ForAll @DoubleRange(min = 0.01, max = 1000) double mean,
            @ForAll @DoubleRange(min = 1.01, max = 3.8) double ratio) {
        Lognormal fit = Lognormal.fromMeanAndP95(mean, mean * ratio);
        assertThat(fit.mean()).isCloseTo(mean, org.assertj.core.data.Percentage.withPercentage(1e-6));
        assertThat(fit.quantile(0.95)).isCloseTo(mean * ratio, org.assertj.core.data.Percentage.withPercentage(1e-4));
    }

    private static long totalCacheMemory(CapacityPlan plan) {
        return plan.redisCache().shards().value() * plan.redisCache().memoryMiBPerShard().value();
    }

    @Provide
    Arbitrary<int[]> userPairs() {
        return Arbitraries.integers().between(UserLoad.MIN_USERS, UserLoad.MAX_USERS).list().ofSize(2)
                .map(pair -> new int[] {Math.min(pair.get(0), pair.get(1)), Math.max(pair.get(0), pair.get(1))});
    }

    /** Load shapes other than the user count: defaults, and random overrides of the main assumptions. */
    @Provide
    Arbitrary<UserLoad.Builder> loads() {
        Arbitrary<UserLoad.Builder> random = Combinators.combine(
                Arbitraries.doubles().between(0.01, 0.3),
                Arbitraries.doubles().between(0.0, 0.95),
                Arbitraries.doubles().between(0.2, 10),
                Arbitraries.doubles().between(1.5, 3.5),
                Arbitraries.integers().between(1, 30),
                Arbitraries.of(ChartQueryMode.values()).injectNull(0.4))
                .as((active, hit, mean, ratio, charts, mode) -> UserLoad.builder(UserLoad.MIN_USERS)
                        .peakActiveShare(active).cacheHitRatio(hit).chartQueryMeanSeconds(mean)
                        .chartQueryP95Seconds(mean * ratio).chartsPerDashboard(charts).chartQueryMode(mode));
        return Arbitraries.oneOf(Arbitraries.just(UserLoad.builder(UserLoad.MIN_USERS)), random);
    }
}
