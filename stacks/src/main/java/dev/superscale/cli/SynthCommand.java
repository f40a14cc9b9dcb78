package dev.superscale.cli;

import dev.superscale.aws.SupersetPlatformProps;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.PlanFeasibility;
import dev.superscale.capacity.UserLoad;
import dev.superscale.stacks.AwsSynth;
import dev.superscale.k8s.K8sSynth;
import dev.superscale.k8s.SupersetK8sProps;
import dev.superscale.k8s.check.StrictSchemas;
import dev.superscale.stacks.OutputFolder;
import dev.superscale.stacks.SupersetCdkApp;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
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
                "      --redis-broker broker.example.internal:6379 --redis-cache-nodes cache.example.internal:6379 --redis-cidr 10.0.48.0/20",
                "  superscale synth --users 10000 --target k8s --out out/k8s --postgres in-cluster --redis in-cluster"})
final class SynthCommand implements Callable<Integer> {

    static final String DEFAULT_OUT = "cdk.out/superscale";

    @Mixin
    LoadOptions load;

    @Mixin
    K8sOptions k8s;

    @Option(names = "--target", paramLabel = "TARGET", description = "aws, k8s or all (default aws).")
    String target = "aws";

    @Option(names = "--out", paramLabel = "DIR", description = {"Folder to write, replaced as a whole (default " + DEFAULT_OUT + ").",
            "Refused: the working folder or above it, home, a repository root, and a non-empty folder that is not",
            "a previous Superscale output (marked by its " + OutputFolder.MARKER + " file)."})
    String out = DEFAULT_OUT;

    @Option(names = "--force", description = "Replace a non-empty --out that is not a previous Superscale output (the other refusals stay).")
    boolean force;

    @ParentCommand
    Superscale root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        String chosen = target == null ? "" : target.trim().toLowerCase(Locale.ROOT);
        switch (chosen) {
            case "aws" -> {
                if (k8s.flower) {
                    problems.add("--flower is for --target k8s or all: the AWS target does not run Flower");
                }
            }
            case "k8s", "all" -> problems.addAll(k8s.problems());
            default -> problems.add("--target '" + target + "' is not allowed: use aws, k8s or all");
        }
        problems.addAll(OutputFolder.problems(out, "--out", force, root.surroundings));
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
        PlanFeasibility.require(plan);
        SupersetK8sProps k8sProps = null;
        Map<String, String> files = null;
        Optional<StrictSchemas> schemas = Optional.empty();
        if (!chosen.equals("aws")) {
            // Checked before anything is written, so --target all never leaves AWS output beside broken manifests.
            k8sProps = k8s.toProps(plan);
            // The schemas load in plain Java on another thread while jsii's Node process renders the charts.
            Optional<Path> schemaFolder = StrictSchemas.locate(root.surroundings.workingFolder());
            CompletableFuture<Optional<StrictSchemas>> loading = CompletableFuture.supplyAsync(() -> schemaFolder.map(StrictSchemas::load));
            files = K8sSynth.render(k8sProps);
            schemas = joined(loading);
            List<String> findings = K8sSynth.check(k8sProps, files, schemas);
            if (!findings.isEmpty()) {
                throw new IllegalStateException("the Kubernetes manifests have " + findings.size() + " problem(s); nothing was written:\n  "
                        + String.join("\n  ", findings));
            }
        }
        SupersetPlatformProps awsProps = SupersetPlatformProps.builder().plan(plan).build();
        SupersetK8sProps k8sFinal = k8sProps;
        Map<String, String> k8sFiles = files;
        boolean validated = schemas.isPresent();
        switch (chosen) {
            case "k8s" -> {
                K8sSynth.Result result = OutputFolder.replace(Path.of(out), force, root.surroundings,
                        staging -> K8sSynth.writeInto(k8sFinal, k8sFiles, staging, validated));
                printK8s(result, userLoad, start, Path.of(out));
            }
            case "all" -> {
                // One staging folder for both targets: all or nothing across AWS and Kubernetes.
                AwsSynth.Result[] aws = new AwsSynth.Result[1];
                K8sSynth.Result result = OutputFolder.replace(Path.of(out), force, root.surroundings, staging -> {
                    aws[0] = AwsSynth.synthesize(awsProps, SupersetCdkApp.DEFAULT_STACK_NAME, staging.resolve("aws"), true, false, root.surroundings);
                    return K8sSynth.writeInto(k8sFinal, k8sFiles, java.nio.file.Files.createDirectories(staging.resolve("k8s")), validated);
                });
                printAws(aws[0].resources(), userLoad, start, Path.of(out).resolve("aws"));
                printK8s(result, userLoad, start, Path.of(out).resolve("k8s"));
            }
            default -> {
                AwsSynth.Result result = AwsSynth.synthesize(awsProps, SupersetCdkApp.DEFAULT_STACK_NAME, Path.of(out), true, force, root.surroundings);
                spec.commandLine().getOut().printf(Locale.ROOT, "superscale: wrote %s (%d resources for %,d registered users, cdk-nag"
                                + " AwsSolutions clean) in %.1f s%nDeploy it with: npx aws-cdk deploy --app %s%n",
                        result.template(), result.resources(), userLoad.registeredUsers(), (System.nanoTime() - start) / 1e9, result.directory());
            }
        }
        return 0;
    }

    /** The future's value, or the exception it failed with, as if it had run on this thread. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void printAws(int resources, UserLoad userLoad, long start, Path directory) {
        spec.commandLine().getOut().printf(Locale.ROOT, "superscale: wrote %s (%d resources for %,d registered users, cdk-nag"
                        + " AwsSolutions clean) in %.1f s%nDeploy it with: npx aws-cdk deploy --app %s%n",
                directory, resources, userLoad.registeredUsers(), (System.nanoTime() - start) / 1e9, directory);
    }

    private void printK8s(K8sSynth.Result result, UserLoad userLoad, long start, Path directory) {
        spec.commandLine().getOut().printf(Locale.ROOT, "superscale: wrote %s (%d Kubernetes objects in %d files for %,d registered users,"
                        + " %s and audited) in %.1f s%nApply it with: kubectl apply -k %s%n",
                directory, result.objects(), result.objectsPerFile().size(), userLoad.registeredUsers(),
                result.schemaValidated() ? "strictly schema-validated" : "NOT schema-validated (../shared/k8s-schemas not found)",
                (System.nanoTime() - start) / 1e9, directory);
    }
}
