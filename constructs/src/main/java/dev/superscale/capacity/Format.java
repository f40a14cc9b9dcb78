package dev.superscale.capacity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting for reasons and tables: locale-independent so output is reproducible. */
public final class Format {

    private Format() {
    }

    /** Three significant digits, no exponent, no trailing zeros: 0.05, 12.3, 1500. */
    public static String decimal(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : String.valueOf(value);
        }
        if (Math.abs(value) < 1e-4) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3));
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** A share as a percentage: 0.05 gives "5%". */
    public static String percent(double share) {
        return decimal(share * 100) + "%";
    }

    public static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
