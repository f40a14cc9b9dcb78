package dev.superscale.cost;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.topology.SupersetTopology;
import java.util.List;
import java.util.Map;

/**
 * A deployment's compute on one target, priced a month of days like a simulated one: each pool at
 * the replica-hours the day's autoscalers asked for (starting replicas billed), beside the pool's
 * floor and its peak held all month (USD, cents). Databases, Redis and the network do not scale
 * with the day and are in {@link TargetCost} as they are.
 *
 * @param target      the target id ("aws", "gcp")
 * @param region      its region
 * @param targetName  as printed
 * @param pools       per compute workload that the day simulated
 * @param floor       the pools at their floor all month
 * @param day         the pools at the simulated day's replica-hours, every day of the month
 * @param peak        the pools at their peak all month
 */
public record DayCost(String target, String region, String targetName, List<Pool> pools, double floor, double day, double peak) {

    /**
     * @param component              the workload ("web", "worker-interactive", ...)
     * @param replicaHoursPerDay     replica-hours the simulated day used
     * @param peakReplicaHoursPerDay peak replicas x 24 h
     * @param floor                  monthly at the floor all month
     * @param day                    monthly at the simulated day
     * @param peak                   monthly at peak all month
     */
    public record Pool(String component, double replicaHoursPerDay, double peakReplicaHoursPerDay, double floor, double day, double peak) {
    }

    public DayCost {
        pools = List.copyOf(pools);
    }

    /** The plan's compute on every target of the table at a simulated day's replica-hours per workload. */
    public static List<DayCost> forPlan(CapacityPlan plan, PriceTable table, Map<String, Double> replicaHoursPerDay) {
        CostModel model = new CostModel(table);
        Deployment deployment = Deployment.of(SupersetTopology.of(plan), "plan");
        return table.targets().stream().map(t -> model.priceDay(deployment, t, replicaHoursPerDay)).toList();
    }

    static DayCost of(String target, String region, String targetName, List<Pool> pools) {
        return new DayCost(target, region, targetName, pools, LineItem.cents(pools.stream().mapToDouble(Pool::floor).sum()),
                LineItem.cents(pools.stream().mapToDouble(Pool::day).sum()), LineItem.cents(pools.stream().mapToDouble(Pool::peak).sum()));
    }

    public Pool pool(String component) {
        return pools.stream().filter(p -> p.component().equals(component)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pool " + component + " priced for " + target));
    }
}
