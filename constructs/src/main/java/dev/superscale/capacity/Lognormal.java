package dev.superscale.capacity;

/**
 * A lognormal duration fitted to a mean and a 95th percentile. Query and task durations are
 * heavy-tailed: a few slow queries dominate waiting, which an exponential model would hide.
 *
 * @param mu    mean of the underlying normal
 * @param sigma standard deviation of the underlying normal
 */
public record Lognormal(double mu, double sigma) {

    /** z such that the standard normal CDF at z is 0.95. */
    public static final double Z95 = 1.6448536269514722;

    /**
     * The largest p95/mean a lognormal can have: ratios above it have no lognormal fit.
     * exp(z95^2 / 2), about 3.87.
     */
    public static final double MAX_P95_TO_MEAN = Math.exp(Z95 * Z95 / 2);

    public Lognormal {
        if (!(sigma >= 0) || !Double.isFinite(mu)) {
            throw new IllegalArgumentException("lognormal needs finite mu and sigma >= 0, got " + mu + ", " + sigma);
        }
    }

    /**
     * Fits mean and p95. Of the two sigmas that match, takes the smaller (the less extreme tail).
     *
     * @throws IllegalArgumentException unless 0 < mean < p95 <= mean * MAX_P95_TO_MEAN
     */
    public static Lognormal fromMeanAndP95(double mean, double p95) {
        if (!(mean > 0) || !(p95 > mean) || p95 > mean * MAX_P95_TO_MEAN) {
            throw new IllegalArgumentException(Format.format(
                    "no lognormal has mean %s and p95 %s: need 0 < mean < p95 <= %s x mean",
                    Format.decimal(mean), Format.decimal(p95), Format.decimal(MAX_P95_TO_MEAN)));
        }
        double logRatio = Math.log(p95 / mean);
        double sigma = Z95 - Math.sqrt(Math.max(0, Z95 * Z95 - 2 * logRatio));
        return new Lognormal(Math.log(mean) - sigma * sigma / 2, sigma);
    }

    public double mean() {
        return Math.exp(mu + sigma * sigma / 2);
    }

    /** Squared coefficient of variation, Var/mean^2: 1 for an exponential. */
    public double scv() {
        return Math.expm1(sigma * sigma);
    }

    /** Second raw moment E[S^2]. */
    public double secondMoment() {
        return Math.exp(2 * mu + 2 * sigma * sigma);
    }

    public double cdf(double x) {
        if (x <= 0) {
            return 0;
        }
        if (sigma == 0) {
            return x >= Math.exp(mu) ? 1 : 0;
        }
        return StandardNormal.cdf((Math.log(x) - mu) / sigma);
    }

    public double quantile(double p) {
        return Math.exp(mu + sigma * StandardNormal.quantile(p));
    }

    /** A draw, given a standard normal draw z: lets seeded simulators stay deterministic. */
    public double fromStandardNormal(double z) {
        return Math.exp(mu + sigma * z);
    }
}
