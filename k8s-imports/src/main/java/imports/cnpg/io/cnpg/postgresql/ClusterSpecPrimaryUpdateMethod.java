package imports.cnpg.io.cnpg.postgresql;

/**
 * Method to follow to upgrade the primary server during a rolling update procedure, after all replicas have been successfully updated: it can be with a switchover (<code>switchover</code>) or in-place (<code>restart</code> - default).
 * <p>
 * Note: when using <code>switchover</code>, the operator will reject updates that change both
 * the image name and PostgreSQL configuration parameters simultaneously to avoid
 * configuration mismatches during the switchover process.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.772Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecPrimaryUpdateMethod")
public enum ClusterSpecPrimaryUpdateMethod {
    /**
     * switchover.
     */
    SWITCHOVER,
    /**
     * restart.
     */
    RESTART,
}
