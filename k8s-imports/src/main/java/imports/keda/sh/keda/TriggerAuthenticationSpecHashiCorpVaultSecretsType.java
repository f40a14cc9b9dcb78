package imports.keda.sh.keda;

/**
 * VaultSecretType defines the type of vault secret.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.897Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecHashiCorpVaultSecretsType")
public enum TriggerAuthenticationSpecHashiCorpVaultSecretsType {
    /**
     * secretV2.
     */
    SECRET_V2,
    /**
     * secret.
     */
    SECRET,
    /**
     * pki.
     */
    PKI,
}
