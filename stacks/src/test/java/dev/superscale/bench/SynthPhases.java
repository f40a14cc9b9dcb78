package dev.superscale.bench;

import dev.superscale.aws.SupersetPlatformProps;
import dev.superscale.aws.SupersetStack;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.PlanFeasibility;
import dev.superscale.capacity.Preset;
import dev.superscale.stacks.AwsSynth;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.CloudFormationValidatePlugin;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Validations;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.services.s3.Bucket;

/**
 * Where an AWS synth's time goes, phase by phase, in the order {@link AwsSynth#synthesizeInto} runs them (the phases are
 * split apart here only to be timed). Usage: SynthPhases floor | PRESET [nag] [validate]; without nag and validate the
 * stack is synthesized with neither (CDK_VALIDATION=false then keeps CDK from adding its default validation too).
 * Prints "phase seconds" lines on stderr, from the JVM's start.
 */
public final class SynthPhases {

    private static long last;

    private SynthPhases() {
    }

    private static void phase(String name) {
        long now = System.currentTimeMillis();
        System.err.printf(Locale.ROOT, "  %-44s %6.2f%n", name, (now - last) / 1000.0);
        last = now;
    }

    public static void main(String[] args) throws Exception {
        last = ManagementFactory.getRuntimeMXBean().getStartTime();
        phase("JVM start to main");
        boolean floor = args[0].equals("floor");
        boolean nag = java.util.List.of(args).contains("nag");
        boolean validate = java.util.List.of(args).contains("validate");
        CapacityPlan plan = null;
        if (!floor) {
            plan = PlanFeasibility.require(CapacityPlanner.planFor(Preset.fromName(args[0]).load()));
            phase("plan");
        }
        Path out = Files.createTempDirectory("synth-phases");
        App app = App.Builder.create().outdir(out.toString()).analyticsReporting(false)
                .context(Map.of("aws:cdk:enable-path-metadata", true, "aws:cdk:enable-asset-metadata", true)).build();
        phase("App (starts jsii's Node, loads aws-cdk-lib)");
        if (floor) {
            new Bucket(new Stack(app, "OneBucket"), "Bucket");
            phase("one stack, one bucket");
        } else {
            if (nag) {
                Aspects.of(app).add(new AwsSolutionsChecks());
                phase("cdk-nag aspect (loads cdk-nag)");
            }
            if (validate) {
                Validations.of(app).addPlugins(new CloudFormationValidatePlugin());
                phase("CloudFormation validate plugin (its engine)");
            }
            new SupersetStack(app, "Superset", SupersetPlatformProps.builder().plan(plan).build());
            phase("SupersetStack (constructs, through jsii)");
        }
        CloudAssembly assembly = app.synth();
        phase("app.synth (aspects, nag, validation, files)");
        assembly.getStacks().get(0).getTemplate();
        AwsSynth.nagFindings(assembly.getStacks().get(0));
        phase("template and messages back to Java");
    }
}
