package dev.superscale.k8s;

import dev.superscale.render.PgBouncerBinding.ServerTlsMode;

/**
 * A PostgreSQL server you run yourself (RDS, Cloud SQL, Azure Database): the PgBouncer
 * Deployment fronts it. With {@code VERIFY_CA} or {@code VERIFY_FULL} PgBouncer checks the server
 * certificate against {@value #CA_CONFIG_MAP} (key {@value #CA_KEY}), a ConfigMap you create.
 *
 * @param host      the server's DNS name
 * @param port      its port
 * @param database  the database Superset uses
 * @param tlsMode   PgBouncer's server_tls_sslmode
 * @param cidrs     where PgBouncer may connect out to (the server's addresses), for the NetworkPolicy
 */
public record ExternalPostgres(String host, int port, String database, ServerTlsMode tlsMode, java.util.List<String> cidrs)
        implements PostgresChoice {

    /** The ConfigMap holding the server's CA bundle, a documented input when the server is verified. */
    public static final String CA_CONFIG_MAP = "superset-postgres-ca";
    public static final String CA_KEY = "ca.pem";

    public ExternalPostgres {
        cidrs = java.util.List.copyOf(cidrs);
    }

    /** A verified (verify-full) server on port 5432, database {@code superset}, reachable at {@code cidrs}. */
    public static ExternalPostgres of(String host, java.util.List<String> cidrs) {
        return new ExternalPostgres(host, 5432, "superset", ServerTlsMode.VERIFY_FULL, cidrs);
    }

    public boolean verifies() {
        return tlsMode == ServerTlsMode.VERIFY_CA || tlsMode == ServerTlsMode.VERIFY_FULL;
    }
}
