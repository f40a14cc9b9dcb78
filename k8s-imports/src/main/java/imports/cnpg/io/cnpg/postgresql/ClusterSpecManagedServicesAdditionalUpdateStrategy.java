package imports.cnpg.io.cnpg.postgresql;

/**
 * UpdateStrategy describes how the service differences should be reconciled.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.709Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecManagedServicesAdditionalUpdateStrategy")
public enum ClusterSpecManagedServicesAdditionalUpdateStrategy {
    /**
     * patch.
     */
    PATCH,
    /**
     * replace.
     */
    REPLACE,
}
