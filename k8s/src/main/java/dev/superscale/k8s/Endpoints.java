package dev.superscale.k8s;

import dev.superscale.topology.Endpoint;
import dev.superscale.topology.SupersetTopology;

/** Where this target's endpoints are: PgBouncer's Service in the namespace, the Redis and Postgres you bring. */
final class Endpoints {

    private Endpoints() {
    }

    /** PgBouncer's in-cluster DNS name. */
    static String pgBouncerHost(SupersetK8sProps props) {
        return Labels.name(SupersetTopology.PGBOUNCER) + "." + props.getNamespace() + ".svc.cluster.local";
    }

    static String value(SupersetK8sProps props, Endpoint endpoint, Endpoint.Part part) {
        ExternalRedis redis = props.getRedis();
        ExternalPostgres postgres = props.getPostgres();
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
            case REDIS_BROKER -> switch (part) {
                case HOST -> redis.brokerHost();
                case PORT -> Integer.toString(redis.brokerPort());
                case TLS -> Boolean.toString(redis.tls());
                default -> null;
            };
            case REDIS_CACHE -> switch (part) {
                case NODES -> redis.cacheNodes();
                case TLS -> Boolean.toString(redis.tls());
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
