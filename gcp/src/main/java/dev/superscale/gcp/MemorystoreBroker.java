package dev.superscale.gcp;

import com.pulumi.core.Output;
import com.pulumi.gcp.redis.Instance;
import com.pulumi.gcp.redis.InstanceArgs;
import com.pulumi.gcp.redis.inputs.InstancePersistenceConfigArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.superscale.capacity.RedisBrokerPlan;
import java.util.Map;

/**
 * The Celery broker, results backend and async-query store on Memorystore for Redis: STANDARD_HA
 * (a replica in another zone with automatic failover), read replicas as the plan counts them,
 * never cluster mode, noeviction, RDB persistence, AUTH and in-transit TLS, reachable only
 * through private service access.
 */
public class MemorystoreBroker extends ComponentResource {

    public static final String TYPE = "superscale:gcp:MemorystoreBroker";
    public static final String TIER = "STANDARD_HA";
    /** Memorystore's shortest snapshot period: it has RDB snapshots only, no append-only file. */
    static final String SNAPSHOT_PERIOD = "ONE_HOUR";

    private final Instance instance;
    private final int memoryGb;

    public MemorystoreBroker(String name, MemorystoreArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        Children.require(args, "MemorystoreBroker", name, "args");
        Children.require(args.plan(), "MemorystoreBroker", name, "plan");
        Children.require(args.network(), "MemorystoreBroker", name, "network");
        Children.require(args.region(), "MemorystoreBroker", name, "region");
        if (args.zones() == null || args.zones().size() < 2) {
            throw new IllegalArgumentException("MemorystoreBroker '" + name + "': zones must name two zones, got " + args.zones());
        }
        RedisBrokerPlan broker = args.plan().redisBroker();
        if (!broker.clusterMode().value().equals("disabled")) {
            throw new IllegalArgumentException("MemorystoreBroker '" + name + "': the broker plan asks for cluster mode '" + broker.clusterMode()
                    + "', which Celery's Redis transport cannot use");
        }
        this.memoryGb = GcpCatalog.redisInstanceGb(broker.memoryMiBPerNode().value());
        this.instance = new Instance(name + "-redis", InstanceArgs.builder()
                .tier(TIER)
                .region(args.region())
                .locationId(args.zones().get(0))
                .alternativeLocationId(args.zones().get(1))
                .memorySizeGb(memoryGb)
                .redisVersion(args.redisVersion())
                .authorizedNetwork(args.network().networkId())
                .connectMode("PRIVATE_SERVICE_ACCESS")
                .authEnabled(true)
                .transitEncryptionMode("SERVER_AUTHENTICATION")
                // Enabled at every tier (it is fixed at creation), so a new user count only changes replicaCount.
                .readReplicasMode("READ_REPLICAS_ENABLED")
                .replicaCount(broker.replicasPerPrimary().intValue())
                .redisConfigs(Map.of("maxmemory-policy", broker.evictionPolicy().value()))
                .persistenceConfig(InstancePersistenceConfigArgs.builder()
                        .persistenceMode("RDB")
                        .rdbSnapshotPeriod(SNAPSHOT_PERIOD)
                        .build())
                .build(), Children.stateful(this, args.network().getPrivateServiceAccess()));
        registerOutputs(Map.of("host", instance.host(), "port", instance.port()));
    }

    public Instance getInstance() {
        return instance;
    }

    public int memoryGb() {
        return memoryGb;
    }

    public Output<String> host() {
        return instance.host();
    }

    public Output<Integer> port() {
        return instance.port();
    }

    /** The AUTH string Memorystore generated, a secret. */
    public Output<String> authString() {
        return instance.authString();
    }
}
