package dev.superscale.gcp;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.superscale.topology.SupersetSecret;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole GCP platform for one topology: network, GKE, Cloud SQL, Memorystore broker and cache,
 * secrets with Workload Identity, alert policies, and the {@code k8s/} workloads on the cluster. Each building block is its own component,
 * parented here and reachable through a getter.
 */
public class SupersetGcp extends ComponentResource {

    public static final String TYPE = "superscale:gcp:SupersetGcp";

    private final Network network;
    private final GkeCluster gke;
    private final CloudSqlPostgres database;
    private final MemorystoreBroker broker;
    private final MemorystoreCache cache;
    private final SecretStore secrets;
    private final Monitoring monitoring;
    private final SupersetWorkloads workloads;

    public SupersetGcp(String name, SupersetGcpArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        Children.require(args, "SupersetGcp", name, "args");
        Children.require(args.topology(), "SupersetGcp", name, "topology");
        Children.require(args.secrets(), "SupersetGcp", name, "secrets");
        if (args.topology().plan().asyncChartQueries() != args.secrets().asyncQueriesJwtSecret().isPresent()) {
            throw new IllegalArgumentException("SupersetGcp '" + name + "': the async-queries JWT secret must be given exactly when the plan runs "
                    + "chart queries on Celery (" + args.topology().plan().chartQueryMode() + ")");
        }
        if (args.cacheAuthorization() == MemorystoreArgs.CacheAuthorization.IAM) {
            // See gcp/README.md, "The cache's AUTH": the charts' Superset pods read one password at start.
            throw new IllegalArgumentException("SupersetGcp '" + name + "': cache authorization IAM cannot serve the deployed workloads: IAM tokens "
                    + "expire after an hour and superset_config.py reads REDIS_CACHE_PASSWORD once at start; use DISABLED");
        }
        Children.require(args.hostname(), "SupersetGcp", name, "hostname");
        ComponentResourceOptions child = ComponentResourceOptions.builder().parent(this).build();

        this.network = new Network(name + "-network", NetworkArgs.builder().region(args.region()).build(), child);
        this.gke = new GkeCluster(name + "-gke", GkeClusterArgs.builder()
                .topology(args.topology()).network(network).project(args.project()).region(args.region()).zones(args.zones())
                .controlPlaneAuthorizedCidrs(args.controlPlaneCidrs()).build(), child);
        this.database = new CloudSqlPostgres(name + "-postgres", CloudSqlPostgresArgs.builder()
                .plan(args.topology().plan()).network(network).region(args.region()).zones(args.zones())
                .password(Output.ofSecret(args.secrets().databasePassword())).build(), child);
        MemorystoreArgs redis = MemorystoreArgs.builder().plan(args.topology().plan()).network(network).region(args.region())
                .zones(args.zones()).cacheAuthorization(args.cacheAuthorization()).build();
        this.broker = new MemorystoreBroker(name + "-broker", redis, child);
        this.cache = new MemorystoreCache(name + "-cache", redis, child);

        Map<SupersetSecret, Output<String>> values = new LinkedHashMap<>();
        values.put(SupersetSecret.SECRET_KEY, Output.ofSecret(args.secrets().secretKey()));
        values.put(SupersetSecret.DATABASE_CREDENTIALS, credentialsJson(database.getUser().name(), args.secrets().databasePassword()).asSecret());
        values.put(SupersetSecret.REDIS_BROKER_AUTH, broker.authString());
        args.secrets().asyncQueriesJwtSecret().ifPresent(jwt -> values.put(SupersetSecret.ASYNC_QUERIES_JWT, Output.ofSecret(jwt)));
        // REDIS_CACHE_AUTH has no stored value on GCP: the cache cluster runs without AUTH, see gcp/README.md.
        this.secrets = new SecretStore(name + "-secrets", SecretStoreArgs.builder()
                .topology(args.topology()).project(args.project()).namespace(args.namespace()).values(values).cluster(gke.getCluster()).build(), child);
        this.workloads = new SupersetWorkloads(name + "-workloads", new SupersetWorkloadsArgs(args.topology(), args.namespace(), args.hostname(),
                args.warehouseCidrs(), args.supersetImage(), network, gke, database, broker, cache, secrets), child);
        this.monitoring = new Monitoring(name + "-monitoring", MonitoringArgs.builder()
                .topology(args.topology()).project(args.project()).namespace(args.namespace())
                .database(database).broker(broker).cache(cache)
                .notificationChannels(args.notificationChannels()).alertEmail(args.alertEmail()).build(), child);

        registerOutputs(Map.of(
                "clusterName", gke.clusterName(),
                "databasePrivateIp", database.privateIpAddress(),
                "brokerHost", broker.host(),
                "cacheNodes", cache.nodes(),
                "workloadServiceAccount", secrets.getWorkloadServiceAccount().email()));
    }

    private static Output<String> credentialsJson(Output<String> user, String password) {
        return user.applyValue(u -> "{\"username\":\"" + json(u) + "\",\"password\":\"" + json(password) + "\"}");
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    public Network getNetwork() {
        return network;
    }

    public GkeCluster getGke() {
        return gke;
    }

    public CloudSqlPostgres getDatabase() {
        return database;
    }

    public MemorystoreBroker getBroker() {
        return broker;
    }

    public MemorystoreCache getCache() {
        return cache;
    }

    public SecretStore getSecrets() {
        return secrets;
    }

    public Monitoring getMonitoring() {
        return monitoring;
    }

    public SupersetWorkloads getWorkloads() {
        return workloads;
    }
}
