package dev.superscale.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.UserLoad;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcfileRendererTest {

    private static final CapacityPlan PLAN = CapacityPlanner.planFor(UserLoad.ofUsers(10_000));

    @Test
    void shReadsEachLineBackIntoTheSameArguments() throws Exception {
        for (List<String> argv : List.of(ProcessCommands.gunicorn(PLAN), ProcessCommands.migrations(), ProcessCommands.celeryBeat())) {
            Process sh = new ProcessBuilder("/bin/sh", "-c", "printf '%s\\n' " + ProcfileRenderer.shell(argv)).start();
            String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(sh.waitFor()).isZero();
            assertThat(out.lines().toList()).isEqualTo(argv);
        }
    }

    @Test
    void runsOneWorkerTypePerPlannedQueueAndOneBeat() {
        String procfile = ProcfileRenderer.render(PLAN);
        PLAN.workerGroups().forEach(group -> assertThat(procfile).contains("worker-" + group.queue() + ": celery "));
        assertThat(procfile.lines().filter(line -> line.startsWith("beat: "))).hasSize(1);
        assertThat(procfile).contains("release: ");
    }
}
