package dev.superscale.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.acceptance.support.DebianServers;
import dev.superscale.acceptance.support.PgBouncerServer;
import dev.superscale.acceptance.support.PostgresServer;
import dev.superscale.acceptance.support.Processes;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import dev.superscale.k8s.PgBouncerPool;
import dev.superscale.render.PgBouncerBinding;
import dev.superscale.topology.SupersetTopology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes PgBouncer pod's start script (PgBouncerPool.start) with Debian's real pgbouncer and PostgreSQL: it
 * writes the userlist and a per-pod admin password, and the libpq password file it leaves lets a client log into
 * the admin console as the ini's stats user exactly as the pgbouncer_exporter sidecar does (PGPASSFILE, no password
 * anywhere else). SHOW POOLS then has the sv_* columns the exporter turns into pgbouncer_pools_server_*_connections,
 * and their sum, which the connections alert compares with the plan's limit, equals the server connections
 * PostgreSQL itself counts.
 */
class PgBouncerStatsAccessTest {

    private static final String DATABASE = "superset";
    private static final List<String> SERVER_STATES = List.of("sv_active", "sv_idle", "sv_used", "sv_tested", "sv_login");

    @Test
    void theExporterLogsIntoTheAdminConsoleAndItsServerConnectionSumMatchesPostgres() throws Exception {
        CapacityPlan plan = CapacityPlanner.planFor(Preset.ENTERPRISE.load());
        SupersetTopology topology = SupersetTopology.of(plan);
        String password = "pw-\"" + Long.toHexString(System.nanoTime());
        Path dir = Processes.scratchDirectory("superscale-pgbouncer-stats");
        try (PostgresServer postgres = PostgresServer.start(plan.postgres().maxConnections().intValue(), DATABASE, password.replace("\"", ""))) {
            postgres.sql("postgres", "ALTER ROLE " + PostgresServer.APP_USER + " PASSWORD '" + password.replace("'", "''") + "'");
            int port = DebianServers.freePort();
            PgBouncerBinding binding = SupersetTopology.pgBouncerBinding("127.0.0.1", postgres.port(), DATABASE)
                    .withListen("127.0.0.1", port)
                    .withAuthFile(dir.resolve("userlist.txt").toString())
                    .withServerTls(PgBouncerBinding.ServerTlsMode.DISABLE, null);
            Processes.writeAsServiceUser(dir.resolve("pgbouncer.ini"), topology.pgBouncerIni(binding));
            // The script's in-pod paths, pointed into the scratch directory.
            String userlistInPod = SupersetTopology.PGBOUNCER_DIRECTORY + "/" + SupersetTopology.PGBOUNCER_USERLIST;
            String script = PgBouncerPool.start(binding.adminUser());
            assertThat(script).contains(userlistInPod, PgBouncerPool.STATS_PASSFILE);
            script = script.replace(userlistInPod, dir.resolve("userlist.txt").toString())
                    .replace(PgBouncerPool.STATS_PASSFILE, dir.resolve("pgpass").toString());

            List<String> command = new ArrayList<>(List.of("env", SupersetTopology.PGBOUNCER_USER_VARIABLE + "=" + PostgresServer.APP_USER,
                    SupersetTopology.PGBOUNCER_PASSWORD_VARIABLE + "=" + password, "/bin/sh", "-c", script, "pgbouncer-start",
                    DebianServers.executable("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer").toString(), dir.resolve("pgbouncer.ini").toString()));
            Path log = dir.resolve("pgbouncer.log");
            Process bouncer = Processes.start(Processes.asServiceUser(command), log);
            try {
                DebianServers.awaitPort(port, bouncer, log);
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("pgpass")))).isEqualTo("rw-------");
                assertThat(Files.readString(dir.resolve("pgpass"))).doesNotContain(password);

                // Two application sessions through PgBouncer leave server connections in the pool.
                Map<String, String> app = Map.of("PGPASSWORD", password);
                for (int i = 0; i < 2; i++) {
                    psql(app, "host=127.0.0.1 port=" + port + " user=" + PostgresServer.APP_USER + " dbname=" + DATABASE, "SELECT 1")
                            .requireSuccess(List.of("application query through PgBouncer"));
                }
                Map<String, String> exporter = Map.of("PGPASSFILE", dir.resolve("pgpass").toString());
                String console = "host=127.0.0.1 port=" + port + " user=" + binding.adminUser() + " dbname=pgbouncer";
                Processes.Result pools = psql(exporter, console, "SHOW POOLS;");
                assertThat(pools.exitCode()).as(pools.stderr() + DebianServers.class.getSimpleName()).isZero();
                List<String> rows = Arrays.stream(pools.stdout().split("\n")).filter(l -> !l.isBlank()).toList();
                List<String> columns = List.of(rows.get(0).split("\\|"));
                assertThat(columns).containsAll(SERVER_STATES);
                long servers = 0;
                for (String row : rows.subList(1, rows.size())) {
                    List<String> values = List.of(row.split("\\|", -1));
                    if (values.get(columns.indexOf("database")).equals(DATABASE)) {
                        for (String state : SERVER_STATES) {
                            servers += Long.parseLong(values.get(columns.indexOf(state)));
                        }
                    }
                }
                long counted;
                try (Connection superuser = postgres.superuser("postgres");
                     ResultSet rs = superuser.createStatement().executeQuery("SELECT count(*) FROM pg_stat_activity WHERE usename = '"
                             + PostgresServer.APP_USER + "' AND backend_type = 'client backend'")) {
                    rs.next();
                    counted = rs.getLong(1);
                }
                System.out.println("PgBouncer's sv_* sum " + servers + ", PostgreSQL's own count " + counted);
                assertThat(servers).isPositive().isEqualTo(counted);

                // Without the password file the console refuses the stats user.
                Processes.Result refused = psql(Map.of("PGPASSWORD", "wrong"), console, "SHOW POOLS;");
                assertThat(refused.exitCode()).isNotZero();
            } finally {
                Processes.stop(bouncer);
                Processes.deleteRecursively(dir);
            }
        }
    }

    private static Processes.Result psql(Map<String, String> env, String conninfo, String sql) {
        Map<String, String> environment = new HashMap<>(env);
        environment.put("PGCONNECT_TIMEOUT", "10");
        return Processes.run(Processes.asServiceUser(List.of("psql", conninfo, "-X", "-A", "-P", "footer=off", "-c", sql)), environment, 60);
    }
}
