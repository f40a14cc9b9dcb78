package imports.cnpg.io.cnpg.postgresql;

/**
 * The import type.
 * <p>
 * Can be <code>microservice</code> or <code>monolith</code>.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.545Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBootstrapInitdbImportType")
public enum ClusterSpecBootstrapInitdbImportType {
    /**
     * microservice.
     */
    MICROSERVICE,
    /**
     * monolith.
     */
    MONOLITH,
}
