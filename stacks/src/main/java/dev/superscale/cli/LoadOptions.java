package dev.superscale.cli;

import dev.superscale.capacity.ChartQueryMode;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.Lognormal;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.UserLoad;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * The load options every command shares: a user count or a preset, and overrides of the
 * load's defaults. Values arrive as text so that a bad one gets a message naming what is
 * allowed, not a parser's type error.
 */
public final class LoadOptions {

    @Option(names = "--users", paramLabel = "N",
            description = "Registered users (" + UserLoad.MIN_USERS + ".." + UserLoad.MAX_USERS + ").")
    String users;

    @Option(names = "--preset", paramLabel = "NAME", description = "A named tier instead of --users: 100, 1k, 10k or 50k.")
    String preset;

    @Option(names = "--active-share", paramLabel = "RATIO", description = "Share of users active at peak (default 0.05).")
    String activeShare;

    @Option(names = "--views-per-minute", paramLabel = "N", description = "Dashboard views per active user per minute (default 0.5).")
    String viewsPerMinute;

    @Option(names = "--charts-per-dashboard", paramLabel = "N", description = "Charts per dashboard (default 8).")
    String chartsPerDashboard;

    @Option(names = "--cache-hit", paramLabel = "RATIO", description = "Target cache hit ratio, 0..0.99 (default 0.8).")
    String cacheHit;

    @Option(names = "--query-mean", paramLabel = "SECONDS", description = "Mean uncached chart query time (default 1.5).")
    String queryMean;

    @Option(names = "--query-p95", paramLabel = "SECONDS", description = "p95 uncached chart query time (default 5).")
    String queryP95;

    @Option(names = "--sql-lab-share", paramLabel = "RATIO", description = "Share of active users in SQL Lab (default 0.1).")
    String sqlLabShare;

    @Option(names = "--reports-per-day", paramLabel = "N", description = "Scheduled reports per day (default users / 10).")
    String reportsPerDay;

    @Option(names = "--web-p95", paramLabel = "SECONDS", description = "Web p95 latency target (default 2).")
    String webP95;

    @Option(names = "--chart-queries", paramLabel = "MODE",
            description = "Where uncached chart queries run: sync (in gunicorn) or async (Celery). Default: chosen from the load.")
    String chartQueries;

    static final NumericOption USERS = NumericOption.whole("--users", UserLoad.MIN_USERS, UserLoad.MAX_USERS);
    // The ranges UserLoad accepts, here with the flag's name (SafetyMatrixTest.theFlagsRangesAreTheLoadsRanges keeps them equal).
    static final NumericOption ACTIVE_SHARE = NumericOption.above("--active-share", 0, 1);
    static final NumericOption VIEWS_PER_MINUTE = NumericOption.above("--views-per-minute", 0, 60);
    static final NumericOption CHARTS_PER_DASHBOARD = NumericOption.whole("--charts-per-dashboard", 1, 200);
    static final NumericOption CACHE_HIT = NumericOption.from("--cache-hit", 0, 0.99);
    static final NumericOption QUERY_MEAN = NumericOption.above("--query-mean", 0, 86_400);
    static final NumericOption QUERY_P95 = NumericOption.above("--query-p95", 0, 86_400 * Lognormal.MAX_P95_TO_MEAN);
    static final NumericOption SQL_LAB_SHARE = NumericOption.from("--sql-lab-share", 0, 1);
    static final NumericOption REPORTS_PER_DAY = NumericOption.from("--reports-per-day", 0, 10_000_000);
    static final NumericOption WEB_P95 = NumericOption.above("--web-p95", 0, 600);

    /** The load these options describe; throws {@link InvalidInputException} naming every bad value at once. */
    public UserLoad toUserLoad() {
        List<String> problems = new ArrayList<>();
        UserLoad.Builder builder = builder(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return builder.build();
    }

    /** A builder with every option applied, adding a problem for each bad value; unusable when any was added. */
    UserLoad.Builder builder(List<String> problems) {
        Integer registered = null;
        if (users != null && preset != null) {
            problems.add("give --users or --preset, not both (got --users " + users + " and --preset " + preset + ")");
        } else if (users == null && preset == null) {
            problems.add("--users N or --preset NAME is required (presets: " + Preset.names() + ")");
        } else if (preset != null) {
            try {
                registered = Preset.fromName(preset.strip()).registeredUsers();
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        } else {
            registered = USERS.parseWhole(users, problems);
        }
        UserLoad.Builder builder = UserLoad.builder(registered == null ? UserLoad.MIN_USERS : registered);
        decimal(problems, ACTIVE_SHARE, activeShare, builder::peakActiveShare);
        decimal(problems, VIEWS_PER_MINUTE, viewsPerMinute, builder::dashboardViewsPerActiveUserPerMinute);
        if (chartsPerDashboard != null) {
            Integer charts = CHARTS_PER_DASHBOARD.parseWhole(chartsPerDashboard, problems);
            if (charts != null) {
                builder.chartsPerDashboard(charts);
            }
        }
        decimal(problems, CACHE_HIT, cacheHit, builder::cacheHitRatio);
        decimal(problems, QUERY_MEAN, queryMean, builder::chartQueryMeanSeconds);
        decimal(problems, QUERY_P95, queryP95, builder::chartQueryP95Seconds);
        decimal(problems, SQL_LAB_SHARE, sqlLabShare, builder::sqlLabShare);
        decimal(problems, REPORTS_PER_DAY, reportsPerDay, builder::scheduledReportsPerDay);
        decimal(problems, WEB_P95, webP95, builder::webP95LatencySeconds);
        if (chartQueries != null) {
            ChartQueryMode mode = ChartQueryMode.fromCliName(chartQueries.strip());
            if (mode == null) {
                problems.add("--chart-queries '" + chartQueries + "' is not allowed: use sync or async");
            } else {
                builder.chartQueryMode(mode);
            }
        }
        return builder;
    }

    /** The user count of a whole-number option such as --what-if-users; adds a problem and returns null when bad. */
    static Integer users(String option, String text, List<String> problems) {
        return NumericOption.whole(option, UserLoad.MIN_USERS, UserLoad.MAX_USERS).parseWhole(text, problems);
    }

    static void decimal(List<String> problems, NumericOption option, String text, Consumer<Double> setter) {
        if (text == null) {
            return;
        }
        Double value = option.parse(text, problems);
        if (value != null) {
            setter.accept(value);
        }
    }
}
