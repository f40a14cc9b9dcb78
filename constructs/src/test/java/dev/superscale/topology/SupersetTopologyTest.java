package dev.superscale.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.ChartQueryMode;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.UserLoad;
import dev.superscale.capacity.WorkerGroupPlan;
import dev.superscale.render.SupersetEnvironment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SupersetTopologyTest {

    private static SupersetTopology topology(Preset preset) {
        return SupersetTopology.of(CapacityPlanner.planFor(preset.load()));
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void listsEveryComponentInStartOrder(Preset preset) {
        SupersetTopology topology = topology(preset);
        List<String> queues = topology.plan().workerGroups().stream().map(WorkerGroupPlan::queue).toList();
        assertThat(topology.components()).extracting(Component::name).containsExactly(
                "pgbouncer", "migrations", "web", "worker-" + queues.get(0), "worker-" + queues.get(1), "beat");
        assertThat(topology.workers()).extracting(Component::role).containsOnly(ComponentRole.CELERY_WORKER);
        assertThat(topology.flower()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void migrationsGateEverySupersetProcess(Preset preset) {
        SupersetTopology topology = topology(preset);
        for (Component component : topology.supersetComponents()) {
            if (component.role() != ComponentRole.MIGRATIONS) {
                assertThat(component.startsAfter()).as(component.name()).contains(SupersetTopology.MIGRATIONS);
            }
        }
        Component migrations = topology.migrations();
        assertThat(migrations.rollout()).isEqualTo(Rollout.RUN_ONCE);
        assertThat(migrations.startsAfter()).containsExactly(SupersetTopology.PGBOUNCER);
        assertThat(migrations.runTimeoutSeconds()).contains(topology.plan().migrations().timeoutSeconds());
        assertThat(migrations.resources().memoryMiB()).isEqualTo(topology.plan().migrations().memoryMiB());
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void beatIsASingletonThatStopsBeforeItStarts(Preset preset) {
        Component beat = topology(preset).beat();
        assertThat(beat.rollout()).isEqualTo(Rollout.STOP_FIRST);
        assertThat(beat.replicas().min().value()).isEqualTo(1);
        assertThat(beat.replicas().autoscaled()).isFalse();
        assertThat(beat.scaling().enabled()).isFalse();
        assertThat(beat.placement().spot()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everySupersetProcessGetsTheWholeEnvironmentContract(Preset preset) {
        SupersetTopology topology = topology(preset);
        for (Component component : topology.supersetComponents()) {
            List<String> names = component.environment().stream().map(EnvVar::name).toList();
            assertThat(names).as(component.name()).containsAll(SupersetEnvironment.REQUIRED);
            assertThat(component.env(SupersetEnvironment.DATABASE_PASSWORD).orElseThrow().isSecret()).isTrue();
            assertThat(component.env("SUPERSET_COMPONENT").orElseThrow().source()).isEqualTo(new EnvSource.Literal(component.name()));
            assertThat(component.configFile(SupersetTopology.SUPERSET_CONFIG_FILE).orElseThrow().content())
                    .contains("SQLALCHEMY_DATABASE_URI");
        }
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void withSentinelTheContractNamesTheSentinelsInsteadOfHosts(Preset preset) {
        SupersetTopology topology = SupersetTopology.of(CapacityPlanner.planFor(preset.load()), false, dev.superscale.render.RedisAddressing.SENTINEL);
        for (Component component : topology.supersetComponents()) {
            List<String> names = component.environment().stream().map(EnvVar::name).toList();
            assertThat(names).as(component.name()).containsAll(SupersetEnvironment.REQUIRED_WITH_SENTINEL)
                    .doesNotContain(SupersetEnvironment.REDIS_BROKER_HOST, SupersetEnvironment.REDIS_CACHE_NODES);
            assertThat(component.configFile(SupersetTopology.SUPERSET_CONFIG_FILE).orElseThrow().content()).contains("sentinel://");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SupersetTopology.of(CapacityPlanner.planFor(preset.load()), true,
                dev.superscale.render.RedisAddressing.SENTINEL)).hasMessageContaining("Flower");
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void selfManagedDataKeepsAQuorumAndThreeDatabaseInstancesWhenHighlyAvailable(Preset preset) {
        CapacityPlan plan = CapacityPlanner.planFor(preset.load());
        long nodes = SelfManagedData.sentinelRedisNodes(plan).value();
        assertThat(nodes).isGreaterThanOrEqualTo(Math.max(3, 1 + plan.redisBroker().replicasPerPrimary().value()));
        assertThat(SelfManagedData.sentinelQuorum(plan).value() * 2).isGreaterThan(nodes);
        long instances = SelfManagedData.postgresInstances(plan).value();
        long synchronous = SelfManagedData.synchronousStandbys(plan).value();
        if (plan.highlyAvailable()) {
            // Every commit on a second instance, and one standby more than a commit waits for: losing one blocks no write.
            assertThat(synchronous).isPositive();
            assertThat(instances - 1 - synchronous).isPositive();
        } else {
            assertThat(synchronous).isZero();
        }
    }

    @Test
    void noCredentialIsEverALiteral() {
        for (Preset preset : Preset.values()) {
            for (Component component : topology(preset).components()) {
                for (EnvVar variable : component.environment()) {
                    if (variable.name().contains("PASSWORD") || variable.name().contains("SECRET") || variable.name().contains("AUTH")
                            || variable.name().equals(SupersetEnvironment.DATABASE_USER)) {
                        assertThat(variable.isSecret()).as(component.name() + " " + variable.name()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void theJwtSecretExistsExactlyWhenChartQueriesAreAsync() {
        UserLoad sync = UserLoad.builder(10_000).chartQueryMode(ChartQueryMode.SYNC_IN_WEB).build();
        UserLoad async = UserLoad.builder(10_000).chartQueryMode(ChartQueryMode.ASYNC_ON_CELERY).build();
        assertThat(SupersetTopology.of(CapacityPlanner.planFor(sync)).web().env(SupersetEnvironment.ASYNC_QUERIES_JWT_SECRET)).isEmpty();
        assertThat(SupersetTopology.of(CapacityPlanner.planFor(async)).web().env(SupersetEnvironment.ASYNC_QUERIES_JWT_SECRET)).isPresent();
        assertThat(SupersetTopology.of(CapacityPlanner.planFor(async)).secrets()).contains(SupersetSecret.ASYNC_QUERIES_JWT);
        assertThat(SupersetTopology.of(CapacityPlanner.planFor(sync)).secrets()).doesNotContain(SupersetSecret.ASYNC_QUERIES_JWT);
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void highlyAvailableTiersHaveNoSingleReplicaOrZone(Preset preset) {
        SupersetTopology topology = topology(preset);
        CapacityPlan plan = topology.plan();
        for (Component component : topology.components()) {
            if (component.rollout() == Rollout.SURGE && plan.highlyAvailable()) {
                assertThat(component.replicas().min().value()).as(component.name()).isGreaterThanOrEqualTo(2);
            }
            assertThat(component.placement().zones().value()).as(component.name()).isGreaterThanOrEqualTo(plan.highlyAvailable() ? 3 : 2);
        }
        assertThat(topology.web().replicas().min().value()).isGreaterThanOrEqualTo(2);
        assertThat(topology.pgBouncer().replicas().min().value()).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void interactiveWorkersKeepTheirMinimumOnOnDemandCapacityAndReportsRunAllSpot(Preset preset) {
        SupersetTopology topology = topology(preset);
        Component interactive = topology.worker("interactive");
        Component reports = topology.worker("reports");
        assertThat(interactive.placement().spot()).isTrue();
        assertThat(interactive.placement().onDemandBaseReplicas().value()).isEqualTo(interactive.replicas().min().value());
        assertThat(reports.placement().spot()).isTrue();
        assertThat(reports.placement().onDemandBaseReplicas().value()).isZero();
        assertThat(topology.web().placement().spot()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void stopGraceOutlastsTheWorkInFlight(Preset preset) {
        SupersetTopology topology = topology(preset);
        CapacityPlan plan = topology.plan();
        assertThat(topology.web().stopGraceSeconds().value())
                .isGreaterThan(plan.web().timeouts().gunicornGracefulTimeoutSeconds().value());
        for (WorkerGroupPlan group : plan.workerGroups()) {
            assertThat(topology.worker(group.queue()).stopGraceSeconds().value()).as(group.queue())
                    .isGreaterThan(group.hardTimeLimitSeconds().value());
        }
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void scalesWebOnCpuAndRequestsAndWorkersOnTheirOwnQueue(Preset preset) {
        SupersetTopology topology = topology(preset);
        Scaling web = topology.web().scaling();
        assertThat(web.signal(ScalingSignal.Kind.CPU_PERCENT).orElseThrow().target()).isEqualTo(topology.plan().web().scaleOutCpuPercent());
        assertThat(web.signal(ScalingSignal.Kind.REQUESTS_PER_REPLICA_PER_MINUTE)).isPresent();
        assertThat(web.cooldowns().scaleInSeconds().value()).isGreaterThan(web.cooldowns().scaleOutSeconds().value());
        for (Component worker : topology.workers()) {
            ScalingSignal queue = worker.scaling().signal(ScalingSignal.Kind.QUEUE_LENGTH_PER_REPLICA).orElseThrow();
            assertThat(worker.name()).isEqualTo(SupersetTopology.WORKER_PREFIX + queue.queue());
            assertThat(worker.command()).contains("--queues=" + queue.queue());
            assertThat(worker.replicas().max().value()).isGreaterThan(worker.replicas().min().value());
        }
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void probesCheckAPortTheComponentListensOn(Preset preset) {
        for (Component component : topology(preset).components()) {
            Optional<HealthProbe> probe = component.probe();
            if (probe.isPresent() && probe.get().kind() != ProbeKind.COMMAND) {
                int port = probe.get().port();
                assertThat(component.ports()).as(component.name()).anyMatch(p -> p.port() == port);
            }
        }
        Component web = topology(preset).web();
        assertThat(web.probe().orElseThrow().path()).isEqualTo(SupersetTopology.HEALTH_PATH);
        assertThat(web.command()).contains("0.0.0.0:" + web.port("http").port());
    }

    @Test
    void pgBouncerRendersItsIniForTheTargetsDatabaseHost() {
        SupersetTopology topology = topology(Preset.ENTERPRISE);
        Component bouncer = topology.pgBouncer();
        assertThat(bouncer.configFile(SupersetTopology.PGBOUNCER_INI).orElseThrow().renderedByTarget()).isTrue();
        assertThat(bouncer.secrets()).containsExactly(SupersetSecret.DATABASE_CREDENTIALS);
        String ini = topology.pgBouncerIni(SupersetTopology.pgBouncerBinding("db.internal", 5432, "superset"));
        assertThat(ini).contains("db.internal").contains("listen_port = " + bouncer.port("postgres").port())
                .contains("auth_file = " + SupersetTopology.PGBOUNCER_DIRECTORY + "/" + SupersetTopology.PGBOUNCER_USERLIST);
        assertThat(bouncer.command()).containsExactly("pgbouncer", SupersetTopology.PGBOUNCER_DIRECTORY + "/" + SupersetTopology.PGBOUNCER_INI);
    }

    @Test
    void flowerIsOptionalAndAlwaysBehindBasicAuthentication() {
        SupersetTopology topology = SupersetTopology.of(CapacityPlanner.planFor(Preset.ENTERPRISE.load()), true);
        Component flower = topology.flower().orElseThrow();
        assertThat(flower.env(SupersetTopology.FLOWER_AUTH_USERNAME).orElseThrow().isSecret()).isTrue();
        assertThat(flower.env(SupersetTopology.FLOWER_AUTH_PASSWORD).orElseThrow().isSecret()).isTrue();
        // Built from both keys in the environment, never a literal, never on the command line.
        assertThat(flower.command().get(2)).contains("export FLOWER_BASIC_AUTH=\"${" + SupersetTopology.FLOWER_AUTH_USERNAME + "}:${"
                + SupersetTopology.FLOWER_AUTH_PASSWORD + "}\"").doesNotContain("--basic_auth");
        assertThat(SupersetSecret.FLOWER_BASIC_AUTH.keys()).containsExactly("username", "password");
        assertThat(flower.secrets()).contains(SupersetSecret.FLOWER_BASIC_AUTH);
        assertThat(topology.secrets()).contains(SupersetSecret.FLOWER_BASIC_AUTH);
    }

    @Test
    void statsdIsOptionalAndNamesTheReceiverEndpointInEverySupersetProcess() {
        CapacityPlan plan = CapacityPlanner.planFor(Preset.ENTERPRISE.load());
        SupersetTopology plain = SupersetTopology.of(plan);
        SupersetTopology statsd = SupersetTopology.of(plan, java.util.EnumSet.of(TopologyOption.STATSD));
        assertThat(plain.statsd()).isFalse();
        assertThat(statsd.statsd()).isTrue();
        for (Component component : plain.components()) {
            assertThat(component.env(SupersetEnvironment.STATSD_HOST)).as(component.name()).isEmpty();
        }
        for (Component component : statsd.supersetComponents()) {
            assertThat(component.env(SupersetEnvironment.STATSD_HOST).orElseThrow().source())
                    .isEqualTo(new EnvSource.FromEndpoint(Endpoint.STATSD, Endpoint.Part.HOST));
            assertThat(component.env(SupersetEnvironment.STATSD_PORT).orElseThrow().source())
                    .isEqualTo(new EnvSource.FromEndpoint(Endpoint.STATSD, Endpoint.Part.PORT));
        }
        // Only web's command changes: gunicorn, through a shell that joins the receiver's host and port.
        assertThat(plain.web().command()).startsWith("gunicorn");
        assertThat(statsd.web().command()).hasSize(3).startsWith("/bin/sh", "-c");
        assertThat(statsd.web().command().get(2)).startsWith("exec gunicorn ")
                .contains("--statsd-host \"$" + SupersetEnvironment.STATSD_HOST + ":$" + SupersetEnvironment.STATSD_PORT + "\"")
                .endsWith("'superset.app:create_app()'");
        assertThat(statsd.pgBouncer()).isEqualTo(plain.pgBouncer());
        assertThat(statsd.worker(plan.workerGroups().get(0).queue()).command()).isEqualTo(plain.worker(plan.workerGroups().get(0).queue()).command());
    }

    @Test
    void theSamePlanGivesAnEqualTopology() {
        assertThat(topology(Preset.GLOBAL)).isEqualTo(topology(Preset.GLOBAL));
    }

    @Test
    void rejectsAStartOrderThatNamesAnUnknownComponent() {
        SupersetTopology topology = topology(Preset.DEPARTMENT);
        Component web = topology.web();
        Component orphan = new Component("web", web.role(), web.image(), web.command(), web.ports(), web.probe(), web.replicas(),
                web.resources(), web.rollout(), web.stopGraceSeconds(), web.scaling(), web.placement(), web.environment(),
                web.configFiles(), List.of("nothing"), Optional.empty());
        assertThatThrownBy(() -> new SupersetTopology(topology.plan(), List.of(orphan)))
                .hasMessageContaining("web starts after nothing");
    }
}
