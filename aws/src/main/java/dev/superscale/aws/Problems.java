package dev.superscale.aws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects every problem with a construct's props, then throws once with all of them, each
 * naming the prop, the value given and what is allowed.
 */
final class Problems {

    private final String owner;
    private final List<String> problems = new ArrayList<>();

    Problems(String construct, String id) {
        this.owner = construct + " '" + id + "'";
    }

    Problems require(Object value, String prop) {
        if (value == null) {
            problems.add(prop + " is required");
        }
        return this;
    }

    /** Bring-your-own XOR override: at most one of the two may be set. */
    Problems notBoth(Object existing, String existingProp, Object override, String overrideProp) {
        if (existing != null && override != null) {
            problems.add("give " + existingProp + " or " + overrideProp + ", not both (" + existingProp
                    + " brings your own resource; " + overrideProp + " configures the one this construct creates)");
        }
        return this;
    }

    Problems check(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
        return this;
    }

    Problems atLeast(Integer value, int minimum, String prop) {
        if (value != null && value < minimum) {
            problems.add(prop + " is " + value + " but must be at least " + minimum);
        }
        return this;
    }

    Problems notEmpty(Collection<?> value, String prop) {
        if (value != null && value.isEmpty()) {
            problems.add(prop + " is empty: leave it unset for the default or give at least one value");
        }
        return this;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(owner + ": " + String.join("; ", problems));
        }
    }
}
