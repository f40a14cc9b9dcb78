package dev.superscale.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.superscale.capacity.AlertThresholds;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.superscale.capacity.Preset;
import dev.superscale.render.StatsdMappingRenderer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rendered PrometheusRule groups through promtool: {@code check rules} accepts them, and
 * {@code test rules} with synthetic series shows every alert firing just past the plan's threshold
 * and staying quiet at it.
 */
class MonitoringRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static JsonNode rule(SupersetK8sProps props) {
        return K8sSynth.manifests(K8sSynth.render(props)).stream().filter(d -> d.path("kind").asText().equals("PrometheusRule"))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void promtoolAcceptsTheRuleGroupsAndEveryAlertFiresJustPastItsThresholdOnly(Preset preset, @TempDir Path dir) throws Exception {
        checkEveryAlert(K8sFixtures.props(preset), dir);
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void withFlowerTheTaskFailureAlertFiresJustPastThePlansErrorRateOnly(Preset preset, @TempDir Path dir) throws Exception {
        checkEveryAlert(K8sFixtures.withFlower(preset).build(), dir);
    }

    private static void checkEveryAlert(SupersetK8sProps props, Path dir) throws Exception {
        JsonNode prometheusRule = rule(props);
        ObjectNode rulesFile = JSON.createObjectNode();
        rulesFile.set("groups", prometheusRule.path("spec").path("groups"));
        Files.writeString(dir.resolve("rules.yaml"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(rulesFile));
        Promtool check = Promtool.checkRules(dir, "rules.yaml");
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("SUCCESS");

        AlertThresholds alerts = props.getTopology().plan().alerts();
        String ns = props.getNamespace();
        ObjectNode tests = JSON.createObjectNode();
        tests.putArray("rule_files").add("rules.yaml");
        tests.put("evaluation_interval", "1m");
        ArrayNode cases = tests.putArray("tests");
        int alertCount = 0;
        for (JsonNode rule : prometheusRule.path("spec").path("groups").get(0).path("rules")) {
            String alert = rule.path("alert").asText();
            long forMinutes = (Long.parseLong(rule.path("for").asText().replace("s", "")) + 59) / 60;
            long evalMinutes = forMinutes + 2;
            Map<String, String> extraLabels = Map.of();
            List<String[]> above;
            List<String[]> below;
            if (alert.startsWith("SupersetCeleryQueueDepthHigh")) {
                String queue = rule.path("expr").asText().replaceAll(".*key=\"([^\"]+)\".*", "$1");
                String series = "redis_key_size{namespace=\"" + ns + "\",key=\"" + queue + "\"}";
                above = List.<String[]>of(new String[]{series, Long.toString(alerts.queueDepth().value() + 1)});
                below = List.<String[]>of(new String[]{series, Long.toString(alerts.queueDepth().value())});
            } else if (alert.equals("SupersetRedisBrokerMemoryHigh")) {
                long pct = alerts.redisMemoryPercent().value();
                String max = "redis_memory_max_bytes{namespace=\"" + ns + "\"}";
                String used = "redis_memory_used_bytes{namespace=\"" + ns + "\"}";
                above = List.of(new String[]{max, "1000"}, new String[]{used, Long.toString(10 * pct + 10)});
                below = List.of(new String[]{max, "1000"}, new String[]{used, Long.toString(10 * pct)});
            } else if (alert.equals("SupersetWorkersDown")) {
                long allowed = alerts.workersDownAllowed().value();
                String deployment = "superset-worker-interactive-spot";
                String spec = "kube_deployment_spec_replicas{namespace=\"" + ns + "\",deployment=\"" + deployment + "\"}";
                String available = "kube_deployment_status_replicas_available{namespace=\"" + ns + "\",deployment=\"" + deployment + "\"}";
                above = List.of(new String[]{spec, Long.toString(allowed + 3)}, new String[]{available, "2"});
                below = List.of(new String[]{spec, Long.toString(allowed + 3)}, new String[]{available, "3"});
                extraLabels = Map.of("deployment", deployment);
            } else if (alert.equals("SupersetDatabaseConnectionsHigh")) {
                // Spread over the states SHOW POOLS reports: the alert counts all of them.
                long limit = alerts.databaseConnectionsAbove().value();
                above = serverConnections(ns, limit + 1);
                below = serverConnections(ns, limit);
            } else if (alert.equals("SupersetWebLatencyHigh")) {
                // Every request in the bucket ending at the threshold (p95 just below it), or 6% in the next one (just above).
                List<BigDecimal> bounds = latencyBuckets(props);
                BigDecimal threshold = BigDecimal.valueOf(alerts.webP95LatencySeconds().value());
                assertThat(bounds).as("the threshold is a bucket bound").anyMatch(b -> b.compareTo(threshold) == 0);
                above = buckets(ns, bounds, threshold, 940);
                below = buckets(ns, bounds, threshold, 960);
            } else if (alert.equals("SupersetWebErrorRateHigh")) {
                long requests = 100_000;
                double atThreshold = alerts.errorRatePercent().value() / 100 * requests;
                String all = StatsdMappingRenderer.WEB_REQUESTS + "{namespace=\"" + ns + "\"}";
                String errors = StatsdMappingRenderer.WEB_RESPONSES + "{namespace=\"" + ns + "\",status=\"502\"}";
                String ok = StatsdMappingRenderer.WEB_RESPONSES + "{namespace=\"" + ns + "\",status=\"200\"}";
                above = List.of(new String[]{all, Long.toString(requests)}, new String[]{ok, Long.toString(requests - Math.round(atThreshold * 1.1))},
                        new String[]{errors, Long.toString(Math.round(atThreshold * 1.1))});
                below = List.of(new String[]{all, Long.toString(requests)}, new String[]{ok, Long.toString(requests - Math.round(atThreshold * 0.9))},
                        new String[]{errors, Long.toString(Math.round(atThreshold * 0.9))});
            } else if (alert.equals("SupersetChartCacheHitRatioLow")) {
                long loads = 10_000;
                double ratio = alerts.cacheHitRatioBelow().value();
                String hits = StatsdMappingRenderer.CHART_CACHE_HITS + "{namespace=\"" + ns + "\"}";
                String misses = StatsdMappingRenderer.CHART_CACHE_MISSES + "{namespace=\"" + ns + "\"}";
                long hitsAbove = Math.round(loads * (ratio - 0.01));
                long hitsBelow = Math.round(loads * (ratio + 0.01));
                above = List.of(new String[]{hits, Long.toString(hitsAbove)}, new String[]{misses, Long.toString(loads - hitsAbove)});
                below = List.of(new String[]{hits, Long.toString(hitsBelow)}, new String[]{misses, Long.toString(loads - hitsBelow)});
                // A cache that never hits has no hit series at all, and must still alert.
                cases.add(testCase(alert, List.<String[]>of(new String[]{misses, Long.toString(loads)}), evalMinutes, rule, extraLabels, true));
            } else if (alert.equals("SupersetCeleryTaskFailureRateHigh")) {
                // Flower's counter as flower/events.py labels it: worker, type (the Celery event), task.
                long finished = 100_000;
                long atThreshold = Math.round(alerts.errorRatePercent().value() / 100 * finished);
                String failed = "flower_events_total{namespace=\"" + ns + "\",worker=\"celery@worker-a\",type=\"task-failed\",task=\"reports\"}";
                String succeeded = "flower_events_total{namespace=\"" + ns + "\",worker=\"celery@worker-a\",type=\"task-succeeded\",task=\"reports\"}";
                // Received and started events of the same tasks are not finished tasks: they must not dilute the share.
                String started = "flower_events_total{namespace=\"" + ns + "\",worker=\"celery@worker-a\",type=\"task-started\",task=\"reports\"}";
                long failedAbove = Math.round(atThreshold * 1.1);
                long failedBelow = Math.round(atThreshold * 0.9);
                above = List.of(new String[]{failed, Long.toString(failedAbove)}, new String[]{succeeded, Long.toString(finished - failedAbove)},
                        new String[]{started, Long.toString(finished)});
                below = List.of(new String[]{failed, Long.toString(failedBelow)}, new String[]{succeeded, Long.toString(finished - failedBelow)},
                        new String[]{started, Long.toString(finished)});
            } else {
                throw new AssertionError("no synthetic series for alert " + alert + ": add them here");
            }
            alertCount++;
            cases.add(testCase(alert, above, evalMinutes, rule, extraLabels, true));
            cases.add(testCase(alert, below, evalMinutes, rule, extraLabels, false));
        }
        assertThat(alertCount).isEqualTo(props.getTopology().workers().size() + 3 + (props.getTopology().statsd() ? 3 : 0)
                + (props.getTopology().flower().isPresent() ? 1 : 0));
        Files.writeString(dir.resolve("tests.yaml"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tests));
        Promtool test = Promtool.testRules(dir, "tests.yaml");
        assertThat(test.exitCode()).as(test.output()).isZero();
        assertThat(test.output()).contains("SUCCESS");
    }

    /** The latency histogram's bounds, read from the rendered statsd-exporter mapping (what the exporter will use). */
    static List<BigDecimal> latencyBuckets(SupersetK8sProps props) throws IOException {
        JsonNode configMap = K8sSynth.manifests(K8sSynth.render(props)).stream()
                .filter(d -> d.path("kind").asText().equals("ConfigMap") && d.path("metadata").path("name").asText().equals("superset-statsd-exporter"))
                .findFirst().orElseThrow();
        JsonNode mapping = YAML.readTree(configMap.path("data").path("mapping.yaml").asText());
        for (JsonNode m : mapping.path("mappings")) {
            if (m.path("name").asText().equals(StatsdMappingRenderer.WEB_REQUEST_DURATION)) {
                List<BigDecimal> bounds = new ArrayList<>();
                m.path("histogram_options").path("buckets").forEach(b -> bounds.add(new BigDecimal(b.asText())));
                return bounds;
            }
        }
        throw new AssertionError("the mapping has no " + StatsdMappingRenderer.WEB_REQUEST_DURATION);
    }

    /** pgbouncer_exporter's server connection gauges of two replicas adding up to {@code total}. */
    private static List<String[]> serverConnections(String ns, long total) {
        List<String[]> series = new ArrayList<>();
        String[] states = {"active", "idle", "used", "testing", "login"};
        long[] counts = {total - 4 - total / 3, total / 3, 2, 1, 1};
        for (int i = 0; i < states.length; i++) {
            long first = counts[i] / 2;
            series.add(new String[]{"pgbouncer_pools_server_" + states[i] + "_connections{namespace=\"" + ns + "\",pod=\"pgbouncer-a\"}",
                    Long.toString(first)});
            series.add(new String[]{"pgbouncer_pools_server_" + states[i] + "_connections{namespace=\"" + ns + "\",pod=\"pgbouncer-b\"}",
                    Long.toString(counts[i] - first)});
        }
        return series;
    }

    /** Cumulative bucket counters per minute: none below the threshold's bucket, {@code atThreshold} of 1000 in it, all above. */
    private static List<String[]> buckets(String ns, List<BigDecimal> bounds, BigDecimal threshold, long atThreshold) {
        List<String[]> series = new ArrayList<>();
        for (BigDecimal bound : bounds) {
            int order = bound.compareTo(threshold);
            long count = order < 0 ? 0 : order == 0 ? atThreshold : 1000;
            series.add(new String[]{StatsdMappingRenderer.WEB_REQUEST_DURATION + "_bucket{namespace=\"" + ns + "\",le=\"" + bound.toPlainString() + "\"}",
                    Long.toString(count)});
        }
        series.add(new String[]{StatsdMappingRenderer.WEB_REQUEST_DURATION + "_bucket{namespace=\"" + ns + "\",le=\"+Inf\"}", "1000"});
        return series;
    }

    private static ObjectNode testCase(String alert, List<String[]> series, long evalMinutes, JsonNode rule,
                                       Map<String, String> extraLabels, boolean fires) {
        ObjectNode test = JSON.createObjectNode();
        test.put("interval", "1m");
        ArrayNode input = test.putArray("input_series");
        for (String[] s : series) {
            // Counters (Prometheus' names end in _total or _bucket) grow by the value each minute; gauges hold it.
            String metric = s[0].substring(0, s[0].indexOf('{'));
            boolean counter = metric.endsWith("_total") || metric.endsWith("_bucket");
            input.addObject().put("series", s[0]).put("values", (counter ? "0+" + s[1] : s[1] + "+0") + "x" + (evalMinutes + 5));
        }
        ObjectNode expectation = test.putArray("alert_rule_test").addObject();
        expectation.put("eval_time", evalMinutes + "m").put("alertname", alert);
        ArrayNode expected = expectation.putArray("exp_alerts");
        if (fires) {
            ObjectNode one = expected.addObject();
            ObjectNode labels = one.putObject("exp_labels");
            rule.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            extraLabels.forEach(labels::put);
            ObjectNode annotations = one.putObject("exp_annotations");
            rule.path("annotations").fields().forEachRemaining(e -> annotations.put(e.getKey(), e.getValue().asText()));
        }
        return test;
    }
}
