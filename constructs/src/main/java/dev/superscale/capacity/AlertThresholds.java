package dev.superscale.capacity;

/** What the monitoring of every target alerts on, and for how long a breach must last. */
public record AlertThresholds(
        Measure webP95LatencySeconds,
        AlertWindow webLatencyWindow,
        Sized queueDepth,
        AlertWindow queueDepthWindow,
        Measure cacheHitRatioBelow,
        AlertWindow cacheHitWindow,
        Sized databaseConnectionsAbove,
        AlertWindow databaseConnectionsWindow,
        Sized databaseP95QueryMilliseconds,
        AlertWindow databaseLatencyWindow,
        Sized redisMemoryPercent,
        AlertWindow redisMemoryWindow,
        Sized workersDownAllowed,
        AlertWindow componentDownWindow,
        Measure errorRatePercent,
        AlertWindow errorRateWindow) {
}
