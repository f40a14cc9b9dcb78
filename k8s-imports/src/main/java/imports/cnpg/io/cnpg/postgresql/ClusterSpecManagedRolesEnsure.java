package imports.cnpg.io.cnpg.postgresql;

/**
 * Ensure the role is <code>present</code> or <code>absent</code> - defaults to "present".
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.673Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecManagedRolesEnsure")
public enum ClusterSpecManagedRolesEnsure {
    /**
     * present.
     */
    PRESENT,
    /**
     * absent.
     */
    ABSENT,
}
