package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.topology.Component;
import dev.superscale.topology.ConfigFile;
import dev.superscale.topology.Endpoint;
import dev.superscale.topology.EnvSource;
import dev.superscale.topology.EnvVar;
import dev.superscale.topology.SupersetSecret;
import dev.superscale.topology.SupersetTopology;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.LogDrivers;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.ecs.TaskDefinition;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * How the AWS target provides what the topology's Superset components read: the image, the
 * endpoints (PgBouncer, Redis, the public URL) and the secrets (Secrets Manager, as ECS secrets),
 * and the app-tier security group that PgBouncer and Redis let in. ECS cannot mount files, so
 * superset_config.py travels in an environment variable and the entrypoint writes it to
 * {@link #CONFIG_PATH}. Not a construct: {@link SupersetPlatform} builds one, or build your own to
 * use {@link WebService}, {@link SpotWorkerGroup}, {@link CeleryBeat} and {@link DatabaseMigrations} alone.
 */
public final class SupersetRuntime {

    /** Where the entrypoint writes the rendered config; SUPERSET_CONFIG_PATH points here (/tmp is writable for the image's user). */
    public static final String CONFIG_PATH = "/tmp/superset_config.py";
    /** Environment variable carrying the rendered superset_config.py into the container. */
    public static final String CONFIG_VARIABLE = "SUPERSET_CONFIG_PY";
    /** Writes the config from the environment, then runs the container's command. */
    static final String ENTRYPOINT = "set -e; printf '%s' \"$" + CONFIG_VARIABLE + "\" > " + CONFIG_PATH + "; unset "
            + CONFIG_VARIABLE + "; exec \"$@\"";

    private final SupersetTopology topology;
    private final ContainerImage image;
    private final ISecurityGroup appTier;
    private final Map<Endpoint, Map<Endpoint.Part, String>> endpoints;
    private final Map<SupersetSecret, ISecret> secrets;
    private final List<IKey> secretKeys;

    private SupersetRuntime(SupersetTopology topology, ContainerImage image, ISecurityGroup appTier,
            Map<Endpoint, Map<Endpoint.Part, String>> endpoints, Map<SupersetSecret, ISecret> secrets, List<IKey> secretKeys) {
        this.topology = topology;
        this.image = image;
        this.appTier = appTier;
        this.endpoints = endpoints;
        this.secrets = secrets;
        this.secretKeys = List.copyOf(secretKeys);
    }

    /** The same runtime with the URL users open (a load balancer's address, known once it exists). */
    public SupersetRuntime withWebUrl(String webUrl) {
        Map<Endpoint, Map<Endpoint.Part, String>> changed = new EnumMap<>(Endpoint.class);
        endpoints.forEach((endpoint, parts) -> changed.put(endpoint, new EnumMap<>(parts)));
        changed.get(Endpoint.WEB_URL).put(Endpoint.Part.URL, webUrl);
        return new SupersetRuntime(topology, image, appTier, changed, secrets, secretKeys);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Adds a topology component's Superset container to a task definition: the shared image, the
     * component's environment and secrets resolved to this deployment, its command, the
     * config-writing entrypoint and awslogs. Grants the execution role the customer-managed keys
     * of the secrets, if any.
     */
    public ContainerDefinition addContainer(TaskDefinition taskDefinition, String containerName, Component component, ILogGroup logs,
            Consumer<ContainerDefinitionOptions.Builder> customize) {
        SortedMap<String, String> env = new TreeMap<>();
        SortedMap<String, Secret> containerSecrets = new TreeMap<>();
        for (EnvVar variable : component.environment()) {
            EnvSource source = variable.source();
            if (source instanceof EnvSource.Literal literal) {
                env.put(variable.name(), literal.value());
            } else if (source instanceof EnvSource.FromEndpoint endpoint) {
                String value = endpoints.getOrDefault(endpoint.endpoint(), Map.of()).get(endpoint.part());
                if (value != null) {
                    env.put(variable.name(), value);
                }
            } else if (source instanceof EnvSource.FromSecret secret) {
                ISecret stored = secrets.get(secret.secret());
                containerSecrets.put(variable.name(), secret.secret().singleValue() ? Secret.fromSecretsManager(stored)
                        : Secret.fromSecretsManager(stored, secret.key()));
            } else if (source instanceof EnvSource.ConfigFilePath) {
                env.put(variable.name(), CONFIG_PATH);
            }
        }
        ConfigFile config = component.configFile(SupersetTopology.SUPERSET_CONFIG_FILE).orElseThrow(() ->
                new IllegalArgumentException(component.name() + " does not read " + SupersetTopology.SUPERSET_CONFIG_FILE));
        env.put(CONFIG_VARIABLE, config.content());
        ContainerDefinitionOptions.Builder options = ContainerDefinitionOptions.builder()
                .image(image)
                .entryPoint(List.of("/bin/sh", "-c", ENTRYPOINT, "superscale-entrypoint"))
                .command(component.command())
                .environment(env)
                .secrets(containerSecrets)
                .essential(true)
                .logging(LogDrivers.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix(component.name()).build()));
        if (customize != null) {
            customize.accept(options);
        }
        ContainerDefinition container = taskDefinition.addContainer(containerName, options.build());
        for (IKey key : secretKeys) {
            key.grantDecrypt(taskDefinition.obtainExecutionRole());
        }
        return container;
    }

    public CapacityPlan getPlan() {
        return topology.plan();
    }

    public SupersetTopology getTopology() {
        return topology;
    }

    public ContainerImage getImage() {
        return image;
    }

    /** The security group every Superset task joins: PgBouncer and Redis admit it. */
    public ISecurityGroup getAppTier() {
        return appTier;
    }

    /** The rendered superset_config.py. */
    public String getSupersetConfig() {
        return topology.web().configFile(SupersetTopology.SUPERSET_CONFIG_FILE).orElseThrow().content();
    }

    public static final class Builder {
        private CapacityPlan plan;
        private SupersetTopology topology;
        private ContainerImage image;
        private ISecurityGroup appTier;
        private String databaseHost;
        private Integer databasePort;
        private String databaseName;
        private ISecret databaseCredentials;
        private RedisEndpoint broker;
        private RedisEndpoint cache;
        private SupersetSecrets supersetSecrets;
        private String webUrl;
        private Boolean https;
        private final List<IKey> secretKeys = new ArrayList<>();

        /** The capacity plan; the topology is derived from it. Required unless {@link #topology} is given. */
        public Builder plan(CapacityPlan plan) {
            this.plan = plan;
            return this;
        }

        /** The topology to render. Default: {@code SupersetTopology.of(plan)}. */
        public Builder topology(SupersetTopology topology) {
            this.topology = topology;
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

        /** The URL users open; report workers and beat open dashboards through it. Default: unset (Superset's localhost default). */
        public Builder webUrl(String webUrl) {
            this.webUrl = webUrl;
            return this;
        }

        /** Whether users reach Superset over HTTPS (the cookies' Secure flag). Default true. */
        public Builder https(Boolean https) {
            this.https = https;
            return this;
        }

        /** A customer-managed KMS key that encrypts one of the secrets: the task execution roles get kms:Decrypt. */
        public Builder secretEncryptionKey(IKey key) {
            if (key != null) {
                secretKeys.add(key);
            }
            return this;
        }

        public SupersetRuntime build() {
            Problems problems = new Problems("SupersetRuntime", "runtime");
            if (topology == null) {
                problems.require(plan, "plan");
            }
            problems.require(image, "image").require(appTier, "appTier")
                    .require(databaseHost, "database host").require(databaseCredentials, "database credentials")
                    .require(broker, "broker").require(cache, "cache").require(supersetSecrets, "supersetSecrets");
            problems.throwIfAny();
            CapacityPlan planned = topology != null ? topology.plan() : plan;
            problems.check(!planned.asyncChartQueries() || supersetSecrets.getAsyncQueriesJwtSecret() != null,
                    "the plan runs chart queries asynchronously but supersetSecrets has no JWT secret (build it from the same plan)");
            problems.throwIfAny();
            Map<Endpoint, Map<Endpoint.Part, String>> endpoints = new EnumMap<>(Endpoint.class);
            endpoints.put(Endpoint.METADATA_DATABASE, parts(Endpoint.Part.HOST, databaseHost, Endpoint.Part.PORT,
                    Integer.toString(databasePort), Endpoint.Part.DATABASE_NAME, databaseName));
            // ElastiCache here always has in-transit encryption on.
            endpoints.put(Endpoint.REDIS_BROKER, parts(Endpoint.Part.HOST, broker.getHostname(), Endpoint.Part.PORT,
                    Integer.toString(broker.getPort()), Endpoint.Part.TLS, "true"));
            endpoints.put(Endpoint.REDIS_CACHE, parts(Endpoint.Part.NODES, cache.getHostAndPort(), Endpoint.Part.TLS, "true"));
            Map<Endpoint.Part, String> web = new EnumMap<>(Endpoint.Part.class);
            web.put(Endpoint.Part.TLS, https == null || https ? "true" : "false");
            if (webUrl != null) {
                web.put(Endpoint.Part.URL, webUrl);
            }
            endpoints.put(Endpoint.WEB_URL, web);
            Map<SupersetSecret, ISecret> stored = new EnumMap<>(SupersetSecret.class);
            stored.put(SupersetSecret.SECRET_KEY, supersetSecrets.getSecretKey());
            stored.put(SupersetSecret.DATABASE_CREDENTIALS, databaseCredentials);
            stored.put(SupersetSecret.REDIS_BROKER_AUTH, broker.getAuthToken());
            stored.put(SupersetSecret.REDIS_CACHE_AUTH, cache.getAuthToken());
            if (supersetSecrets.getAsyncQueriesJwtSecret() != null) {
                stored.put(SupersetSecret.ASYNC_QUERIES_JWT, supersetSecrets.getAsyncQueriesJwtSecret());
            }
            return new SupersetRuntime(topology != null ? topology : SupersetTopology.of(plan), image, appTier, endpoints, stored,
                    secretKeys);
        }

        private static Map<Endpoint.Part, String> parts(Object... partsAndValues) {
            Map<Endpoint.Part, String> parts = new EnumMap<>(Endpoint.Part.class);
            for (int i = 0; i < partsAndValues.length; i += 2) {
                parts.put((Endpoint.Part) partsAndValues[i], (String) partsAndValues[i + 1]);
            }
            return parts;
        }
    }
}
