package dev.superscale.gcp;

import com.pulumi.core.Output;
import com.pulumi.gcp.networkconnectivity.ServiceConnectionPolicy;
import com.pulumi.gcp.networkconnectivity.ServiceConnectionPolicyArgs;
import com.pulumi.gcp.networkconnectivity.inputs.ServiceConnectionPolicyPscConfigArgs;
import com.pulumi.gcp.redis.Cluster;
import com.pulumi.gcp.redis.ClusterArgs;
import com.pulumi.gcp.redis.inputs.ClusterPscConfigArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.superscale.capacity.RedisCachePlan;
import java.util.List;
import java.util.Map;

/**
 * The chart-data and metadata caches on Memorystore for Redis Cluster, shaped as the plan says
 * (shards, replicas per shard): Superset's RedisClusterCache speaks cluster mode, a plain
 * Memorystore instance does not. Clusters are reached through Private Service Connect, so the
 * network gets a service connection policy for Memorystore. TLS is on; AUTH is off by default
 * ({@link MemorystoreArgs.CacheAuthorization#DISABLED}: clusters have IAM tokens or nothing, see gcp/README.md).
 */
public class MemorystoreCache extends ComponentResource {

    public static final String TYPE = "superscale:gcp:MemorystoreCache";
    public static final String CONNECT_ROLE = "roles/redis.dbConnectionUser";
    /**
     * gcp 7.0.0 cannot choose a node type: every shard is Memorystore's default node,
     * REDIS_HIGHMEM_MEDIUM, with a published keyspace capacity of 13 GB.
     */
    static final long DEFAULT_NODE_DATA_MIB = 13L * 1000 * 1000 * 1000 / (1024 * 1024);

    private final ServiceConnectionPolicy connectionPolicy;
    private final Cluster cluster;

    public MemorystoreCache(String name, MemorystoreArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        Children.require(args, "MemorystoreCache", name, "args");
        Children.require(args.plan(), "MemorystoreCache", name, "plan");
        Children.require(args.network(), "MemorystoreCache", name, "network");
        Children.require(args.region(), "MemorystoreCache", name, "region");
        RedisCachePlan cache = args.plan().redisCache();
        if (!cache.clusterMode().value().equals("enabled")) {
            throw new IllegalArgumentException("MemorystoreCache '" + name + "': the cache plan has cluster mode '" + cache.clusterMode()
                    + "'; Superset's RedisClusterCache needs a cluster");
        }
        if (cache.memoryMiBPerShard().value() > DEFAULT_NODE_DATA_MIB) {
            throw new IllegalArgumentException("MemorystoreCache '" + name + "': the plan's " + cache.memoryMiBPerShard() + " per shard exceed the "
                    + DEFAULT_NODE_DATA_MIB + " MiB a default Memorystore cluster node holds; add shards");
        }
        this.connectionPolicy = new ServiceConnectionPolicy(name + "-psc-policy", ServiceConnectionPolicyArgs.builder()
                .location(args.region())
                .serviceClass("gcp-memorystore-redis")
                .network(args.network().networkId())
                .pscConfig(ServiceConnectionPolicyPscConfigArgs.builder()
                        .subnetworks(args.network().getSubnet().id().applyValue(List::of))
                        .build())
                .description("Private Service Connect endpoints of the Superset cache cluster")
                .build(), Children.of(this));
        this.cluster = new Cluster(name + "-cluster", ClusterArgs.builder()
                .region(args.region())
                .shardCount(cache.shards().intValue())
                .replicaCount(cache.replicasPerShard().intValue())
                .authorizationMode(args.cacheAuthorization().apiValue())
                .transitEncryptionMode("TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION")
                .pscConfigs(List.of(ClusterPscConfigArgs.builder().network(args.network().networkId()).build()))
                .build(), Children.of(this, connectionPolicy));
        registerOutputs(Map.of("nodes", nodes()));
    }

    /**
     * Lets a principal connect with IAM AUTH (roles/redis.dbConnectionUser on the project: the role
     * has no cluster-level binding in gcp 7.0.0). Returns the binding, parented to this component.
     */
    public com.pulumi.gcp.projects.IAMMember grantConnect(String id, String project, Output<String> member) {
        return new com.pulumi.gcp.projects.IAMMember(id, com.pulumi.gcp.projects.IAMMemberArgs.builder()
                .project(project)
                .role(CONNECT_ROLE)
                .member(member)
                .build(), Children.of(this));
    }

    public ServiceConnectionPolicy getConnectionPolicy() {
        return connectionPolicy;
    }

    public Cluster getCluster() {
        return cluster;
    }

    /** host:port of the cluster's discovery endpoint, for REDIS_CACHE_NODES. */
    public Output<String> nodes() {
        return Output.tuple(discoveryAddress(), discoveryPort()).applyValue(t -> t.t1 + ":" + t.t2);
    }

    /** The discovery endpoint's address (a Private Service Connect address in the subnet). */
    public Output<String> discoveryAddress() {
        return cluster.discoveryEndpoints().applyValue(endpoints -> discovery(endpoints).address()
                .orElseThrow(() -> new IllegalStateException("the cache cluster's discovery endpoint has no address")));
    }

    public Output<Integer> discoveryPort() {
        return cluster.discoveryEndpoints().applyValue(endpoints -> discovery(endpoints).port()
                .orElseThrow(() -> new IllegalStateException("the cache cluster's discovery endpoint has no port")));
    }

    private static com.pulumi.gcp.redis.outputs.ClusterDiscoveryEndpoint discovery(List<com.pulumi.gcp.redis.outputs.ClusterDiscoveryEndpoint> endpoints) {
        if (endpoints.isEmpty()) {
            throw new IllegalStateException("the cache cluster has no discovery endpoint");
        }
        return endpoints.get(0);
    }
}
