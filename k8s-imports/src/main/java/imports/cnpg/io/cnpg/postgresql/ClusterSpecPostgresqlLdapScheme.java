package imports.cnpg.io.cnpg.postgresql;

/**
 * LDAP schema to be used, possible options are <code>ldap</code> and <code>ldaps</code>.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.740Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecPostgresqlLdapScheme")
public enum ClusterSpecPostgresqlLdapScheme {
    /**
     * ldap.
     */
    LDAP,
    /**
     * ldaps.
     */
    LDAPS,
}
