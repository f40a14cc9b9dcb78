package imports.keda.sh.keda;

/**
 * PodIdentityProvider contains the list of providers.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.894Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider")
public enum TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider {
    /**
     * azure-workload.
     */
    AZURE_HYPHEN_WORKLOAD,
    /**
     * gcp.
     */
    GCP,
    /**
     * aws.
     */
    AWS,
    /**
     * aws-eks.
     */
    AWS_HYPHEN_EKS,
    /**
     * none.
     */
    NONE,
}
