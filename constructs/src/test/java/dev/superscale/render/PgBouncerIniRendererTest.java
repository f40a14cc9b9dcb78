package dev.superscale.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.UserLoad;
import org.junit.jupiter.api.Test;

class PgBouncerIniRendererTest {

    private static final CapacityPlan PLAN = CapacityPlanner.planFor(UserLoad.ofUsers(10_000));

    @Test
    void takesPoolSizesFromThePlan() {
        String ini = PgBouncerIniRenderer.render(PLAN, PgBouncerBinding.forDatabase("db.internal"));
        assertThat(ini)
                .contains("pool_mode = transaction")
                .contains("default_pool_size = " + PLAN.pgBouncer().defaultPoolSize().value())
                .contains("reserve_pool_size = " + PLAN.pgBouncer().reservePoolSize().value())
                .contains("max_db_connections = " + PLAN.pgBouncer().maxDbConnections().value())
                .contains("max_client_conn = " + PLAN.pgBouncer().maxClientConnections().value())
                .contains("superset = host=db.internal port=5432 dbname=superset")
                .contains("server_tls_sslmode = verify-full")
                .contains("auth_type = scram-sha-256");
    }

    @Test
    void omitsTheCaFileWhenTlsIsOff() {
        String ini = PgBouncerIniRenderer.render(PLAN, PgBouncerBinding.forDatabase("db")
                .withServerTls(PgBouncerBinding.ServerTlsMode.DISABLE, null));
        assertThat(ini).contains("server_tls_sslmode = disable").doesNotContain("server_tls_ca_file");
    }

    @Test
    void failsIfABindingValueWouldBreakTheIni() {
        assertThatThrownBy(() -> PgBouncerBinding.forDatabase("db host"))
                .hasMessageContaining("'db host' cannot go into pgbouncer.ini");
        assertThatThrownBy(() -> PgBouncerBinding.forDatabase("db").withListen("0.0.0.0", 70_000))
                .hasMessageContaining("listenPort 70000 is outside 1..65535");
        assertThatThrownBy(() -> PgBouncerBinding.forDatabase("db").withServerTls(PgBouncerBinding.ServerTlsMode.VERIFY_FULL, null))
                .hasMessageContaining("serverTlsMode verify-full needs serverTlsCaFile");
    }
}
