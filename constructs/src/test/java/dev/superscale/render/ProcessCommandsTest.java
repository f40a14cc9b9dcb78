package dev.superscale.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.UserLoad;
import dev.superscale.capacity.WorkerGroupPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessCommandsTest {

    private static final CapacityPlan PLAN = CapacityPlanner.planFor(UserLoad.ofUsers(10_000));

    @Test
    void gunicornRunsThePlannedWorkersThreadsAndTimeouts() {
        List<String> argv = ProcessCommands.gunicorn(PLAN);
        assertThat(valueAfter(argv, "--workers")).isEqualTo(Long.toString(PLAN.web().gunicornWorkers().value()));
        assertThat(valueAfter(argv, "--threads")).isEqualTo(Long.toString(PLAN.web().gunicornThreads().value()));
        assertThat(valueAfter(argv, "--worker-class")).isEqualTo("gthread");
        assertThat(valueAfter(argv, "--timeout")).isEqualTo(Long.toString(PLAN.web().timeouts().gunicornTimeoutSeconds().value()));
        assertThat(valueAfter(argv, "--keep-alive")).isEqualTo(Long.toString(PLAN.web().timeouts().gunicornKeepAliveSeconds().value()));
        assertThat(argv.get(argv.size() - 1)).isEqualTo("superset.app:create_app()");
    }

    @Test
    void eachWorkerConsumesOnlyItsQueueWithPrefetchOne() {
        for (WorkerGroupPlan group : PLAN.workerGroups()) {
            assertThat(ProcessCommands.celeryWorker(group))
                    .contains("--queues=" + group.queue(), "--concurrency=" + group.concurrency().value(), "--prefetch-multiplier=1");
        }
    }

    private static String valueAfter(List<String> argv, String flag) {
        return argv.get(argv.indexOf(flag) + 1);
    }
}
