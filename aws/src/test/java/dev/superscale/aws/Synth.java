package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/**
 * Synthesizes each preset once per test JVM (jsii is slow to cross): every test class reads
 * the same templates and cdk-nag findings.
 */
final class Synth {

    record Result(Preset preset, CapacityPlan plan, SupersetStack stack, Template template, List<String> nagFindings) {
    }

    private static final Map<Preset, Result> PRESETS = new EnumMap<>(Preset.class);
    private static Result aurora;

    private Synth() {
    }

    static synchronized Result preset(Preset preset) {
        return PRESETS.computeIfAbsent(preset, p -> {
            CapacityPlan plan = CapacityPlanner.planFor(p.load());
            App app = app();
            Aspects.of(app).add(new AwsSolutionsChecks());
            SupersetStack stack = new SupersetStack(app, "Superset", SupersetPlatformProps.builder().plan(plan).build());
            Template template = Template.fromStack(stack);
            return new Result(p, plan, stack, template, nagFindings(stack));
        });
    }

    /** The 10k preset with the database pinned to Aurora with a reader: the opt-in HA mode. */
    static synchronized Result aurora() {
        if (aurora == null) {
            CapacityPlan plan = CapacityPlanner.planFor(Preset.ENTERPRISE.load());
            App app = app();
            Aspects.of(app).add(new AwsSolutionsChecks());
            SupersetStack stack = new SupersetStack(app, "Superset", SupersetPlatformProps.builder().plan(plan)
                    .databaseHaMode(dev.superscale.capacity.PostgresHaMode.MULTI_AZ_WITH_READER).build());
            aurora = new Result(Preset.ENTERPRISE, plan, stack, Template.fromStack(stack), nagFindings(stack));
        }
        return aurora;
    }

    static App app() {
        try {
            return App.Builder.create().outdir(Files.createTempDirectory("superscale-aws-test").toString()).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh stack in its own app, for one construct's test. */
    static Stack stack() {
        return new Stack(app(), "Test");
    }

    static Template build(BiConsumer<Stack, CapacityPlan> body, CapacityPlan plan) {
        Stack stack = stack();
        body.accept(stack, plan);
        return Template.fromStack(stack);
    }

    static List<String> nagFindings(Stack stack) {
        List<String> findings = new ArrayList<>();
        Annotations annotations = Annotations.fromStack(stack);
        for (SynthesisMessage message : annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*"))) {
            findings.add("ERROR " + message.getId() + " " + message.getEntry().getData());
        }
        for (SynthesisMessage message : annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"))) {
            findings.add("WARNING " + message.getId() + " " + message.getEntry().getData());
        }
        for (SynthesisMessage message : annotations.findError("*", Match.stringLikeRegexp(".*CdkNagValidationFailure.*"))) {
            findings.add("ERROR " + message.getId() + " " + message.getEntry().getData());
        }
        return findings;
    }
}
