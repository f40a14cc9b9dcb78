package dev.superscale.simulator;

import dev.superscale.capacity.Format;

/**
 * One target of the plan against what the simulation measured.
 *
 * @param pool            the pool's name
 * @param target          what is measured, for example "p95 queue wait"
 * @param observedSeconds the simulated value
 * @param targetSeconds   the plan's limit
 */
public record TargetCheck(String pool, String target, double observedSeconds, double targetSeconds) {

    public boolean met() {
        return observedSeconds <= targetSeconds;
    }

    /** Observed over target: above 1 is a miss. */
    public double ratio() {
        return observedSeconds / targetSeconds;
    }

    /** "interactive p95 queue wait 1.4 s > 1 s target". */
    public String describe() {
        return Format.format("%s %s %s %s %s target", pool, target, Durations.format(observedSeconds), met() ? "<=" : ">",
                Durations.format(targetSeconds));
    }
}
