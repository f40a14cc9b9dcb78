package imports.cnpg.io.cnpg.postgresql;

/**
 * The policy to decide which instance should perform backups.
 * <p>
 * Available
 * options are empty string, which will default to <code>prefer-standby</code> policy,
 * <code>primary</code> to have backups run always on primary instances, <code>prefer-standby</code>
 * to have backups run preferably on the most updated standby, if available.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.515Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBackupTarget")
public enum ClusterSpecBackupTarget {
    /**
     * primary.
     */
    PRIMARY,
    /**
     * prefer-standby.
     */
    PREFER_HYPHEN_STANDBY,
}
