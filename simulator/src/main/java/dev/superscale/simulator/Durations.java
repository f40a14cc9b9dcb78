package dev.superscale.simulator;

import dev.superscale.capacity.Format;

/** Durations and shares for tables: "0", "35 ms", "1.4 s", "5.2 min", "inf", "7.5%". Locale-independent. */
final class Durations {

    private Durations() {
    }

    static String format(double seconds) {
        if (Double.isNaN(seconds)) {
            return "-";
        }
        if (Double.isInfinite(seconds)) {
            return "inf";
        }
        if (seconds == 0) {
            return "0";
        }
        if (seconds < 1) {
            return Format.decimal(seconds * 1000) + " ms";
        }
        if (seconds < 600) {
            return Format.decimal(seconds) + " s";
        }
        return Format.decimal(seconds / 60) + " min";
    }

    /** A share as a percentage, three significant digits; tiny shares as "<0.01%" rather than thirty zeros. */
    static String percent(double share) {
        if (Double.isNaN(share)) {
            return "-";
        }
        if (share > 0 && share < 0.0001) {
            return "<0.01%";
        }
        return Format.percent(share);
    }
}
