package imports.cnpg.io.cnpg.postgresql;

/**
 * The pool mode.
 * <p>
 * Default: <code>session</code>.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.877Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecPgbouncerPoolMode")
public enum PoolerSpecPgbouncerPoolMode {
    /**
     * session.
     */
    SESSION,
    /**
     * transaction.
     */
    TRANSACTION,
}
