package dev.superscale.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.Preset;
import dev.superscale.cost.DayCost;
import dev.superscale.cost.PriceTable;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The cost issue's "a day at the simulated replica-hours": each pool's simulated day priced between its floor and its peak. */
class DayCostAtSimulatedReplicaHoursTest {

    private static Map<String, DayCost> byTarget(Preset preset) {
        ScenarioReport day = PresetSimulations.scenario(preset, PresetSimulations.day(preset));
        Map<String, Double> hours = day.replicaHoursByComponent();
        assertThat(hours).containsOnlyKeys("web", "worker-interactive", "worker-reports");
        Map<String, DayCost> costs = new TreeMap<>();
        DayCost.forPlan(day.plan(), PriceTable.bundled(), hours).forEach(c -> costs.put(c.target(), c));
        assertThat(costs.values()).allSatisfy(c -> assertThat(c.pools()).hasSize(day.pools().size()));
        return costs;
    }

    @Test
    void atFiftyThousandUsersTheDayCostsWellBelowPeakAllMonthAndAboveTheFloor() {
        for (DayCost target : byTarget(Preset.GLOBAL).values()) {
            assertThat(target.day()).as(target.target()).isLessThan(0.8 * target.peak()).isGreaterThan(target.floor());
            for (DayCost.Pool pool : target.pools()) {
                // Starting replicas are billed too, so a pool may cost a little above its floor-to-peak share, never above peak.
                assertThat(pool.day()).as("%s %s", target.target(), pool.component()).isLessThan(pool.peak()).isGreaterThanOrEqualTo(pool.floor());
            }
        }
    }

    @Test
    void atTenThousandUsersTheMinimumsAreThePeakSoTheDayCostsAboutThePeak() {
        for (DayCost target : byTarget(Preset.ENTERPRISE).values()) {
            assertThat(target.day() / target.peak()).as(target.target()).isBetween(0.99, 1.05);
        }
    }
}
