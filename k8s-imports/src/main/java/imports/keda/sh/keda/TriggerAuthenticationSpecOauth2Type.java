package imports.keda.sh.keda;

/**
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.898Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecOauth2Type")
public enum TriggerAuthenticationSpecOauth2Type {
    /**
     * clientCredentials.
     */
    CLIENT_CREDENTIALS,
}
