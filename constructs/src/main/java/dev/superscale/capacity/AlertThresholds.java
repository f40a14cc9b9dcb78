package dev.superscale.capacity;

/** What the monitoring of every target alerts on. */
public record AlertThresholds(
        Measure webP95LatencySeconds,
        Sized queueDepth,
        Measure cacheHitRatioBelow,
        Sized databaseConnectionsAbove,
        Sized databaseP95QueryMilliseconds,
        Sized redisMemoryPercent,
        Sized workersDownAllowed,
        Measure errorRatePercent) {
}
