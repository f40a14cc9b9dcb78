package dev.superscale.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.superscale.aws.SupersetPlatformProps;
import dev.superscale.aws.SupersetStack;
import dev.superscale.capacity.InfeasiblePlanException;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.PlanFeasibility;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
 * assembly is written to a staging sibling, checked with CDK's CloudFormation schema
 * validation and cdk-nag's AwsSolutions pack, and only then swapped into place by {@link OutputFolder}
 * (whose rules keep it from replacing anything but a previous output). {@code cdk deploy --app DIR}
 * deploys the result.
 */
public final class AwsSynth {

    /** What was written. */
    public record Result(Path directory, Path template, int resources) {
    }

    private static final Pattern JSII_KERNEL_FOLDER = Pattern.compile("jsii-kernel-[A-Za-z0-9]+");
    private static CloudFormationValidatePlugin validatePlugin;

    private AwsSynth() {
    }

    /**
     * Synthesizes and moves the assembly into {@code out}, following the {@link OutputFolder} rules
     * (a non-empty folder without the Superscale marker is refused).
     *
     * @param nag run cdk-nag's AwsSolutions checks and refuse to write anything if one finding is unsuppressed
     */
    public static Result synthesize(SupersetPlatformProps props, String stackName, Path out, boolean nag) {
        return synthesize(props, stackName, out, nag, false, OutputFolder.Surroundings.ofThisProcess());
    }

    /**
     * Synthesizes and moves the assembly into {@code out}, all or nothing.
     *
     * @param force        replace a non-empty folder that is not a previous Superscale output (never the working
     *                     folder, a folder above it, the home folder, a repository root or the filesystem root)
     * @param surroundings the working folder a relative {@code out} resolves against, and the home folder
     * @throws InvalidInputException   when the folder is refused
     * @throws InfeasiblePlanException when the plan cannot be built or misses its targets
     * @throws EnvironmentFault      when the machine is the problem (Node.js missing, a full disk, ...)
     */
    public static Result synthesize(SupersetPlatformProps props, String stackName, Path out, boolean nag, boolean force,
            OutputFolder.Surroundings surroundings) {
        PlanFeasibility.require(props.getPlan());
        SynthEnvironment.check(surroundings.environment());
        return OutputFolder.replace(out, force, surroundings, staging -> {
            CloudAssembly assembly = SynthEnvironment.translatingFaults(() -> synthesizeInto(props, stackName, staging, nag));
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
            withoutJsiiTempPaths(staging);
            Path folder = OutputFolder.resolve(out.toString(), surroundings);
            return new Result(folder, folder.resolve(stack.getTemplateFile()), resources);
        });
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
        Validations.of(app).addPlugins(validatePlugin());
        new SupersetStack(app, stackName, props);
        return app.synth();
    }

    /**
     * One CloudFormation validation plugin per process: building its rule engine takes seconds (bench/phases.sh), and it
     * keeps nothing between the templates it checks, so every synth in a JVM (tests, several targets) reuses it.
     */
    private static synchronized CloudFormationValidatePlugin validatePlugin() {
        if (validatePlugin == null) {
            validatePlugin = new CloudFormationValidatePlugin();
        }
        return validatePlugin;
    }

    /**
     * Replaces jsii's random kernel folder (/tmp/jsii-kernel-XXXXXX) in the assembly's metadata with a fixed
     * name: aws-ec2 records creation stack traces whatever the context says, and they would make every
     * synth differ from the last.
     */
    static void withoutJsiiTempPaths(Path assembly) throws IOException {
        try (var files = Files.list(assembly)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".metadata.json")).sorted().toList()) {
                String text = Files.readString(file);
                String fixed = JSII_KERNEL_FOLDER.matcher(text).replaceAll("jsii-kernel");
                if (!fixed.equals(text)) {
                    Files.writeString(file, fixed);
                }
            }
        }
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
}
