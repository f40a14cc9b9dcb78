package dev.superscale.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.resources.Resource;
import com.pulumi.test.PulumiTest;
import dev.superscale.capacity.AlertThresholds;
import dev.superscale.capacity.AlertWindow;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.Preset;
import dev.superscale.topology.Component;
import dev.superscale.topology.ComponentRole;
import dev.superscale.topology.SupersetSecret;
import dev.superscale.topology.SupersetTopology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The whole GCP graph per preset tier, as the Pulumi engine would receive it (mocks record every input). */
class SupersetGcpTest {

    private static final Map<Preset, Deployments.Deployed> RUNS = new EnumMap<>(Preset.class);

    static synchronized Deployments.Deployed run(Preset preset) {
        return RUNS.computeIfAbsent(preset, Deployments::deploy);
    }

    @AfterAll
    static void cleanup() {
        PulumiTest.cleanup();
    }

    private static SupersetTopology topology(Preset preset) {
        return SupersetTopology.of(run(preset).config().plan());
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void registersOneOfEachPlatformResourceAndTwoNodePools(Preset preset) {
        RecordingMocks mocks = run(preset).mocks();
        for (String type : List.of("gcp:compute/network:Network", "gcp:compute/subnetwork:Subnetwork", "gcp:compute/router:Router",
                "gcp:compute/routerNat:RouterNat", "gcp:compute/globalAddress:GlobalAddress", "gcp:servicenetworking/connection:Connection",
                "gcp:container/cluster:Cluster", "gcp:sql/databaseInstance:DatabaseInstance", "gcp:sql/database:Database", "gcp:sql/user:User",
                "gcp:redis/instance:Instance", "gcp:redis/cluster:Cluster", "gcp:networkconnectivity/serviceConnectionPolicy:ServiceConnectionPolicy",
                "gcp:monitoring/notificationChannel:NotificationChannel")) {
            assertThat(mocks.ofType(type)).as(type).hasSize(1);
        }
        assertThat(mocks.ofType("gcp:container/nodePool:NodePool")).hasSize(2);
        for (String component : List.of(SupersetGcp.TYPE, Network.TYPE, GkeCluster.TYPE, CloudSqlPostgres.TYPE, MemorystoreBroker.TYPE,
                MemorystoreCache.TYPE, SecretStore.TYPE, Monitoring.TYPE, SupersetWorkloads.TYPE)) {
            assertThat(mocks.ofType(component)).as(component).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void cloudSqlIsRegionalWithAPrivateAddressOnly(Preset preset) {
        RecordingMocks.Registered sql = run(preset).mocks().one("gcp:sql/databaseInstance:DatabaseInstance");
        assertThat((String) sql.at("settings", "availabilityType")).isEqualTo("REGIONAL");
        assertThat((Boolean) sql.at("settings", "ipConfiguration", "ipv4Enabled")).isFalse();
        assertThat((String) sql.at("settings", "ipConfiguration", "privateNetwork")).isEqualTo("superset-network-vpc-id");
        assertThat(sql.<Object>at("settings", "ipConfiguration", "authorizedNetworks")).isNull();
        assertThat((Boolean) sql.at("settings", "ipConfiguration", "requireSsl")).isTrue();
        String primary = sql.at("settings", "locationPreference", "zone");
        String standby = sql.at("settings", "locationPreference", "secondaryZone");
        assertThat(primary).isNotEqualTo(standby).startsWith(Deployments.REGION);
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void cloudSqlIsDeletionProtectedAndBacksUpWithPointInTimeRecovery(Preset preset) {
        CapacityPlan plan = run(preset).config().plan();
        RecordingMocks.Registered sql = run(preset).mocks().one("gcp:sql/databaseInstance:DatabaseInstance");
        assertThat((Boolean) sql.at("deletionProtection")).isTrue();
        assertThat((Boolean) sql.at("settings", "deletionProtectionEnabled")).isTrue();
        assertThat((Boolean) sql.at("settings", "backupConfiguration", "enabled")).isTrue();
        assertThat((Boolean) sql.at("settings", "backupConfiguration", "pointInTimeRecoveryEnabled")).isTrue();
        assertThat(sql.number("settings", "backupConfiguration", "backupRetentionSettings", "retainedBackups"))
                .isEqualTo((double) plan.postgres().backupRetentionDays().value());
        assertThat(sql.number("settings", "backupConfiguration", "transactionLogRetentionDays"))
                .isPositive().isLessThanOrEqualTo(plan.postgres().backupRetentionDays().value());
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void cloudSqlMaxConnectionsAndSizeComeFromThePlan(Preset preset) {
        CapacityPlan plan = run(preset).config().plan();
        RecordingMocks.Registered sql = run(preset).mocks().one("gcp:sql/databaseInstance:DatabaseInstance");
        List<Map<String, Object>> flags = sql.at("settings", "databaseFlags");
        assertThat(flags).containsExactly(Map.of("name", "max_connections", "value", String.valueOf(plan.postgres().maxConnections().value())));
        // The connection budget's worst case stays below the flag.
        assertThat(plan.connectionBudget().worstCaseServerConnections().value()).isLessThan(plan.postgres().maxConnections().value());
        String[] tier = ((String) sql.at("settings", "tier")).split("-");
        assertThat(tier[0] + "-" + tier[1]).isEqualTo("db-custom");
        assertThat(Long.parseLong(tier[2])).isGreaterThanOrEqualTo(plan.postgres().vcpu().value());
        assertThat(Long.parseLong(tier[3])).isGreaterThanOrEqualTo(plan.postgres().memoryMiB().value());
        assertThat(sql.number("settings", "diskSize")).isEqualTo((double) plan.postgres().storageGiB().value());
        assertThat(sql.number("settings", "diskAutoresizeLimit")).isEqualTo((double) plan.postgres().maxStorageGiB().value());
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void clusterIsRegionalWithPrivateNodesWorkloadIdentityAndGatewayApi(Preset preset) {
        RecordingMocks.Registered gke = run(preset).mocks().one("gcp:container/cluster:Cluster");
        assertThat((String) gke.at("location")).isEqualTo(Deployments.REGION);
        List<String> zones = gke.at("nodeLocations");
        assertThat(zones).hasSize((int) run(preset).config().plan().availabilityZones().value()).doesNotHaveDuplicates()
                .allSatisfy(z -> assertThat(z).startsWith(Deployments.REGION + "-"));
        assertThat((Boolean) gke.at("privateClusterConfig", "enablePrivateNodes")).isTrue();
        assertThat((String) gke.at("workloadIdentityConfig", "workloadPool")).isEqualTo(RecordingMocks.PROJECT + ".svc.id.goog");
        assertThat((String) gke.at("gatewayApiConfig", "channel")).isEqualTo("CHANNEL_STANDARD");
        assertThat((Boolean) gke.at("removeDefaultNodePool")).isTrue();
        assertThat((Boolean) gke.at("deletionProtection")).isTrue();
        // Unrestricted unless superscale:controlPlaneCidrs is set (the GcpStackConfigTest covers the setting).
        assertThat(gke.<Object>at("masterAuthorizedNetworksConfig")).isNull();
        assertThat((String) gke.at("ipAllocationPolicy", "clusterSecondaryRangeName")).isEqualTo(Network.PODS_RANGE);
        List<Map<String, Object>> ranges = run(preset).mocks().one("gcp:compute/subnetwork:Subnetwork").at("secondaryIpRanges");
        assertThat(ranges).extracting(r -> r.get("rangeName")).containsExactlyInAnyOrder(Network.PODS_RANGE, Network.SERVICES_RANGE);
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void spotPoolIsTaintedForWorkersAndOnDemandPoolIsNot(Preset preset) {
        RecordingMocks.Registered spot = run(preset).mocks().named("superset-gke-spot");
        RecordingMocks.Registered onDemand = run(preset).mocks().named("superset-gke-on-demand");
        assertThat((Boolean) spot.at("nodeConfig", "spot")).isTrue();
        List<Map<String, Object>> taints = spot.at("nodeConfig", "taints");
        // The taint the k8s target's GKE spot placement tolerates (dev.superscale.k8s.SpotNodes.gke()).
        assertThat(taints).containsExactly(Map.of("key", "cloud.google.com/gke-spot", "value", "true", "effect", "NO_SCHEDULE"));
        assertThat((Boolean) onDemand.at("nodeConfig", "spot")).isFalse();
        assertThat(onDemand.<Object>at("nodeConfig", "taints")).isNull();
        assertThat((String) spot.at("autoscaling", "locationPolicy")).isEqualTo("ANY");
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void nodePoolBoundsFitThePlansMinPeakAndMaxReplicas(Preset preset) {
        SupersetTopology topology = topology(preset);
        for (String pool : List.of("superset-gke-on-demand", "superset-gke-spot")) {
            RecordingMocks.Registered recorded = run(preset).mocks().named(pool);
            GcpCatalog.MachineType machine = machine(recorded.at("nodeConfig", "machineType"));
            long min = (long) recorded.number("autoscaling", "totalMinNodeCount");
            long max = (long) recorded.number("autoscaling", "totalMaxNodeCount");
            boolean spot = pool.endsWith("spot");
            assertThat(packs(pods(topology, spot, Stage.MAX), machine, max)).as(pool + " at max replicas on " + max + " nodes").isTrue();
            assertThat(packs(pods(topology, spot, Stage.PEAK), machine, max)).as(pool + " at peak").isTrue();
            assertThat(packs(pods(topology, spot, Stage.MIN), machine, min)).as(pool + " at min replicas on " + min + " nodes").isTrue();
            assertThat(min).isLessThanOrEqualTo(max);
            if (!spot) {
                // One on-demand node per zone at least, so every zone can take web and PgBouncer replicas.
                assertThat(min).isGreaterThanOrEqualTo(topology.plan().availabilityZones().value());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void workersOnDemandBaseCountsTowardsTheOnDemandPool(Preset preset) {
        SupersetTopology topology = topology(preset);
        long base = topology.workers().stream().mapToLong(w -> w.placement().onDemandBaseReplicas().value()).sum();
        List<Pod> onDemand = pods(topology, false, Stage.MAX);
        assertThat(onDemand.stream().filter(p -> p.component().startsWith(SupersetTopology.WORKER_PREFIX)).count()).isEqualTo(base);
        RecordingMocks.Registered recorded = run(preset).mocks().named("superset-gke-on-demand");
        GcpCatalog.MachineType machine = machine(recorded.at("nodeConfig", "machineType"));
        for (Component worker : topology.workers()) {
            if (worker.placement().onDemandBaseReplicas().value() > 0) {
                assertThat(machine.podsPerNode(worker.resources().cpuMillicores().value(), worker.resources().memoryMiB().value()))
                        .as("an on-demand node holds a " + worker.name() + " replica").isPositive();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void brokerIsStandardHaNeverEvictingWithAuthTlsAndPersistence(Preset preset) {
        CapacityPlan plan = run(preset).config().plan();
        RecordingMocks.Registered broker = run(preset).mocks().one("gcp:redis/instance:Instance");
        assertThat((String) broker.at("tier")).isEqualTo("STANDARD_HA");
        assertThat((Boolean) broker.at("authEnabled")).isTrue();
        assertThat((String) broker.at("transitEncryptionMode")).isEqualTo("SERVER_AUTHENTICATION");
        assertThat((String) broker.at("connectMode")).isEqualTo("PRIVATE_SERVICE_ACCESS");
        assertThat((String) broker.at("locationId")).isNotEqualTo(broker.at("alternativeLocationId"));
        assertThat(broker.<Map<String, Object>>at("redisConfigs")).containsEntry("maxmemory-policy", plan.redisBroker().evictionPolicy().value());
        assertThat((String) broker.at("persistenceConfig", "persistenceMode")).isEqualTo("RDB");
        assertThat(broker.number("replicaCount")).isEqualTo((double) plan.redisBroker().replicasPerPrimary().value());
        assertThat(broker.number("memorySizeGb") * 1024).isGreaterThanOrEqualTo(plan.redisBroker().memoryMiBPerNode().value());
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void cacheIsAClusterShapedByThePlanWithTlsAndNoAuth(Preset preset) {
        CapacityPlan plan = run(preset).config().plan();
        RecordingMocks.Registered cache = run(preset).mocks().one("gcp:redis/cluster:Cluster");
        assertThat(cache.number("shardCount")).isEqualTo((double) plan.redisCache().shards().value());
        assertThat(cache.number("replicaCount")).isEqualTo((double) plan.redisCache().replicasPerShard().value());
        assertThat((String) cache.at("transitEncryptionMode")).isEqualTo("TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION");
        // No AUTH: Memorystore clusters have IAM tokens or nothing, and the pods read one password at start (gcp/README.md).
        assertThat((String) cache.at("authorizationMode")).isEqualTo(MemorystoreArgs.CacheAuthorization.DISABLED.apiValue()).isEqualTo("AUTH_MODE_DISABLED");
        assertThat((String) cache.at("pscConfigs", "network")).isEqualTo("superset-network-vpc-id");
        // No IAM connect grant is left behind for a mode that is not used.
        assertThat(run(preset).mocks().registered()).noneSatisfy(r -> assertThat(r.inputs().get("role")).isEqualTo(MemorystoreCache.CONNECT_ROLE));
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void secretsLiveInSecretManagerAndWorkloadIdentityReachesThem(Preset preset) {
        SupersetTopology topology = topology(preset);
        RecordingMocks mocks = run(preset).mocks();
        List<SupersetSecret> stored = topology.secrets().stream().filter(s -> s != SupersetSecret.REDIS_CACHE_AUTH).toList();
        assertThat(mocks.ofType("gcp:secretmanager/secret:Secret")).extracting(r -> (String) r.at("secretId"))
                .containsExactlyInAnyOrderElementsOf(stored.stream().map(s -> SecretStore.secretId("superset-secrets", s)).toList());
        assertThat(mocks.ofType("gcp:secretmanager/secretVersion:SecretVersion")).hasSize(stored.size());
        assertThat(mocks.ofType("gcp:secretmanager/secretIamMember:SecretIamMember")).hasSize(stored.size())
                .allSatisfy(r -> assertThat((String) r.at("role")).isEqualTo("roles/secretmanager.secretAccessor"));
        RecordingMocks.Registered binding = mocks.one("gcp:serviceaccount/iAMMember:IAMMember");
        assertThat((String) binding.at("member"))
                .isEqualTo("serviceAccount:" + RecordingMocks.PROJECT + ".svc.id.goog[" + GcpStackConfig.DEFAULT_NAMESPACE + "/superset]");
        assertThat(stored.contains(SupersetSecret.ASYNC_QUERIES_JWT)).isEqualTo(topology.plan().asyncChartQueries());
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void alertPoliciesCarryThePlansThresholdsAndWindows(Preset preset) {
        SupersetTopology topology = topology(preset);
        AlertThresholds alerts = topology.plan().alerts();
        RecordingMocks mocks = run(preset).mocks();
        List<Component> watched = topology.components().stream()
                .filter(c -> c.role() != ComponentRole.MIGRATIONS && c.role() != ComponentRole.FLOWER).toList();
        // Web latency and errors, one down-alert per long-running component, one queue alert per worker group, five data-store alerts.
        assertThat(mocks.ofType("gcp:monitoring/alertPolicy:AlertPolicy")).hasSize(2 + watched.size() + topology.workers().size() + 5)
                .allSatisfy(p -> assertThat(p.<List<String>>at("notificationChannels")).containsExactly("superset-monitoring-email"));

        RecordingMocks.Registered connections = mocks.named("superset-monitoring-database-connections");
        assertThat(connections.number("conditions", "conditionThreshold", "thresholdValue")).isEqualTo((double) alerts.databaseConnectionsAbove().value());
        assertThat((String) connections.at("conditions", "conditionThreshold", "duration")).isEqualTo(minutes(alerts.databaseConnectionsWindow()));
        assertThat((String) connections.at("conditions", "conditionThreshold", "aggregations", "alignmentPeriod"))
                .isEqualTo(alerts.databaseConnectionsWindow().periodSeconds().value() + "s");

        RecordingMocks.Registered latency = mocks.named("superset-monitoring-web-latency");
        assertThat(latency.number("conditions", "conditionThreshold", "thresholdValue")).isEqualTo(alerts.webP95LatencySeconds().value() * 1000);
        assertThat((String) latency.at("conditions", "conditionThreshold", "duration")).isEqualTo(minutes(alerts.webLatencyWindow()));

        RecordingMocks.Registered errors = mocks.named("superset-monitoring-web-error-rate");
        assertThat(errors.number("conditions", "conditionThreshold", "thresholdValue")).isEqualTo(alerts.errorRatePercent().value() / 100);
        assertThat((String) errors.at("conditions", "conditionThreshold", "denominatorFilter")).contains("request_count");

        for (Component worker : topology.workers()) {
            RecordingMocks.Registered depth = mocks.named("superset-monitoring-" + worker.name() + "-queue-depth");
            assertThat((String) depth.at("conditions", "conditionPrometheusQueryLanguage", "query"))
                    .contains(worker.name()).endsWith("> " + alerts.queueDepth().value());
            assertThat((String) depth.at("conditions", "conditionPrometheusQueryLanguage", "duration")).isEqualTo(minutes(alerts.queueDepthWindow()));
            RecordingMocks.Registered down = mocks.named("superset-monitoring-" + worker.name() + "-down");
            assertThat((String) down.at("conditions", "conditionPrometheusQueryLanguage", "query"))
                    .endsWith("> " + alerts.workersDownAllowed().value());
        }
        assertThat((String) mocks.named("superset-monitoring-beat-down").at("conditions", "conditionPrometheusQueryLanguage", "query")).endsWith("> 0");
        RecordingMocks.Registered broker = mocks.named("superset-monitoring-broker-memory");
        assertThat(broker.number("conditions", "conditionThreshold", "thresholdValue")).isEqualTo(alerts.redisMemoryPercent().value() / 100.0);
        assertThat((String) mocks.named("superset-monitoring-cache-hit-ratio").at("conditions", "conditionPrometheusQueryLanguage", "query"))
                .endsWith("< " + alerts.cacheHitRatioBelow().value());
        RecordingMocks.Registered db = mocks.named("superset-monitoring-database-latency");
        assertThat(db.number("conditions", "conditionThreshold", "thresholdValue")).isEqualTo(alerts.databaseP95QueryMilliseconds().value() * 1000.0);
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyChildIsParentedToItsComponent(Preset preset) {
        Deployments.Deployed run = run(preset);
        int children = 0;
        for (Resource r : run.resources()) {
            String urn = run.urns().get(r);
            // urn:pulumi:STACK::PROJECT::TYPE$TYPE$...::NAME
            String[] chain = urn.split("::")[2].split("\\$");
            String own = chain[chain.length - 1];
            if (own.equals(SupersetGcp.TYPE)) {
                assertThat(chain).as(urn).hasSize(2); // the stack, then the platform
                continue;
            }
            if (own.startsWith("pulumi:")) {
                continue;
            }
            String parent = chain[chain.length - 2];
            if (own.startsWith("superscale:gcp:")) {
                assertThat(parent).as(urn).isEqualTo(SupersetGcp.TYPE);
            } else {
                assertThat(parent).as(urn).startsWith("superscale:gcp:").isNotEqualTo(SupersetGcp.TYPE);
                children++;
            }
            String name = urn.substring(urn.lastIndexOf("::") + 2);
            assertThat(name).as("child names derive from the component name").startsWith(SupersetGcpProgram.COMPONENT_NAME + "-");
        }
        assertThat(children).isEqualTo(run.mocks().registered().stream().filter(r -> r.type().startsWith("gcp:") || r.type().startsWith("kubernetes:")).count());
    }

    /** Inputs Cloud SQL and Memorystore cannot change in place (ForceNew in the provider): equal at every tier. */
    @Test
    void aChangedUserCountReplacesNeitherTheDatabaseNorTheBroker() {
        Map<String, List<String>> createTime = Map.of(
                "gcp:sql/databaseInstance:DatabaseInstance", List.of("databaseVersion", "region", "name", "encryptionKeyName", "project"),
                "gcp:redis/instance:Instance", List.of("tier", "region", "locationId", "alternativeLocationId", "authorizedNetwork", "connectMode",
                        "transitEncryptionMode", "reservedIpRange", "readReplicasMode", "customerManagedKey", "name", "project"));
        for (Map.Entry<String, List<String>> type : createTime.entrySet()) {
            Map<Preset, Map<String, Object>> byPreset = new EnumMap<>(Preset.class);
            for (Preset preset : Preset.values()) {
                RecordingMocks.Registered r = run(preset).mocks().one(type.getKey());
                Map<String, Object> fields = new java.util.TreeMap<>();
                type.getValue().forEach(f -> fields.put(f, String.valueOf(r.inputs().get(f))));
                fields.put("resource name", r.name());
                byPreset.put(preset, fields);
            }
            assertThat(byPreset.values().stream().distinct()).as(type.getKey() + " create-time inputs per preset: " + byPreset).hasSize(1);
        }
        // The URNs (parent chain and name) of both are equal too: a changed URN would be a replacement.
        for (String type : createTime.keySet()) {
            assertThat(java.util.Arrays.stream(Preset.values()).map(p -> urnOf(run(p), type)).distinct()).hasSize(1);
        }
        // And the sizes that do change, change in place: the tiers differ.
        assertThat(java.util.Arrays.stream(Preset.values())
                .map(p -> (String) run(p).mocks().one("gcp:sql/databaseInstance:DatabaseInstance").at("settings", "tier")).distinct().count())
                .isGreaterThan(1);
    }

    private static String urnOf(Deployments.Deployed run, String type) {
        return run.urns().values().stream().filter(u -> u.contains("$" + type + "::")).findFirst().orElseThrow();
    }

    private static String minutes(AlertWindow window) {
        long seconds = window.periodSeconds().value() * window.datapointsToAlarm().value();
        return (long) Math.ceil(seconds / 60.0) * 60 + "s";
    }

    // ---- an independent packing check: first-fit decreasing onto the recorded node count ----

    enum Stage { MIN, PEAK, MAX }

    record Pod(String component, long cpu, long memory) {
    }

    /** The pods a pool must hold, read from the topology: on-demand components plus worker bases, or the workers' spot rest. */
    static List<Pod> pods(SupersetTopology topology, boolean spot, Stage stage) {
        List<Pod> pods = new ArrayList<>();
        for (Component c : topology.components()) {
            long replicas = switch (stage) {
                case MIN -> c.replicas().min().value();
                case PEAK -> c.replicas().peak().value();
                case MAX -> c.replicas().max().value();
            };
            long base = c.placement().spot() ? Math.min(replicas, c.placement().onDemandBaseReplicas().value()) : replicas;
            long count = spot ? (c.placement().spot() ? replicas - base : 0) : base;
            for (long i = 0; i < count; i++) {
                pods.add(new Pod(c.name(), c.resources().cpuMillicores().value(), c.resources().memoryMiB().value()));
            }
        }
        return pods;
    }

    static boolean packs(List<Pod> pods, GcpCatalog.MachineType machine, long nodes) {
        long[] cpu = new long[(int) nodes];
        long[] memory = new long[(int) nodes];
        java.util.Arrays.fill(cpu, machine.allocatableMillicores());
        java.util.Arrays.fill(memory, machine.allocatableMemoryMiB());
        for (Pod pod : pods.stream().sorted(Comparator.comparingLong(Pod::memory).reversed()).toList()) {
            int node = 0;
            while (node < nodes && (cpu[node] < pod.cpu() || memory[node] < pod.memory())) {
                node++;
            }
            if (node == nodes) {
                return false;
            }
            cpu[node] -= pod.cpu();
            memory[node] -= pod.memory();
        }
        return true;
    }

    /** An N2 machine type from its name: n2-standard-8 has 8 vCPUs and 32 GiB. */
    static GcpCatalog.MachineType machine(String name) {
        String[] parts = name.split("-");
        int vcpus = Integer.parseInt(parts[2]);
        int gibPerVcpu = Map.of("highcpu", 1, "standard", 4, "highmem", 8).get(parts[1]);
        return new GcpCatalog.MachineType(name, vcpus, vcpus * gibPerVcpu * 1024L);
    }

    static String counts(RecordingMocks mocks) {
        return mocks.registered().stream().collect(Collectors.groupingBy(RecordingMocks.Registered::type, java.util.TreeMap::new, Collectors.counting()))
                .toString();
    }
}
