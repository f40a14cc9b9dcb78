package dev.superscale.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.UserLoad;
import dev.superscale.capacity.WorkerGroupPlan;
import org.junit.jupiter.api.Test;

class SupersetConfigRendererTest {

    private static final CapacityPlan ASYNC = CapacityPlanner.planFor(UserLoad.ofUsers(10_000));
    private static final CapacityPlan SYNC = CapacityPlanner.planFor(UserLoad.ofUsers(1_000));

    @Test
    void routesEveryPlannedTaskToItsGroupsQueue() {
        String config = SupersetConfigRenderer.render(ASYNC);
        for (WorkerGroupPlan group : ASYNC.workerGroups()) {
            for (String task : group.tasks()) {
                assertThat(config).contains("\"" + task + "\": {\"queue\": \"" + group.queue() + "\"}");
            }
        }
    }

    @Test
    void configuresAsyncQueriesOnlyWhenThePlanSaysSo() {
        assertThat(SupersetConfigRenderer.render(ASYNC))
                .contains("\"GLOBAL_ASYNC_QUERIES\": True")
                .contains("GLOBAL_ASYNC_QUERIES_CACHE_BACKEND")
                .contains("superset.tasks.async_queries");
        assertThat(SupersetConfigRenderer.render(SYNC))
                .contains("\"GLOBAL_ASYNC_QUERIES\": False")
                .doesNotContain("GLOBAL_ASYNC_QUERIES_CACHE_BACKEND")
                .doesNotContain("superset.tasks.async_queries");
    }

    @Test
    void readsEverySecretFromTheEnvironment() {
        String config = SupersetConfigRenderer.render(ASYNC);
        for (String variable : SupersetEnvironment.REQUIRED) {
            assertThat(config).contains("_env(\"" + variable + "\")");
        }
        assertThat(config).contains("_env(\"" + SupersetEnvironment.ASYNC_QUERIES_JWT_SECRET + "\")");
    }

    @Test
    void withSentinelEveryClientAsksTheSentinelsAndNoneDialsAHostDirectly() {
        String config = SupersetConfigRenderer.render(ASYNC, RedisAddressing.SENTINEL);
        for (String variable : SupersetEnvironment.REQUIRED_WITH_SENTINEL) {
            assertThat(config).contains("(\"" + variable + "\")");
        }
        assertThat(config)
                .doesNotContain(SupersetEnvironment.REDIS_BROKER_HOST)
                .doesNotContain(SupersetEnvironment.REDIS_CACHE_NODES)
                .doesNotContain("RedisClusterCache")
                .doesNotContain("\"RedisCache\"")
                .contains("sentinel://")
                .contains("\"master_name\": _broker_master")
                .contains("redis+sentinel://")
                .contains("RESULTS_BACKEND = _PrimarySentinelCache(");
        // Everything but the Redis addressing is the same file.
        assertThat(config).contains(SupersetConfigRenderer.render(ASYNC).substring(0, SupersetConfigRenderer.render(ASYNC).indexOf("from cachelib")));
    }

    @Test
    void rendersTheSameTextTwice() {
        assertThat(SupersetConfigRenderer.render(ASYNC)).isEqualTo(SupersetConfigRenderer.render(CapacityPlanner.planFor(UserLoad.ofUsers(10_000))));
    }
}
