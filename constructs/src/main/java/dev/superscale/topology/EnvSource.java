package dev.superscale.topology;

/** Where the value of an environment variable comes from. */
public sealed interface EnvSource {

    /** A value the plan fixes. */
    record Literal(String value) implements EnvSource {
    }

    /** A part of an endpoint the target provides. */
    record FromEndpoint(Endpoint endpoint, Endpoint.Part part) implements EnvSource {
    }

    /** One key of a secret; never inlined by a target. */
    record FromSecret(SupersetSecret secret, String key) implements EnvSource {
        public FromSecret {
            if (!secret.keys().contains(key)) {
                throw new IllegalArgumentException(secret + " has keys " + secret.keys() + ", not " + key);
            }
        }
    }

    /** The path where the target placed one of the component's config files. */
    record ConfigFilePath(String fileName) implements EnvSource {
    }
}
