package dev.superscale.k8s;

/**
 * The backup section of the CloudNativePG Cluster. Off by default: without it the only copies of the
 * metadata are the instances' volumes (a lost namespace, a bad migration or a deleted Cluster cannot be
 * undone from a backup).
 */
public sealed interface PostgresBackup {

    /** No backup section: the Cluster keeps no copy outside its volumes. */
    static PostgresBackup none() {
        return None.INSTANCE;
    }

    /**
     * Continuous WAL archiving and base backups to an S3-compatible bucket through Barman Cloud
     * ({@code spec.backup.barmanObjectStore}), credentials from {@value ObjectStore#CREDENTIALS_SECRET}
     * (keys {@code ACCESS_KEY_ID}, {@code ACCESS_SECRET_KEY}), kept for the plan's retention.
     *
     * @param destinationPath s3://bucket/path
     * @param endpointUrl     the S3 endpoint for non-AWS stores, or null for AWS S3
     */
    static PostgresBackup objectStore(String destinationPath, String endpointUrl) {
        return new ObjectStore(destinationPath, endpointUrl);
    }

    /** No backup. */
    enum None implements PostgresBackup {
        INSTANCE
    }

    /** Barman Cloud to an S3-compatible object store. */
    record ObjectStore(String destinationPath, String endpointUrl) implements PostgresBackup {
        /** The Secret holding the object store's credentials, a documented input when backups are on. */
        public static final String CREDENTIALS_SECRET = "superset-postgres-backup";
        public static final String ACCESS_KEY_ID = "ACCESS_KEY_ID";
        public static final String SECRET_ACCESS_KEY = "ACCESS_SECRET_KEY";
    }
}
