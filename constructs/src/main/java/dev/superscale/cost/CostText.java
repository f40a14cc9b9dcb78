package dev.superscale.cost;

import java.util.List;
import java.util.Locale;

/** The cost report as the plain-text section {@code superscale plan} prints after the plan. */
public final class CostText {

    private static final String ROW = "  %-20s %12s %12s %12s  %s%n";

    private CostText() {
    }

    public static String render(CostReport report) {
        StringBuilder out = new StringBuilder();
        CostReport.Prices p = report.prices();
        out.append('\n').append(String.format(Locale.ROOT,
                "Monthly cost (USD; %s: %d rows read %s or later, %d of them estimates; %s h per month)%n",
                p.source(), p.rows(), p.oldestRead(), p.estimates(), trim(p.hoursPerMonth())));
        out.append("  floor = the off-peak floor all month, peak = the peak all month; a real month lies between.\n");
        for (TargetCost t : report.targets()) {
            target(out, t);
        }
        report.guide().ifPresent(g -> guide(out, g));
        out.append("\nNot priced\n");
        for (String item : report.notPriced()) {
            out.append("  - ").append(item).append('\n');
        }
        return out.toString();
    }

    private static void target(StringBuilder out, TargetCost t) {
        out.append('\n').append(t.target().toUpperCase(Locale.ROOT)).append(' ').append(t.region()).append(": ").append(t.targetName()).append('\n');
        out.append(String.format(Locale.ROOT, ROW, "component", "floor", "peak", "peak all OD", "what"));
        for (LineItem i : t.items()) {
            out.append(String.format(Locale.ROOT, ROW, i.component(), money(i.floor()), money(i.peak()), money(i.peakOnDemand()),
                    i.offering()).stripTrailing()).append('\n');
        }
        out.append(String.format(Locale.ROOT, ROW, "total", money(t.floor()), money(t.peak()), money(t.peakOnDemand()), "").stripTrailing())
                .append('\n');
        out.append(String.format(Locale.ROOT, ROW, "per registered user", perUser(t.floorPerUser()), perUser(t.peakPerUser()),
                perUser(t.peakOnDemand() / t.registeredUsers()), String.format(Locale.ROOT, "%,d users", t.registeredUsers()))
                .stripTrailing()).append('\n');
    }

    private static void guide(StringBuilder out, GuideComparison g) {
        out.append("\nThe guide's 10,000-user configuration beside this plan (same load, same prices)\n");
        out.append(String.format(Locale.ROOT, "  guide: %d web instances, %d Celery processes on %d machines; carries %,d users under the model "
                        + "(next to break: %s)%n", g.guideWebReplicas(), g.guideWorkerProcesses(), GuideReference.WORKER_MACHINES,
                g.guideCarries().users(), g.guideCarries().limitedBy()));
        out.append(String.format(Locale.ROOT, "  plan:  %d web replicas, %d Celery processes at peak; carries %,d users (next to break: %s)%n",
                g.planWebReplicas(), g.planWorkerProcesses(), g.planCarries().users(), g.planCarries().limitedBy()));
        out.append(String.format(Locale.ROOT, "  %-34s %12s %12s%n", "monthly, peak (floor)", "guide", "plan"));
        for (int i = 0; i < g.guide().size(); i++) {
            TargetCost guide = g.guide().get(i);
            TargetCost plan = g.plan().get(i);
            out.append(String.format(Locale.ROOT, "  %-34s %12s %12s%n", guide.target() + " " + guide.region(), money(guide.peak()), money(plan.peak())));
            out.append(String.format(Locale.ROOT, "  %-34s %12s %12s%n", "", "(" + money(guide.floor()) + ")", "(" + money(plan.floor()) + ")"));
        }
        if (!g.planAtEqualCapacity().isEmpty()) {
            out.append(String.format(Locale.ROOT, "  at equal modelled capacity (both sized for %,d users), at peak:%n", g.guideCarries().users()));
            for (int i = 0; i < g.planAtEqualCapacity().size(); i++) {
                TargetCost guide = g.guideAtEqualCapacity().get(i);
                TargetCost plan = g.planAtEqualCapacity().get(i);
                out.append(String.format(Locale.ROOT, "  %-34s %12s %12s  (plan = %s of the guide)%n", guide.target() + " " + guide.region(),
                        money(guide.peak()), money(plan.peak()), percent(plan.peak() / guide.peak())));
            }
        }
    }

    static String money(double usd) {
        return String.format(Locale.ROOT, "$%,.2f", usd);
    }

    static String perUser(double usd) {
        return String.format(Locale.ROOT, "$%.4f", usd);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
