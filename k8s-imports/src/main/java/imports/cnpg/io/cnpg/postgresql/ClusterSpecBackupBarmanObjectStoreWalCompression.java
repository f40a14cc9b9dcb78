package imports.cnpg.io.cnpg.postgresql;

/**
 * Compress a WAL file before sending it to the object store.
 * <p>
 * Available
 * options are empty string (no compression, default), <code>gzip</code>, <code>bzip2</code>,
 * <code>lz4</code>, <code>snappy</code>, <code>xz</code>, and <code>zstd</code>.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.515Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBackupBarmanObjectStoreWalCompression")
public enum ClusterSpecBackupBarmanObjectStoreWalCompression {
    /**
     * bzip2.
     */
    BZIP2,
    /**
     * gzip.
     */
    GZIP,
    /**
     * lz4.
     */
    LZ4,
    /**
     * snappy.
     */
    SNAPPY,
    /**
     * xz.
     */
    XZ,
    /**
     * zstd.
     */
    ZSTD,
}
