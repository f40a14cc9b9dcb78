package dev.superscale.k8s.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What the CloudNativePG operator creates for a {@code Cluster}, so the audit can follow paths into it:
 * instance pods labelled {@code cnpg.io/cluster: NAME} that listen on 5432 (PostgreSQL), 8000 (the
 * instance manager's status) and 9187 (metrics), and the Services {@code NAME-rw}, {@code NAME-ro} and
 * {@code NAME-r} on 5432 (CloudNativePG documentation, "Architecture" and "Service management"). The
 * role labels that move between pods on a failover are left out: the audit sees every instance.
 */
final class CloudNativePgObjects {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CloudNativePgObjects() {
    }

    static boolean isCluster(JsonNode d) {
        return d != null && d.path("kind").asText().equals("Cluster") && d.path("apiVersion").asText().startsWith("postgresql.cnpg.io/");
    }

    /** The instance pods' template as the audit reads one. */
    static JsonNode instanceTemplate(JsonNode cluster) {
        ObjectNode template = JSON.objectNode();
        ObjectNode labels = template.putObject("metadata").putObject("labels");
        cluster.path("spec").path("inheritedMetadata").path("labels").fields().forEachRemaining(e -> labels.set(e.getKey(), e.getValue()));
        labels.put("cnpg.io/cluster", cluster.path("metadata").path("name").asText());
        labels.put("cnpg.io/podRole", "instance");
        ObjectNode container = template.putObject("spec").putArray("containers").addObject();
        container.put("name", "postgres");
        var list = container.putArray("ports");
        list.addObject().put("name", "postgresql").put("containerPort", 5432);
        list.addObject().put("name", "status").put("containerPort", 8000);
        list.addObject().put("name", "metrics").put("containerPort", 9187);
        return template;
    }

    /** The Services CloudNativePG creates for every Cluster among the documents. */
    static List<JsonNode> generated(List<JsonNode> documents) {
        List<JsonNode> services = new ArrayList<>();
        for (JsonNode d : documents) {
            if (!isCluster(d)) {
                continue;
            }
            String name = d.path("metadata").path("name").asText();
            for (String suffix : List.of("-rw", "-ro", "-r")) {
                ObjectNode service = JSON.objectNode();
                service.put("apiVersion", "v1").put("kind", "Service");
                ObjectNode meta = service.putObject("metadata");
                meta.put("name", name + suffix);
                if (d.path("metadata").has("namespace")) {
                    meta.put("namespace", d.path("metadata").path("namespace").asText());
                }
                ObjectNode spec = service.putObject("spec");
                spec.putObject("selector").put("cnpg.io/cluster", name);
                spec.putArray("ports").addObject().put("name", "postgres").put("port", 5432).put("targetPort", 5432).put("protocol", "TCP");
                services.add(service);
            }
        }
        return services;
    }
}
