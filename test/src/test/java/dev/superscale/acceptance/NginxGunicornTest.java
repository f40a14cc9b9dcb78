package dev.superscale.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.acceptance.support.DebianServers;
import dev.superscale.acceptance.support.Processes;
import dev.superscale.acceptance.support.SupersetStandIn;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import dev.superscale.render.NginxBinding;
import dev.superscale.render.NginxConfRenderer;
import dev.superscale.render.ProcessCommands;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rendered nginx.conf passes nginx -t and fronts three real gunicorns started from the rendered command line
 * (its --bind moved to a free loopback port each), serving a stand-in for Superset's WSGI app (resources
 * wsgi-standin: /slow sleeps, every answer names the gunicorn that served it).
 */
class NginxGunicornTest {

    private static final int GUNICORNS = 3;
    private final CapacityPlan plan = CapacityPlanner.planFor(Preset.ENTERPRISE.load());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Process> gunicorns = new TreeMap<>();
    private Process nginx;
    private Path dir;
    private int port;

    @BeforeEach
    void start() throws Exception {
        dir = Processes.scratchDirectory("superscale-nginx");
        List<String> servers = new ArrayList<>();
        for (int i = 0; i < GUNICORNS; i++) {
            int webPort = DebianServers.freePort();
            servers.add("127.0.0.1:" + webPort);
            gunicorns.put(Integer.toString(webPort), startGunicorn(webPort));
        }
        port = DebianServers.freePort();
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, NginxConfRenderer.render(plan, new NginxBinding("127.0.0.1", port, servers, dir.toString())));
        List<String> nginxCommand = List.of(DebianServers.executable("/usr/sbin/nginx").toString(), "-p", dir.toString(), "-c", conf.toString());
        String globals = "pid " + dir.resolve("nginx.pid") + ";";
        List<String> check = new ArrayList<>(nginxCommand);
        check.addAll(List.of("-t", "-g", globals));
        Processes.Result tested = Processes.run(check, Map.of(), 30);
        assertThat(tested.exitCode()).as("nginx -t: %s", tested.stderr()).isZero();
        List<String> run = new ArrayList<>(nginxCommand);
        run.addAll(List.of("-g", "daemon off; " + globals));
        nginx = Processes.start(run, dir.resolve("nginx.out"));
        DebianServers.awaitPort(port, nginx, dir.resolve("nginx.out"));
        for (String webPort : gunicorns.keySet()) {
            DebianServers.awaitPort(Integer.parseInt(webPort), gunicorns.get(webPort), dir.resolve("gunicorn-" + webPort + ".log"));
        }
    }

    @AfterEach
    void stop() {
        Processes.stop(nginx);
        gunicorns.values().forEach(SupersetStandIn::stopGroup);
        Processes.deleteRecursively(dir);
    }

    @Test
    void concurrentSlowRequestsSpreadOverEveryGunicorn() {
        Map<String, Integer> servedBy = fire(30, "/slow?s=2");
        System.out.println("30 concurrent 2 s requests through nginx, per gunicorn port: " + servedBy);
        assertThat(servedBy.keySet()).containsExactlyInAnyOrderElementsOf(gunicorns.keySet());
        // least_conn keeps in-flight work level: no gunicorn gets much more than its share.
        servedBy.values().forEach(count -> assertThat(count).isBetween(30 / GUNICORNS - 3, 30 / GUNICORNS + 3));
    }

    @Test
    void aKilledGunicornIsTakenOutAndRequestsKeepSucceeding() {
        String killed = gunicorns.keySet().iterator().next();
        SupersetStandIn.killGroup(gunicorns.get(killed));
        Map<String, Integer> servedBy = new TreeMap<>();
        for (int i = 0; i < 30; i++) {
            servedBy.merge(get("/health"), 1, Integer::sum);
        }
        System.out.println("30 requests after gunicorn " + killed + " was killed, per gunicorn port: " + servedBy);
        assertThat(servedBy).doesNotContainKey(killed).doesNotContainKey("FAILED");
        assertThat(servedBy.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(30);
        assertThat(dev.superscale.acceptance.support.CeleryRuns.read(dir.resolve("superset-error.log"))).contains("127.0.0.1:" + killed);
    }

    private Map<String, Integer> fire(int requests, String path) {
        List<CompletableFuture<String>> calls = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> get(path)));
            DebianServers.sleep(20);
        }
        Map<String, Integer> servedBy = new TreeMap<>();
        calls.forEach(call -> servedBy.merge(call.join(), 1, Integer::sum));
        return servedBy;
    }

    private String get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "FAILED";
        } catch (Exception e) {
            return "FAILED";
        }
    }

    private Process startGunicorn(int webPort) {
        SupersetStandIn environment = SupersetStandIn.render(plan, dir, 1, "127.0.0.1:1");
        environment.environment().put("PYTHONPATH", SupersetStandIn.resource("wsgi-standin").toString());
        environment.environment().put("SERVED_BY", Integer.toString(webPort));
        List<String> command = new ArrayList<>(ProcessCommands.gunicorn(plan));
        command.set(command.indexOf("--bind") + 1, "127.0.0.1:" + webPort);
        return environment.start(command, dir.resolve("gunicorn-" + webPort + ".log"));
    }
}
