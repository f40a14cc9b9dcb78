package dev.superscale.simulator;

import java.util.Arrays;

/**
 * Durations counted in log-spaced buckets (by default 1,000 per decade, about 0.23% wide) from 10 us to
 * 10^6 s, plus an exact count of zeros: most requests never wait, and a percentile that falls
 * among them is exactly zero. Constant memory, however many samples.
 */
final class Histogram {

    private static final double MIN_SECONDS = 1e-5;
    private static final int DECADES = 11;
    private static final double LOG_MIN = Math.log10(MIN_SECONDS);

    private final int bucketsPerDecade;
    private final long[] counts;
    private long zeros;
    private long total;
    private double sum;
    private double max;

    Histogram() {
        this(1_000);
    }

    /** Coarser buckets for many small histograms (one per simulated minute): 100 per decade is about 2.3% wide. */
    Histogram(int bucketsPerDecade) {
        this.bucketsPerDecade = bucketsPerDecade;
        this.counts = new long[bucketsPerDecade * DECADES];
    }

    void add(double seconds) {
        total++;
        if (seconds <= 0) {
            zeros++;
            return;
        }
        sum += seconds;
        max = Math.max(max, seconds);
        int bucket = (int) Math.floor((Math.log10(seconds) - LOG_MIN) * bucketsPerDecade);
        counts[Math.max(0, Math.min(counts.length - 1, bucket))]++;
    }

    void addAll(Histogram other) {
        if (other.bucketsPerDecade != bucketsPerDecade) {
            throw new IllegalArgumentException("histograms of different resolution: " + bucketsPerDecade + " and " + other.bucketsPerDecade);
        }
        for (int i = 0; i < counts.length; i++) {
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
        for (int i = 0; i < counts.length; i++) {
            if (seen + counts[i] >= rank) {
                double within = (rank - seen - 0.5) / counts[i];
                return Math.min(max, Math.pow(10, LOG_MIN + (i + within) / bucketsPerDecade));
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
