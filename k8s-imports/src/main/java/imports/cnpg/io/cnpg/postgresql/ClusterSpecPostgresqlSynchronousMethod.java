package imports.cnpg.io.cnpg.postgresql;

/**
 * Method to select synchronous replication standbys from the listed servers, accepting 'any' (quorum-based synchronous replication) or 'first' (priority-based synchronous replication) as values.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.771Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecPostgresqlSynchronousMethod")
public enum ClusterSpecPostgresqlSynchronousMethod {
    /**
     * any.
     */
    ANY,
    /**
     * first.
     */
    FIRST,
}
