package imports.keda.sh.keda;

/**
 * VaultAuthentication contains the list of Hashicorp Vault authentication methods.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.895Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecHashiCorpVaultAuthentication")
public enum TriggerAuthenticationSpecHashiCorpVaultAuthentication {
    /**
     * token.
     */
    TOKEN,
    /**
     * kubernetes.
     */
    KUBERNETES,
}
