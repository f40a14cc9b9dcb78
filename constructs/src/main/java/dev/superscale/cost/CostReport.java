package dev.superscale.cost;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.GuideEnvelope;
import dev.superscale.topology.SupersetTopology;
import java.util.List;
import java.util.Optional;

/**
 * The monthly cost of a plan on every target of a price table, and, near the guide's size
 * (5,000 to 20,000 users), the guide's reference configuration priced beside it.
 *
 * @param prices         which table, how old, how many of its rows are estimates
 * @param registeredUsers the plan's users
 * @param targets        the plan's cost per target
 * @param guide          the comparison with the guide's configuration, where it applies
 * @param notPriced      what the estimate leaves out
 */
public record CostReport(Prices prices, int registeredUsers, List<TargetCost> targets, Optional<GuideComparison> guide, List<String> notPriced) {

    /** @param source where the table came from; @param oldestRead the oldest date a row was read */
    public record Prices(String source, String oldestRead, int rows, long estimates, double hoursPerMonth, double responseKiBAssumed) {
    }

    static final List<String> NOT_PRICED = List.of(
            "logs, metrics and alarms (CloudWatch / Cloud Monitoring), secrets, container registry and backups beyond the free allowance",
            "NAT data processing and traffic between zones",
            "the warehouse Superset queries",
            "savings plans, committed-use and negotiated discounts: pass your own rates with --prices FILE");

    public CostReport {
        targets = List.copyOf(targets);
        notPriced = List.copyOf(notPriced);
    }

    public static CostReport of(CapacityPlan plan, PriceTable table) {
        CostModel model = new CostModel(table);
        List<TargetCost> costs = model.price(Deployment.of(SupersetTopology.of(plan), "plan"));
        Optional<GuideComparison> guide = GuideEnvelope.applies(plan.load())
                ? Optional.of(GuideComparison.of(plan, costs, model))
                : Optional.empty();
        Prices prices = new Prices(table.source(), table.oldestRead(), table.rows().size(), table.estimates(), table.hoursPerMonth(),
                CostModel.RESPONSE_KIB);
        return new CostReport(prices, plan.load().registeredUsers(), costs, guide, NOT_PRICED);
    }

    public TargetCost target(String id) {
        return targets.stream().filter(t -> t.target().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no target " + id));
    }
}
