package dev.superscale.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.Preset;
import org.junit.jupiter.api.Test;

/** The scenario checks can fail: a deliberately worse setting than the plan's misses a target. */
class WorseSettingsMissTest {

    @Test
    void scalingWorkersOutOnlyAt95PercentMissesTheInteractiveWaitOnAWorkingDay() {
        Preset preset = Preset.GLOBAL;
        ScalingPolicy late = ScalingPolicy.of(PresetSimulations.plan(preset), "interactive").withScaleOutCpuPercent(95);
        ScenarioReport report = PresetSimulations.scenario(preset, PresetSimulations.day(preset).withPolicy("interactive", late));
        assertThat(report.misses()).as(report.toTable()).anyMatch(m -> m.startsWith("interactive p95 queue wait"));
    }

    @Test
    void aMinimumOfOneInteractiveReplicaMissesTheMorningRamp() {
        Preset preset = Preset.ENTERPRISE;
        ScalingPolicy one = ScalingPolicy.of(PresetSimulations.plan(preset), "interactive").withMinReplicas(1);
        ScenarioReport report = PresetSimulations.scenario(preset, PresetSimulations.day(preset).withPolicy("interactive", one));
        assertThat(report.misses()).as(report.toTable()).anyMatch(m -> m.startsWith("interactive p95 queue wait"));
    }

    @Test
    void replacementsThatTakeTwentyMinutesMissTheZoneLossRecovery() {
        Scenario slow = Scenario.zoneLoss(30).withPlatform(TargetPlatform.ECS.withDelays(1_200, 1_200));
        ScenarioReport report = PresetSimulations.scenario(Preset.GLOBAL, slow);
        assertThat(report.misses()).as(report.toTable()).anyMatch(m -> m.contains("recovers in"));
    }
}
