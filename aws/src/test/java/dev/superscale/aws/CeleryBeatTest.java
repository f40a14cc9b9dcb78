package dev.superscale.aws;

import static dev.superscale.aws.Fixtures.at;
import static dev.superscale.aws.Fixtures.only;
import static dev.superscale.aws.Fixtures.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.Preset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CeleryBeatTest {

    @Test
    void runsExactlyOneTask() {
        for (Preset preset : Preset.values()) {
            Map<String, Object> service = only(Synth.preset(preset).template(), "AWS::ECS::Service", "Beat");
            assertThat(properties(service)).containsEntry("DesiredCount", 1).containsEntry("LaunchType", "FARGATE");
            assertThat(Fixtures.ids(Synth.preset(preset).template(), "AWS::ApplicationAutoScaling::ScalableTarget", "Beat")).isEmpty();
        }
    }

    @Test
    void neverRunsTwoDuringADeployment() {
        Map<String, Object> config = at(only(Synth.preset(Preset.ENTERPRISE).template(), "AWS::ECS::Service", "Beat"),
                "Properties", "DeploymentConfiguration");
        assertThat(config).containsEntry("MaximumPercent", 100).containsEntry("MinimumHealthyPercent", 0);
    }

    @Test
    void runsCeleryBeat() {
        Map<String, Object> task = only(Synth.preset(Preset.ENTERPRISE).template(), "AWS::ECS::TaskDefinition", "Beat");
        assertThat(at(task, "Properties", "ContainerDefinitions", 0, "Command").toString()).contains("beat");
    }

    @Test
    void failsWithoutRuntime() {
        assertThatThrownBy(() -> new CeleryBeat(Synth.stack(), "Beat", SupersetServiceProps.builder().build()))
                .hasMessageContaining("CeleryBeat 'Beat'").hasMessageContaining("cluster is required").hasMessageContaining("runtime is required");
    }
}
