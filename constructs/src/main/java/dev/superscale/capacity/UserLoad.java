package dev.superscale.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the deployment must carry at its busiest hour. Only {@code registeredUsers} is
 * required; every other field has a documented default. Validated at construction: a bad
 * value throws {@link InvalidInputException} naming every problem at once.
 *
 * @param registeredUsers                  people with an account; supported range {@value #MIN_USERS}..{@value #MAX_USERS}
 * @param peakActiveShare                  share of registered users active in the peak hour. Default 0.05 (the guide's 5%)
 * @param dashboardViewsPerActiveUserPerMinute dashboards an active user opens per minute. Default 0.5
 * @param chartsPerDashboard               chart queries one dashboard view fires. Default 8
 * @param cacheHitRatio                    target share of chart queries answered from the cache. Default 0.8
 * @param chartQueryMeanSeconds            mean warehouse time of an uncached chart query. Default 1.5
 * @param chartQueryP95Seconds             p95 warehouse time of an uncached chart query. Default 5
 * @param sqlLabShare                      share of active users working in SQL Lab. Default 0.1
 * @param sqlLabQueriesPerUserPerMinute    queries a SQL Lab user runs per minute. Default 0.5
 * @param sqlLabQueryMeanSeconds           mean SQL Lab query time. Default 6
 * @param sqlLabQueryP95Seconds            p95 SQL Lab query time. Default 20
 * @param scheduledReportsPerDay           reports and alerts run per day. Default: one per ten registered users
 * @param reportPeakHourShare              share of a day's reports that run in the busiest hour. Default 0.25
 * @param reportMeanSeconds                mean time to run and render a report. Default 30
 * @param reportP95Seconds                 p95 time to run and render a report. Default 90
 * @param webP95LatencySeconds             p95 web response time target. Default 2 (the guide's alert)
 * @param interactiveWaitP95Seconds        p95 queue wait target on the interactive Celery queue. Default 1
 * @param reportsWaitP95Seconds            p95 queue wait target on the reports queue. Default 300
 * @param chartQueryMode                   force sync or async chart queries. Default: chosen by the planner from the load
 */
public record UserLoad(
        int registeredUsers,
        double peakActiveShare,
        double dashboardViewsPerActiveUserPerMinute,
        int chartsPerDashboard,
        double cacheHitRatio,
        double chartQueryMeanSeconds,
        double chartQueryP95Seconds,
        double sqlLabShare,
        double sqlLabQueriesPerUserPerMinute,
        double sqlLabQueryMeanSeconds,
        double sqlLabQueryP95Seconds,
        double scheduledReportsPerDay,
        double reportPeakHourShare,
        double reportMeanSeconds,
        double reportP95Seconds,
        double webP95LatencySeconds,
        double interactiveWaitP95Seconds,
        double reportsWaitP95Seconds,
        Optional<ChartQueryMode> chartQueryMode) {

    public static final int MIN_USERS = 10;
    public static final int MAX_USERS = 200_000;

    public UserLoad {
        chartQueryMode = chartQueryMode == null ? Optional.empty() : chartQueryMode;
        List<String> problems = new ArrayList<>();
        if (registeredUsers < MIN_USERS || registeredUsers > MAX_USERS) {
            problems.add(Format.format("users %d is outside the supported range %d..%d",
                    registeredUsers, MIN_USERS, MAX_USERS));
        }
        share(problems, "peak active share", peakActiveShare, false);
        positive(problems, "dashboard views per active user per minute", dashboardViewsPerActiveUserPerMinute, 60);
        if (chartsPerDashboard < 1 || chartsPerDashboard > 200) {
            problems.add(Format.format("charts per dashboard %d is outside 1..200", chartsPerDashboard));
        }
        if (!(cacheHitRatio >= 0 && cacheHitRatio <= 0.99)) {
            problems.add(Format.format("cache hit ratio %s is outside 0..0.99", Format.decimal(cacheHitRatio)));
        }
        duration(problems, "chart query", chartQueryMeanSeconds, chartQueryP95Seconds);
        share(problems, "SQL Lab share", sqlLabShare, true);
        nonNegative(problems, "SQL Lab queries per user per minute", sqlLabQueriesPerUserPerMinute, 60);
        duration(problems, "SQL Lab query", sqlLabQueryMeanSeconds, sqlLabQueryP95Seconds);
        nonNegative(problems, "scheduled reports per day", scheduledReportsPerDay, 10_000_000);
        share(problems, "report peak hour share", reportPeakHourShare, false);
        duration(problems, "report", reportMeanSeconds, reportP95Seconds);
        positive(problems, "web p95 latency target seconds", webP95LatencySeconds, 600);
        positive(problems, "interactive queue p95 wait target seconds", interactiveWaitP95Seconds, 3600);
        positive(problems, "reports queue p95 wait target seconds", reportsWaitP95Seconds, 86_400);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The default load for a number of registered users. */
    public static UserLoad ofUsers(int registeredUsers) {
        return builder(registeredUsers).build();
    }

    public static Builder builder(int registeredUsers) {
        return new Builder(registeredUsers);
    }

    /** A builder preset with this load's values, to derive a what-if load. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public double peakActiveUsers() {
        return registeredUsers * peakActiveShare;
    }

    public double dashboardViewsPerSecond() {
        return peakActiveUsers() * dashboardViewsPerActiveUserPerMinute / 60;
    }

    public double chartQueriesPerSecond() {
        return dashboardViewsPerSecond() * chartsPerDashboard;
    }

    public double chartCacheMissesPerSecond() {
        return chartQueriesPerSecond() * (1 - cacheHitRatio);
    }

    public double sqlLabQueriesPerSecond() {
        return peakActiveUsers() * sqlLabShare * sqlLabQueriesPerUserPerMinute / 60;
    }

    public double reportsPerSecondAtPeak() {
        return scheduledReportsPerDay * reportPeakHourShare / 3600;
    }

    public Lognormal chartQueryDuration() {
        return Lognormal.fromMeanAndP95(chartQueryMeanSeconds, chartQueryP95Seconds);
    }

    public Lognormal sqlLabQueryDuration() {
        return Lognormal.fromMeanAndP95(sqlLabQueryMeanSeconds, sqlLabQueryP95Seconds);
    }

    public Lognormal reportDuration() {
        return Lognormal.fromMeanAndP95(reportMeanSeconds, reportP95Seconds);
    }

    private static void share(List<String> problems, String name, double value, boolean zeroAllowed) {
        boolean ok = zeroAllowed ? value >= 0 && value <= 1 : value > 0 && value <= 1;
        if (!ok) {
            problems.add(Format.format("%s %s must be %s and at most 1", name, Format.decimal(value),
                    zeroAllowed ? "at least 0" : "above 0"));
        }
    }

    private static void positive(List<String> problems, String name, double value, double max) {
        if (!(value > 0 && value <= max)) {
            problems.add(Format.format("%s %s must be above 0 and at most %s",
                    name, Format.decimal(value), Format.decimal(max)));
        }
    }

    private static void nonNegative(List<String> problems, String name, double value, double max) {
        if (!(value >= 0 && value <= max)) {
            problems.add(Format.format("%s %s is outside 0..%s", name, Format.decimal(value), Format.decimal(max)));
        }
    }

    private static void duration(List<String> problems, String name, double mean, double p95) {
        if (!(mean > 0 && mean <= 86_400)) {
            problems.add(Format.format("%s mean seconds %s must be above 0 and at most 86400", name, Format.decimal(mean)));
        } else if (!(p95 > mean && p95 <= mean * Lognormal.MAX_P95_TO_MEAN)) {
            problems.add(Format.format(
                    "%s p95 seconds %s must be above the mean (%s) and at most %s x the mean (a lognormal fit)",
                    name, Format.decimal(p95), Format.decimal(mean), Format.decimal(Lognormal.MAX_P95_TO_MEAN)));
        }
    }

    /** Builder with the documented defaults. */
    public static final class Builder {
        private int registeredUsers;
        private double peakActiveShare = 0.05;
        private double dashboardViewsPerActiveUserPerMinute = 0.5;
        private int chartsPerDashboard = 8;
        private double cacheHitRatio = 0.8;
        private double chartQueryMeanSeconds = 1.5;
        private double chartQueryP95Seconds = 5;
        private double sqlLabShare = 0.1;
        private double sqlLabQueriesPerUserPerMinute = 0.5;
        private double sqlLabQueryMeanSeconds = 6;
        private double sqlLabQueryP95Seconds = 20;
        private Double scheduledReportsPerDay;
        private double reportPeakHourShare = 0.25;
        private double reportMeanSeconds = 30;
        private double reportP95Seconds = 90;
        private double webP95LatencySeconds = 2;
        private double interactiveWaitP95Seconds = 1;
        private double reportsWaitP95Seconds = 300;
        private ChartQueryMode chartQueryMode;

        private Builder(int registeredUsers) {
            this.registeredUsers = registeredUsers;
        }

        private Builder(UserLoad load) {
            registeredUsers = load.registeredUsers;
            peakActiveShare = load.peakActiveShare;
            dashboardViewsPerActiveUserPerMinute = load.dashboardViewsPerActiveUserPerMinute;
            chartsPerDashboard = load.chartsPerDashboard;
            cacheHitRatio = load.cacheHitRatio;
            chartQueryMeanSeconds = load.chartQueryMeanSeconds;
            chartQueryP95Seconds = load.chartQueryP95Seconds;
            sqlLabShare = load.sqlLabShare;
            sqlLabQueriesPerUserPerMinute = load.sqlLabQueriesPerUserPerMinute;
            sqlLabQueryMeanSeconds = load.sqlLabQueryMeanSeconds;
            sqlLabQueryP95Seconds = load.sqlLabQueryP95Seconds;
            // Keep the per-user default when it was not overridden, so a what-if with more users scales reports too.
            scheduledReportsPerDay = load.scheduledReportsPerDay == load.registeredUsers / 10.0 ? null : load.scheduledReportsPerDay;
            reportPeakHourShare = load.reportPeakHourShare;
            reportMeanSeconds = load.reportMeanSeconds;
            reportP95Seconds = load.reportP95Seconds;
            webP95LatencySeconds = load.webP95LatencySeconds;
            interactiveWaitP95Seconds = load.interactiveWaitP95Seconds;
            reportsWaitP95Seconds = load.reportsWaitP95Seconds;
            chartQueryMode = load.chartQueryMode.orElse(null);
        }

        public Builder registeredUsers(int value) { registeredUsers = value; return this; }
        public Builder peakActiveShare(double value) { peakActiveShare = value; return this; }
        public Builder dashboardViewsPerActiveUserPerMinute(double value) { dashboardViewsPerActiveUserPerMinute = value; return this; }
        public Builder chartsPerDashboard(int value) { chartsPerDashboard = value; return this; }
        public Builder cacheHitRatio(double value) { cacheHitRatio = value; return this; }
        public Builder chartQueryMeanSeconds(double value) { chartQueryMeanSeconds = value; return this; }
        public Builder chartQueryP95Seconds(double value) { chartQueryP95Seconds = value; return this; }
        public Builder sqlLabShare(double value) { sqlLabShare = value; return this; }
        public Builder sqlLabQueriesPerUserPerMinute(double value) { sqlLabQueriesPerUserPerMinute = value; return this; }
        public Builder sqlLabQueryMeanSeconds(double value) { sqlLabQueryMeanSeconds = value; return this; }
        public Builder sqlLabQueryP95Seconds(double value) { sqlLabQueryP95Seconds = value; return this; }
        public Builder scheduledReportsPerDay(double value) { scheduledReportsPerDay = value; return this; }
        public Builder reportPeakHourShare(double value) { reportPeakHourShare = value; return this; }
        public Builder reportMeanSeconds(double value) { reportMeanSeconds = value; return this; }
        public Builder reportP95Seconds(double value) { reportP95Seconds = value; return this; }
        public Builder webP95LatencySeconds(double value) { webP95LatencySeconds = value; return this; }
        public Builder interactiveWaitP95Seconds(double value) { interactiveWaitP95Seconds = value; return this; }
        public Builder reportsWaitP95Seconds(double value) { reportsWaitP95Seconds = value; return this; }
        public Builder chartQueryMode(ChartQueryMode value) { chartQueryMode = value; return this; }

        public UserLoad build() {
            double reports = scheduledReportsPerDay != null ? scheduledReportsPerDay : registeredUsers / 10.0;
            return new UserLoad(registeredUsers, peakActiveShare, dashboardViewsPerActiveUserPerMinute,
                    chartsPerDashboard, cacheHitRatio, chartQueryMeanSeconds, chartQueryP95Seconds, sqlLabShare,
                    sqlLabQueriesPerUserPerMinute, sqlLabQueryMeanSeconds, sqlLabQueryP95Seconds, reports,
                    reportPeakHourShare, reportMeanSeconds, reportP95Seconds, webP95LatencySeconds,
                    interactiveWaitP95Seconds, reportsWaitP95Seconds, Optional.ofNullable(chartQueryMode));
        }
    }
}
