package dev.superscale.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.superscale.acceptance.support.DebianServers;
import dev.superscale.acceptance.support.Processes;
import dev.superscale.acceptance.support.SupersetStandIn;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import dev.superscale.render.ProcessCommands;
import dev.superscale.render.StatsdMappingRenderer;
import dev.superscale.render.SupersetEnvironment;
import dev.superscale.topology.SupersetTopology;
import dev.superscale.topology.TopologyOption;
import java.math.BigDecimal;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The StatsD lines the Superset processes really send, against the statsd-exporter mapping the topology renders:
 * the topology's own web command line runs a real gunicorn (Debian's; the WSGI app is the wsgi-standin, answering
 * /health and /status?code=C) with --statsd-host pointed at a UDP socket of this test, and the rendered
 * superset_config.py builds its STATS_LOGGER over the real statsd package (Superset's stats_logger module is the
 * stand-in, same classes and constructor). Every line must be matched by the mapping, and every mapping must match
 * a line: the Prometheus names the alerts use then exist.
 */
class StatsdMetricsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern LINE = Pattern.compile("([^:]+):([^|]+)\\|([a-z]+).*");

    @TempDir
    Path dir;

    private final CapacityPlan plan = CapacityPlanner.planFor(Preset.ENTERPRISE.load());
    private final SupersetTopology topology = SupersetTopology.of(plan, EnumSet.of(TopologyOption.STATSD));

    /** One glob mapping of the exporter's file: statsd_exporter's '*' matches one run of characters without a dot. */
    record Mapping(String match, String name, Map<String, String> labels) {
        Optional<Map<String, String>> labelsOf(String statsdName) {
            Matcher m = Pattern.compile(java.util.Arrays.stream(match.split("\\*", -1)).map(Pattern::quote)
                    .reduce((a, b) -> a + "([^.]+)" + b).orElseThrow()).matcher(statsdName);
            if (!m.matches()) {
                return Optional.empty();
            }
            Map<String, String> values = new TreeMap<>();
            labels.forEach((label, template) -> {
                String value = template;
                for (int group = m.groupCount(); group >= 1; group--) {
                    value = value.replace("$" + group, m.group(group));
                }
                values.put(label, value);
            });
            return Optional.of(values);
        }
    }

    @Test
    void theMappingIsWellFormedAndItsLatencyBucketsHoldTheThreshold() throws Exception {
        JsonNode file = YAML.readTree(topology.statsdMapping());
        assertThat(file.path("defaults").path("match_type").asText()).isEqualTo("glob");
        assertThat(file.path("defaults").path("observer_type").asText()).isIn("histogram", "summary");
        for (JsonNode m : file.path("mappings")) {
            assertThat(m.path("name").asText()).as("a Prometheus metric name").matches("[a-zA-Z_:][a-zA-Z0-9_:]*");
            long stars = m.path("match").asText().chars().filter(c -> c == '*').count();
            m.path("labels").forEach(template -> assertThat(template.asText()).as("labels refer to a '*' of the match")
                    .matches("\\$[1-" + Math.max(1, stars) + "]"));
            if (stars == 0) {
                assertThat(m.has("labels")).isFalse();
            }
        }
        JsonNode latency = mappings(file).stream().filter(m -> m.path("name").asText().equals(StatsdMappingRenderer.WEB_REQUEST_DURATION))
                .findFirst().orElseThrow();
        List<BigDecimal> buckets = new ArrayList<>();
        latency.path("histogram_options").path("buckets").forEach(b -> buckets.add(new BigDecimal(b.asText())));
        assertThat(buckets).isSorted().doesNotHaveDuplicates();
        assertThat(buckets).anyMatch(b -> b.compareTo(BigDecimal.valueOf(plan.alerts().webP95LatencySeconds().value())) == 0);
    }

    @Test
    void gunicornSendsRequestsDurationsAndStatusesTheMappingNames() throws Exception {
        try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            int webPort = DebianServers.freePort();
            SupersetStandIn environment = SupersetStandIn.render(plan, dir, 1, "127.0.0.1:1");
            environment.environment().put("PYTHONPATH", SupersetStandIn.resource("wsgi-standin").toString());
            environment.environment().put(SupersetEnvironment.STATSD_HOST, "127.0.0.1");
            environment.environment().put(SupersetEnvironment.STATSD_PORT, Integer.toString(udp.getLocalPort()));
            List<String> command = new ArrayList<>(topology.web().command());
            String bind = "--bind 0.0.0.0:" + ProcessCommands.WEB_PORT;
            assertThat(command).hasSize(3).startsWith("/bin/sh", "-c");
            assertThat(command.get(2)).contains(bind);
            command.set(2, command.get(2).replace(bind, "--bind 127.0.0.1:" + webPort));
            Path log = dir.resolve("gunicorn.log");
            Process gunicorn = environment.start(command, log);
            try {
                DebianServers.awaitPort(webPort, gunicorn, log);
                HttpClient http = HttpClient.newHttpClient();
                Map<String, Integer> sent = new TreeMap<>(Map.of("/health", 3, "/status?code=502", 1));
                for (Map.Entry<String, Integer> path : sent.entrySet()) {
                    for (int i = 0; i < path.getValue(); i++) {
                        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + path.getKey())).timeout(Duration.ofSeconds(10)).build(),
                                HttpResponse.BodyHandlers.discarding());
                    }
                }
                List<String[]> lines = receive(udp, l -> l[0].endsWith("gunicorn.requests"), 4);
                List<Mapping> mappings = mappings(YAML.readTree(topology.statsdMapping())).stream().map(StatsdMetricsTest::mapping).toList();
                Map<String, List<String[]>> byMetric = byMetric(lines, mappings);
                System.out.println("gunicorn's StatsD lines by the Prometheus name they map to: "
                        + byMetric.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size()).toList());
                assertThat(byMetric.get(StatsdMappingRenderer.WEB_REQUESTS)).hasSize(4).allMatch(l -> l[2].equals("c"));
                assertThat(byMetric.get(StatsdMappingRenderer.WEB_REQUEST_DURATION)).hasSize(4).allMatch(l -> l[2].equals("ms"));
                Mapping responses = mappings.stream().filter(m -> m.name().equals(StatsdMappingRenderer.WEB_RESPONSES)).findFirst().orElseThrow();
                List<String> statuses = byMetric.get(StatsdMappingRenderer.WEB_RESPONSES).stream()
                        .map(l -> responses.labelsOf(l[0]).orElseThrow().get(StatsdMappingRenderer.STATUS_LABEL)).sorted().toList();
                assertThat(statuses).containsExactly("200", "200", "200", "502");
            } finally {
                SupersetStandIn.stopGroup(gunicorn);
            }
        }
    }

    @Test
    void supersetsStatsLoggerSendsTheChartCacheCountersTheMappingNames() throws Exception {
        try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            SupersetStandIn superset = SupersetStandIn.render(plan, dir, 6380, "cache.internal:6379");
            superset.environment().put(SupersetEnvironment.STATSD_HOST, "127.0.0.1");
            superset.environment().put(SupersetEnvironment.STATSD_PORT, Integer.toString(udp.getLocalPort()));
            Processes.Result result = superset.python("stats_probe.py").requireSuccess(List.of("stats_probe.py"));
            assertThat(result.stdout().trim()).isEqualTo("StatsdStatsLogger");
            List<String[]> lines = receive(udp, l -> true, 2);
            List<Mapping> mappings = mappings(YAML.readTree(topology.statsdMapping())).stream().map(StatsdMetricsTest::mapping).toList();
            Map<String, List<String[]>> byMetric = byMetric(lines, mappings);
            assertThat(byMetric.get(StatsdMappingRenderer.CHART_CACHE_HITS)).hasSize(1).allMatch(l -> l[2].equals("c"));
            assertThat(byMetric.get(StatsdMappingRenderer.CHART_CACHE_MISSES)).hasSize(1).allMatch(l -> l[2].equals("c"));
        }
    }

    @Test
    void withoutAReceiverSupersetKeepsItsSilentLogger() {
        SupersetStandIn superset = SupersetStandIn.render(plan, dir, 6380, "cache.internal:6379");
        Processes.Result result = superset.python("stats_probe.py").requireSuccess(List.of("stats_probe.py"));
        assertThat(result.stdout().trim()).isEqualTo("DummyStatsLogger");
    }

    /** Lines by the Prometheus name of the mapping that matches them; a line no mapping matches fails the test. */
    private static Map<String, List<String[]>> byMetric(List<String[]> lines, List<Mapping> mappings) {
        Map<String, List<String[]>> byMetric = new TreeMap<>();
        for (String[] line : lines) {
            // gunicorn's worker gauge and log counters are not alerted on; the exporter maps them by its default rule.
            if (line[0].contains(".gunicorn.workers") || line[0].contains(".gunicorn.log.")) {
                continue;
            }
            List<Mapping> matching = mappings.stream().filter(m -> m.labelsOf(line[0]).isPresent()).toList();
            assertThat(matching).as("mappings matching " + String.join("|", line)).hasSize(1);
            byMetric.computeIfAbsent(matching.get(0).name(), k -> new ArrayList<>()).add(line);
        }
        assertThat(byMetric.keySet()).as("every mapping of the senders' prefix matched a line")
                .containsAll(mappings.stream().map(Mapping::name).filter(n -> lines.stream().anyMatch(l -> sameSender(l[0], mappings, n))).toList());
        return byMetric;
    }

    private static boolean sameSender(String statsdName, List<Mapping> mappings, String metric) {
        String match = mappings.stream().filter(m -> m.name().equals(metric)).findFirst().orElseThrow().match();
        boolean gunicornMapping = match.startsWith(StatsdMappingRenderer.GUNICORN_PREFIX + ".");
        return gunicornMapping == statsdName.startsWith(StatsdMappingRenderer.GUNICORN_PREFIX + ".");
    }

    /** Receives lines until {@code expected} of them satisfy {@code counted} (then a moment more), or 15 s pass. */
    private static List<String[]> receive(DatagramSocket udp, java.util.function.Predicate<String[]> counted, int expected) throws Exception {
        List<String[]> lines = new ArrayList<>();
        udp.setSoTimeout(200);
        long deadline = System.nanoTime() + 15_000_000_000L;
        long settledAt = Long.MAX_VALUE;
        byte[] buffer = new byte[65_536];
        while (System.nanoTime() < Math.min(deadline, settledAt)) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                udp.receive(packet);
            } catch (SocketTimeoutException quiet) {
                continue;
            }
            for (String text : new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8).split("\n")) {
                Matcher m = LINE.matcher(text);
                assertThat(m.matches()).as("a StatsD line: " + text).isTrue();
                lines.add(new String[]{m.group(1), m.group(2), m.group(3)});
            }
            if (settledAt == Long.MAX_VALUE && lines.stream().filter(counted).count() >= expected) {
                settledAt = System.nanoTime() + 500_000_000L;
            }
        }
        assertThat(lines.stream().filter(counted).count()).as("lines received: " + lines.size()).isGreaterThanOrEqualTo(expected);
        return lines;
    }

    private static List<JsonNode> mappings(JsonNode file) {
        List<JsonNode> out = new ArrayList<>();
        file.path("mappings").forEach(out::add);
        return out;
    }

    private static Mapping mapping(JsonNode m) {
        Map<String, String> labels = new TreeMap<>();
        m.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return new Mapping(m.path("match").asText(), m.path("name").asText(), labels);
    }
}
