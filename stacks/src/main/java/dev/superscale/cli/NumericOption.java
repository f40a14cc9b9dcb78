package dev.superscale.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A numeric command-line option with its allowed range, parsed strictly: ASCII digits only, an
 * optional minus sign and decimal point, {@code _} between digits of whole numbers. No exponents,
 * no hex floats, no type suffixes ({@code 0.5f}), no NaN or Infinity: what Java's own parsers
 * accept beyond that is a typo more often than a number. Problems name the flag, the value as
 * typed, and what is allowed.
 *
 * @param flag         the option as typed ({@code --cache-hit})
 * @param whole        whole numbers only
 * @param min          the smallest allowed value
 * @param minInclusive whether {@code min} itself is allowed
 * @param max          the largest allowed value (always allowed)
 */
record NumericOption(String flag, boolean whole, double min, boolean minInclusive, double max) {

    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+(_[0-9]+)*");
    private static final Pattern DECIMAL = Pattern.compile("-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

    static NumericOption whole(String flag, long min, long max) {
        return new NumericOption(flag, true, min, true, max);
    }

    static NumericOption from(String flag, double min, double max) {
        return new NumericOption(flag, false, min, true, max);
    }

    static NumericOption above(String flag, double min, double max) {
        return new NumericOption(flag, false, min, false, max);
    }

    /** What is allowed, in words: "a whole number from 10 to 200000", "a number above 0 and at most 1". */
    String allowed() {
        if (whole) {
            return "a whole number from " + plain(min) + " to " + plain(max);
        }
        return "a decimal number " + (minInclusive ? "from " + plain(min) + " to " : "above " + plain(min) + " and at most ")
                + plain(max);
    }

    /** The value, or null with a problem added when {@code text} is not a number in range. */
    Double parse(String text, List<String> problems) {
        String trimmed = text.strip();
        if (!(whole ? WHOLE : DECIMAL).matcher(trimmed).matches()) {
            problems.add(flag + " '" + text + "' is not " + allowed());
            return null;
        }
        BigDecimal exact = new BigDecimal(trimmed.replace("_", ""));
        boolean aboveMin = minInclusive ? exact.compareTo(BigDecimal.valueOf(min)) >= 0 : exact.compareTo(BigDecimal.valueOf(min)) > 0;
        if (!aboveMin || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(flag + " " + trimmed + " is outside " + plain(min) + ".." + plain(max)
                    + (minInclusive ? "" : " (it must be above " + plain(min) + ")"));
            return null;
        }
        return exact.doubleValue();
    }

    /** Like {@link #parse} for whole-number options. */
    Integer parseWhole(String text, List<String> problems) {
        Double value = parse(text, problems);
        return value == null ? null : (int) Math.round(value);
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
