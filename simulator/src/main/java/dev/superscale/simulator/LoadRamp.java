package dev.superscale.simulator;

import dev.superscale.capacity.Format;
import dev.superscale.capacity.UserLoad;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The straight line from one load to another: every numeric input moves by the same share,
 * so "40% of the way to twice the users" is 1.4x the users, and "40% of the way to a 0.6 cache
 * hit ratio" from 0.8 is 0.72.
 */
final class LoadRamp {

    private record Field(String name, ToDoubleFunction<UserLoad> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("users", l -> l.registeredUsers()),
            new Field("peak active share", UserLoad::peakActiveShare),
            new Field("views per active user per minute", UserLoad::dashboardViewsPerActiveUserPerMinute),
            new Field("charts per dashboard", l -> l.chartsPerDashboard()),
            new Field("cache hit ratio", UserLoad::cacheHitRatio),
            new Field("chart query mean s", UserLoad::chartQueryMeanSeconds),
            new Field("chart query p95 s", UserLoad::chartQueryP95Seconds),
            new Field("SQL Lab share", UserLoad::sqlLabShare),
            new Field("SQL Lab queries per user per minute", UserLoad::sqlLabQueriesPerUserPerMinute),
            new Field("SQL Lab query mean s", UserLoad::sqlLabQueryMeanSeconds),
            new Field("SQL Lab query p95 s", UserLoad::sqlLabQueryP95Seconds),
            new Field("reports per day", UserLoad::scheduledReportsPerDay),
            new Field("report peak hour share", UserLoad::reportPeakHourShare),
            new Field("report mean s", UserLoad::reportMeanSeconds),
            new Field("report p95 s", UserLoad::reportP95Seconds));

    private final UserLoad from;
    private final UserLoad to;

    LoadRamp(UserLoad from, UserLoad to) {
        this.from = from;
        this.to = to;
    }

    /** The load a share {@code t} of the way; exactly {@code from} at 0 and {@code to} at 1. */
    UserLoad at(double t) {
        if (t == 0) {
            return from;
        }
        if (t == 1) {
            return to;
        }
        return from.toBuilder()
                .registeredUsers((int) Math.round(lerp(from.registeredUsers(), to.registeredUsers(), t)))
                .peakActiveShare(lerp(from.peakActiveShare(), to.peakActiveShare(), t))
                .dashboardViewsPerActiveUserPerMinute(lerp(from.dashboardViewsPerActiveUserPerMinute(),
                        to.dashboardViewsPerActiveUserPerMinute(), t))
                .chartsPerDashboard((int) Math.round(lerp(from.chartsPerDashboard(), to.chartsPerDashboard(), t)))
                .cacheHitRatio(lerp(from.cacheHitRatio(), to.cacheHitRatio(), t))
                .chartQueryMeanSeconds(lerp(from.chartQueryMeanSeconds(), to.chartQueryMeanSeconds(), t))
                .chartQueryP95Seconds(lerp(from.chartQueryP95Seconds(), to.chartQueryP95Seconds(), t))
                .sqlLabShare(lerp(from.sqlLabShare(), to.sqlLabShare(), t))
                .sqlLabQueriesPerUserPerMinute(lerp(from.sqlLabQueriesPerUserPerMinute(), to.sqlLabQueriesPerUserPerMinute(), t))
                .sqlLabQueryMeanSeconds(lerp(from.sqlLabQueryMeanSeconds(), to.sqlLabQueryMeanSeconds(), t))
                .sqlLabQueryP95Seconds(lerp(from.sqlLabQueryP95Seconds(), to.sqlLabQueryP95Seconds(), t))
                .scheduledReportsPerDay(lerp(from.scheduledReportsPerDay(), to.scheduledReportsPerDay(), t))
                .reportPeakHourShare(lerp(from.reportPeakHourShare(), to.reportPeakHourShare(), t))
                .reportMeanSeconds(lerp(from.reportMeanSeconds(), to.reportMeanSeconds(), t))
                .reportP95Seconds(lerp(from.reportP95Seconds(), to.reportP95Seconds(), t))
                .build();
    }

    /** The inputs that differ between the ends, with their values in {@code load}: "users 14000, cache hit ratio 0.72". */
    String describe(UserLoad load) {
        List<String> parts = new ArrayList<>();
        for (Field field : FIELDS) {
            if (field.value().applyAsDouble(from) != field.value().applyAsDouble(to)) {
                parts.add(field.name() + " " + Format.decimal(field.value().applyAsDouble(load)));
            }
        }
        return parts.isEmpty() ? "the plan's own load" : String.join(", ", parts);
    }

    /** Exact at both ends: a * (1 - t) + b * t is a at 0 and b at 1. */
    private static double lerp(double a, double b, double t) {
        return a * (1 - t) + b * t;
    }
}
