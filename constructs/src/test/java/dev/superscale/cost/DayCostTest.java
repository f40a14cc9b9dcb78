package dev.superscale.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.UserLoad;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A simulated day's replica-hours priced per pool, against the floor and peak the plan's cost section shows. */
class DayCostTest {

    private static final PriceTable PRICES = PriceTable.bundled();
    private static final CapacityPlan PLAN = CapacityPlanner.planFor(UserLoad.ofUsers(50_000));
    private static final Deployment DEPLOYMENT = Deployment.of(dev.superscale.topology.SupersetTopology.of(PLAN), "plan");

    private static DayCost aws(Map<String, Double> hours) {
        return DayCost.forPlan(PLAN, PRICES, hours).stream().filter(t -> t.target().equals("aws")).findFirst().orElseThrow();
    }

    @Test
    void aDayAtPeakAllDayCostsThePeakAndADayAtTheFloorTheFloor() {
        Map<String, Double> peak = Map.of("web", 24.0 * DEPLOYMENT.workload("web").peakReplicas(),
                "worker-interactive", 24.0 * DEPLOYMENT.workload("worker-interactive").peakReplicas());
        Map<String, Double> floor = Map.of("web", 24.0 * DEPLOYMENT.workload("web").floorReplicas(),
                "worker-interactive", 24.0 * DEPLOYMENT.workload("worker-interactive").floorReplicas());
        TargetCost month = new CostModel(PRICES).price(DEPLOYMENT).get(0);
        for (String pool : List.of("web", "worker-interactive")) {
            assertThat(aws(peak).pool(pool).day()).as(pool).isCloseTo(month.item(pool).peak(), within(0.02));
            assertThat(aws(floor).pool(pool).day()).as(pool).isCloseTo(month.item(pool).floor(), within(0.02));
            assertThat(aws(peak).pool(pool).peak()).isEqualTo(month.item(pool).peak());
        }
        // Only what the day simulated is priced.
        assertThat(aws(peak).pools()).extracting(DayCost.Pool::component).containsExactly("web", "worker-interactive");
    }

    @Test
    void workerHoursAboveTheOnDemandBaseArePricedAtSpot() {
        Workload worker = DEPLOYMENT.workload("worker-interactive");
        double base = 24.0 * worker.onDemandBase();
        DayCost atBase = aws(Map.of("worker-interactive", base));
        DayCost tenMore = aws(Map.of("worker-interactive", base + 10));
        TargetCost month = new CostModel(PRICES).price(DEPLOYMENT).get(0);
        LineItem item = month.item("worker-interactive");
        int peak = worker.peakReplicas();
        // Per spot replica-hour, from the month's peak line: (peak cost - base on-demand) / spot replicas / hours.
        double onDemandHour = item.peakOnDemand() / peak / PRICES.hoursPerMonth();
        double spotHour = (item.peak() - worker.onDemandBase() * onDemandHour * PRICES.hoursPerMonth())
                / (peak - worker.onDemandBase()) / PRICES.hoursPerMonth();
        double days = PRICES.hoursPerMonth() / 24;
        assertThat(spotHour).isLessThan(onDemandHour);
        assertThat(tenMore.day() - atBase.day()).isCloseTo(10 * spotHour * days, within(0.05));
        assertThat(atBase.day()).isCloseTo(base * onDemandHour * days, within(0.05));
    }
}
