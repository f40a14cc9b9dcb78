package imports.keda.sh.keda;

/**
 * Kind of the resource being referred to.
 * <p>
 * Defaults to TriggerAuthentication.
 * <p>
 * Default: TriggerAuthentication.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.855Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.ScaledObjectSpecTriggersAuthenticationRefKind")
public enum ScaledObjectSpecTriggersAuthenticationRefKind {
    /**
     * TriggerAuthentication.
     */
    TRIGGER_AUTHENTICATION,
    /**
     * ClusterTriggerAuthentication.
     */
    CLUSTER_TRIGGER_AUTHENTICATION,
}
