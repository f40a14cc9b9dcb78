package dev.superscale.cli;

import dev.superscale.aws.SupersetPlatformProps;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.UserLoad;
import dev.superscale.stacks.AwsSynth;
import dev.superscale.k8s.K8sSynth;
import dev.superscale.k8s.SupersetK8sProps;
import dev.superscale.k8s.check.StrictSchemas;
import dev.superscale.stacks.SupersetCdkApp;
import dev.superscale.topology.SupersetTopology;
import java.util.Optional;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code superscale synth}: writes the deployable templates for a user load, all or nothing. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Synthesizes the deployment sized for a user load and writes it to a directory, all or nothing.",
                "aws: a CDK cloud assembly (CloudFormation templates) checked with cdk-nag's AwsSolutions pack;",
                "deploy it with 'npx aws-cdk deploy --app DIR'.",
                "k8s: one manifest file per component and a kustomization.yaml, strictly schema-validated and audited;",
                "apply it with 'kubectl apply -k DIR'. all: DIR/aws and DIR/k8s side by side."},
        footer = {"", "Examples:", "  superscale synth --users 10000", "  superscale synth --preset 50k --target aws --out out/aws-50k",
                "  superscale synth --users 10000 --target k8s --out out/k8s --postgres-host meta.example.internal --postgres-cidr 10.0.32.0/20 \\",
                "      --redis-broker broker.example.internal:6379 --redis-cache-nodes cache.example.internal:6379 --redis-cidr 10.0.48.0/20"})
final class SynthCommand implements Callable<Integer> {

    static final String DEFAULT_OUT = "cdk.out/superscale";

    @Mixin
    LoadOptions load;

    @Mixin
    K8sOptions k8s;

    @Option(names = "--target", paramLabel = "TARGET", description = "aws, k8s or all (default aws).")
    String target = "aws";

    @Option(names = "--out", paramLabel = "DIR", description = "Directory to write, replaced as a whole (default " + DEFAULT_OUT + ").")
    String out = DEFAULT_OUT;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        String chosen = target == null ? "" : target.trim().toLowerCase(Locale.ROOT);
        switch (chosen) {
            case "aws" -> { }
            case "k8s", "all" -> problems.addAll(k8s.problems());
            default -> problems.add("--target '" + target + "' is not allowed: use aws, k8s or all");
        }
        Path directory = null;
        try {
            directory = Path.of(out);
            switch (chosen) {
                case "k8s" -> problems.addAll(K8sSynth.checkOutput(directory, "--out"));
                case "all" -> {
                    problems.addAll(AwsSynth.checkOutput(directory.resolve("aws"), "--out"));
                    problems.addAll(K8sSynth.checkOutput(directory.resolve("k8s"), "--out"));
                }
                default -> problems.addAll(AwsSynth.checkOutput(directory, "--out"));
            }
        } catch (InvalidPathException e) {
            problems.add("--out '" + out + "' is not a path: " + e.getReason());
        }
        UserLoad userLoad = null;
        try {
            userLoad = load.toUserLoad();
        } catch (InvalidInputException e) {
            problems.addAll(0, e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CapacityPlan plan = CapacityPlanner.planFor(userLoad);
        long start = System.nanoTime();
        SupersetK8sProps k8sProps = null;
        Optional<StrictSchemas> schemas = Optional.empty();
        if (!chosen.equals("aws")) {
            // Checked before anything is written, so --target all never leaves AWS output beside broken manifests.
            k8sProps = k8s.toProps(SupersetTopology.of(plan));
            schemas = StrictSchemas.locate(Path.of("")).map(StrictSchemas::load);
            List<String> findings = K8sSynth.check(k8sProps, K8sSynth.render(k8sProps), schemas);
            if (!findings.isEmpty()) {
                throw new IllegalStateException("the Kubernetes manifests have " + findings.size() + " problem(s); nothing was written:\n  "
                        + String.join("\n  ", findings));
            }
        }
        if (!chosen.equals("k8s")) {
            Path awsOut = chosen.equals("all") ? directory.resolve("aws") : directory;
            AwsSynth.Result result = AwsSynth.synthesize(SupersetPlatformProps.builder().plan(plan).build(),
                    SupersetCdkApp.DEFAULT_STACK_NAME, awsOut, true);
            double seconds = (System.nanoTime() - start) / 1e9;
            spec.commandLine().getOut().printf(Locale.ROOT, "superscale: wrote %s (%d resources for %,d registered users, cdk-nag"
                            + " AwsSolutions clean) in %.1f s%nDeploy it with: npx aws-cdk deploy --app %s%n",
                    result.template(), result.resources(), userLoad.registeredUsers(), seconds, result.directory());
        }
        if (k8sProps != null) {
            Path k8sOut = chosen.equals("all") ? directory.resolve("k8s") : directory;
            K8sSynth.Result result = K8sSynth.synthesize(k8sProps, k8sOut, schemas);
            double seconds = (System.nanoTime() - start) / 1e9;
            spec.commandLine().getOut().printf(Locale.ROOT, "superscale: wrote %s (%d Kubernetes objects in %d files for %,d registered users,"
                            + " %s and audited) in %.1f s%nApply it with: kubectl apply -k %s%n",
                    result.directory(), result.objects(), result.objectsPerFile().size(), userLoad.registeredUsers(),
                    result.schemaValidated() ? "strictly schema-validated" : "NOT schema-validated (../shared/k8s-schemas not found)",
                    seconds, result.directory());
        }
        return 0;
    }
}
