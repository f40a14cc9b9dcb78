package dev.superscale.topology;

import dev.superscale.capacity.Sized;

/** Replica counts: the autoscaler's floor, what peak load needs, and its ceiling. */
public record Replicas(Sized min, Sized peak, Sized max) {

    public Replicas {
        if (min.value() > peak.value() || peak.value() > max.value()) {
            throw new IllegalArgumentException("replicas must satisfy min <= peak <= max, got " + min.value() + "/" + peak.value()
                    + "/" + max.value());
        }
    }

    /** A fixed count: min, peak and max are the same. */
    public static Replicas fixed(Sized count) {
        return new Replicas(count, count, count);
    }

    public boolean autoscaled() {
        return min.value() != max.value();
    }
}
