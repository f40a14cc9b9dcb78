package dev.superscale.capacity;

/** PgBouncer in transaction mode in front of the metadata database (settings per replica). */
public record PgBouncerPlan(
        Sized replicas,
        Choice poolMode,
        Sized defaultPoolSize,
        Sized reservePoolSize,
        Sized reservePoolTimeoutSeconds,
        Sized maxDbConnections,
        Sized maxClientConnections,
        Sized queryWaitTimeoutSeconds,
        Sized serverIdleTimeoutSeconds,
        Sized serverLifetimeSeconds,
        Sized cpuMillicores,
        Sized memoryMiB) {
}
