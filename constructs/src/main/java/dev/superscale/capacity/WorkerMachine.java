package dev.superscale.capacity;

/** The machine one Celery worker replica needs; targets map it to instance types. */
public record WorkerMachine(Sized vcpu, Sized memoryMiB) {
}
