package dev.superscale.k8s.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Strict validation of Kubernetes manifests against the Kubernetes 1.34 OpenAPI definitions and
 * the CRD schemas in {@code shared/k8s-schemas}, the way kubeconform's strict mode does it:
 * {@code additionalProperties: false} on every object schema that lists properties and sets none
 * (for CRDs everywhere but the root), int-or-string as string or integer. A misspelt or misplaced
 * field is an error, not a silently ignored key. The schemas carry no enums for core types, so
 * enum-valued fields are checked by the tests, not here.
 */
public final class StrictSchemas {

    /** Where the schemas are looked for when neither the system property nor the environment names a folder. */
    public static final String SCHEMAS_PROPERTY = "superscale.k8sSchemas";
    public static final String SCHEMAS_ENV = "SUPERSCALE_K8S_SCHEMAS";
    public static final String KUBERNETES_VERSION = "v1.34.0";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode definitions;
    private final Map<String, String> coreKinds = new HashMap<>();
    private final Map<String, JsonNode> crdSchemas = new HashMap<>();
    private final Map<String, Schema> compiled = new HashMap<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    private StrictSchemas(Path root) throws IOException {
        ObjectNode defs = (ObjectNode) new ObjectMapper().readTree(
                root.resolve("kubernetes").resolve(KUBERNETES_VERSION).resolve("_definitions.json").toFile()).get("definitions");
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> definition = it.next();
            for (JsonNode gvk : definition.getValue().path("x-kubernetes-group-version-kind")) {
                coreKinds.put(key(apiVersion(gvk.path("group").asText(), gvk.path("version").asText()), gvk.path("kind").asText()),
                        definition.getKey());
            }
            strict(definition.getValue(), true);
        }
        this.definitions = defs;
        try (Stream<Path> files = Files.list(root.resolve("crds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                readCrd(file);
            }
        }
    }

    /** Loads the schemas from a {@code k8s-schemas} folder. */
    public static StrictSchemas load(Path schemasFolder) {
        try {
            return new StrictSchemas(schemasFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Kubernetes schemas in " + schemasFolder, e);
        }
    }

    /**
     * The {@code k8s-schemas} folder: the system property {@value #SCHEMAS_PROPERTY}, else the
     * environment variable {@value #SCHEMAS_ENV}, else {@code ../shared/k8s-schemas} beside the
     * repository root found above {@code start} (the folder holding {@code cdk.json}).
     */
    public static Optional<Path> locate(Path start) {
        String given = System.getProperty(SCHEMAS_PROPERTY, System.getenv(SCHEMAS_ENV));
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given));
        }
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("cdk.json"))) {
                Path shared = dir.resolveSibling("shared").resolve("k8s-schemas");
                return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The kinds this validator knows, as "apiVersion/kind". */
    public Set<String> kinds() {
        Set<String> all = new LinkedHashSet<>(new TreeMap<>(coreKinds).keySet());
        all.addAll(new TreeMap<>(crdSchemas).keySet());
        return all;
    }

    /** Problems of one document ("Kind/name: message"), empty when it is valid; an unknown kind is a problem. */
    public List<String> validate(JsonNode document) {
        String apiVersion = document.path("apiVersion").asText();
        String kind = document.path("kind").asText();
        String label = kind + "/" + document.path("metadata").path("name").asText("?");
        Schema schema = schemaFor(apiVersion, kind);
        if (schema == null) {
            return List.of(label + ": no schema for apiVersion " + apiVersion + " kind " + kind);
        }
        List<String> problems = new ArrayList<>();
        for (com.networknt.schema.Error error : schema.validate(document)) {
            problems.add(label + ": " + error.getInstanceLocation() + " " + error.getMessage());
        }
        return problems;
    }

    /** Problems of every document, in order. */
    public List<String> validateAll(List<JsonNode> documents) {
        List<String> problems = new ArrayList<>();
        documents.forEach(d -> problems.addAll(validate(d)));
        return problems;
    }

    private synchronized Schema schemaFor(String apiVersion, String kind) {
        String key = key(apiVersion, kind);
        Schema cached = compiled.get(key);
        if (cached != null) {
            return cached;
        }
        ObjectNode root;
        if (coreKinds.containsKey(key)) {
            // Only the definitions this kind reaches: a small schema per kind compiles fast.
            String name = coreKinds.get(key);
            root = JSON.objectNode();
            root.put("$ref", "#/definitions/" + name);
            root.set("definitions", reachable(name));
        } else if (crdSchemas.containsKey(key)) {
            root = (ObjectNode) crdSchemas.get(key);
        } else {
            return null;
        }
        Schema schema = registry.getSchema(root);
        compiled.put(key, schema);
        return schema;
    }

    private ObjectNode reachable(String start) {
        ObjectNode out = JSON.objectNode();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (out.has(name)) {
                continue;
            }
            JsonNode definition = definitions.get(name);
            out.set(name, definition);
            definition.findValues("$ref").forEach(ref -> todo.push(ref.asText().substring("#/definitions/".length())));
        }
        return out;
    }

    private void readCrd(Path file) throws IOException {
        try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
            for (Iterator<JsonNode> docs = YAML.readValues(parser, JsonNode.class); docs.hasNext(); ) {
                JsonNode crd = docs.next();
                if (crd == null || !"CustomResourceDefinition".equals(crd.path("kind").asText())) {
                    continue;
                }
                String group = crd.path("spec").path("group").asText();
                String kind = crd.path("spec").path("names").path("kind").asText();
                for (JsonNode version : crd.path("spec").path("versions")) {
                    JsonNode schema = version.path("schema").path("openAPIV3Schema");
                    if (schema.isObject() && version.path("served").asBoolean(true)) {
                        strict(schema, false);
                        crdSchemas.put(key(apiVersion(group, version.path("name").asText()), kind), schema);
                    }
                }
            }
        }
    }

    /** The kubeconform rewrite, following schema structure only (CRDs have properties literally named "properties"). */
    static void strict(JsonNode node, boolean closeThisObject) {
        if (!(node instanceof ObjectNode schema)) {
            return;
        }
        if ("int-or-string".equals(schema.path("format").asText()) || schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            schema.remove("type");
            schema.remove("format");
            schema.remove("anyOf");
            ArrayNode oneOf = schema.putArray("oneOf");
            oneOf.addObject().put("type", "string");
            oneOf.addObject().put("type", "integer");
        }
        JsonNode properties = schema.get("properties");
        if (properties instanceof ObjectNode props) {
            props.elements().forEachRemaining(p -> strict(p, true));
            boolean open = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            if (closeThisObject && !open && !schema.has("additionalProperties")) {
                schema.put("additionalProperties", false);
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && additional.isObject()) {
            strict(additional, true);
        }
        JsonNode items = schema.get("items");
        if (items != null && items.isObject()) {
            strict(items, true);
        } else if (items != null && items.isArray()) {
            items.elements().forEachRemaining(i -> strict(i, true));
        }
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            JsonNode options = schema.get(combinator);
            if (options != null && options.isArray()) {
                options.elements().forEachRemaining(o -> strict(o, true));
            }
        }
    }

    private static String apiVersion(String group, String version) {
        return group.isEmpty() ? version : group + "/" + version;
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + "/" + kind;
    }
}
