package dev.superscale.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.superscale.acceptance.support.DebianServers;
import dev.superscale.acceptance.support.Processes;
import dev.superscale.acceptance.support.SupersetStandIn;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import dev.superscale.render.RedisSettings;
import dev.superscale.render.SupersetEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A broker Redis whose certificate a private CA signs (as Memorystore's are): the rendered config's Redis clients
 * (cachelib, Flask-Caching, redis-py as Flask-Limiter opens it, kombu and Celery's result backend, and a task
 * published and consumed through them) connect with {@link SupersetEnvironment#REDIS_CA_FILE} pointing at that CA,
 * and fail certificate verification without it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisTlsTrustTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CLIENTS = List.of("results_backend", "state_store", "rate_limit_storage", "broker", "result_backend");
    private final CapacityPlan plan = CapacityPlanner.planFor(Preset.ENTERPRISE.load());
    private Path dir;
    private Process redis;
    private SupersetStandIn superset;

    @BeforeAll
    void startTlsRedis() {
        dir = Processes.scratchDirectory("superscale-redis-tls");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=superscale test redis CA",
                "-keyout", dir.resolve("ca.key").toString(), "-out", dir.resolve("ca.pem").toString());
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
                "-keyout", dir.resolve("server.key").toString(), "-out", dir.resolve("server.csr").toString());
        write(dir.resolve("san.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        openssl("x509", "-req", "-in", dir.resolve("server.csr").toString(), "-CA", dir.resolve("ca.pem").toString(),
                "-CAkey", dir.resolve("ca.key").toString(), "-CAcreateserial", "-days", "2", "-extfile", dir.resolve("san.ext").toString(),
                "-out", dir.resolve("server.pem").toString());
        int port = DebianServers.freePort();
        String conf = RedisSettings.toRedisConf(RedisSettings.broker(plan)) + String.join("\n", "requirepass \"broker/pass\"",
                "port 0", "tls-port " + port, "bind 127.0.0.1", "dir " + dir, "daemonize no", "logfile \"\"",
                "tls-cert-file " + dir.resolve("server.pem"), "tls-key-file " + dir.resolve("server.key"),
                "tls-ca-cert-file " + dir.resolve("ca.pem"), "tls-auth-clients no", "");
        write(dir.resolve("redis.conf"), conf);
        Path log = dir.resolve("redis.log");
        redis = Processes.start(List.of(DebianServers.executable("/usr/bin/redis-server").toString(), dir.resolve("redis.conf").toString()), log);
        DebianServers.awaitPort(port, redis, log);
        superset = SupersetStandIn.render(plan, dir, port, "127.0.0.1:" + port);
        superset.environment().put(SupersetEnvironment.REDIS_TLS, "true");
    }

    @AfterAll
    void stop() {
        if (redis != null) {
            Processes.stop(redis);
        }
        Processes.deleteRecursively(dir);
    }

    @Test
    void everyClientVerifiesTheServerAgainstTheGivenCaAndATaskRoundTrips() throws Exception {
        superset.environment().put(SupersetEnvironment.REDIS_CA_FILE, dir.resolve("ca.pem").toString());
        JsonNode result = probe();
        for (String client : CLIENTS) {
            assertThat(result.get(client).get("ok").asBoolean()).as(client + ": " + result.get(client).get("error").asText()).isTrue();
        }
        assertThat(result.get("task_round_trip").get("ok").asBoolean()).as(result.get("task_round_trip").get("error").asText()).isTrue();
    }

    @Test
    void withoutTheCaEveryClientRefusesTheServersCertificate() throws Exception {
        superset.environment().remove(SupersetEnvironment.REDIS_CA_FILE);
        JsonNode result = probe();
        for (String client : CLIENTS) {
            assertThat(result.get(client).get("ok").asBoolean()).as(client).isFalse();
            assertThat(result.get(client).get("error").asText()).as(client).containsIgnoringCase("certificate verify failed");
        }
    }

    private JsonNode probe() throws Exception {
        Processes.Result run = superset.python("redis_tls_probe.py");
        return JSON.readTree(run.requireSuccess(List.of("redis_tls_probe.py")).stdout());
    }

    private void openssl(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Processes.run(command, Map.of(), 60).requireSuccess(command);
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
