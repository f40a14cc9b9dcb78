package dev.superscale.cli;

import dev.superscale.capacity.ChartQueryMode;
import dev.superscale.capacity.InvalidInputException;
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

    /** The load these options describe; throws {@link InvalidInputException} naming every bad value. */
    public UserLoad toUserLoad() {
        List<String> problems = new ArrayList<>();
        if (users != null && preset != null) {
            throw new InvalidInputException("give --users or --preset, not both (got --users " + users + " and --preset " + preset + ")");
        }
        if (users == null && preset == null) {
            throw new InvalidInputException("--users N or --preset NAME is required (presets: " + Preset.names() + ")");
        }
        int registered = preset != null ? Preset.fromName(preset).registeredUsers() : parseUsers("--users", users);
        UserLoad.Builder builder = UserLoad.builder(registered);
        decimal(problems, "--active-share", activeShare, builder::peakActiveShare);
        decimal(problems, "--views-per-minute", viewsPerMinute, builder::dashboardViewsPerActiveUserPerMinute);
        whole(problems, "--charts-per-dashboard", chartsPerDashboard, builder::chartsPerDashboard);
        decimal(problems, "--cache-hit", cacheHit, builder::cacheHitRatio);
        decimal(problems, "--query-mean", queryMean, builder::chartQueryMeanSeconds);
        decimal(problems, "--query-p95", queryP95, builder::chartQueryP95Seconds);
        decimal(problems, "--sql-lab-share", sqlLabShare, builder::sqlLabShare);
        decimal(problems, "--reports-per-day", reportsPerDay, builder::scheduledReportsPerDay);
        decimal(problems, "--web-p95", webP95, builder::webP95LatencySeconds);
        if (chartQueries != null) {
            ChartQueryMode mode = ChartQueryMode.fromCliName(chartQueries);
            if (mode == null) {
                problems.add("--chart-queries '" + chartQueries + "' is not allowed: use sync or async");
            } else {
                builder.chartQueryMode(mode);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return builder.build();
    }

    static int parseUsers(String option, String text) {
        String allowed = "a whole number from " + UserLoad.MIN_USERS + " to " + UserLoad.MAX_USERS;
        long value;
        try {
            value = Long.parseLong(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(option + " '" + text + "' is not " + allowed);
        }
        if (value < UserLoad.MIN_USERS || value > UserLoad.MAX_USERS) {
            throw new InvalidInputException(option + " " + value + " is outside the supported range: use " + allowed);
        }
        return (int) value;
    }

    static void decimal(List<String> problems, String option, String text, Consumer<Double> setter) {
        if (text == null) {
            return;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            setter.accept(value);
        } catch (NumberFormatException e) {
            problems.add(option + " '" + text + "' is not a number");
        }
    }

    private static void whole(List<String> problems, String option, String text, Consumer<Integer> setter) {
        if (text == null) {
            return;
        }
        try {
            setter.accept(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            problems.add(option + " '" + text + "' is not a whole number");
        }
    }
}
