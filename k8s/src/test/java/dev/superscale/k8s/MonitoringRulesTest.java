package dev.superscale.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.superscale.capacity.AlertThresholds;
import dev.superscale.capacity.Preset;
import java.io.IOException;
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

    static JsonNode rule(SupersetK8sProps props) {
        return K8sSynth.manifests(K8sSynth.render(props)).stream().filter(d -> d.path("kind").asText().equals("PrometheusRule"))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void promtoolAcceptsTheRuleGroupsAndEveryAlertFiresJustPastItsThresholdOnly(Preset preset, @TempDir Path dir) throws Exception {
        SupersetK8sProps props = K8sFixtures.props(preset);
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
            } else {
                throw new AssertionError("no synthetic series for alert " + alert + ": add them here");
            }
            alertCount++;
            cases.add(testCase(alert, above, evalMinutes, rule, extraLabels, true));
            cases.add(testCase(alert, below, evalMinutes, rule, extraLabels, false));
        }
        assertThat(alertCount).isEqualTo(props.getTopology().workers().size() + 2);
        Files.writeString(dir.resolve("tests.yaml"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tests));
        Promtool test = Promtool.testRules(dir, "tests.yaml");
        assertThat(test.exitCode()).as(test.output()).isZero();
        assertThat(test.output()).contains("SUCCESS");
    }

    private static ObjectNode testCase(String alert, List<String[]> series, long evalMinutes, JsonNode rule,
                                       Map<String, String> extraLabels, boolean fires) {
        ObjectNode test = JSON.createObjectNode();
        test.put("interval", "1m");
        ArrayNode input = test.putArray("input_series");
        for (String[] s : series) {
            input.addObject().put("series", s[0]).put("values", s[1] + "+0x" + (evalMinutes + 5));
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
