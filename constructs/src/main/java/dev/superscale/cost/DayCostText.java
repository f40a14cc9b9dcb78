package dev.superscale.cost;

import java.util.List;
import java.util.Locale;

/** A simulated day's compute cost as the plain-text section {@code superscale simulate --day} prints after the day's table. */
public final class DayCostText {

    private static final String ROW = "  %-20s %10s %10s %12s %12s %12s %8s%n";

    private DayCostText() {
    }

    /** @param day what was simulated ("the working day, AWS ECS delays") */
    public static String render(List<DayCost> costs, String day, String prices) {
        StringBuilder out = new StringBuilder();
        out.append('\n').append(String.format(Locale.ROOT, "Monthly compute cost at the simulated day's replica-hours (USD; %s; %s)%n",
                day, prices));
        out.append("  floor = the minimum replicas all month, day = every day like the simulated one, peak = peak replicas all month;\n");
        out.append("  databases, Redis and the network do not follow the day: see the plan's cost section.\n");
        for (DayCost t : costs) {
            out.append('\n').append(t.target().toUpperCase(Locale.ROOT)).append(' ').append(t.region()).append(": ").append(t.targetName())
                    .append('\n');
            out.append(String.format(Locale.ROOT, ROW, "pool", "rep-h/day", "peak rep-h", "floor", "day", "peak", "day/peak"));
            for (DayCost.Pool p : t.pools()) {
                out.append(String.format(Locale.ROOT, ROW, p.component(), hours(p.replicaHoursPerDay()), hours(p.peakReplicaHoursPerDay()),
                        CostText.money(p.floor()), CostText.money(p.day()), CostText.money(p.peak()), share(p.day(), p.peak())));
            }
            double used = t.pools().stream().mapToDouble(DayCost.Pool::replicaHoursPerDay).sum();
            double peak = t.pools().stream().mapToDouble(DayCost.Pool::peakReplicaHoursPerDay).sum();
            out.append(String.format(Locale.ROOT, ROW, "compute total", hours(used), hours(peak), CostText.money(t.floor()),
                    CostText.money(t.day()), CostText.money(t.peak()), share(t.day(), t.peak())));
        }
        return out.toString();
    }

    private static String hours(double h) {
        return String.format(Locale.ROOT, "%.1f", h);
    }

    private static String share(double part, double whole) {
        return whole > 0 ? String.format(Locale.ROOT, "%.0f%%", 100 * part / whole) : "-";
    }
}
