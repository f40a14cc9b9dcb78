package imports.cnpg.io.cnpg.postgresql;

/**
 * Deployment strategy to follow to upgrade the primary server during a rolling update procedure, after all replicas have been successfully updated: it can be automated (<code>unsupervised</code> - default) or manual (<code>supervised</code>).
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.780Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecPrimaryUpdateStrategy")
public enum ClusterSpecPrimaryUpdateStrategy {
    /**
     * unsupervised.
     */
    UNSUPERVISED,
    /**
     * supervised.
     */
    SUPERVISED,
}
