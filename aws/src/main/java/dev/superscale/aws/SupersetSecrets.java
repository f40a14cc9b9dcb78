package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * Superset's own secrets, generated into Secrets Manager: SECRET_KEY (signs sessions and
 * encrypts database passwords stored in the metadata database) and, when the plan runs chart
 * queries asynchronously, the GLOBAL_ASYNC_QUERIES JWT secret.
 */
public class SupersetSecrets extends Construct {

    private final Secret secretKey;
    private final Secret asyncQueriesJwtSecret;

    public SupersetSecrets(Construct scope, String id, SupersetSecretsProps props) {
        super(scope, id);
        Problems problems = new Problems("SupersetSecrets", id).require(props, "props");
        problems.throwIfAny();
        problems.require(props.getPlan(), "plan").throwIfAny();
        CapacityPlan plan = props.getPlan();
        this.secretKey = Secret.Builder.create(this, "SecretKey")
                .description("Superset SECRET_KEY: never change it without 'superset re-encrypt-secrets'")
                .generateSecretString(SecretStringGenerator.builder().passwordLength(64).excludePunctuation(true).build())
                .build();
        Nag.suppress(secretKey, "AwsSolutions-SMG4", "Superset encrypts the credentials of every connected database with"
                + " SECRET_KEY: an automatic rotation would make them unreadable. Change it only with"
                + " 'superset re-encrypt-secrets' (README, 'Rotating secrets').");
        if (plan.asyncChartQueries()) {
            this.asyncQueriesJwtSecret = Secret.Builder.create(this, "AsyncQueriesJwtSecret")
                    .description("Superset GLOBAL_ASYNC_QUERIES_JWT_SECRET (at least 32 characters)")
                    .generateSecretString(SecretStringGenerator.builder().passwordLength(64).excludePunctuation(true).build())
                    .build();
            Nag.suppress(asyncQueriesJwtSecret, "AwsSolutions-SMG4", "Every web and worker task reads the JWT secret once at"
                    + " start; a scheduled rotation would make the tasks disagree and fail in-flight async chart queries."
                    + " Rotate deliberately with a rolling restart (README, 'Rotating secrets').");
        } else {
            this.asyncQueriesJwtSecret = null;
        }
    }

    public Secret getSecretKey() {
        return secretKey;
    }

    /** The JWT secret, or null when chart queries run synchronously. */
    public Secret getAsyncQueriesJwtSecret() {
        return asyncQueriesJwtSecret;
    }
}
