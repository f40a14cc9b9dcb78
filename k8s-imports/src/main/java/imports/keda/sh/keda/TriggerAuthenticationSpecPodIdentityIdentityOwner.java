package imports.keda.sh.keda;

/**
 * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload.
 * <p>
 * Mutually exclusive with roleArn
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.900Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecPodIdentityIdentityOwner")
public enum TriggerAuthenticationSpecPodIdentityIdentityOwner {
    /**
     * keda.
     */
    KEDA,
    /**
     * workload.
     */
    WORKLOAD,
}
