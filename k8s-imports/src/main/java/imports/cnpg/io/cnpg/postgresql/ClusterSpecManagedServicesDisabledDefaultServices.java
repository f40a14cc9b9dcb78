package imports.cnpg.io.cnpg.postgresql;

/**
 * ServiceSelectorType describes a valid value for generating the service selectors.
 * <p>
 * It indicates which type of service the selector applies to, such as read-write, read, or read-only
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.709Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecManagedServicesDisabledDefaultServices")
public enum ClusterSpecManagedServicesDisabledDefaultServices {
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
