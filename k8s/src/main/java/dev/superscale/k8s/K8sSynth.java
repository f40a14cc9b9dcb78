package dev.superscale.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.k8s.check.Manifests;
import dev.superscale.k8s.check.ObjectGraphAudit;
import dev.superscale.k8s.check.StrictSchemas;
import dev.superscale.topology.SupersetSecret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cdk8s.App;
import org.cdk8s.Chart;

/**
 * Renders the charts to YAML, one file per component plus kustomization.yaml, checks every manifest
 * (strict schema validation when the schemas are at hand, the object-graph audit always), and writes
 * the folder all or nothing: into a staging sibling first, then renamed into place.
 */
public final class K8sSynth {

    public static final String KUSTOMIZATION = "kustomization.yaml";
    /** Marks a folder as Superscale's Kubernetes output, so a later synth may replace it. */
    public static final String MARKER = ".superscale-k8s";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            // Without it "4" would be written as 4, and a string field would become an integer.
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.SPLIT_LINES))
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What was written. */
    public record Result(Path directory, Map<String, Integer> objectsPerFile, int objects, boolean schemaValidated) {
    }

    private K8sSynth() {
    }

    /** File name to YAML, in apply order, kustomization.yaml last. Deterministic: the same props give the same bytes. */
    public static Map<String, String> render(SupersetK8sProps props) {
        App app = new App();
        SupersetCharts charts = SupersetCharts.addTo(app, props);
        Map<String, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, Chart> chart : charts.getCharts().entrySet()) {
            StringBuilder yaml = new StringBuilder();
            for (Object manifest : chart.getValue().toJson()) {
                try {
                    yaml.append(YAML.writeValueAsString(JSON.valueToTree(manifest)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            files.put(chart.getKey() + ".yaml", yaml.toString());
        }
        StringBuilder kustomization = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n");
        files.keySet().forEach(f -> kustomization.append("- ").append(f).append('\n'));
        files.put(KUSTOMIZATION, kustomization.toString());
        return files;
    }

    /** Secrets the user creates before applying (documented in k8s/README.md). */
    public static Set<String> documentedSecrets(SupersetK8sProps props) {
        Set<String> names = new TreeSet<>();
        props.getTopology().secrets().forEach(s -> names.add(s.defaultName()));
        names.add(SupersetSecret.REDIS_BROKER_AUTH.defaultName());
        return names;
    }

    /** ConfigMaps the user creates before applying. */
    public static Set<String> documentedConfigMaps(SupersetK8sProps props) {
        return props.getPostgres().verifies() ? Set.of(ExternalPostgres.CA_CONFIG_MAP) : Set.of();
    }

    /** Every manifest of the rendered files (kustomization.yaml left out). */
    public static List<JsonNode> manifests(Map<String, String> files) {
        List<JsonNode> all = new ArrayList<>();
        files.forEach((name, yaml) -> {
            if (!name.equals(KUSTOMIZATION)) {
                all.addAll(Manifests.parse(yaml));
            }
        });
        return all;
    }

    /** Problems of the rendered files: schema violations (when {@code schemas} is given) and audit findings. */
    public static List<String> check(SupersetK8sProps props, Map<String, String> files, Optional<StrictSchemas> schemas) {
        List<JsonNode> manifests = manifests(files);
        List<String> problems = new ArrayList<>();
        schemas.ifPresent(s -> problems.addAll(s.validateAll(manifests)));
        problems.addAll(ObjectGraphAudit.audit(manifests, documentedSecrets(props), documentedConfigMaps(props)));
        return problems;
    }

    /** Problems with {@code out} as an output folder (it is replaced as a whole), empty when it may be used. */
    public static List<String> checkOutput(Path out, String option) {
        List<String> problems = new ArrayList<>();
        Path absolute = out.toAbsolutePath().normalize();
        Path working = Path.of("").toAbsolutePath().normalize();
        if (working.startsWith(absolute)) {
            problems.add(option + " '" + out + "' is the working folder or above it: give a folder of its own");
        } else if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            problems.add(option + " '" + out + "' is a file: give a directory (it is replaced as a whole)");
        } else if (Files.isDirectory(absolute) && !Files.exists(absolute.resolve(MARKER)) && !empty(absolute)) {
            problems.add(option + " '" + out + "' holds files that are not a Superscale Kubernetes output: give an empty or new folder");
        }
        return problems;
    }

    /** Renders, checks and writes {@code out} all or nothing; throws listing every problem and writes nothing if one is found. */
    public static Result synthesize(SupersetK8sProps props, Path out, Optional<StrictSchemas> schemas) {
        List<String> problems = checkOutput(out, "out");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, String> files = render(props);
        List<String> findings = check(props, files, schemas);
        if (!findings.isEmpty()) {
            throw new IllegalStateException("the Kubernetes manifests have " + findings.size() + " problem(s); nothing was written:\n  "
                    + String.join("\n  ", findings));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        files.forEach((name, yaml) -> {
            if (!name.equals(KUSTOMIZATION)) {
                counts.put(name, Manifests.parse(yaml).size());
            }
        });
        Path target = out.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".synth-");
            try {
                for (Map.Entry<String, String> file : files.entrySet()) {
                    Files.writeString(staging.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
                }
                Files.writeString(staging.resolve(MARKER), "written by superscale synth --target k8s\n", StandardCharsets.UTF_8);
                moveIntoPlace(staging, target);
                staging = null;
            } finally {
                if (staging != null) {
                    deleteTree(staging);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        return new Result(target, counts, counts.values().stream().mapToInt(Integer::intValue).sum(), schemas.isPresent());
    }

    /**
     * Writes already-checked files into an empty folder (a caller's staging folder, e.g. the command
     * line's all-or-nothing output folder), without the marker: the caller owns the folder.
     */
    public static Result writeInto(SupersetK8sProps props, Map<String, String> files, Path folder, boolean schemaValidated) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            if (!file.getKey().equals(KUSTOMIZATION)) {
                counts.put(file.getKey(), Manifests.parse(file.getValue()).size());
            }
        }
        return new Result(folder, counts, counts.values().stream().mapToInt(Integer::intValue).sum(), schemaValidated);
    }

    private static boolean empty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        Path previous = null;
        if (Files.exists(target)) {
            previous = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(previous);
            rename(target, previous);
        }
        try {
            rename(staging, target);
        } catch (IOException e) {
            if (previous != null) {
                rename(previous, target);
            }
            throw e;
        }
        if (previous != null) {
            deleteTree(previous);
        }
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
