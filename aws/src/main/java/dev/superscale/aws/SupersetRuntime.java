package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.render.SupersetConfigRenderer;
import dev.superscale.render.SupersetEnvironment;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.LogDrivers;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.ecs.TaskDefinition;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * What every Superset container shares (web, workers, beat, migrations): the image, the
 * superset_config.py rendered from the plan, the endpoints as environment variables and the
 * secrets as ECS secrets ({@link SupersetEnvironment} names them), and the app-tier security
 * group that PgBouncer and Redis let in. Not a construct: {@link SupersetPlatform} builds one,
 * or build your own to use {@link WebService}, {@link SpotWorkerGroup}, {@link CeleryBeat} and
 * {@link DatabaseMigrations} on their own.
 */
public final class SupersetRuntime {

    /** Where the entrypoint writes the rendered config; SUPERSET_CONFIG_PATH points here. */
    public static final String CONFIG_PATH = "/tmp/superset_config.py";
    /** Environment variable carrying the rendered superset_config.py into the container. */
    public static final String CONFIG_VARIABLE = "SUPERSET_CONFIG_PY";
    /** Writes the config from the environment, then runs the container's command. */
    static final String ENTRYPOINT = "set -e; printf '%s' \"$" + CONFIG_VARIABLE + "\" > " + CONFIG_PATH + "; unset "
            + CONFIG_VARIABLE + "; exec \"$@\"";

    private final CapacityPlan plan;
    private final ContainerImage image;
    private final ISecurityGroup appTier;
    private final SortedMap<String, String> environment;
    private final SortedMap<String, Secret> secrets;
    private final String supersetConfig;

    private SupersetRuntime(CapacityPlan plan, ContainerImage image, ISecurityGroup appTier, SortedMap<String, String> environment,
            SortedMap<String, Secret> secrets, String supersetConfig) {
        this.plan = plan;
        this.image = image;
        this.appTier = appTier;
        this.environment = Collections.unmodifiableSortedMap(new TreeMap<>(environment));
        this.secrets = Collections.unmodifiableSortedMap(new TreeMap<>(secrets));
        this.supersetConfig = supersetConfig;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same runtime with one more (or a replaced) environment variable. */
    public SupersetRuntime withEnvironment(String name, String value) {
        SortedMap<String, String> env = new TreeMap<>(environment);
        env.put(name, value);
        return new SupersetRuntime(plan, image, appTier, env, secrets, supersetConfig);
    }

    /**
     * Adds a Superset container to a task definition: the shared image, environment (plus
     * SUPERSET_COMPONENT) and secrets, the config-writing entrypoint, {@code command} and awslogs.
     */
    public ContainerDefinition addContainer(TaskDefinition taskDefinition, String name, String component, List<String> command,
            ILogGroup logs, java.util.function.Consumer<ContainerDefinitionOptions.Builder> customize) {
        SortedMap<String, String> env = new TreeMap<>(environment);
        env.put("SUPERSET_COMPONENT", component);
        ContainerDefinitionOptions.Builder options = ContainerDefinitionOptions.builder()
                .image(image)
                .entryPoint(List.of("/bin/sh", "-c", ENTRYPOINT, "superscale-entrypoint"))
                .command(command)
                .environment(env)
                .secrets(secrets)
                .essential(true)
                .logging(LogDrivers.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix(component).build()));
        if (customize != null) {
            customize.accept(options);
        }
        return taskDefinition.addContainer(name, options.build());
    }

    public CapacityPlan getPlan() {
        return plan;
    }

    public ContainerImage getImage() {
        return image;
    }

    /** The security group every Superset task joins: PgBouncer and Redis admit it. */
    public ISecurityGroup getAppTier() {
        return appTier;
    }

    public SortedMap<String, String> getEnvironment() {
        return environment;
    }

    public SortedMap<String, Secret> getSecrets() {
        return secrets;
    }

    /** The rendered superset_config.py. */
    public String getSupersetConfig() {
        return supersetConfig;
    }

