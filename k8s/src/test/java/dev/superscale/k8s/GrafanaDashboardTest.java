package dev.superscale.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.superscale.capacity.Preset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Grafana dashboard ConfigMap: labelled for Grafana's sidecar, valid JSON, one panel per alert signal on the same
 * PromQL the PrometheusRule compares, every metric it names emitted by an exporter the charts deploy, and every
 * expression accepted by promtool.
 */
class GrafanaDashboardTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern SELECTED_METRIC = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");
    /** oliver006/redis_exporter: redis_key_size (--check-single-keys), redis_memory_used_bytes and redis_memory_max_bytes (INFO memory). */
    private static final Set<String> REDIS_EXPORTER = Set.of("redis_key_size", "redis_memory_used_bytes", "redis_memory_max_bytes");
    /** prometheus-community/pgbouncer_exporter collector.go, SHOW POOLS: sv_active, sv_idle, sv_used, sv_tested, sv_login. */
    private static final Set<String> PGBOUNCER_EXPORTER = Set.of("pgbouncer_pools_server_active_connections", "pgbouncer_pools_server_idle_connections",
            "pgbouncer_pools_server_used_connections", "pgbouncer_pools_server_testing_connections", "pgbouncer_pools_server_login_connections");
    /** kube-state-metrics' Deployment metrics (docs/metrics/workload/deployment-metrics.md). */
    private static final Set<String> KUBE_STATE_METRICS = Set.of("kube_deployment_spec_replicas", "kube_deployment_status_replicas_available");

    @ParameterizedTest
    @EnumSource(Preset.class)
    void panelsPlotTheAlertSignalsOnMetricsTheExportersEmit(Preset preset, @TempDir Path dir) throws Exception {
        SupersetK8sProps props = K8sFixtures.props(preset);
        List<JsonNode> manifests = K8sSynth.manifests(K8sSynth.render(props));
        JsonNode configMap = manifests.stream().filter(d -> d.path("kind").asText().equals("ConfigMap")
                && d.path("metadata").path("labels").has(GrafanaDashboard.SIDECAR_LABEL)).findFirst().orElseThrow();
        assertThat(configMap.path("metadata").path("labels").path(GrafanaDashboard.SIDECAR_LABEL).asText()).isEqualTo("1");
        JsonNode dashboard = JSON.readTree(configMap.path("data").path(GrafanaDashboard.FILE).asText());

        Set<String> emitted = new HashSet<>(REDIS_EXPORTER);
        emitted.addAll(KUBE_STATE_METRICS);
        emitted.addAll(PGBOUNCER_EXPORTER);
        emitted.addAll(statsdExporterNames(manifests));

        List<String> exprs = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        Set<String> cells = new HashSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(ids.add(panel.path("id").asLong())).as("panel ids are unique").isTrue();
            JsonNode grid = panel.path("gridPos");
            assertThat(cells.add(grid.path("x").asInt() + "," + grid.path("y").asInt())).as("panels do not overlap").isTrue();
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText();
                exprs.add(expr);
                Matcher metric = SELECTED_METRIC.matcher(expr);
                int found = 0;
                while (metric.find()) {
                    found++;
                    assertThat(emitted).as(panel.path("title").asText() + " reads " + metric.group(1)).contains(metric.group(1));
                }
                assertThat(found).as(expr).isPositive();
            }
        }
        // Each alert compares one of the plotted signals with its threshold.
        JsonNode rules = manifests.stream().filter(d -> d.path("kind").asText().equals("PrometheusRule")).findFirst().orElseThrow();
        for (JsonNode rule : rules.path("spec").path("groups").get(0).path("rules")) {
            String expr = rule.path("expr").asText();
            assertThat(exprs).as(rule.path("alert").asText()).anyMatch(signal -> expr.startsWith(signal + " > ") || expr.startsWith(signal + " < "));
        }

        // promtool parses every panel expression (as recording rules).
        ObjectNode file = JSON.createObjectNode();
        ArrayNode recordings = file.putArray("groups").addObject().put("name", "dashboard").putArray("rules");
        for (int i = 0; i < exprs.size(); i++) {
            recordings.addObject().put("record", "superset:panel_" + i).put("expr", exprs.get(i));
        }
        Files.writeString(dir.resolve("panels.yaml"), JSON.writeValueAsString(file));
        Promtool check = Promtool.checkRules(dir, "panels.yaml");
        assertThat(check.exitCode()).as(check.output()).isZero();
    }

    /** The names the rendered statsd-exporter mapping gives (a histogram also serves NAME_bucket, NAME_sum and NAME_count). */
    private static Set<String> statsdExporterNames(List<JsonNode> manifests) throws Exception {
        Set<String> names = new HashSet<>();
        for (JsonNode doc : manifests) {
            if (doc.path("kind").asText().equals("ConfigMap") && doc.path("data").has(StatsdExporter.MAPPING_FILE)) {
                JsonNode mapping = YAML.readTree(doc.path("data").path(StatsdExporter.MAPPING_FILE).asText());
                for (JsonNode m : mapping.path("mappings")) {
                    String name = m.path("name").asText();
                    names.add(name);
                    if (m.has("histogram_options")) {
                        names.addAll(List.of(name + "_bucket", name + "_sum", name + "_count"));
                    }
                }
            }
        }
        return names;
    }
}
