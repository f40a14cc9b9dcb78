package dev.superscale.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CapacityPlannerTest {

    private static final CapacityPlan TEN_K = CapacityPlanner.planFor(UserLoad.ofUsers(10_000));

    @Test
    void tenThousandUsersLandInTheGuideEnvelope() {
        assertThat(TEN_K.web().peakReplicas().value()).isBetween(3L, 10L);
        assertThat(TEN_K.web().maxReplicas().value()).isBetween(3L, 10L);
        assertThat(TEN_K.peakWorkerProcesses()).isBetween(20, 50);
        ConnectionBudget budget = TEN_K.connectionBudget();
        assertThat(budget.serverPoolPerBouncer().value()).isLessThanOrEqualTo(100);
        assertThat(budget.totalClientConnections().value()).isGreaterThan(3 * budget.serverPoolPerBouncer().value());
        assertThat(TEN_K.notes()).isEmpty();
    }

    @Test
    void everyFigureCarriesAReason() {
        for (Preset preset : Preset.values()) {
            Map<String, Object> figures = PlanWalker.figures(CapacityPlanner.planFor(preset.load()));
            assertThat(figures).hasSizeGreaterThan(80);
            figures.forEach((path, figure) -> {
                String reason = figure instanceof Sized s ? s.reason() : figure instanceof Measure m ? m.reason() : ((Choice) figure).reason();
                assertThat(reason).as(path).isNotBlank();
            });
        }
    }

    @Test
    void runsChartQueriesAsyncOnlyWhenWarehouseWorkWouldPinWebThreads() {
        assertThat(TEN_K.chartQueryMode()).isEqualTo(ChartQueryMode.ASYNC_ON_CELERY);
        assertThat(TEN_K.workerGroup("interactive").tasks()).contains("load_chart_data_into_cache");
        assertThat(TEN_K.chartQueryModeReason().reason()).contains("10 gunicorn threads");

        CapacityPlan small = CapacityPlanner.planFor(UserLoad.ofUsers(1_000));
        assertThat(small.chartQueryMode()).isEqualTo(ChartQueryMode.SYNC_IN_WEB);
        assertThat(small.workerGroup("interactive").tasks()).containsExactly("sql_lab.get_sql_results");
        assertThat(small.web().demand().streams()).anySatisfy(s -> assertThat(s.name()).contains("uncached chart queries (sync)"));
    }

    @Test
    void anExplicitModeOverridesTheChoice() {
        CapacityPlan forcedSync = CapacityPlanner.planFor(UserLoad.builder(10_000).chartQueryMode(ChartQueryMode.SYNC_IN_WEB).build());
        assertThat(forcedSync.chartQueryMode()).isEqualTo(ChartQueryMode.SYNC_IN_WEB);
        assertThat(forcedSync.chartQueryModeReason().reason()).contains("set explicitly");
        // The warehouse work moves from the interactive queue into gunicorn threads.
        assertThat(forcedSync.workerGroup("interactive").atPeak().offeredLoad())
                .isLessThan(TEN_K.workerGroup("interactive").atPeak().offeredLoad());
        assertThat(forcedSync.web().atPeak().offeredLoad()).isGreaterThan(TEN_K.web().atPeak().offeredLoad());
    }

    @Test
    void eachPoolMeetsItsWaitTargetAtPeak() {
        for (Preset preset : Preset.values()) {
            CapacityPlan plan = CapacityPlanner.planFor(preset.load());
            assertThat(plan.web().atPeak().p95WaitSeconds()).isLessThanOrEqualTo(plan.web().p95WaitTargetSeconds().value());
            for (WorkerGroupPlan group : plan.workerGroups()) {
                assertThat(group.atPeak().p95WaitSeconds()).as(preset + " " + group.queue())
                        .isLessThanOrEqualTo(group.p95WaitTargetSeconds().value());
                assertThat(group.atPeak().utilization()).isLessThanOrEqualTo(CapacityPlanner.QUEUE_UTILIZATION_CAP);
            }
        }
    }

    @Test
    void latencySizedGroupsAreTheSmallestThatMeetTheirTargetUnderDashboardBursts() {
        WorkerGroupPlan interactive = TEN_K.workerGroup("interactive");
        assertThat(interactive.sizedBy()).isEqualTo(SizedBy.LATENCY_TARGET);
        double z = interactive.arrivalPeakedness().value();
        // The plan deploys whole replicas: one fewer misses the target with the views' charts in batches.
        int oneReplicaFewer = interactive.peakProcesses().intValue() - interactive.concurrency().intValue();
        assertThat(BatchArrivals.predict(oneReplicaFewer, interactive.demand(), z).p95WaitSeconds())
                .isGreaterThan(interactive.p95WaitTargetSeconds().value());
        // And the model's own minimum is tight: one process fewer misses it too.
        int required = interactive.requiredProcesses().intValue();
        assertThat(BatchArrivals.predict(required, interactive.demand(), z).p95WaitSeconds())
                .isLessThanOrEqualTo(interactive.p95WaitTargetSeconds().value());
        assertThat(BatchArrivals.predict(required - 1, interactive.demand(), z).p95WaitSeconds())
                .isGreaterThan(interactive.p95WaitTargetSeconds().value());
        // At 10k the bursty minimum fills the three replicas exactly (18 = 3 x 6); any spare would be explained.
        assertThat(interactive.requiredProcesses().value()).isEqualTo(interactive.peakProcesses().value());
        CapacityPlan twentyK = CapacityPlanner.planFor(UserLoad.ofUsers(20_000));
        WorkerGroupPlan rounded = twentyK.workerGroup("interactive");
        assertThat(rounded.peakProcesses().value()).isGreaterThan(rounded.requiredProcesses().value());
        assertThat(rounded.requiredProcesses().reason()).contains("rounded up to a multiple of the concurrency");
    }

    @Test
    void theInteractiveQueueIsSizedForDashboardBurstsNotPoissonArrivals() {
        CapacityPlan twentyK = CapacityPlanner.planFor(UserLoad.ofUsers(20_000));
        WorkerGroupPlan interactive = twentyK.workerGroup("interactive");
        double z = interactive.arrivalPeakedness().value();
        // Async mode: 8 charts a view, each missing with probability 0.2, so a view's misses come in binomial batches.
        assertThat(z).isGreaterThan(1.5);
        assertThat(interactive.arrivalPeakedness().reason()).contains("cache misses").contains("8 charts");
        assertThat(interactive.peakReplicas().reason()).contains("dashboard bursts of peakedness");
        int poissonProcesses = Queueing.minimumServers(interactive.demand(), interactive.p95WaitTargetSeconds().value(),
                CapacityPlanner.QUEUE_UTILIZATION_CAP);
        assertThat(interactive.requiredProcesses().intValue()).isGreaterThan(poissonProcesses);
        assertThat(interactive.atPeak().p95WaitSeconds()).isLessThanOrEqualTo(interactive.p95WaitTargetSeconds().value());
        // Reports run on their own schedules and SQL Lab queries one by one: no burst correction there.
        assertThat(twentyK.workerGroup("reports").arrivalPeakedness().value()).isEqualTo(1);
        CapacityPlan sync = CapacityPlanner.planFor(UserLoad.ofUsers(1_000));
        assertThat(sync.workerGroup("interactive").arrivalPeakedness().value()).isEqualTo(1);
        // In sync mode a view's whole batch of charts lands on the web threads.
        assertThat(sync.web().arrivalPeakedness().value()).isGreaterThan(TEN_K.web().arrivalPeakedness().value());
    }

    @Test
    void timeoutsNestFromTheBalancerInwards() {
        for (Preset preset : Preset.values()) {
            TimeoutChain t = CapacityPlanner.planFor(preset.load()).web().timeouts();
            assertThat(t.gunicornKeepAliveSeconds().value()).isGreaterThan(t.loadBalancerIdleSeconds().value());
            assertThat(t.loadBalancerIdleSeconds().value()).isGreaterThan(t.gunicornTimeoutSeconds().value());
            assertThat(t.gunicornTimeoutSeconds().value()).isGreaterThan(t.supersetWebserverTimeoutSeconds().value());
            assertThat(t.supersetWebserverTimeoutSeconds().value()).isGreaterThan(t.sqlLabSyncTimeoutSeconds().value());
        }
    }

    @Test
    void slowQueriesLengthenTheWebserverTimeout() {
        CapacityPlan slow = CapacityPlanner.planFor(UserLoad.builder(1_000).chartQueryMeanSeconds(10).chartQueryP95Seconds(30).build());
        assertThat(slow.web().timeouts().supersetWebserverTimeoutSeconds().value()).isEqualTo(300);
        assertThat(slow.limits().sqlLabAsyncTimeLimitSeconds().value()).isEqualTo(300);
    }

    @Test
    void connectionBudgetAddsUpAndStaysBelowMaxConnections() {
        ConnectionBudget b = TEN_K.connectionBudget();
        assertThat(b.totalClientConnections().value()).isEqualTo(
                b.webClientConnections().value() + b.workerClientConnections().value() + b.otherClientConnections().value());
        assertThat(b.webClientConnections().value()).isEqualTo(TEN_K.web().maxReplicas().value() * TEN_K.web().threadsPerReplica());
        assertThat(b.worstCaseServerConnections().value())
                .isEqualTo(b.bouncerReplicas().value() * (b.serverPoolPerBouncer().value() + b.reservePoolPerBouncer().value()));
        assertThat(b.worstCaseServerConnections().value() + b.reservedForAdministration().value())
                .isLessThanOrEqualTo((long) (b.maxConnections().value() * CapacityPlanner.MAX_CONNECTIONS_BUDGET_SHARE));
        assertThat(TEN_K.pgBouncer().maxClientConnections().value()).isGreaterThanOrEqualTo(b.totalClientConnections().value());
        assertThat(TEN_K.postgres().maxConnections()).isEqualTo(b.maxConnections());
    }

    @Test
    void smallestTierUsesTwoZonesAndHaTiersThree() {
        assertThat(CapacityPlanner.planFor(UserLoad.ofUsers(100)).availabilityZones().value()).isEqualTo(2);
        assertThat(TEN_K.availabilityZones().value()).isEqualTo(3);
        assertThat(TEN_K.web().minReplicas().value()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void keepsBrokerAndCacheApart() {
        assertThat(TEN_K.redisBroker().evictionPolicy().value()).isEqualTo("noeviction");
        assertThat(TEN_K.redisBroker().clusterMode().value()).isEqualTo("disabled");
        assertThat(TEN_K.redisCache().evictionPolicy().value()).isEqualTo("allkeys-lru");
        assertThat(TEN_K.redisCache().clusterMode().value()).isEqualTo("enabled");
        // The 80% memory alert stays quiet at the expected usage.
        assertThat(TEN_K.redisCache().expectedUsageMiB().value())
                .isLessThan(0.8 * TEN_K.redisCache().memoryMiBPerShard().value() * TEN_K.redisCache().shards().value());
        assertThat(TEN_K.redisBroker().expectedUsageMiB().value()).isLessThan(0.8 * TEN_K.redisBroker().memoryMiBPerNode().value());
    }

    @Test
    void cacheGrowsWithMissesAndShardsPastTheShardLimit() {
        CapacityPlan big = CapacityPlanner.planFor(UserLoad.ofUsers(50_000));
        assertThat(big.redisCache().shards().value()).isGreaterThan(1);
        assertThat(big.redisCache().memoryMiBPerShard().value()).isLessThanOrEqualTo(CapacityPlanner.CACHE_SHARD_MAX_MIB);
        CapacityPlan lowHit = CapacityPlanner.planFor(UserLoad.builder(10_000).cacheHitRatio(0.5).build());
        assertThat(lowHit.redisCache().expectedUsageMiB().value()).isGreaterThan(TEN_K.redisCache().expectedUsageMiB().value());
    }

    @Test
    void syncModeWithSlowQueriesExplainsAMissedWebTarget() {
        CapacityPlan plan = CapacityPlanner.planFor(UserLoad.builder(2_000).chartQueryMode(ChartQueryMode.SYNC_IN_WEB)
                .cacheHitRatio(0.2).chartQueryMeanSeconds(4).chartQueryP95Seconds(12).build());
        assertThat(plan.web().predictedP95LatencySeconds().value()).isGreaterThan(2);
        assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("above the 2 s target"));
    }

    @Test
    void samePlanForTheSameLoad() {
        assertThat(CapacityPlanner.planFor(UserLoad.ofUsers(10_000))).isEqualTo(TEN_K);
    }

    @Test
    void beatIsASingleton() {
        assertThat(TEN_K.beat().replicas().value()).isEqualTo(1);
    }

    /**
     * Where the tier crosses into three zones the zone-loss ceiling changes shape; no maximum may drop there
     * (a random property once found interactive's maximum at 706 users above the one at 1,000).
     */
    @Test
    void noMaximumDropsWhereTheTierCrossesIntoThreeZones() {
        for (double active : new double[] {0.05, 0.3}) {
            for (double hit : new double[] {0.0, 0.8}) {
                for (double meanSeconds : new double[] {1, 10}) {
                    for (int charts : new int[] {1, 30}) {
                        for (ChartQueryMode mode : new ChartQueryMode[] {null, ChartQueryMode.SYNC_IN_WEB, ChartQueryMode.ASYNC_ON_CELERY}) {
                            UserLoad.Builder shape = UserLoad.builder(UserLoad.MIN_USERS).peakActiveShare(active).cacheHitRatio(hit)
                                    .chartQueryMeanSeconds(meanSeconds).chartQueryP95Seconds(meanSeconds * 2.5).chartsPerDashboard(charts)
                                    .chartQueryMode(mode);
                            CapacityPlan twoZones = CapacityPlanner.planFor(shape.registeredUsers(CapacityPlanner.HA_USERS - 1).build());
                            CapacityPlan threeZones = CapacityPlanner.planFor(shape.registeredUsers(CapacityPlanner.HA_USERS).build());
                            String load = active + " active, hit " + hit + ", " + meanSeconds + " s, " + charts + " charts, " + mode;
                            assertThat(threeZones.web().maxReplicas().value()).as("web, " + load)
                                    .isGreaterThanOrEqualTo(twoZones.web().maxReplicas().value());
                            for (WorkerGroupPlan group : twoZones.workerGroups()) {
                                assertThat(threeZones.workerGroup(group.queue()).maxReplicas().value()).as(group.queue() + ", " + load)
                                        .isGreaterThanOrEqualTo(group.maxReplicas().value());
                            }
                        }
                    }
                }
            }
        }
    }
}
