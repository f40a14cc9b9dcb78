package dev.superscale.capacity;

/**
 * How fast an autoscaler reacts: after a scale-out it waits {@code scaleOutSeconds} before
 * adding more, and it only scales in after {@code scaleInSeconds} of low load.
 */
public record ScalingCooldowns(Sized scaleOutSeconds, Sized scaleInSeconds) {
}
