package imports.cnpg.io.cnpg.postgresql;

/**
 * If set to "required", data durability is strictly enforced.
 * <p>
 * Write operations
 * with synchronous commit settings (<code>on</code>, <code>remote_write</code>, or <code>remote_apply</code>) will
 * block if there are insufficient healthy replicas, ensuring data persistence.
 * If set to "preferred", data durability is maintained when healthy replicas
 * are available, but the required number of instances will adjust dynamically
 * if replicas become unavailable. This setting relaxes strict durability enforcement
 * to allow for operational continuity. This setting is only applicable if both
 * <code>standbyNamesPre</code> and <code>standbyNamesPost</code> are unset (empty).
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.771Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecPostgresqlSynchronousDataDurability")
public enum ClusterSpecPostgresqlSynchronousDataDurability {
    /**
     * required.
     */
    REQUIRED,
    /**
     * preferred.
     */
    PREFERRED,
}
