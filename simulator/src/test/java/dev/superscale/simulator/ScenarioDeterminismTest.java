package dev.superscale.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.UserLoad;
import org.junit.jupiter.api.Test;

class ScenarioDeterminismTest {

    @Test
    void theSameScenarioAndSeedGiveTheSameReportAndAnotherSeedAnother() {
        CapacityPlan plan = CapacityPlanner.planFor(UserLoad.ofUsers(5_000));
        Scenario loss = Scenario.zoneLoss(10);
        String first = ScenarioSimulator.run(plan, loss).toTable();
        assertThat(ScenarioSimulator.run(plan, loss).toTable()).isEqualTo(first);
        assertThat(ScenarioSimulator.run(plan, loss.withSeed(7)).toTable()).isNotEqualTo(first);
    }

    @Test
    void aDayPrintsItsProgressHourByHour() {
        CapacityPlan plan = CapacityPlanner.planFor(UserLoad.ofUsers(1_000));
        StringBuilder progress = new StringBuilder();
        ScenarioSimulator.run(plan, Scenario.day(LoadCurve.workingDay(0.05)), hour -> progress.append(hour).append('\n'));
        assertThat(progress.toString().lines()).hasSize(24).first().isEqualTo("01:00 of 24 simulated hours");
    }
}
