package dev.superscale.cli;

import dev.superscale.aws.SupersetPlatformProps;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.PlanFeasibility;
import dev.superscale.capacity.UserLoad;
import dev.superscale.stacks.AwsSynth;
import dev.superscale.stacks.OutputFolder;
import dev.superscale.stacks.SupersetCdkApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
                "deploy it with 'npx aws-cdk deploy --app DIR'."},
        footer = {"", "Examples:", "  superscale synth --users 10000", "  superscale synth --preset 50k --target aws --out out/aws-50k"})
final class SynthCommand implements Callable<Integer> {

    static final String DEFAULT_OUT = "cdk.out/superscale";

    @Mixin
    LoadOptions load;

    @Option(names = "--target", paramLabel = "TARGET", description = "aws, k8s or all (default aws). Only aws is built so far.")
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
            case "aws" -> { }
            case "k8s", "all" -> problems.add("--target " + chosen + " is not available yet: the Kubernetes target is not built;"
                    + " use --target aws");
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
        long start = System.nanoTime();
        AwsSynth.Result result = AwsSynth.synthesize(SupersetPlatformProps.builder().plan(PlanFeasibility.require(CapacityPlanner.planFor(userLoad))).build(),
                SupersetCdkApp.DEFAULT_STACK_NAME, Path.of(out), true, force, root.surroundings);
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf(Locale.ROOT, "superscale: wrote %s (%d resources for %,d registered users, cdk-nag"
                        + " AwsSolutions clean) in %.1f s%nDeploy it with: npx aws-cdk deploy --app %s%n",
                result.template(), result.resources(), userLoad.registeredUsers(), seconds, result.directory());
        return 0;
    }
}
