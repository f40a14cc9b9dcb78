package dev.superscale.capacity;

/**
 * A fractional quantity of the plan (a rate, a ratio, a latency) with its reason.
 *
 * @param value  the quantity
 * @param unit   its unit ("s", "req/s", "ratio", ...)
 * @param reason why the plan chose it
 */
public record Measure(double value, String unit, String reason) {

    @Override
    public String toString() {
        return Format.decimal(value) + " " + unit;
    }
}
