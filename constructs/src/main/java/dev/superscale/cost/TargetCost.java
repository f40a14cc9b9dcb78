package dev.superscale.cost;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A deployment's monthly cost on one target: one line item per component and service, and the
 * totals (USD, cents). "Floor" is the off-peak floor held all month and "peak" the peak held all
 * month: a real month lies between them. Per-user figures divide by registered users.
 */
public record TargetCost(
        String target,
        String region,
        String targetName,
        int registeredUsers,
        List<LineItem> items,
        double floor,
        double peak,
        double floorOnDemand,
        double peakOnDemand,
        double floorPerUser,
        double peakPerUser) {

    public TargetCost {
        items = List.copyOf(items);
    }

    static TargetCost of(String target, String region, String targetName, int registeredUsers, List<LineItem> items) {
        double floor = sum(items, LineItem::floor);
        double peak = sum(items, LineItem::peak);
        return new TargetCost(target, region, targetName, registeredUsers, items, floor, peak, sum(items, LineItem::floorOnDemand),
                sum(items, LineItem::peakOnDemand), perUser(floor, registeredUsers), perUser(peak, registeredUsers));
    }

    public LineItem item(String component) {
        return items.stream().filter(i -> i.component().equals(component)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line item " + component + " for " + target));
    }

    private static double sum(List<LineItem> items, ToDoubleFunction<LineItem> value) {
        return LineItem.cents(items.stream().mapToDouble(value).sum());
    }

    /** Per user to a hundredth of a cent: small tiers cost dollars per user, large ones cents. */
    private static double perUser(double monthly, int users) {
        return Math.round(monthly / users * 10_000) / 10_000.0;
    }
}
