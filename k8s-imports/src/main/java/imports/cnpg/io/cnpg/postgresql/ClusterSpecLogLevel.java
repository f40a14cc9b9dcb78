package imports.cnpg.io.cnpg.postgresql;

/**
 * The instances' log level, one of the following values: error, warning, info (default), debug, trace.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.666Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecLogLevel")
public enum ClusterSpecLogLevel {
    /**
     * error.
     */
    ERROR,
    /**
     * warning.
     */
    WARNING,
    /**
     * info.
     */
    INFO,
    /**
     * debug.
     */
    DEBUG,
    /**
     * trace.
     */
    TRACE,
}
