package dev.superscale.capacity;

/** Rate limits (kept in Redis so every process shares the counters), row limits and task time limits. */
public record Limits(
        Sized requestsPerSecondPerClient,
        Sized loginAttemptsPerSecond,
        Sized chartRowLimit,
        Sized sqlMaxRows,
        Sized sqlLabDefaultRowLimit,
        Sized samplesRowLimit,
        Sized sqlLabAsyncTimeLimitSeconds,
        Sized reportWorkingTimeoutSeconds) {
}
