package imports.cnpg.io.cnpg.postgresql;

/**
 * Whenever to force the encryption of files (if the bucket is not already configured for that).
 * <p>
 * Allowed options are empty string (use the bucket policy, default),
 * <code>AES256</code> and <code>aws:kms</code>
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.638Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecExternalClustersBarmanObjectStoreWalEncryption")
public enum ClusterSpecExternalClustersBarmanObjectStoreWalEncryption {
    /**
     * AES256.
     */
    AES256,
    /**
     * aws:kms.
     */
    AWS_KMS,
}