    public static final class Builder {
        private CapacityPlan plan;
        private ContainerImage image;
        private ISecurityGroup appTier;
        private String databaseHost;
        private Integer databasePort;
        private String databaseName;
        private ISecret databaseCredentials;
        private RedisEndpoint broker;
        private RedisEndpoint cache;
        private SupersetSecrets supersetSecrets;

        /** The capacity plan (renders superset_config.py). Required. */
        public Builder plan(CapacityPlan plan) {
            this.plan = plan;
            return this;
        }

        /** The Superset image, bound (see {@link SupersetImage#bind}). Required. */
        public Builder image(ContainerImage image) {
            this.image = image;
            return this;
        }

        /** The app-tier security group. Required. */
        public Builder appTier(ISecurityGroup appTier) {
            this.appTier = appTier;
            return this;
        }

        /** Host and port Superset uses for the metadata database: PgBouncer's. Required. */
        public Builder database(String host, int port, String name, ISecret credentials) {
            this.databaseHost = host;
            this.databasePort = port;
            this.databaseName = name;
            this.databaseCredentials = credentials;
            return this;
        }

        /** The Celery broker. Required. */
        public Builder broker(RedisEndpoint broker) {
            this.broker = broker;
            return this;
        }

        /** The cluster-mode cache. Required. */
        public Builder cache(RedisEndpoint cache) {
            this.cache = cache;
            return this;
        }

        /** SECRET_KEY and the async-queries JWT secret. Required. */
        public Builder supersetSecrets(SupersetSecrets supersetSecrets) {
            this.supersetSecrets = supersetSecrets;
            return this;
        }

        public SupersetRuntime build() {
            Problems problems = new Problems("SupersetRuntime", "runtime")
                    .require(plan, "plan").require(image, "image").require(appTier, "appTier")
                    .require(databaseHost, "database host").require(databaseCredentials, "database credentials")
                    .require(broker, "broker").require(cache, "cache").require(supersetSecrets, "supersetSecrets");
            problems.throwIfAny();
            problems.check(!plan.asyncChartQueries() || supersetSecrets.getAsyncQueriesJwtSecret() != null,
                    "the plan runs chart queries asynchronously but supersetSecrets has no JWT secret (build it from the same plan)");
            problems.throwIfAny();
            SortedMap<String, String> env = new TreeMap<>();
            String config = SupersetConfigRenderer.render(plan);
            env.put("SUPERSET_CONFIG_PATH", CONFIG_PATH);
            env.put(CONFIG_VARIABLE, config);
            env.put(SupersetEnvironment.DATABASE_HOST, databaseHost);
            env.put(SupersetEnvironment.DATABASE_PORT, Integer.toString(databasePort));
            env.put(SupersetEnvironment.DATABASE_DB, databaseName);
            env.put(SupersetEnvironment.REDIS_BROKER_HOST, broker.getHostname());
            env.put(SupersetEnvironment.REDIS_BROKER_PORT, Integer.toString(broker.getPort()));
            env.put(SupersetEnvironment.REDIS_CACHE_NODES, cache.getHostAndPort());
            env.put(SupersetEnvironment.REDIS_TLS, "true");
            SortedMap<String, Secret> secrets = new TreeMap<>();
            secrets.put(SupersetEnvironment.SECRET_KEY, Secret.fromSecretsManager(supersetSecrets.getSecretKey()));
            secrets.put(SupersetEnvironment.DATABASE_USER, Secret.fromSecretsManager(databaseCredentials, "username"));
            secrets.put(SupersetEnvironment.DATABASE_PASSWORD, Secret.fromSecretsManager(databaseCredentials, "password"));
            secrets.put(SupersetEnvironment.REDIS_BROKER_PASSWORD, Secret.fromSecretsManager(broker.getAuthToken()));
            secrets.put(SupersetEnvironment.REDIS_CACHE_PASSWORD, Secret.fromSecretsManager(cache.getAuthToken()));
            if (plan.asyncChartQueries()) {
                secrets.put(SupersetEnvironment.ASYNC_QUERIES_JWT_SECRET, Secret.fromSecretsManager(supersetSecrets.getAsyncQueriesJwtSecret()));
            }
            return new SupersetRuntime(plan, image, appTier, env, secrets, config);
        }
    }
}
