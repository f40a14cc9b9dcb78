package dev.superscale.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.superscale.capacity.AlertThresholds;
import imports.k8s.KubeConfigMap;
import imports.k8s.KubeConfigMapProps;
import imports.k8s.ObjectMeta;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * A Grafana dashboard as a ConfigMap labelled {@code grafana_dashboard: "1"}, the label Grafana's dashboard sidecar
 * (kiwigrid k8s-sidecar in the Grafana Helm chart and kube-prometheus-stack) loads by default. One panel per alert
 * signal ({@link Signals}, the same PromQL the PrometheusRule compares), with the plan's threshold drawn as a line.
 * The JSON is built here, keys in a fixed order: the same plan gives the same bytes.
 */
public class GrafanaDashboard extends Construct {

    public static final String SIDECAR_LABEL = "grafana_dashboard";
    static final String FILE = "superset.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final KubeConfigMap configMap;
    private final String json;

    public GrafanaDashboard(Construct scope, String id, SupersetK8sProps props, List<String> queues) {
        super(scope, id);
        AlertThresholds alerts = props.getTopology().plan().alerts();
        Signals signals = new Signals(props.getNamespace());
        ObjectNode dashboard = JSON.createObjectNode();
        dashboard.put("title", "Superset (" + props.getNamespace() + ")");
        dashboard.put("uid", "superscale-" + props.getNamespace());
        dashboard.put("schemaVersion", 39);
        dashboard.put("editable", false);
        dashboard.putObject("time").put("from", "now-6h").put("to", "now");
        ObjectNode datasource = dashboard.putObject("templating").putArray("list").addObject();
        datasource.put("name", "datasource").put("type", "datasource").put("query", "prometheus").put("label", "Prometheus");
        ArrayNode panels = dashboard.putArray("panels");
        if (props.getTopology().statsd()) {
            panel(panels, "Web p95 latency", "s", alerts.webP95LatencySeconds().value(),
                    signals.webP95LatencySeconds(Signals.rangeSeconds(alerts.webLatencyWindow())), "p95");
            panel(panels, "Web 5xx share", "percent", alerts.errorRatePercent().value(),
                    signals.webErrorPercent(Signals.rangeSeconds(alerts.errorRateWindow())), "5xx %");
            panel(panels, "Chart cache hit ratio", "percentunit", alerts.cacheHitRatioBelow().value(),
                    signals.chartCacheHitRatio(Signals.rangeSeconds(alerts.cacheHitWindow())), "hit ratio");
        }
        for (String queue : queues) {
            panel(panels, "Celery queue " + queue, "short", alerts.queueDepth().value(), signals.queueDepth(queue), queue);
        }
        panel(panels, "PostgreSQL server connections (PgBouncer)", "short", alerts.databaseConnectionsAbove().value(),
                "(" + signals.databaseServerConnections() + ")", "connections");
        panel(panels, "Broker memory", "percent", alerts.redisMemoryPercent().value(), signals.brokerMemoryPercent(), "used %");
        panel(panels, "Worker replicas unavailable", "short", alerts.workersDownAllowed().value(), signals.workersUnavailable(),
                "{{deployment}}");
        try {
            this.json = JSON.writeValueAsString(dashboard) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> labels = new TreeMap<>(Labels.of("monitoring"));
        labels.put(SIDECAR_LABEL, "1");
        this.configMap = new KubeConfigMap(this, "ConfigMap", KubeConfigMapProps.builder()
                .metadata(ObjectMeta.builder().name("superset-grafana-dashboard").labels(labels).build())
                .data(Map.of(FILE, json)).build());
    }

    private static void panel(ArrayNode panels, String title, String unit, double threshold, String expr, String legend) {
        int index = panels.size();
        ObjectNode panel = panels.addObject();
        panel.put("id", index + 1);
        panel.put("type", "timeseries");
        panel.put("title", title);
        // Two panels a row, each 12 of Grafana's 24 columns wide and 8 rows high.
        panel.putObject("gridPos").put("h", 8).put("w", 12).put("x", (index % 2) * 12).put("y", (index / 2) * 8);
        panel.putObject("datasource").put("type", "prometheus").put("uid", "${datasource}");
        ObjectNode fieldConfig = panel.putObject("fieldConfig");
        ObjectNode defaults = fieldConfig.putObject("defaults");
        defaults.put("unit", unit);
        defaults.putObject("custom").putObject("thresholdsStyle").put("mode", "line");
        ObjectNode thresholds = defaults.putObject("thresholds");
        thresholds.put("mode", "absolute");
        ArrayNode steps = thresholds.putArray("steps");
        steps.addObject().put("color", "green").putNull("value");
        steps.addObject().put("color", "red").put("value", threshold);
        fieldConfig.putArray("overrides");
        panel.putObject("options").putObject("legend").put("displayMode", "list").put("placement", "bottom");
        panel.putArray("targets").addObject().put("refId", "A").put("expr", expr).put("legendFormat", legend);
    }

    public KubeConfigMap getConfigMap() {
        return configMap;
    }

    /** The dashboard JSON. */
    public String getJson() {
        return json;
    }
}
