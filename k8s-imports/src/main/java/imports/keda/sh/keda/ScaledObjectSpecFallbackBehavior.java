package imports.keda.sh.keda;

/**
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.852Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.ScaledObjectSpecFallbackBehavior")
public enum ScaledObjectSpecFallbackBehavior {
    /**
     * static.
     */
    STATIC,
    /**
     * currentReplicas.
     */
    CURRENT_REPLICAS,
    /**
     * currentReplicasIfHigher.
     */
    CURRENT_REPLICAS_IF_HIGHER,
    /**
     * currentReplicasIfLower.
     */
    CURRENT_REPLICAS_IF_LOWER,
    /**
     * scalingModifiers.
     */
    SCALING_MODIFIERS,
}
