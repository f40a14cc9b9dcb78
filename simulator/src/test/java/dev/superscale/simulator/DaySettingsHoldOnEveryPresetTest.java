package dev.superscale.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.WorkerGroupPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14's "if a setting misses a target over the day, the planner changes it and the simulator
 * shows the fix works", pool by pool (web, interactive, reports), on every preset and on both
 * targets' start delays: the plan's settings hold the day, and where the planner raised a setting
 * above its rule (the interactive floor for the morning ramp) the rule's value alone misses.
 */
class DaySettingsHoldOnEveryPresetTest {

    static Stream<Arguments> presetsAndPlatforms() {
        return Stream.of(Preset.values()).flatMap(p -> Stream.of(Arguments.of(p, TargetPlatform.ECS), Arguments.of(p, TargetPlatform.KUBERNETES)));
    }

    @ParameterizedTest
    @MethodSource("presetsAndPlatforms")
    void webInteractiveAndReportsHoldTheDayWithThePlansSettings(Preset preset, TargetPlatform platform) {
        ScenarioReport report = PresetSimulations.scenario(preset, PresetSimulations.day(preset).withPlatform(platform));
        SoftAssertions softly = new SoftAssertions();
        for (String pool : List.of("web", "interactive", "reports")) {
            ScenarioReport.PoolResult result = report.pool(pool);
            softly.assertThat(result.worstHourP95Seconds()).as("%s %s %s worst hour", preset, platform.label(), pool)
                    .isLessThanOrEqualTo(result.targetSeconds());
            softly.assertThat(result.p95Seconds()).as("%s %s %s over the day", preset, platform.label(), pool)
                    .isLessThanOrEqualTo(result.targetSeconds());
        }
        softly.assertThat(report.misses()).as(report.toTable()).isEmpty();
        softly.assertAll();
    }

    @Test
    void whereThePlannerRaisedTheInteractiveFloorTheHaMinimumAloneMissesTheDay() {
        List<Preset> raised = new ArrayList<>();
        for (Preset preset : Preset.values()) {
            CapacityPlan plan = PresetSimulations.plan(preset);
            WorkerGroupPlan interactive = plan.workerGroup("interactive");
            int haMinimum = plan.highlyAvailable() ? plan.availabilityZones().intValue() : 2;
            if (interactive.minReplicas().intValue() <= haMinimum) {
                continue;
            }
            raised.add(preset);
            assertThat(interactive.minReplicas().reason()).contains("morning ramp");
            ScalingPolicy rule = ScalingPolicy.of(plan, "interactive").withMinReplicas(haMinimum);
            ScenarioReport withRule = PresetSimulations.scenario(preset, PresetSimulations.day(preset).withPolicy("interactive", rule));
            assertThat(withRule.misses()).as(withRule.toTable()).anyMatch(m -> m.startsWith("interactive p95 queue wait"));
            assertThat(PresetSimulations.scenario(preset, PresetSimulations.day(preset)).misses()).isEmpty();
        }
        assertThat(raised).as("presets whose interactive floor the planner raised for the morning ramp").isNotEmpty();
    }
}
