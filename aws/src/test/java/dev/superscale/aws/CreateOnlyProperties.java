package dev.superscale.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The createOnlyProperties of CloudFormation resource types: the properties CloudFormation can only
 * set when it creates a resource, so changing one replaces the resource.
 *
 * <p>They come from CloudFormation's resource provider schemas. The copy inside the CDK's own
 * {@code CloudFormationValidatePlugin} (npm {@code @aws/cloudformation-validate}) is compiled into
 * its WebAssembly binary and no API returns it, so this reads the same schemas from cfn-lint, which
 * ships them as JSON and is installed on this project's machines: a python3 that imports it runs
 * {@code create_only_properties.py} (a test resource) once for all types.
 */
final class CreateOnlyProperties {

    private final String source;
    private final Map<String, List<String>> pointersByType;

    private CreateOnlyProperties(String source, Map<String, List<String>> pointersByType) {
        this.source = source;
        this.pointersByType = pointersByType;
    }

    /** Loads the schemas of the given types; fails naming what is missing when cfn-lint is not there. */
    static CreateOnlyProperties load(Collection<String> types) throws IOException, InterruptedException {
        Path script = Files.createTempFile("create_only_properties", ".py");
        try (InputStream in = CreateOnlyProperties.class.getResourceAsStream("create_only_properties.py")) {
            Files.write(script, in.readAllBytes());
        }
        byte[] out = null;
        List<String> failures = new ArrayList<>();
        for (String python : interpreters()) {
            List<String> command = new ArrayList<>(List.of(python, script.toString()));
            command.addAll(types);
            Process process;
            try {
                process = new ProcessBuilder(command).start();
            } catch (IOException notThere) {
                failures.add(python + ": " + notThere.getMessage());
                continue;
            }
            process.getOutputStream().close();
            byte[] stdout = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0) {
                out = stdout;
                break;
            }
            failures.add(python + ": " + err.strip().lines().reduce((a, b) -> b).orElse("exit " + process.exitValue()));
        }
        if (out == null) {
            throw new IllegalStateException("no python3 with cfn-lint found to read CloudFormation's resource schemas (set"
                    + " SUPERSCALE_CFN_LINT_PYTHON to one): " + failures);
        }
        Files.delete(script);
        JsonNode json = new ObjectMapper().readTree(out);
        Map<String, List<String>> pointers = new TreeMap<>();
        json.get("createOnlyProperties").properties().forEach(entry -> {
            List<String> list = new ArrayList<>();
            entry.getValue().forEach(p -> list.add(p.asText()));
            pointers.put(entry.getKey(), List.copyOf(list));
        });
        return new CreateOnlyProperties(json.get("source").asText(), pointers);
    }

    /**
     * Interpreters to try, first that imports cfnlint wins: SUPERSCALE_CFN_LINT_PYTHON, the
     * python3 on PATH, then pyenv's versions (where the machine image installs cfn-lint; a
     * non-interactive shell may have Debian's python3 first on PATH).
     */
    private static List<String> interpreters() throws IOException {
        List<String> candidates = new ArrayList<>();
        String chosen = System.getenv("SUPERSCALE_CFN_LINT_PYTHON");
        if (chosen != null && !chosen.isBlank()) {
            candidates.add(chosen);
        }
        candidates.add("python3");
        Path versions = Path.of(System.getProperty("user.home"), ".pyenv", "versions");
        if (Files.isDirectory(versions)) {
            try (var dirs = Files.list(versions)) {
                dirs.map(d -> d.resolve("bin").resolve("python3")).filter(Files::isExecutable)
                        .sorted(java.util.Comparator.reverseOrder()).forEach(p -> candidates.add(p.toString()));
            }
        }
        return candidates;
    }

    /** Where the schemas came from, e.g. "cfn-lint 1.51.0". */
    String source() {
        return source;
    }

    /** JSON pointers such as {@code /properties/CidrBlock} or {@code /properties/NodeGroupConfiguration/*}{@code /NodeGroupId}. */
    List<String> of(String type) {
        List<String> pointers = pointersByType.get(type);
        if (pointers == null) {
            throw new IllegalArgumentException("no schema loaded for " + type);
        }
        return pointers;
    }

    /**
     * The value a pointer selects in a resource's Properties, {@code *} expanding to every element
     * of a list; null when absent. Where an intrinsic function stands in for a nested value, the
     * function itself is the value (a change to it is a change to the property).
     */
    @SuppressWarnings("unchecked")
    static Object select(Object properties, String pointer) {
        String[] steps = pointer.replaceFirst("^/properties/", "").split("/");
        return select(properties, steps, 0);
    }

    @SuppressWarnings("unchecked")
    private static Object select(Object node, String[] steps, int at) {
        if (node == null || at == steps.length) {
            return node;
        }
        String step = steps[at];
        if (step.equals("*") && node instanceof List<?> list) {
            List<Object> values = new ArrayList<>();
            for (Object element : list) {
                values.add(select(element, steps, at + 1));
            }
            return values;
        }
        if (node instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.keySet().iterator().next().toString().matches("Fn::.*|Ref")) {
                return node;
            }
            return select(((Map<String, Object>) map).get(step), steps, at + 1);
        }
        return node;
    }
}
