package dev.superscale.capacity;

/** Celery beat: the scheduler of reports, alerts and housekeeping, a singleton. */
public record BeatPlan(Sized replicas, Sized cpuMillicores, Sized memoryMiB, Sized stopGraceSeconds) {
}
