package dev.superscale.topology;

/** How a new version of a component replaces the old one. */
public enum Rollout {
    /** Start new replicas first, then stop old ones: capacity never drops during a rollout. */
    SURGE,
    /** Stop the old replica before starting the new one: never two at once (Celery beat). */
    STOP_FIRST,
    /** Run to completion once per rollout; the rollout fails if it fails (migrations). */
    RUN_ONCE
}
