package dev.superscale.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.superscale.aws.SupersetPlatformProps;
import dev.superscale.aws.SupersetStack;
import dev.superscale.capacity.InvalidInputException;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.CloudFormationValidatePlugin;
import software.amazon.awscdk.Validations;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.cxapi.SynthesisMessageLevel;

/**
 * Synthesizes a {@link SupersetStack} into a cloud assembly directory, all or nothing: the
 * assembly is written to a temporary sibling directory, checked with CDK's CloudFormation schema
 * validation and cdk-nag's AwsSolutions pack, and only then moved into place (replacing a previous one). {@code cdk deploy --app DIR}
 * deploys the result.
 */
public final class AwsSynth {

    /** What was written. */
    public record Result(Path directory, Path template, int resources) {
    }

    private AwsSynth() {
    }

    /** Checks that {@code out} can become the assembly directory; throws {@link InvalidInputException} naming it. */
    public static List<String> checkOutput(Path out, String option) {
        List<String> problems = new ArrayList<>();
        Path absolute = out.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            problems.add(option + " '" + out + "' is a file: give a directory (it is replaced as a whole)");
            return problems;
        }
        Path parent = absolute.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            problems.add(option + " '" + out + "' cannot be created: " + (parent == null ? "no existing parent" : parent + " is not a writable directory"));
        }
        return problems;
    }

    /**
     * Synthesizes and moves the assembly into {@code out}.
     *
     * @param nag run cdk-nag's AwsSolutions checks and refuse to write anything if one finding is unsuppressed
     */
    public static Result synthesize(SupersetPlatformProps props, String stackName, Path out, boolean nag) {
        List<String> problems = checkOutput(out, "out");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Path target = out.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".synth-");
            if (Files.getFileStore(staging).supportsFileAttributeView("posix")) {
                // createTempDirectory makes it owner-only; the assembly is an ordinary output directory.
                Files.setPosixFilePermissions(staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            try {
                CloudAssembly assembly = synthesizeInto(props, stackName, staging, nag);
                CloudFormationStackArtifact stack = assembly.getStackByName(stackName);
                List<String> violations = validationViolations(staging);
                if (!violations.isEmpty()) {
                    throw new IllegalStateException("CloudFormation validation found " + violations.size()
                            + " problem(s); nothing was written:\n  " + String.join("\n  ", violations));
                }
                if (nag) {
                    List<String> findings = nagFindings(stack);
                    if (!findings.isEmpty()) {
                        throw new IllegalStateException("cdk-nag AwsSolutions found " + findings.size()
                                + " unsuppressed finding(s); nothing was written:\n  " + String.join("\n  ", findings));
                    }
                }
                int resources = ((Map<?, ?>) ((Map<?, ?>) stack.getTemplate()).get("Resources")).size();
                String templateFile = stack.getTemplateFile();
                moveIntoPlace(staging, target);
                staging = null;
                return new Result(target, target.resolve(templateFile), resources);
            } finally {
                if (staging != null) {
                    deleteTree(staging);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    /** Synthesizes into a directory as it is (no checks, no move): the CDK app's and the benchmark's path. */
    public static CloudAssembly synthesizeInto(SupersetPlatformProps props, String stackName, Path outdir, boolean nag) {
        // The same metadata the CDK CLI asks for (cdk.json), so `cdk diff --template` against this output is clean.
        App app = App.Builder.create().outdir(outdir.toString()).analyticsReporting(false)
                .context(Map.of("aws:cdk:enable-path-metadata", true, "aws:cdk:enable-asset-metadata", true)).build();
        if (nag) {
            Aspects.of(app).add(new AwsSolutionsChecks());
        }
        // CDK's CloudFormation schema validation, whatever CDK_VALIDATION says: superscale synth is the careful path.
        Validations.of(app).addPlugins(new CloudFormationValidatePlugin());
        new SupersetStack(app, stackName, props);
        return app.synth();
    }

    /** Violations in the assembly's validation-report.json ("rule: description"), empty when there is none. */
    static List<String> validationViolations(Path assembly) throws IOException {
        Path report = assembly.resolve("validation-report.json");
        List<String> violations = new ArrayList<>();
        if (!Files.exists(report)) {
            return violations;
        }
        JsonNode root = new ObjectMapper().readTree(report.toFile());
        for (JsonNode plugin : root.path("pluginReports")) {
            for (JsonNode violation : plugin.path("violations")) {
                violations.add(plugin.path("pluginName").asText() + " " + violation.path("ruleName").asText() + ": "
                        + violation.path("description").asText());
            }
        }
        return violations;
    }

    /** Unsuppressed AwsSolutions errors and warnings (and rules cdk-nag could not evaluate) of a synthesized stack. */
    public static List<String> nagFindings(CloudFormationStackArtifact stack) {
        List<String> findings = new ArrayList<>();
        for (SynthesisMessage message : stack.getMessages()) {
            String data = String.valueOf(message.getEntry().getData());
            boolean serious = message.getLevel() == SynthesisMessageLevel.ERROR || message.getLevel() == SynthesisMessageLevel.WARNING;
            if (serious && (data.startsWith("AwsSolutions-") || data.startsWith("CdkNagValidationFailure"))) {
                findings.add(message.getId() + ": " + data.lines().findFirst().orElse(data));
            }
        }
        return findings;
    }

    /** Replaces {@code target} with {@code staging}: rename the old one aside, rename the new one in, delete the old. */
    static void moveIntoPlace(Path staging, Path target) throws IOException {
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

    static void deleteTree(Path root) throws IOException {
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
