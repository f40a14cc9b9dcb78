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
import dev.superscale.capacity.WorkerGroupPlan;
import dev.superscale.render.ProcessCommands;
import dev.superscale.render.RedisSettings;
import dev.superscale.render.SupersetEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real Celery workers, one per planned queue, started from the rendered command lines against a real broker
 * Redis with the rendered settings. Tasks are sent under Superset's task names; the stand-in tasks only record
 * each run (superset/_probe.py), so the test sees routing, redeliveries and kills as Celery and kombu do them.
 */
class CeleryWorkerTest {

    private static final String PASSWORD = "broker/pass";
    /** Short enough for a test; the plan's value outlasts the longest task. */
    private static final int TEST_VISIBILITY_TIMEOUT_SECONDS = 8;
    /** kombu's Redis transport restores expired unacknowledged messages at most this often (QoS.restore_visible). */
    private static final int KOMBU_RESTORE_PERIOD_SECONDS = 100;

    private final CapacityPlan plan = CapacityPlanner.planFor(Preset.ENTERPRISE.load());
    private final List<Process> processes = new ArrayList<>();
    private RedisServer broker;
    private Path dir;
    private SupersetStandIn superset;

    @BeforeEach
    void startBroker() {
        broker = RedisServer.start(RedisSettings.toRedisConf(RedisSettings.broker(plan)) + "requirepass \"" + PASSWORD + "\"\n");
        dir = Processes.scratchDirectory("superscale-celery");
        superset = SupersetStandIn.render(plan, dir, broker.port(), "127.0.0.1:1");
    }

    @AfterEach
    void stopAll() {
        processes.forEach(SupersetStandIn::stopGroup);
        broker.close();
        Processes.deleteRecursively(dir);
    }

    @Test
    void eachPlannedTaskRunsOnItsQueuesWorkerAndSupersetsOwnTasksStayRegistered() {
        for (WorkerGroupPlan group : plan.workerGroups()) {
            startWorker(group, "worker-" + group.queue() + ".log");
        }
        Map<String, String> expectedQueue = new LinkedHashMap<>();
        for (WorkerGroupPlan group : plan.workerGroups()) {
            group.tasks().forEach(task -> expectedQueue.put(task, group.queue()));
        }
        // Superset's own task module kept by extending its CeleryConfig; unrouted, so on the default queue.
        expectedQueue.put("slack.cache_channels", plan.workerGroup("reports").queue());
        expectedQueue.keySet().forEach(task -> CeleryRuns.send(superset, task, "{}"));

        List<JsonNode> runs = CeleryRuns.await(superset, r -> r.size() >= expectedQueue.size(), 60);
        Map<String, String> ranOn = new LinkedHashMap<>();
        runs.forEach(run -> ranOn.put(run.get("task").asText(), run.get("queue").asText() + " " + run.get("hostname").asText()));
        expectedQueue.forEach((task, queue) -> assertThat(ranOn.get(task)).as(task)
                .isNotNull().startsWith(queue + " " + queue + "@"));
    }

    @Test
    void aPoolProcessKilledMidTaskIsNotRedeliveredInALoop() {
        WorkerGroupPlan reports = plan.workerGroup("reports");
        startWorker(reports, "worker.log");
        String id = CeleryRuns.send(superset, "reports.execute", "{\"kill_process\": true}");
        // Long enough for a dozen redeliveries had the message been requeued on WorkerLostError.
        dev.superscale.acceptance.support.DebianServers.sleep(20_000);
        long deliveries = CeleryRuns.runs(superset).stream().filter(r -> r.get("id").asText().equals(id)).count();
        System.out.printf("pool process SIGKILLed mid-task: %d run(s) in 20 s%n", deliveries);
        assertThat(deliveries).as("runs of the task whose process was killed").isEqualTo(1);
    }

    @Test
    void aWorkerKilledAsAWholeHasItsTaskRedeliveredAfterTheVisibilityTimeout() {
        superset.environment().put(SupersetEnvironment.CELERY_VISIBILITY_TIMEOUT, Integer.toString(TEST_VISIBILITY_TIMEOUT_SECONDS));
        WorkerGroupPlan reports = plan.workerGroup("reports");
        Process first = startWorker(reports, "worker-1.log");
        String id = CeleryRuns.send(superset, "reports.execute", "{\"sleep\": 60}");
        List<JsonNode> started = CeleryRuns.await(superset, r -> count(r, id) >= 1, 30);
        assertThat(count(started, id)).isEqualTo(1);
        double killedAt = System.currentTimeMillis() / 1000.0;
        SupersetStandIn.killGroup(first);

        // The replacement comes up once the visibility timeout has passed, as a spot replacement would: kombu then
        // restores the message on start-up (Transport.on_poll_init) rather than on its next 100-second sweep.
        dev.superscale.acceptance.support.DebianServers.sleep((TEST_VISIBILITY_TIMEOUT_SECONDS + 1) * 1000L);
        startWorker(reports, "worker-2.log");
        // kombu 5.2 looks for expired unacknowledged messages on every 10th 10-second tick after the first.
        List<JsonNode> runs = CeleryRuns.await(superset, r -> count(r, id) >= 2, TEST_VISIBILITY_TIMEOUT_SECONDS + KOMBU_RESTORE_PERIOD_SECONDS + 30);
        List<JsonNode> deliveries = runs.stream().filter(r -> r.get("id").asText().equals(id) && !r.has("finished")).toList();
        assertThat(deliveries).as("deliveries after the worker was killed").hasSize(2);
        double delay = deliveries.get(1).get("at").asDouble() - killedAt;
        System.out.printf("worker SIGKILLed as a whole: redelivered %.1f s later (visibility timeout %d s)%n", delay,
                TEST_VISIBILITY_TIMEOUT_SECONDS);
        assertThat(delay).isBetween(TEST_VISIBILITY_TIMEOUT_SECONDS - 1.0, TEST_VISIBILITY_TIMEOUT_SECONDS + KOMBU_RESTORE_PERIOD_SECONDS + 30.0);
        assertThat(deliveries.get(1).get("pid").asLong()).isNotEqualTo(deliveries.get(0).get("pid").asLong());
    }

    private static long count(List<JsonNode> runs, String id) {
        return runs.stream().filter(r -> r.get("id").asText().equals(id) && !r.has("finished")).count();
    }

    private Process startWorker(WorkerGroupPlan group, String logName) {
        Path log = dir.resolve(logName);
        Process worker = superset.start(ProcessCommands.celeryWorker(group), log);
        processes.add(worker);
        CeleryRuns.awaitLog(worker, log, " ready.", 60);
        return worker;
    }
}
