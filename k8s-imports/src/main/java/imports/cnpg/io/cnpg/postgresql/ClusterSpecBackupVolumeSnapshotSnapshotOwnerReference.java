package imports.cnpg.io.cnpg.postgresql;

/**
 * SnapshotOwnerReference indicates the type of owner reference the snapshot should have.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.518Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference")
public enum ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference {
    /**
     * none.
     */
    NONE,
    /**
     * cluster.
     */
    CLUSTER,
    /**
     * backup.
     */
    BACKUP,
}
