package dev.superscale.simulator;

/** Confidence intervals over independent replications (Student's t). */
final class Statistics {

    /** t quantiles at 0.975 for 1..30 degrees of freedom. */
    private static final double[] T975 = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042
    };

    private Statistics() {
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Half-width of the 95% confidence interval of the mean of independent values. */
    static double halfWidth95(double[] values) {
        int n = values.length;
        if (n < 2) {
            return Double.POSITIVE_INFINITY;
        }
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double t = n - 1 <= T975.length ? T975[n - 2] : 1.96;
        return t * sd / Math.sqrt(n);
    }
}
