package dev.superscale.capacity;

/** The peak-hour traffic the plan was sized for, derived from the {@link UserLoad}. */
public record LoadSummary(
        Measure peakActiveUsers,
        Measure dashboardViewsPerSecond,
        Measure chartQueriesPerSecond,
        Measure chartCacheMissesPerSecond,
        Measure sqlLabQueriesPerSecond,
        Measure reportsPerSecond) {
}
