package dev.superscale.capacity;

/**
 * Rate limits (kept in Redis so every process shares the counters; per signed-in user, per address
 * only for anonymous requests), row limits, task time limits, the broker's visibility timeout that
 * must outlast them, and the metadata database's statement timeout.
 */
public record Limits(
        Sized requestsPerSecondPerClient,
        Sized loginAttemptsPerSecond,
        Sized chartRowLimit,
        Sized sqlMaxRows,
        Sized sqlLabDefaultRowLimit,
        Sized samplesRowLimit,
        Sized sqlLabAsyncTimeLimitSeconds,
        Sized reportWorkingTimeoutSeconds,
        Sized celeryVisibilityTimeoutSeconds,
        Sized metadataStatementTimeoutSeconds) {
}
