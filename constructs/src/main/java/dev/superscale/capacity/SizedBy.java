package dev.superscale.capacity;

/** Which constraint set a pool's peak size: tells a reviewer (and the simulator) why it is not smaller. */
public enum SizedBy {
    /** The p95 wait target: one server fewer and the target is missed. */
    LATENCY_TARGET,
    /** A utilization cap (CPU target for autoscaling, or the queue's stability margin). */
    UTILIZATION_CAP,
    /** High availability: at least one replica per zone, or two. */
    HA_MINIMUM
}
