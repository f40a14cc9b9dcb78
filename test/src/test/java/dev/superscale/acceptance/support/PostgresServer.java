package dev.superscale.acceptance.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** A throwaway PostgreSQL cluster on a free loopback port, in a temp dir, removed on close. */
public final class PostgresServer implements AutoCloseable {

    public static final String APP_USER = "superset_app";

    private final Path dir;
    private final int port;
    private final String appPassword;

    private PostgresServer(Path dir, int port, String appPassword) {
        this.dir = dir;
        this.port = port;
        this.appPassword = appPassword;
    }

    /** initdb, start with the given max_connections, create the application user and database. */
    public static PostgresServer start(int maxConnections, String database, String appPassword) {
        Path dir = Processes.scratchDirectory("superscale-pg");
        PostgresServer server = new PostgresServer(dir, DebianServers.freePort(), appPassword);
        try {
            Path data = dir.resolve("data");
            Processes.run(Processes.asServiceUser(List.of(DebianServers.postgresBinary("initdb").toString(), "-D", data.toString(),
                    "-U", "postgres", "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync")), Map.of(), 120)
                    .requireSuccess(List.of("initdb"));
            Processes.writeAsServiceUser(data.resolve("pg_hba.conf"), String.join("\n",
                    "local all all trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all all 127.0.0.1/32 scram-sha-256", ""));
            Processes.run(Processes.asServiceUser(List.of(DebianServers.postgresBinary("pg_ctl").toString(), "-D", data.toString(),
                    "-l", dir.resolve("postgres.log").toString(), "-w", "-t", "60", "start", "-o",
                    "-p " + server.port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=" + maxConnections
                            + " -c fsync=off -c shared_buffers=32MB")), Map.of(), 90)
                    .requireSuccess(List.of("pg_ctl start"));
            server.sql("postgres", "CREATE ROLE " + APP_USER + " LOGIN PASSWORD '" + appPassword + "'");
            server.sql("postgres", "CREATE DATABASE " + database + " OWNER " + APP_USER);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    /** A superuser connection over TCP (trusted for postgres on loopback only). */
    public Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    public void sql(String database, String statement) {
        try (Connection connection = superuser(database)) {
            connection.createStatement().execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    public String appPassword() {
        return appPassword;
    }

    @Override
    public void close() {
        Path data = dir.resolve("data");
        Processes.run(Processes.asServiceUser(List.of(DebianServers.postgresBinary("pg_ctl").toString(), "-D", data.toString(),
                "-m", "immediate", "-w", "stop")), Map.of(), 60);
        Processes.deleteRecursively(dir);
    }
}
