package dev.superscale.k8s;

import dev.superscale.topology.Endpoint;
import dev.superscale.topology.SupersetTopology;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Where this target's endpoints are: PgBouncer's Service in the namespace; the PostgreSQL you bring or
 * the CloudNativePG Cluster's read-write Service; the Redis you bring or the in-cluster Sentinels.
 */
final class Endpoints {

    private Endpoints() {
    }

    /** PgBouncer's in-cluster DNS name. */
    static String pgBouncerHost(SupersetK8sProps props) {
        return Labels.name(SupersetTopology.PGBOUNCER) + "." + props.getNamespace() + ".svc.cluster.local";
    }

    /** The PostgreSQL server PgBouncer connects to: the one you bring, or the CNPG Cluster's read-write Service (its certificate names it with .svc). */
    static ExternalPostgres postgresServer(SupersetK8sProps props) {
        PostgresChoice choice = props.getPostgresChoice();
        if (choice instanceof ExternalPostgres external) {
            return external;
        }
        CloudNativePostgres cnpg = (CloudNativePostgres) choice;
        return new ExternalPostgres(CloudNativePgCluster.readWriteService(props) + "." + props.getNamespace() + ".svc",
                CloudNativePgCluster.PORT, cnpg.database(), dev.superscale.render.PgBouncerBinding.ServerTlsMode.VERIFY_FULL,
                java.util.List.of());
    }

    /** host:port of every Sentinel of an in-cluster Redis, by pod DNS name (each Sentinel announces that name). */
    static String sentinels(SupersetK8sProps props, SentinelRedis.Role role) {
        long nodes = SentinelRedis.nodes(props);
        return LongStream.range(0, nodes).mapToObj(i -> SentinelRedis.podHost(props, role, i) + ":" + SentinelRedis.SENTINEL_PORT)
                .collect(Collectors.joining(","));
    }

    /** The broker address redis_exporter and KEDA's plain Redis trigger use (external Redis only). */
    static String brokerAddress(SupersetK8sProps props) {
        RedisChoice choice = props.getRedisChoice();
        if (choice instanceof ExternalRedis redis) {
            return (redis.tls() ? "rediss://" : "redis://") + redis.brokerHost() + ":" + redis.brokerPort();
        }
        // Any broker node: the exporter reads list lengths and memory, which replicas report as the primary does.
        return "redis://" + SentinelRedis.serviceHost(props, SentinelRedis.Role.BROKER) + ":" + SentinelRedis.REDIS_PORT;
    }

    static String value(SupersetK8sProps props, Endpoint endpoint, Endpoint.Part part) {
        ExternalPostgres postgres = postgresServer(props);
        RedisChoice redisChoice = props.getRedisChoice();
        String value = switch (endpoint) {
            case METADATA_DATABASE -> switch (part) {
                case HOST -> pgBouncerHost(props);
                case PORT -> Integer.toString(SupersetTopology.PGBOUNCER_PORT);
                case DATABASE_NAME -> postgres.database();
                default -> null;
            };
            case POSTGRES_SERVER -> switch (part) {
                case HOST -> postgres.host();
                case PORT -> Integer.toString(postgres.port());
                case DATABASE_NAME -> postgres.database();
                default -> null;
            };
            case REDIS_BROKER -> redisChoice instanceof ExternalRedis redis ? switch (part) {
                case HOST -> redis.brokerHost();
                case PORT -> Integer.toString(redis.brokerPort());
                case TLS -> Boolean.toString(redis.tls());
                default -> null;
            } : switch (part) {
                case NODES -> sentinels(props, SentinelRedis.Role.BROKER);
                case MASTER_NAME -> SentinelRedis.masterName(SentinelRedis.Role.BROKER);
                case TLS -> "false";
                default -> null;
            };
            case REDIS_CACHE -> redisChoice instanceof ExternalRedis redis ? switch (part) {
                case NODES -> redis.cacheNodes();
                case TLS -> Boolean.toString(redis.tls());
                default -> null;
            } : switch (part) {
                case NODES -> sentinels(props, SentinelRedis.Role.CACHE);
                case MASTER_NAME -> SentinelRedis.masterName(SentinelRedis.Role.CACHE);
                case TLS -> "false";
                default -> null;
            };
            case WEB_URL -> switch (part) {
                case URL -> props.getWebUrl();
                // Secure cookies exactly when users arrive over HTTPS.
                case TLS -> Boolean.toString(props.getWebUrl().startsWith("https://"));
                default -> null;
            };
            case STATSD -> switch (part) {
                case HOST -> StatsdExporter.host(props);
                case PORT -> Integer.toString(StatsdExporter.STATSD_PORT);
                default -> null;
            };
        };
        if (value == null) {
            throw new IllegalArgumentException("the Kubernetes target has no " + part + " for endpoint " + endpoint);
        }
        return value;
    }
}
