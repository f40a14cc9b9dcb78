package dev.superscale.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AutoscalerTest {

    private static final ScalingPolicy WEB = new ScalingPolicy(2, 10, 70, 0, 0, 60, 300);
    private static final ScalingPolicy WORKERS = new ScalingPolicy(2, 10, 70, 0, 6, 60, 300);

    @Test
    void tracksTheCpuTarget() {
        Autoscaler scaler = new Autoscaler(WEB, 1);
        assertThat(scaler.decide(60, 4, 4, 0.875, 0, 0)).as("4 x 87.5% / 70% = 5").isEqualTo(5);
    }

    @Test
    void needsThePlatformsDatapointsBeforeScalingOut() {
        Autoscaler scaler = new Autoscaler(WEB, 3);
        assertThat(scaler.decide(60, 4, 4, 0.9, 0, 0)).isEqualTo(4);
        assertThat(scaler.decide(120, 4, 4, 0.9, 0, 0)).isEqualTo(4);
        assertThat(scaler.decide(180, 4, 4, 0.9, 0, 0)).isEqualTo(6);
    }

    @Test
    void stepsOutOnQueueDepthAndStaysWithinMax() {
        Autoscaler scaler = new Autoscaler(WORKERS, 1);
        assertThat(scaler.decide(60, 3, 3, 0.5, 0, 13)).as("two steps of 6 waiting tasks").isEqualTo(5);
        assertThat(scaler.decide(120, 5, 5, 0.5, 0, 600)).as("clamped to max").isEqualTo(10);
    }

    @Test
    void scalesInOnlyAfterTheWholeQuietCooldown() {
        Autoscaler scaler = new Autoscaler(WEB, 1);
        assertThat(scaler.decide(60, 6, 6, 0.1, 0, 0)).isEqualTo(6);
        assertThat(scaler.decide(300, 6, 6, 0.1, 0, 0)).isEqualTo(6);
        assertThat(scaler.decide(360, 6, 6, 0.1, 0, 0)).as("five quiet minutes: down to the minimum").isEqualTo(2);
        assertThat(scaler.events()).isEqualTo(1);
    }

    @Test
    void waitsOutTheScaleOutCooldown() {
        Autoscaler scaler = new Autoscaler(new ScalingPolicy(2, 10, 70, 0, 0, 120, 300), 1);
        assertThat(scaler.decide(60, 2, 2, 1.0, 0, 0)).isEqualTo(3);
        assertThat(scaler.decide(120, 3, 3, 1.0, 0, 0)).as("within the 120 s cooldown").isEqualTo(3);
        assertThat(scaler.decide(180, 3, 3, 1.0, 0, 0)).isEqualTo(5);
    }
}
