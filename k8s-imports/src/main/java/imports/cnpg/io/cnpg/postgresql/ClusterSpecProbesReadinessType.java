package imports.cnpg.io.cnpg.postgresql;

/**
 * The probe strategy.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.785Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecProbesReadinessType")
public enum ClusterSpecProbesReadinessType {
    /**
     * pg_isready.
     */
    PG_UNDERSCORE_ISREADY,
    /**
     * streaming.
     */
    STREAMING,
    /**
     * query.
     */
    QUERY,
}
