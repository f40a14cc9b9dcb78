package dev.superscale.capacity;

/** Standard normal CDF and quantile, accurate to about 1e-9, with no library dependency. */
public final class StandardNormal {

    private StandardNormal() {
    }

    public static double cdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    /** Complementary error function (W. J. Cody's rational approximations via Numerical Recipes' erfc with Chebyshev fit). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 2 / (2 + z);
        double ty = 4 * t - 2;
        double d = 0;
        double dd = 0;
        for (int j = ERFC_COEFFICIENTS.length - 1; j > 0; j--) {
            double tmp = d;
            d = ty * d - dd + ERFC_COEFFICIENTS[j];
            dd = tmp;
        }
        double result = t * Math.exp(-z * z + 0.5 * (ERFC_COEFFICIENTS[0] + ty * d) - dd);
        return x >= 0 ? result : 2 - result;
    }

    /** Inverse CDF by bisection refined with Newton steps; p must be in (0, 1). */
    public static double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("quantile needs 0 < p < 1, got " + p);
        }
        double lo = -40;
        double hi = 40;
        for (int i = 0; i < 200 && hi - lo > 1e-12; i++) {
            double mid = (lo + hi) / 2;
            if (cdf(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    // Chebyshev coefficients for erfc (Numerical Recipes, 3rd ed., section 6.2.2).
    private static final double[] ERFC_COEFFICIENTS = {
        -1.3026537197817094, 6.4196979235649026e-1, 1.9476473204185836e-2, -9.561514786808631e-3,
        -9.46595344482036e-4, 3.66839497852761e-4, 4.2523324806907e-5, -2.0278578112534e-5,
        -1.624290004647e-6, 1.303655835580e-6, 1.5626441722e-8, -8.5238095915e-8,
        6.529054439e-9, 5.059343495e-9, -9.91364156e-10, -2.27365122e-10,
        9.6467911e-11, 2.394038e-12, -6.886027e-12, 8.94487e-13,
        3.13092e-13, -1.12708e-13, 3.81e-16, 7.106e-15,
        -1.523e-15, -9.4e-17, 1.21e-16, -2.8e-17
    };
}
