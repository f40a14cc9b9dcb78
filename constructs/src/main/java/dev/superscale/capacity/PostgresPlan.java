package dev.superscale.capacity;

/** Superset's metadata database. */
public record PostgresPlan(
        Sized vcpu,
        Sized memoryMiB,
        Sized storageGiB,
        Sized maxStorageGiB,
        PostgresHaMode haMode,
        Choice haReason,
        Sized instances,
        Sized backupRetentionDays,
        Choice pointInTimeRecovery,
        Choice deletionProtection,
        Sized maxConnections) {
}
