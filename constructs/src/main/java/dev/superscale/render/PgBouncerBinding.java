package dev.superscale.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where one PgBouncer listens and what it fronts: deployment facts a target knows, as
 * opposed to the sizes, which come from the plan.
 *
 * @param listenAddress  address to bind. Default 0.0.0.0
 * @param listenPort     port to bind. Default 6432
 * @param databaseHost   PostgreSQL host
 * @param databasePort   PostgreSQL port. Default 5432
 * @param databaseName   database clients connect to (and the one on the server). Default superset
 * @param authFile       userlist file with the application user's password. Default /etc/pgbouncer/userlist.txt
 * @param serverTlsMode  server_tls_sslmode towards PostgreSQL. Default verify-full
 * @param serverTlsCaFile CA bundle for verify-ca/verify-full; null when not verifying. Default /etc/pgbouncer/server-ca.pem
 * @param adminUser      user allowed on PgBouncer's admin console (SHOW POOLS, metrics exporters). Default pgbouncer_admin
 */
public record PgBouncerBinding(
        String listenAddress,
        int listenPort,
        String databaseHost,
        int databasePort,
        String databaseName,
        String authFile,
        ServerTlsMode serverTlsMode,
        String serverTlsCaFile,
        String adminUser) {

    /** PgBouncer's server_tls_sslmode values. */
    public enum ServerTlsMode {
        DISABLE("disable"), PREFER("prefer"), REQUIRE("require"), VERIFY_CA("verify-ca"), VERIFY_FULL("verify-full");

        private final String iniValue;

        ServerTlsMode(String iniValue) {
            this.iniValue = iniValue;
        }

        public String iniValue() {
            return iniValue;
        }

        boolean verifies() {
            return this == VERIFY_CA || this == VERIFY_FULL;
        }
    }

    public PgBouncerBinding {
        List<String> problems = new ArrayList<>();
        if (listenPort < 1 || listenPort > 65_535) {
            problems.add("listenPort " + listenPort + " is outside 1..65535");
        }
        if (databasePort < 1 || databasePort > 65_535) {
            problems.add("databasePort " + databasePort + " is outside 1..65535");
        }
        if (databaseHost == null || databaseHost.isBlank()) {
            problems.add("databaseHost is required");
        }
        for (String value : new String[] {listenAddress, databaseHost, databaseName, authFile, serverTlsCaFile, adminUser}) {
            if (value != null && (value.contains("\n") || value.contains(" ") || value.contains(";"))) {
                problems.add("'" + value + "' cannot go into pgbouncer.ini: no spaces, semicolons or newlines");
            }
        }
        if (serverTlsMode != null && serverTlsMode.verifies() && serverTlsCaFile == null) {
            problems.add("serverTlsMode " + serverTlsMode.iniValue() + " needs serverTlsCaFile");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("PgBouncerBinding: " + String.join("; ", problems));
        }
    }

    /** Defaults for a database host: verify-full TLS against the CA bundle at the default path. */
    public static PgBouncerBinding forDatabase(String databaseHost) {
        return new PgBouncerBinding("0.0.0.0", 6432, databaseHost, 5432, "superset", "/etc/pgbouncer/userlist.txt",
                ServerTlsMode.VERIFY_FULL, "/etc/pgbouncer/server-ca.pem", "pgbouncer_admin");
    }

    public PgBouncerBinding withListen(String address, int port) {
        return new PgBouncerBinding(address, port, databaseHost, databasePort, databaseName, authFile, serverTlsMode,
                serverTlsCaFile, adminUser);
    }

    public PgBouncerBinding withDatabase(String host, int port, String name) {
        return new PgBouncerBinding(listenAddress, listenPort, host, port, name, authFile, serverTlsMode, serverTlsCaFile, adminUser);
    }

    public PgBouncerBinding withAuthFile(String path) {
        return new PgBouncerBinding(listenAddress, listenPort, databaseHost, databasePort, databaseName, path, serverTlsMode,
                serverTlsCaFile, adminUser);
    }

    public PgBouncerBinding withServerTls(ServerTlsMode mode, String caFile) {
        return new PgBouncerBinding(listenAddress, listenPort, databaseHost, databasePort, databaseName, authFile, mode, caFile, adminUser);
    }
}
