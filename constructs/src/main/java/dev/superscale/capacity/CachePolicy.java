package dev.superscale.capacity;

/** Cache lifetimes by data freshness class, and of the non-data caches. */
public record CachePolicy(
        Sized realtimeDataTtlSeconds,
        Sized dailyDataTtlSeconds,
        Sized exploratoryDataTtlSeconds,
        Sized metadataCacheTtlSeconds,
        Sized filterStateTtlSeconds,
        Sized exploreFormDataTtlSeconds,
        Sized sqlLabResultsTtlSeconds,
        Sized asyncEventStreamLimit,
        Sized asyncPollingDelayMilliseconds) {
}
