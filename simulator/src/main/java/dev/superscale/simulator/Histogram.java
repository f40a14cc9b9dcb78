package dev.superscale.simulator;

import java.util.Arrays;

/**
 * Durations counted in log-spaced buckets (1,000 per decade, about 0.23% wide) from 10 us to
 * 10^6 s, plus an exact count of zeros: most requests never wait, and a percentile that falls
 * among them is exactly zero. Constant memory, however many samples.
 */
final class Histogram {

    private static final double MIN_SECONDS = 1e-5;
    private static final int BUCKETS_PER_DECADE = 1_000;
    private static final int DECADES = 11;
    private static final int BUCKETS = BUCKETS_PER_DECADE * DECADES;
    private static final double LOG_MIN = Math.log10(MIN_SECONDS);

    private final long[] counts = new long[BUCKETS];
    private long zeros;
    private long total;
    private double sum;
    private double max;

    void add(double seconds) {
        total++;
        if (seconds <= 0) {
            zeros++;
            return;
        }
        sum += seconds;
        max = Math.max(max, seconds);
        int bucket = (int) Math.floor((Math.log10(seconds) - LOG_MIN) * BUCKETS_PER_DECADE);
        counts[Math.max(0, Math.min(BUCKETS - 1, bucket))]++;
    }

    void addAll(Histogram other) {
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] += other.counts[i];
        }
        zeros += other.zeros;
        total += other.total;
        sum += other.sum;
        max = Math.max(max, other.max);
    }

    long count() {
        return total;
    }

    double mean() {
        return total == 0 ? 0 : sum / total;
    }

    double max() {
        return max;
    }

    /** Share of samples above zero. */
    double positiveShare() {
        return total == 0 ? 0 : (double) (total - zeros) / total;
    }

    /**
     * The p-quantile: the smallest value with at least p of the samples at or below it,
     * interpolated geometrically inside its bucket.
     */
    double quantile(double p) {
        if (total == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(p * total));
        if (rank <= zeros) {
            return 0;
        }
        long seen = zeros;
        for (int i = 0; i < BUCKETS; i++) {
            if (seen + counts[i] >= rank) {
                double within = (rank - seen - 0.5) / counts[i];
                return Math.min(max, Math.pow(10, LOG_MIN + (i + within) / BUCKETS_PER_DECADE));
            }
            seen += counts[i];
        }
        return max;
    }

    @Override
    public String toString() {
        return "Histogram[n=" + total + ", zeros=" + zeros + ", buckets used="
                + Arrays.stream(counts).filter(c -> c > 0).count() + "]";
    }
}
