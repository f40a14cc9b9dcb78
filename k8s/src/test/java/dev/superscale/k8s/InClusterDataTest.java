package dev.superscale.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.Preset;
import dev.superscale.render.RedisSettings;
import dev.superscale.render.SupersetEnvironment;
import dev.superscale.topology.SelfManagedData;
import dev.superscale.topology.SupersetTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The in-cluster data options: a CloudNativePG Cluster behind the topology's PgBouncer, and Redis with Sentinel. */
class InClusterDataTest {

    private static List<JsonNode> manifests(SupersetK8sProps props) {
        return K8sSynth.manifests(K8sSynth.render(props));
    }

    private static JsonNode one(List<JsonNode> manifests, String kind, String name) {
        return manifests.stream().filter(m -> m.path("kind").asText().equals(kind) && m.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static CapacityPlan plan(Preset preset) {
        return CapacityPlanner.planFor(preset.load());
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyPresetWithInClusterDataValidatesStrictlyAndPassesTheAudit(Preset preset) {
        for (SupersetK8sProps props : List.of(K8sFixtures.inCluster(preset).build(),
                K8sFixtures.inCluster(preset).postgres(CloudNativePostgres.inCluster()
                        .withBackup(PostgresBackup.objectStore("s3://acme-backups/superset", "https://s3.eu-west-1.amazonaws.com"))).build(),
                // Each choice alone: in-cluster Postgres with your Redis, your Postgres with in-cluster Redis.
                K8sFixtures.builder(preset).postgres(CloudNativePostgres.inCluster()).build(),
                K8sFixtures.inCluster(preset).postgres(ExternalPostgres.of("db.example.internal", List.of("10.0.32.0/20"))).build())) {
            Map<String, String> files = K8sSynth.render(props);
            assertThat(K8sSynth.check(props, files, Optional.of(K8sFixtures.SCHEMAS))).isEmpty();
        }
        Map<String, String> files = K8sSynth.render(K8sFixtures.inCluster(preset).build());
        System.out.println("k8s " + preset.cliName() + " in-cluster data: " + K8sSynth.manifests(files).size() + " objects in " + (files.size() - 1) + " files");
    }

    @Test
    void twoInClusterSynthsGiveIdenticalBytes() {
        assertThat(K8sSynth.render(K8sFixtures.inCluster(Preset.ENTERPRISE).build()))
                .isEqualTo(K8sSynth.render(K8sFixtures.inCluster(Preset.ENTERPRISE).build()));
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void theDatabaseHasThePlannedInstancesSynchronousReplicaSizesAndMaxConnections(Preset preset) {
        CapacityPlan plan = plan(preset);
        JsonNode spec = one(manifests(K8sFixtures.inCluster(preset).build()), "Cluster", CloudNativePgCluster.NAME).path("spec");
        long instances = spec.path("instances").asLong();
        assertThat(instances).isEqualTo(SelfManagedData.postgresInstances(plan).value());
        if (plan.highlyAvailable()) {
            assertThat(instances).as("HA: a primary and two standbys").isGreaterThanOrEqualTo(3);
            JsonNode sync = spec.path("postgresql").path("synchronous");
            assertThat(sync.path("method").asText()).isEqualTo("any");
            assertThat(sync.path("number").asLong()).isEqualTo(1);
            assertThat(sync.path("dataDurability").asText()).isEqualTo("required");
            JsonNode zoneSpread = spec.path("topologySpreadConstraints").get(0);
            assertThat(zoneSpread.path("topologyKey").asText()).isEqualTo("topology.kubernetes.io/zone");
            assertThat(zoneSpread.path("whenUnsatisfiable").asText()).isEqualTo("DoNotSchedule");
            assertThat(zoneSpread.path("minDomains").asLong()).isEqualTo(plan.availabilityZones().value());
            assertThat(spec.path("affinity").path("podAntiAffinityType").asText()).isEqualTo("required");
        } else {
            assertThat(spec.path("postgresql").has("synchronous")).isFalse();
        }
        assertThat(spec.path("postgresql").path("parameters").path("max_connections").asText())
                .isEqualTo(Long.toString(plan.postgres().maxConnections().value()));
        assertThat(spec.path("storage").path("size").asText()).isEqualTo(plan.postgres().storageGiB().value() + "Gi");
        assertThat(spec.path("resources").path("limits").path("memory").asText()).isEqualTo(plan.postgres().memoryMiB().value() + "Mi");
        assertThat(spec.path("resources").path("requests")).isEqualTo(spec.path("resources").path("limits"));
        // The owner's credentials are the Secret Superset and PgBouncer read.
        assertThat(spec.path("bootstrap").path("initdb").path("secret").path("name").asText()).isEqualTo("superset-database");
        assertThat(spec.has("backup")).as("no backup unless configured").isFalse();
        assertThat(spec.path("enablePDB").asBoolean(true)).as("CNPG's primary budget would hold a drain").isFalse();
    }

    @Test
    void aConfiguredBackupArchivesToTheObjectStoreForThePlansRetention() {
        CapacityPlan plan = plan(Preset.ENTERPRISE);
        JsonNode backup = one(manifests(K8sFixtures.inCluster(Preset.ENTERPRISE).postgres(CloudNativePostgres.inCluster()
                .withBackup(PostgresBackup.objectStore("s3://acme-backups/superset", null))).build()), "Cluster", CloudNativePgCluster.NAME)
                .path("spec").path("backup");
        assertThat(backup.path("retentionPolicy").asText()).isEqualTo(plan.postgres().backupRetentionDays().value() + "d");
        assertThat(backup.path("barmanObjectStore").path("destinationPath").asText()).isEqualTo("s3://acme-backups/superset");
        assertThat(backup.path("barmanObjectStore").path("s3Credentials").path("accessKeyId").path("name").asText())
                .isEqualTo(PostgresBackup.ObjectStore.CREDENTIALS_SECRET);
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void pgBouncerFrontsTheClusterInTransactionModeWithThePlansPoolsAndVerifiesItsCertificate(Preset preset) {
        CapacityPlan plan = plan(preset);
        List<JsonNode> all = manifests(K8sFixtures.inCluster(preset).build());
        String ini = one(all, "ConfigMap", PgBouncerPool.INI_CONFIG_MAP).path("data").path("pgbouncer.ini").asText();
        assertThat(ini).contains("host=" + CloudNativePgCluster.NAME + "-rw.superset.svc port=5432 dbname=superset")
                .contains("pool_mode = transaction")
                .contains("default_pool_size = " + plan.pgBouncer().defaultPoolSize().value() + "\n")
                .contains("max_client_conn = " + plan.pgBouncer().maxClientConnections().value() + "\n")
                .contains("reserve_pool_size = " + plan.pgBouncer().reservePoolSize().value() + "\n")
                .contains("server_tls_sslmode = verify-full");
        JsonNode pod = one(all, "Deployment", "superset-pgbouncer").path("spec").path("template").path("spec");
        JsonNode ca = StreamSupport.stream(pod.path("volumes").spliterator(), false).filter(v -> v.path("name").asText().equals("server-ca"))
                .findFirst().orElseThrow();
        assertThat(ca.path("secret").path("secretName").asText()).isEqualTo(CloudNativePgCluster.NAME + "-ca");
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void eachRedisIsAReplicatedStatefulSetWithSentinelsAQuorumAndTheRightPolicy(Preset preset) {
        CapacityPlan plan = plan(preset);
        List<JsonNode> all = manifests(K8sFixtures.inCluster(preset).build());
        long nodes = SelfManagedData.sentinelRedisNodes(plan).value();
        long quorum = SelfManagedData.sentinelQuorum(plan).value();
        assertThat(quorum * 2).as("a majority").isGreaterThan(nodes);
        for (SentinelRedis.Role role : SentinelRedis.Role.values()) {
            String name = "superset-" + role.component;
            JsonNode set = one(all, "StatefulSet", name).path("spec");
            assertThat(set.path("replicas").asLong()).isEqualTo(nodes).isGreaterThanOrEqualTo(3);
            JsonNode pod = set.path("template").path("spec");
            List<String> containers = StreamSupport.stream(pod.path("containers").spliterator(), false).map(c -> c.path("name").asText()).toList();
            assertThat(containers).containsExactly("redis", "sentinel");
            String sentinelScript = pod.path("containers").get(1).path("command").get(2).asText();
            assertThat(sentinelScript).contains("sentinel monitor " + name + " $primary 6379 " + quorum + "\n")
                    .contains("sentinel auth-pass " + name + " \"$REDIS_PASSWORD\"");
            String conf = one(all, "ConfigMap", name).path("data").path("redis.conf").asText();
            if (role == SentinelRedis.Role.BROKER) {
                assertThat(conf).contains("maxmemory-policy noeviction\n").contains("appendonly yes\n")
                        .contains("maxmemory " + plan.redisBroker().memoryMiBPerNode().value() * 1024 * 1024 + "\n");
                assertThat(set.path("volumeClaimTemplates").get(0).path("spec").path("accessModes").get(0).asText()).isEqualTo("ReadWriteOnce");
                assertThat(set.path("persistentVolumeClaimRetentionPolicy").path("whenDeleted").asText()).isEqualTo("Retain");
                assertThat(set.path("persistentVolumeClaimRetentionPolicy").path("whenScaled").asText()).isEqualTo("Retain");
            } else {
                assertThat(conf).contains("maxmemory-policy " + plan.redisCache().evictionPolicy().value() + "\n").contains("appendonly no\n")
                        .contains("cluster-enabled no\n")
                        .contains("maxmemory " + RedisSettings.sentinelCacheMiB(plan) * 1024 * 1024 + "\n");
                assertThat(set.has("volumeClaimTemplates")).isFalse();
            }
            // Spread over the plan's zones, one node at a time through a drain.
            JsonNode zoneSpread = pod.path("topologySpreadConstraints").get(0);
            assertThat(zoneSpread.path("topologyKey").asText()).isEqualTo("topology.kubernetes.io/zone");
            if (plan.availabilityZones().value() > 1) {
                assertThat(zoneSpread.path("whenUnsatisfiable").asText()).isEqualTo("DoNotSchedule");
            }
            JsonNode budget = one(all, "PodDisruptionBudget", name).path("spec");
            assertThat(budget.path("minAvailable").asLong()).isEqualTo(nodes - 1).isLessThan(nodes);
            assertThat(budget.path("unhealthyPodEvictionPolicy").asText()).isEqualTo("AlwaysAllow");
            // Pod Security "restricted".
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
            for (JsonNode container : pod.path("containers")) {
                JsonNode security = container.path("securityContext");
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
                assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
                assertThat(security.path("capabilities").path("drop").get(0).asText()).isEqualTo("ALL");
                assertThat(security.path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
                assertThat(container.path("env").get(0).path("valueFrom").path("secretKeyRef").path("name").asText())
                        .isEqualTo(role == SentinelRedis.Role.BROKER ? "superset-redis-broker" : "superset-redis-cache");
            }
        }
    }

    @Test
    void supersetAndKedaAskTheSentinelsForTheBroker() {
        List<JsonNode> all = manifests(K8sFixtures.inCluster(Preset.ENTERPRISE).build());
        JsonNode web = one(all, "Deployment", "superset-web").path("spec").path("template").path("spec").path("containers").get(0);
        Map<String, String> env = new java.util.TreeMap<>();
        web.path("env").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText()));
        assertThat(env.get(SupersetEnvironment.REDIS_BROKER_SENTINELS).split(",")).hasSize((int) SelfManagedData.sentinelRedisNodes(plan(Preset.ENTERPRISE)).value())
                .allMatch(s -> s.matches("superset-redis-broker-\\d\\.superset-redis-broker\\.superset\\.svc\\.cluster\\.local:26379"));
        assertThat(env.get(SupersetEnvironment.REDIS_BROKER_MASTER)).isEqualTo("superset-redis-broker");
        assertThat(env).doesNotContainKey(SupersetEnvironment.REDIS_BROKER_HOST);
        List<JsonNode> scaled = all.stream().filter(m -> m.path("kind").asText().equals("ScaledObject")).toList();
        assertThat(scaled).isNotEmpty();
        for (JsonNode so : scaled) {
            JsonNode trigger = so.path("spec").path("triggers").get(0);
            assertThat(trigger.path("type").asText()).isEqualTo("redis-sentinel");
            assertThat(trigger.path("metadata").path("addresses").asText()).isEqualTo(env.get(SupersetEnvironment.REDIS_BROKER_SENTINELS));
            assertThat(trigger.path("metadata").path("sentinelMaster").asText()).isEqualTo("superset-redis-broker");
        }
        List<String> authParameters = new ArrayList<>();
        all.stream().filter(m -> m.path("kind").asText().equals("TriggerAuthentication")).findFirst().orElseThrow()
                .path("spec").path("secretTargetRef").forEach(r -> authParameters.add(r.path("parameter").asText()));
        assertThat(authParameters).containsExactlyInAnyOrder("password", "sentinelPassword");
    }

    @Test
    void networkPoliciesAdmitTheOperatorReplicationAndKedaOnlyOnTheirPorts() {
        List<JsonNode> all = manifests(K8sFixtures.inCluster(Preset.ENTERPRISE).build());
        JsonNode postgres = one(all, "NetworkPolicy", "superset-postgres").path("spec");
        assertThat(postgres.path("podSelector").path("matchLabels").path("cnpg.io/cluster").asText()).isEqualTo(CloudNativePgCluster.NAME);
        JsonNode operator = postgres.path("ingress").get(1);
        assertThat(operator.path("from").get(0).path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText())
                .isEqualTo(CloudNativePostgres.DEFAULT_OPERATOR_NAMESPACE);
        assertThat(StreamSupport.stream(operator.path("ports").spliterator(), false).map(p -> p.path("port").asInt()).toList())
                .containsExactlyInAnyOrder(8000, 5432);
        JsonNode broker = one(all, "NetworkPolicy", "superset-redis-broker").path("spec");
        assertThat(broker.path("ingress").get(0).path("from").toString()).contains("\"keda\"");
        assertThat(one(all, "NetworkPolicy", "superset-redis-cache").path("spec").path("ingress").get(0).path("from").toString())
                .doesNotContain("keda");
        // A different operator namespace is the one admitted.
        List<JsonNode> moved = manifests(K8sFixtures.inCluster(Preset.ENTERPRISE)
                .postgres(CloudNativePostgres.inCluster().withOperatorNamespace("postgres-operator")).build());
        assertThat(one(moved, "NetworkPolicy", "superset-postgres").path("spec").path("ingress").get(1).toString()).contains("postgres-operator");
    }

    @Test
    void aTopologyBuiltForTheOtherRedisAddressingIsRefused() {
        assertThatThrownBy(() -> K8sFixtures.inCluster(Preset.ENTERPRISE)
                .topology(SupersetTopology.of(plan(Preset.ENTERPRISE))).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("SENTINEL").hasMessageContaining("redis.addressing()");
        assertThatThrownBy(() -> K8sFixtures.builder(Preset.ENTERPRISE)
                .topology(SupersetTopology.of(plan(Preset.ENTERPRISE), false, dev.superscale.render.RedisAddressing.SENTINEL)).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ENDPOINTS");
    }

    /** The audit follows paths into what CNPG generates and to pods under a headless Service: removing an allow is caught. */
    @Test
    void theAuditCatchesAMissingPathToTheDatabaseInstancesOrTheSentinels() {
        SupersetK8sProps props = K8sFixtures.inCluster(Preset.ENTERPRISE).build();
        List<JsonNode> all = manifests(props);
        for (String policy : List.of("superset-postgres", "superset-redis-broker")) {
            List<JsonNode> without = all.stream().filter(m -> !(m.path("kind").asText().equals("NetworkPolicy")
                    && m.path("metadata").path("name").asText().equals(policy))).toList();
            List<String> problems = dev.superscale.k8s.check.ObjectGraphAudit.audit(without, K8sSynth.documentedSecrets(props),
                    K8sSynth.documentedConfigMaps(props));
            assertThat(problems).as("without " + policy).isNotEmpty()
                    .anyMatch(p -> p.contains(policy.equals("superset-postgres") ? "Service/superset/superset-db-rw" : "Service/superset/superset-redis-broker"));
        }
        // A budget that would hold the database's drain is caught against the Cluster's instances.
        List<JsonNode> tight = all.stream().map(m -> {
            if (m.path("kind").asText().equals("PodDisruptionBudget") && m.path("metadata").path("name").asText().equals(CloudNativePgCluster.NAME)) {
                com.fasterxml.jackson.databind.node.ObjectNode copy = m.deepCopy();
                ((com.fasterxml.jackson.databind.node.ObjectNode) copy.path("spec")).put("minAvailable", 3);
                return (JsonNode) copy;
            }
            return m;
        }).toList();
        assertThat(dev.superscale.k8s.check.ObjectGraphAudit.audit(tight, K8sSynth.documentedSecrets(props), K8sSynth.documentedConfigMaps(props)))
                .anyMatch(p -> p.contains("PodDisruptionBudget/superset/superset-db") && p.contains("drain"));
    }
}
