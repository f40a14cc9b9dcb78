package dev.superscale.capacity;

/** A decision of the plan that is not a number (a mode, a policy), with its reason. */
public record Choice(String value, String reason) {

    @Override
    public String toString() {
        return value;
    }
}
