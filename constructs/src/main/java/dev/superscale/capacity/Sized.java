package dev.superscale.capacity;

/**
 * A whole-number quantity of the plan with the one-line reason it has that value.
 *
 * @param value  the quantity
 * @param unit   its unit ("replicas", "MiB", "s", ...)
 * @param reason why the plan chose it, with the figures that decided it
 */
public record Sized(long value, String unit, String reason) {

    public int intValue() {
        return Math.toIntExact(value);
    }

    @Override
    public String toString() {
        return value + " " + unit;
    }
}
