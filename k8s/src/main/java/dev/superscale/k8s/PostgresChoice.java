package dev.superscale.k8s;

/**
 * Where Superset's metadata database runs: a server you bring ({@link ExternalPostgres}, fronted by a
 * PgBouncer Deployment) or a CloudNativePG cluster in the namespace ({@link CloudNativePostgres},
 * fronted by a CNPG Pooler). Exactly one.
 */
public sealed interface PostgresChoice permits ExternalPostgres, CloudNativePostgres {

    /** Bring your own PostgreSQL server. */
    static ExternalPostgres external(String host, java.util.List<String> cidrs) {
        return ExternalPostgres.of(host, cidrs);
    }

    /** A CloudNativePG Cluster and Pooler in the namespace, with the defaults of {@link CloudNativePostgres#inCluster()}. */
    static CloudNativePostgres inCluster() {
        return CloudNativePostgres.inCluster();
    }
}
