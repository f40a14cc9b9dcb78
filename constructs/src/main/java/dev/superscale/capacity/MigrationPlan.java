package dev.superscale.capacity;

/** The one-off {@code superset db upgrade && superset init} step that runs before each rollout. */
public record MigrationPlan(Sized cpuMillicores, Sized memoryMiB, Sized timeoutSeconds) {
}
