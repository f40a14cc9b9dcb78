package imports.cnpg.io.cnpg.postgresql;

/**
 * SelectorType specifies the type of selectors that the service will have.
 * <p>
 * Valid values are "rw", "r", and "ro", representing read-write, read, and read-only services.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.675Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecManagedServicesAdditionalSelectorType")
public enum ClusterSpecManagedServicesAdditionalSelectorType {
    /**
     * rw.
     */
    RW,
    /**
     * r.
     */
    R,
    /**
     * ro.
     */
    RO,
}
