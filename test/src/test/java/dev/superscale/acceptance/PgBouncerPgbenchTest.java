package dev.superscale.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.acceptance.support.DebianServers;
import dev.superscale.acceptance.support.PgBouncerServer;
import dev.superscale.acceptance.support.PostgresServer;
import dev.superscale.acceptance.support.Processes;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.UserLoad;
import dev.superscale.render.PgBouncerBinding;
import dev.superscale.render.PgBouncerIniRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The 10k plan's rendered pgbouncer.ini runs a real PgBouncer in front of a real PostgreSQL
 * whose max_connections is the plan's. pgbench opens the plan's full client-connection count
 * through it; PostgreSQL must never see more server connections than one replica's pool.
 */
class PgBouncerPgbenchTest {

    private static final String DATABASE = "superset";
    private static final int RUN_SECONDS = 15;

    @Test
    void tenThousandUserPlanCarriesItsClientsOnItsServerPool() throws Exception {
        CapacityPlan plan = CapacityPlanner.planFor(UserLoad.ofUsers(10_000));
        int clients = plan.connectionBudget().totalClientConnections().intValue();
        int serverCap = plan.pgBouncer().maxDbConnections().intValue();
        String password = "pw-" + Long.toHexString(System.nanoTime());

        try (PostgresServer postgres = PostgresServer.start(plan.postgres().maxConnections().intValue(), DATABASE, password)) {
            Path bouncerDir = Processes.scratchDirectory("superscale-pgbouncer");
            int bouncerPort = DebianServers.freePort();
            // Loopback test: no TLS towards PostgreSQL here; production bindings default to verify-full.
            PgBouncerBinding binding = PgBouncerBinding.forDatabase("127.0.0.1")
                    .withListen("127.0.0.1", bouncerPort)
                    .withDatabase("127.0.0.1", postgres.port(), DATABASE)
                    .withAuthFile(bouncerDir.resolve("userlist.txt").toString())
                    .withServerTls(PgBouncerBinding.ServerTlsMode.DISABLE, null);
            String ini = PgBouncerIniRenderer.render(plan, binding);
            String userlist = "\"" + PostgresServer.APP_USER + "\" \"" + password + "\"\n";
            Map<String, String> env = Map.of("PGPASSWORD", password);

            pgbench(List.of("-i", "-s", "5", "-q", "-h", "127.0.0.1", "-p", Integer.toString(postgres.port())), env);
            try (PgBouncerServer bouncer = PgBouncerServer.start(bouncerDir, ini, userlist, bouncerPort);
                 ServerConnectionWatch watch = new ServerConnectionWatch(postgres)) {
                Processes.Result run = pgbench(List.of("-n", "-b", "simple-update", "-c", Integer.toString(clients), "-j", "2",
                        "-T", Integer.toString(RUN_SECONDS), "-h", "127.0.0.1", "-p", Integer.toString(bouncerPort)), env);
                watch.stop();
                String out = run.stdout();
                long processed = number(out, "number of transactions actually processed: (\\d+)");
                long failed = out.contains("number of failed transactions") ? number(out, "number of failed transactions: (\\d+)") : 0;
                double tps = Double.parseDouble(match(out, "tps = ([0-9.]+)"));
                String figures = String.format(java.util.Locale.ROOT,
                        "pgbench through PgBouncer (10k plan): clients=%d, server pool cap=%d, peak server connections=%d, "
                                + "max_connections=%d, transactions=%d, failed=%d, tps=%.0f, exit=%d",
                        clients, serverCap, watch.peak(), plan.postgres().maxConnections().value(), processed, failed, tps, run.exitCode());
                System.out.println(figures);
                Files.writeString(Path.of("target", "pgbench-figures.txt"), figures + "\n");

                assertThat(run.exitCode()).as(out + run.stderr() + bouncer.log()).isZero();
                assertThat(out).contains("number of clients: " + clients);
                assertThat(failed).isZero();
                assertThat(processed).isPositive();
                assertThat(watch.peak()).as("server connections seen by PostgreSQL").isPositive().isLessThanOrEqualTo(serverCap);
            } finally {
                Processes.deleteRecursively(bouncerDir);
            }
        }
    }

    private static Processes.Result pgbench(List<String> args, Map<String, String> env) {
        List<String> command = new java.util.ArrayList<>(List.of(DebianServers.postgresBinary("pgbench").toString()));
        command.addAll(args);
        command.addAll(List.of("-U", PostgresServer.APP_USER, DATABASE));
        Processes.Result result = Processes.run(command, env, RUN_SECONDS + 120);
        if (args.contains("-i")) {
            result.requireSuccess(command);
        }
        return result;
    }

    private static long number(String text, String regex) {
        return Long.parseLong(match(text, regex));
    }

    private static String match(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no '" + regex + "' in pgbench output:\n" + text);
        }
        return matcher.group(1);
    }

    /** Samples pg_stat_activity for the application user's backends every 20 ms and keeps the peak. */
    private static final class ServerConnectionWatch implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger peak = new AtomicInteger();
        private final Thread thread;

        ServerConnectionWatch(PostgresServer postgres) throws Exception {
            Connection connection = postgres.superuser(DATABASE);
            thread = new Thread(() -> {
                try (connection) {
                    while (running.get()) {
                        try (ResultSet rows = connection.createStatement().executeQuery(
                                "SELECT count(*) FROM pg_stat_activity WHERE usename = '" + PostgresServer.APP_USER + "'")) {
                            rows.next();
                            peak.accumulateAndGet(rows.getInt(1), Math::max);
                        }
                        Thread.sleep(20);
                    }
                } catch (Exception e) {
                    if (running.get()) {
                        throw new IllegalStateException(e);
                    }
                }
            }, "server-connection-watch");
            thread.setDaemon(true);
            thread.start();
        }

        int peak() {
            return peak.get();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(5_000);
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }
}
