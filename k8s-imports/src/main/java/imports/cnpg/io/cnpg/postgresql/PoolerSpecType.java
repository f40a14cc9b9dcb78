package imports.cnpg.io.cnpg.postgresql;

/**
 * Type of service to forward traffic to.
 * <p>
 * Default: <code>rw</code>.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:49.262Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecType")
public enum PoolerSpecType {
    /**
     * rw.
     */
    RW,
    /**
     * ro.
     */
    RO,
    /**
     * r.
     */
    R,
}
