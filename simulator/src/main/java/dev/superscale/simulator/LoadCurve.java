package dev.superscale.simulator;

import dev.superscale.capacity.Format;
import dev.superscale.capacity.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The active share of registered users for each minute of a day (1,440 values). Every request
 * class's rate follows it: at minute m the load is the plan's peak load x share(m) / the plan's
 * peak active share.
 *
 * <p>The default is a working day: quiet night, a two-hour morning ramp to the peak at 10:00,
 * a lunch dip, a second peak at 14:00, a decline to the evening. A user's own curve comes as a
 * CSV: one line per minute, either {@code share} or {@code minute,share}; blank lines, lines
 * starting with {@code #} and a header line that is not a number are skipped.
 */
public final class LoadCurve {

    public static final int MINUTES = 1_440;

    /** (hour, share of the peak) knots of the default working day, linear in between. */
    private static final double[][] WORKING_DAY = {
        {0, 0.05}, {6, 0.05}, {7, 0.20}, {8, 0.60}, {9, 0.95}, {10, 1.00}, {11, 0.95}, {12, 0.70},
        {13, 0.85}, {14, 1.00}, {15, 0.95}, {16, 0.80}, {17, 0.50}, {18, 0.25}, {20, 0.12}, {22, 0.07}, {24, 0.05}};

    private final double[] shares;
    private final String name;

    private LoadCurve(double[] shares, String name) {
        this.shares = shares;
        this.name = name;
    }

    /** The default working day, peaking at {@code peakActiveShare}. */
    public static LoadCurve workingDay(double peakActiveShare) {
        double[] shares = new double[MINUTES];
        for (int m = 0; m < MINUTES; m++) {
            double hour = m / 60.0;
            int k = 0;
            while (WORKING_DAY[k + 1][0] < hour) {
                k++;
            }
            double[] a = WORKING_DAY[k];
            double[] b = WORKING_DAY[k + 1];
            double t = (hour - a[0]) / (b[0] - a[0]);
            shares[m] = peakActiveShare * (a[1] + (b[1] - a[1]) * t);
        }
        return new LoadCurve(shares, "working day");
    }

    /** The same share all day (a steady peak). */
    public static LoadCurve constant(double activeShare) {
        double[] shares = new double[MINUTES];
        Arrays.fill(shares, activeShare);
        return new LoadCurve(shares, "constant");
    }

    /**
     * Parses a CSV of 1,440 active shares. Problems are collected and thrown once: the first,
     * naming its line and what is allowed, and how many more.
     */
    public static LoadCurve parse(String text, String source) {
        List<String> problems = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",");
            String cell = cells[cells.length - 1].strip();
            double value;
            try {
                value = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                if (first) {
                    first = false;
                    continue;   // a header such as "minute,active_share"
                }
                problems.add(Format.format("%s line %d: '%s' is not a number; each line is 'share' or 'minute,share' with 0 <= share <= 1",
                        source, i + 1, line));
                continue;
            }
            first = false;
            if (!(value >= 0 && value <= 1) || cells.length > 2) {
                problems.add(Format.format("%s line %d: '%s': each line is 'share' or 'minute,share' with 0 <= share <= 1",
                        source, i + 1, line));
                continue;
            }
            values.add(value);
        }
        if (problems.isEmpty() && values.size() != MINUTES) {
            problems.add(Format.format("%s has %d active shares; a day needs exactly %d, one per minute", source, values.size(), MINUTES));
        }
        if (problems.isEmpty() && values.stream().allMatch(v -> v == 0)) {
            problems.add(source + " has no load: every active share is 0");
        }
        if (!problems.isEmpty()) {
            // One line, as every input error: the first problem, and how many more there are.
            throw new InvalidInputException(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        }
        return new LoadCurve(values.stream().mapToDouble(Double::doubleValue).toArray(), source);
    }

    public double share(int minute) {
        return shares[minute];
    }

    public double peakShare() {
        return Arrays.stream(shares).max().orElse(0);
    }

    public String name() {
        return name;
    }
}
