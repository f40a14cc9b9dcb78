package dev.superscale.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.superscale.acceptance.support.CeleryRuns;
import dev.superscale.acceptance.support.Processes;
import dev.superscale.acceptance.support.RedisServer;
import dev.superscale.acceptance.support.SupersetStandIn;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import dev.superscale.render.ProcessCommands;
import dev.superscale.render.RedisSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real celery beat with the rendered schedule and a real reports worker: the trigger time Superset computes for
 * reports.scheduler (expires minus CELERY_BEAT_SCHEDULER_EXPIRES, superset/tasks/scheduler.py, done by the
 * stand-in task with the loaded config) matches the minute beat fired it for.
 */
class CeleryBeatTest {

    private final CapacityPlan plan = CapacityPlanner.planFor(Preset.ENTERPRISE.load());
    private final List<Process> processes = new ArrayList<>();
    private RedisServer broker;
    private Path dir;

    @AfterEach
    void stopAll() {
        processes.forEach(SupersetStandIn::stopGroup);
        if (broker != null) {
            broker.close();
        }
        Processes.deleteRecursively(dir);
    }

    @Test
    void theReportSchedulersTriggerTimeIsTheMinuteBeatFiredIt() {
        broker = RedisServer.start(RedisSettings.toRedisConf(RedisSettings.broker(plan)) + "requirepass \"broker/pass\"\n");
        dir = Processes.scratchDirectory("superscale-beat");
        SupersetStandIn superset = SupersetStandIn.render(plan, dir, broker.port(), "127.0.0.1:1");
        start(superset, ProcessCommands.celeryWorker(plan.workerGroup("reports")), "worker.log", " ready.");
        // The rendered beat command, with its schedule file in this test's directory instead of the image's /tmp.
        List<String> beat = new ArrayList<>(ProcessCommands.celeryBeat());
        beat.replaceAll(arg -> arg.startsWith("--schedule=") ? "--schedule=" + dir.resolve("celerybeat-schedule") : arg);
        start(superset, beat, "beat.log", "beat: Starting...");

        List<JsonNode> runs = CeleryRuns.await(superset, r -> r.stream().anyMatch(CeleryBeatTest::isScheduler), 90);
        JsonNode tick = runs.stream().filter(CeleryBeatTest::isScheduler).findFirst().orElseThrow(
                () -> new AssertionError("beat sent no reports.scheduler in 90 s; beat log:\n" + CeleryRuns.read(dir.resolve("beat.log"))));
        double firedFor = Math.floor(tick.get("at").asDouble() / 60) * 60;
        double error = tick.get("triggered_at").asDouble() - firedFor;
        System.out.printf("reports.scheduler: trigger time %+.1f s from the minute beat fired it for (expires %s)%n", error,
                tick.get("expires").asText());
        assertThat(Math.abs(error)).as("seconds between Superset's trigger time and the beat tick").isLessThan(60);
    }

    private static boolean isScheduler(JsonNode run) {
        return run.get("task").asText().equals("reports.scheduler");
    }

    private void start(SupersetStandIn superset, List<String> command, String logName, String readyLine) {
        Path log = dir.resolve(logName);
        Process process = superset.start(command, log);
        processes.add(process);
        CeleryRuns.awaitLog(process, log, readyLine, 60);
    }
}
