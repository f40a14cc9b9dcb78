package dev.superscale.topology;

/** One environment variable of a component, by name, with where its value comes from. */
public record EnvVar(String name, EnvSource source) {

    public static EnvVar literal(String name, String value) {
        return new EnvVar(name, new EnvSource.Literal(value));
    }

    public static EnvVar endpoint(String name, Endpoint endpoint, Endpoint.Part part) {
        return new EnvVar(name, new EnvSource.FromEndpoint(endpoint, part));
    }

    public static EnvVar secret(String name, SupersetSecret secret, String key) {
        return new EnvVar(name, new EnvSource.FromSecret(secret, key));
    }

    public boolean isSecret() {
        return source instanceof EnvSource.FromSecret;
    }
}
