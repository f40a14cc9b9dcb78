package dev.superscale.render;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.PgBouncerPlan;
import java.util.Locale;

/** Renders pgbouncer.ini: pool sizes from the plan, endpoints from the {@link PgBouncerBinding}. */
public final class PgBouncerIniRenderer {

    /** Suffix of the pool without statement_timeout that migrations use: database "superset" has "superset_migrations". */
    public static final String MIGRATIONS_SUFFIX = "_migrations";

    private PgBouncerIniRenderer() {
    }

    public static String render(CapacityPlan plan, PgBouncerBinding binding) {
        PgBouncerPlan bouncer = plan.pgBouncer();
        StringBuilder ini = new StringBuilder();
        line(ini, ";; pgbouncer.ini rendered by Superscale for %d registered users; sizes from the capacity plan.",
                plan.load().registeredUsers());
        line(ini, ";; Connection budget: %d clients onto %d server connections per replica (+%d reserve), max_connections %d.",
                plan.connectionBudget().totalClientConnections().value(), bouncer.defaultPoolSize().value(),
                bouncer.reservePoolSize().value(), plan.postgres().maxConnections().value());
        line(ini, "[databases]");
        line(ini, ";; %s", plan.limits().metadataStatementTimeoutSeconds().reason());
        line(ini, "%s = host=%s port=%d dbname=%s connect_query='SET statement_timeout = %d'", binding.databaseName(),
                binding.databaseHost(), binding.databasePort(), binding.databaseName(),
                plan.limits().metadataStatementTimeoutSeconds().value() * 1000);
        line(ini, ";; Migrations (ProcessCommands.migrations) connect here: a schema change may run longer than any request.");
        line(ini, "%s%s = host=%s port=%d dbname=%s", binding.databaseName(), MIGRATIONS_SUFFIX, binding.databaseHost(),
                binding.databasePort(), binding.databaseName());
        line(ini, "");
        line(ini, "[pgbouncer]");
        line(ini, "listen_addr = %s", binding.listenAddress());
        line(ini, "listen_port = %d", binding.listenPort());
        line(ini, ";; TCP only: containers have no shared socket directory.");
        line(ini, "unix_socket_dir =");
        line(ini, "auth_type = scram-sha-256");
        line(ini, "auth_file = %s", binding.authFile());
        line(ini, "admin_users = %s", binding.adminUser());
        line(ini, "stats_users = %s", binding.adminUser());
        line(ini, "");
        line(ini, ";; %s", bouncer.poolMode().reason());
        line(ini, "pool_mode = %s", bouncer.poolMode().value());
        line(ini, "default_pool_size = %d", bouncer.defaultPoolSize().value());
        line(ini, "min_pool_size = 0");
        line(ini, "reserve_pool_size = %d", bouncer.reservePoolSize().value());
        line(ini, "reserve_pool_timeout = %d", bouncer.reservePoolTimeoutSeconds().value());
        line(ini, ";; %s", bouncer.maxDbConnections().reason());
        line(ini, "max_db_connections = %d", bouncer.maxDbConnections().value());
        line(ini, "max_client_conn = %d", bouncer.maxClientConnections().value());
        line(ini, "query_wait_timeout = %d", bouncer.queryWaitTimeoutSeconds().value());
        line(ini, "server_idle_timeout = %d", bouncer.serverIdleTimeoutSeconds().value());
        line(ini, "server_lifetime = %d", bouncer.serverLifetimeSeconds().value());
        line(ini, ";; Drivers such as JDBC and asyncpg send this startup parameter; PgBouncer cannot track it.");
        line(ini, "ignore_startup_parameters = extra_float_digits");
        line(ini, "server_tls_sslmode = %s", binding.serverTlsMode().iniValue());
        if (binding.serverTlsCaFile() != null && binding.serverTlsMode() != PgBouncerBinding.ServerTlsMode.DISABLE) {
            line(ini, "server_tls_ca_file = %s", binding.serverTlsCaFile());
        }
        line(ini, "tcp_keepalive = 1");
        line(ini, "log_connections = 0");
        line(ini, "log_disconnections = 0");
        line(ini, "stats_period = 60");
        return ini.toString();
    }

    private static void line(StringBuilder out, String pattern, Object... args) {
        out.append(String.format(Locale.ROOT, pattern, args)).append('\n');
    }
}
