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

    @Test
    void theStatsdCommandLineIsGunicornsArgumentsWordForWord() throws Exception {
        List<String> plain = ProcessCommands.gunicorn(PLAN);
        String line = ProcessCommands.gunicornWithStatsd(PLAN).get(2);
        // The real shell splits the line back into the same words, plus the two StatsD options before the app
        // (host and port variables unset here, so the address reads ":").
        assertThat(line).startsWith("exec gunicorn ");
        Process echo = new ProcessBuilder("/bin/sh", "-c", "printf '%s\\n'" + line.substring("exec gunicorn".length()))
                .redirectErrorStream(true).start();
        echo.getOutputStream().close();
        List<String> words = new String(echo.getInputStream().readAllBytes()).lines().toList();
        echo.waitFor();
        List<String> expected = new java.util.ArrayList<>(plain.subList(1, plain.size() - 1));
        expected.addAll(List.of("--statsd-host", ":", "--statsd-prefix", StatsdMappingRenderer.GUNICORN_PREFIX, plain.get(plain.size() - 1)));
        assertThat(words).containsExactlyElementsOf(expected);
    }
}
