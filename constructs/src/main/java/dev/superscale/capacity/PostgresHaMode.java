package dev.superscale.capacity;

/** How the metadata database survives losing an instance or a zone. */
public enum PostgresHaMode {
    /** A synchronous standby in another zone, promoted on failure (RDS Multi-AZ, Cloud SQL REGIONAL). */
    MULTI_AZ_STANDBY,
    /** A writer plus a reader in another zone; failover promotes the reader (Aurora, CloudNativePG with 3 instances). */
    MULTI_AZ_WITH_READER
}
