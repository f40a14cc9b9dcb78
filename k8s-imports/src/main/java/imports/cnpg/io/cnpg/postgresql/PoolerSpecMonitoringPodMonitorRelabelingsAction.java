package imports.cnpg.io.cnpg.postgresql;

/**
 * action to perform based on the regex matching.
 * <p>
 * <code>Uppercase</code> and <code>Lowercase</code> actions require Prometheus &gt;= v2.36.0.
 * <code>DropEqual</code> and <code>KeepEqual</code> actions require Prometheus &gt;= v2.41.0.
 * <p>
 * Default: "Replace"
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.874Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecMonitoringPodMonitorRelabelingsAction")
public enum PoolerSpecMonitoringPodMonitorRelabelingsAction {
    /**
     * replace.
     */
    REPLACE,
    /**
     * keep.
     */
    KEEP,
    /**
     * drop.
     */
    DROP,
    /**
     * hashmod.
     */
    HASHMOD,
    /**
     * labelmap.
     */
    LABELMAP,
    /**
     * labeldrop.
     */
    LABELDROP,
    /**
     * labelkeep.
     */
    LABELKEEP,
    /**
     * lowercase.
     */
    LOWERCASE,
    /**
     * uppercase.
     */
    UPPERCASE,
    /**
     * keepequal.
     */
    KEEPEQUAL,
    /**
     * dropequal.
     */
    DROPEQUAL,
}
