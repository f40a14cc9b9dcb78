package dev.superscale.acceptance.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Sends tasks through a rendered Celery config and reads the stand-in tasks' run records (superset/_probe.py). */
public final class CeleryRuns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CeleryRuns() {
    }

    /** Sends a task by name, as Superset does (routes from the config apply); returns its id. */
    public static String send(SupersetStandIn superset, String task, String kwargsJson) {
        return superset.python("celery_send.py", task, kwargsJson).requireSuccess(List.of("celery_send.py", task)).stdout().trim();
    }

    public static List<JsonNode> runs(SupersetStandIn superset) {
        try {
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(superset.python("probe_runs.py").requireSuccess(List.of("probe_runs.py")).stdout()).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the run records satisfy the condition; returns them. */
    public static List<JsonNode> await(SupersetStandIn superset, Predicate<List<JsonNode>> condition, long timeoutSeconds) {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        List<JsonNode> runs = runs(superset);
        while (!condition.test(runs) && System.nanoTime() < deadline) {
            DebianServers.sleep(250);
            runs = runs(superset);
        }
        return runs;
    }

    /** Waits until a Celery worker's or beat's log shows the line; fails with the log if the process exits first. */
    public static void awaitLog(Process process, Path log, String line, long timeoutSeconds) {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            String text = read(log);
            if (text.contains(line)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("process exited before '" + line + "'; log:\n" + text);
            }
            DebianServers.sleep(200);
        }
        throw new IllegalStateException("no '" + line + "' after " + timeoutSeconds + " s; log:\n" + read(log));
    }

    public static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
