package dev.superscale.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.pulumi.core.internal.Internal;
import com.pulumi.resources.Resource;
import com.pulumi.test.PulumiTest;
import dev.superscale.capacity.Preset;
import dev.superscale.k8s.ExternalPostgres;
import dev.superscale.k8s.K8sSynth;
import dev.superscale.k8s.check.ObjectGraphAudit;
import dev.superscale.k8s.check.StrictSchemas;
import dev.superscale.render.SupersetEnvironment;
import dev.superscale.topology.Component;
import dev.superscale.topology.SupersetSecret;
import dev.superscale.topology.SupersetTopology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The k8s/ workloads on GKE as the Pulumi engine would receive them, per preset tier (mocks record every input). */
class SupersetWorkloadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StrictSchemas SCHEMAS = StrictSchemas.load(StrictSchemas.locate(Path.of(""))
            .orElseThrow(() -> new IllegalStateException("the Kubernetes schemas (../shared/k8s-schemas) are needed to validate the manifests")));
    /** GKE's taint effects (the node pool API) and Kubernetes' names for them. */
    private static final Map<String, String> TAINT_EFFECTS = Map.of("NO_SCHEDULE", "NoSchedule", "PREFER_NO_SCHEDULE", "PreferNoSchedule",
            "NO_EXECUTE", "NoExecute");

    @AfterAll
    static void cleanup() {
        PulumiTest.cleanup();
    }

    private static Deployments.Deployed run(Preset preset) {
        return SupersetGcpTest.run(preset);
    }

    private static List<RecordingMocks.Registered> kubernetes(Deployments.Deployed run) {
        return run.mocks().registered().stream().filter(r -> r.type().startsWith("kubernetes:")).toList();
    }

    private static RecordingMocks.Registered object(Deployments.Deployed run, String kind, String name) {
        return kubernetes(run).stream().filter(r -> r.type().endsWith(":" + kind)).filter(r -> name.equals(r.at("metadata", "name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static List<RecordingMocks.Registered> ofKind(Deployments.Deployed run, String kind) {
        return kubernetes(run).stream().filter(r -> r.type().endsWith(":" + kind)).toList();
    }

    /** What the charts add besides the synthesized documents: the Secrets they read and the CA bundles. */
    private static Set<String> addedObjects(SupersetWorkloads workloads) {
        Set<String> added = new java.util.TreeSet<>();
        K8sSynth.documentedSecrets(workloads.props()).forEach(s -> added.add("Secret/" + s));
        K8sSynth.documentedConfigMaps(workloads.props()).forEach(c -> added.add("ConfigMap/" + c));
        return added;
    }

    private static String kindAndName(RecordingMocks.Registered r) {
        return r.type().substring(r.type().lastIndexOf(':') + 1) + "/" + r.at("metadata", "name");
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everySynthesizedManifestIsOneKubernetesResource(Preset preset) {
        Deployments.Deployed run = run(preset);
        SupersetWorkloads workloads = run.platform().getWorkloads();
        // A fresh render of the same props: the documents `superscale synth --target k8s` would write.
        List<JsonNode> documents = K8sSynth.manifests(K8sSynth.render(workloads.props()));
        Map<String, Long> rendered = documents.stream().collect(Collectors.groupingBy(
                d -> KubernetesManifest.typeToken(d.path("apiVersion").asText(), d.path("kind").asText()) + " " + d.path("metadata").path("name").asText(),
                TreeMap::new, Collectors.counting()));
        Set<String> added = addedObjects(workloads);
        Map<String, Long> registered = kubernetes(run).stream().filter(r -> !added.contains(kindAndName(r)))
                .collect(Collectors.groupingBy(r -> r.type() + " " + r.at("metadata", "name"), TreeMap::new, Collectors.counting()));
        assertThat(registered).isEqualTo(rendered);
        assertThat(kubernetes(run)).hasSize(documents.size() + added.size());
        assertThat(workloads.getManifests()).hasSize(documents.size());
        assertThat(kubernetes(run).stream().map(SupersetWorkloadsTest::kindAndName).filter(added::contains)).hasSize(added.size());
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyKubernetesResourceIsAChildOfTheWorkloadsAndUsesTheGkeProvider(Preset preset) {
        Deployments.Deployed run = run(preset);
        SupersetWorkloads workloads = run.platform().getWorkloads();
        String providerUrn = run.urns().get(workloads.getProvider());
        assertThat(parentType(providerUrn)).isEqualTo(SupersetWorkloads.TYPE);
        assertThat(parentType(run.urns().get(workloads))).isEqualTo(SupersetGcp.TYPE);
        int checked = 0;
        for (Resource r : run.resources()) {
            String urn = run.urns().get(r);
            String[] chain = urn.split("::")[2].split("\\$");
            if (chain[chain.length - 1].startsWith("kubernetes:")) {
                assertThat(parentType(urn)).as(urn).isEqualTo(SupersetWorkloads.TYPE);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(kubernetes(run).size()).isPositive();
        // The engine receives "URN::ID" of the provider each resource is created through.
        assertThat(kubernetes(run)).allSatisfy(k -> assertThat(k.provider()).as(k.name()).startsWith(providerUrn + "::"));
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void theProvidersKubeconfigIsTheClustersEndpointAndCaWithThePluginsCredentials(Preset preset) throws Exception {
        RecordingMocks mocks = run(preset).mocks();
        RecordingMocks.Registered provider = mocks.one("pulumi:providers:kubernetes");
        JsonNode kubeconfig = new YAMLMapper().readTree((String) provider.at("kubeconfig"));
        JsonNode cluster = kubeconfig.path("clusters").get(0).path("cluster");
        assertThat(cluster.path("server").asText()).isEqualTo("https://34.1.2.3");
        assertThat(cluster.path("certificate-authority-data").asText()).isEqualTo(RecordingMocks.CLUSTER_CA);
        JsonNode user = kubeconfig.path("users").get(0).path("user");
        assertThat(user.path("exec").path("command").asText()).isEqualTo("gke-gcloud-auth-plugin");
        // No stored credential: no token, password or client key.
        assertThat(user.fieldNames()).toIterable().containsExactly("exec");
        assertThat(kubeconfig.path("current-context").asText()).isEqualTo(kubeconfig.path("contexts").get(0).path("name").asText());
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void supersetPodsReachCloudSqlThroughPgBouncerAndMemorystoreDirectly(Preset preset) {
        Deployments.Deployed run = run(preset);
        String namespace = run.config().namespace();
        RecordingMocks.Registered pgbouncerService = object(run, "Service", "superset-pgbouncer");
        int pgbouncerPort = (int) pgbouncerService.number("spec", "ports", "port");
        int supersetPods = 0;
        for (RecordingMocks.Registered deployment : ofKind(run, "Deployment")) {
            Map<String, String> env = literalEnv(deployment);
            if (!env.containsKey(SupersetEnvironment.DATABASE_HOST)) {
                continue;
            }
            supersetPods++;
            assertThat(env).as(deployment.name())
                    .containsEntry(SupersetEnvironment.DATABASE_HOST, "superset-pgbouncer." + namespace + ".svc.cluster.local")
                    .containsEntry(SupersetEnvironment.DATABASE_PORT, String.valueOf(pgbouncerPort))
                    .containsEntry(SupersetEnvironment.REDIS_BROKER_HOST, RecordingMocks.BROKER_IP)
                    .containsEntry(SupersetEnvironment.REDIS_BROKER_PORT, String.valueOf((int) RecordingMocks.BROKER_PORT))
                    .containsEntry(SupersetEnvironment.REDIS_CACHE_NODES, RecordingMocks.CACHE_IP + ":" + (int) RecordingMocks.CACHE_PORT)
                    .containsEntry(SupersetEnvironment.REDIS_TLS, "true");
        }
        // web, beat and every worker Deployment
        assertThat(supersetPods).isGreaterThanOrEqualTo(2 + run.platform().getWorkloads().props().getTopology().workers().size());

        // PgBouncer's upstream is Cloud SQL's private IP output, verified against Cloud SQL's CA.
        String ini = object(run, "ConfigMap", "superset-pgbouncer").<Map<String, String>>at("data").get("pgbouncer.ini");
        List<String> upstreams = ini.lines().filter(l -> l.contains(" host=")).toList();
        assertThat(upstreams).isNotEmpty().allSatisfy(l -> assertThat(l).contains(" host=" + RecordingMocks.DATABASE_IP + " port=5432 "));
        assertThat(ini).contains("server_tls_sslmode = verify-ca");
        List<Map<String, Object>> volumes = object(run, "Deployment", "superset-pgbouncer").at("spec", "template", "spec", "volumes");
        assertThat(volumes).anySatisfy(v -> assertThat(v.get("configMap")).isInstanceOfSatisfying(Map.class,
                m -> assertThat(m.get("name")).isEqualTo(ExternalPostgres.CA_CONFIG_MAP)));

        // Egress: PgBouncer to the database's address only; Superset pods to the broker's address and the cache's subnet.
        String pgEgress = json(object(run, "NetworkPolicy", "superset-pgbouncer").at("spec", "egress"));
        assertThat(pgEgress).contains("\"cidr\":\"" + RecordingMocks.DATABASE_IP + "/32\"");
        String appEgress = json(object(run, "NetworkPolicy", "superset-app-egress").at("spec", "egress"));
        assertThat(appEgress).contains("\"cidr\":\"" + RecordingMocks.BROKER_IP + "/32\"", "\"cidr\":\"" + NetworkArgs.DEFAULT_NODES_CIDR + "\"",
                "\"port\":" + RecordingMocks.BROKER_PORT, "\"port\":" + RecordingMocks.CACHE_PORT);
        Deployments.WAREHOUSE_CIDRS.forEach(c -> assertThat(appEgress).contains("\"cidr\":\"" + c + "\""));

        // No stand-in value reaches the engine.
        String everything = json(kubernetes(run).stream().map(RecordingMocks.Registered::inputs).toList());
        for (String placeholder : List.of(SupersetWorkloads.DATABASE_HOST, SupersetWorkloads.BROKER_HOST, SupersetWorkloads.BROKER_PORT,
                SupersetWorkloads.CACHE_HOST, SupersetWorkloads.CACHE_PORT, SupersetWorkloads.SUBNET_CIDR)) {
            assertThat(everything).doesNotContain(placeholder);
        }
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void theSecretsTheChartsReadHoldTheSecretManagerValuesMarkedSecret(Preset preset) {
        Deployments.Deployed run = run(preset);
        SupersetWorkloads workloads = run.platform().getWorkloads();
        RecordingMocks mocks = run.mocks();
        assertThat(ofKind(run, "Secret")).extracting(r -> (String) r.at("metadata", "name"))
                .containsExactlyInAnyOrderElementsOf(K8sSynth.documentedSecrets(workloads.props()));
        List<String> secretValues = new ArrayList<>();
        for (Map.Entry<SupersetSecret, com.pulumi.kubernetes.core.v1.Secret> entry : workloads.getSecrets().entrySet()) {
            SupersetSecret secret = entry.getKey();
            assertThat(Internal.of(workloads.secretData().get(secret)).isSecret().join()).as(secret + " handed over as a secret").isTrue();
            Map<String, String> data = object(run, "Secret", secret.defaultName()).at("stringData");
            assertThat(data.keySet()).containsExactlyInAnyOrderElementsOf(secret.keys());
            if (secret == SupersetSecret.REDIS_CACHE_AUTH) {
                // The cache cluster runs without AUTH (no static password exists on Memorystore for Redis Cluster).
                assertThat(data).containsExactly(Map.entry(SupersetSecret.VALUE, ""));
                continue;
            }
            String stored = (String) mocks.named(SecretStore.secretId("superset-secrets", secret) + "-version").inputs().get("secretData");
            if (secret.singleValue()) {
                assertThat(data.get(SupersetSecret.VALUE)).isEqualTo(stored).isNotBlank();
            } else {
                JsonNode json = readJson(stored);
                secret.keys().forEach(k -> assertThat(data.get(k)).isEqualTo(json.path(k).asText()).isNotBlank());
            }
            // The user name is no secret (it is the database's user); every other key is.
            data.forEach((k, v) -> {
                if (!k.equals("username")) {
                    secretValues.add(v);
                }
            });
        }
        assertThat(secretValues).contains(run.config().secrets().secretKey(), run.config().secrets().databasePassword(), "generated-auth-string");
        // No value leaks into another object (env literals, ConfigMaps).
        String others = json(kubernetes(run).stream().filter(r -> !r.type().endsWith(":Secret")).map(RecordingMocks.Registered::inputs).toList());
        secretValues.forEach(v -> assertThat(others).doesNotContain(v));
    }

    /** The values follow the configuration: nothing in the code stands in for them. */
    @Test
    void otherSecretValuesGiveOtherKubernetesSecrets() {
        Map<String, String> config = Deployments.config(Preset.TEAM);
        config.put(GcpStackConfig.SECRET_KEY, "another-signing-key-".repeat(3));
        config.put(GcpStackConfig.DATABASE_PASSWORD, "a-different-password-99");
        Deployments.Deployed run = Deployments.deploy(GcpStackConfig.from(key -> Optional.ofNullable(config.get(key))));
        assertThat(object(run, "Secret", "superset-secret-key").<Map<String, String>>at("stringData"))
                .containsExactly(Map.entry(SupersetSecret.VALUE, "another-signing-key-".repeat(3)));
        assertThat(object(run, "Secret", "superset-database").<Map<String, String>>at("stringData"))
                .containsEntry("password", "a-different-password-99");
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void workersTolerateTheSpotPoolsTaintAndEverythingElseStaysOnDemand(Preset preset) {
        Deployments.Deployed run = run(preset);
        SupersetTopology topology = run.platform().getWorkloads().props().getTopology();
        Map<String, Object> taint = run.mocks().named("superset-gke-spot").<List<Map<String, Object>>>at("nodeConfig", "taints").get(0);
        Map<String, Object> toleration = Map.of("key", taint.get("key"), "value", taint.get("value"), "operator", "Equal",
                "effect", TAINT_EFFECTS.get((String) taint.get("effect")));
        // GKE labels Spot nodes cloud.google.com/gke-spot=true itself; the pool is tainted with the same key.
        assertThat(taint.get("key")).isEqualTo(GkeCluster.SPOT_LABEL);

        Map<String, List<RecordingMocks.Registered>> byComponent = new HashMap<>();
        for (RecordingMocks.Registered d : ofKind(run, "Deployment")) {
            byComponent.computeIfAbsent(d.<Map<String, String>>at("spec", "template", "metadata", "labels").get("app.kubernetes.io/component"),
                    k -> new ArrayList<>()).add(d);
        }
        int spotDeployments = 0;
        for (Map.Entry<String, List<RecordingMocks.Registered>> component : byComponent.entrySet()) {
            Optional<Component> planned = topology.components().stream().filter(c -> c.name().equals(component.getKey())).findFirst();
            boolean spotComponent = planned.map(c -> c.placement().spot()).orElse(false);
            for (RecordingMocks.Registered d : component.getValue()) {
                List<Map<String, Object>> tolerations = d.at("spec", "template", "spec", "tolerations");
                String affinity = json(d.<Object>at("spec", "template", "spec", "affinity"));
                boolean tolerates = tolerations != null && tolerations.contains(toleration);
                if (tolerates) {
                    spotDeployments++;
                    assertThat(spotComponent).as(d.name() + " tolerates spot but its component is on-demand").isTrue();
                    assertThat(affinity).as(d.name()).contains("\"key\":\"" + GkeCluster.SPOT_LABEL + "\"", "\"operator\":\"In\"", "[\"true\"]");
                } else {
                    // No toleration: the taint keeps it off Spot nodes; a spot component's on-demand base says so outright.
                    assertThat(tolerations == null ? List.of() : tolerations).as(d.name())
                            .noneSatisfy(t -> assertThat(t.get("key")).isEqualTo(taint.get("key")));
                    assertThat(affinity).as(d.name()).doesNotContain("\"operator\":\"In\"");
                    if (spotComponent) {
                        assertThat(affinity).as(d.name()).contains("\"key\":\"" + GkeCluster.SPOT_LABEL + "\"", "\"operator\":\"NotIn\"");
                    }
                }
            }
        }
        long spotWorkers = topology.workers().stream().filter(w -> w.placement().spot()).count();
        assertThat(spotDeployments).isEqualTo(spotWorkers).isPositive();
        // Interactive queues keep an on-demand base that does not tolerate Spot.
        for (Component worker : topology.workers()) {
            if (worker.placement().spot() && worker.placement().onDemandBaseReplicas().value() > 0) {
                RecordingMocks.Registered base = object(run, "Deployment", "superset-" + worker.name() + "-on-demand");
                assertThat(base.<Object>at("spec", "template", "spec", "tolerations")).isNull();
                assertThat(base.number("spec", "replicas")).isEqualTo((double) worker.placement().onDemandBaseReplicas().value());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void kubernetesResourcesWaitForTheNodePoolsTheNamespaceAndWhatPodsReadAtStart(Preset preset) {
        SupersetGcp platform = run(preset).platform();
        SupersetWorkloads workloads = platform.getWorkloads();
        KubernetesManifest namespace = workloads.getManifests().get(0);
        assertThat(namespace.kind()).isEqualTo("Namespace");
        for (KubernetesManifest manifest : workloads.getManifests()) {
            assertThat(manifest.dependsOn()).as(manifest.kind()).contains(platform.getGke().getOnDemandPool(), platform.getGke().getSpotPool());
            if (manifest != namespace) {
                assertThat(manifest.dependsOn()).as(manifest.kind()).contains(namespace, workloads.getDatabaseCa(), workloads.getRedisCa())
                        .containsAll(workloads.getSecrets().values());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void theCaBundlesComeFromCloudSqlAndMemorystore(Preset preset) {
        Deployments.Deployed run = run(preset);
        assertThat(object(run, "ConfigMap", ExternalPostgres.CA_CONFIG_MAP).<Map<String, String>>at("data"))
                .containsExactly(Map.entry(ExternalPostgres.CA_KEY, RecordingMocks.DATABASE_CA + "\n"));
        assertThat(object(run, "ConfigMap", SupersetWorkloads.REDIS_CA_CONFIG_MAP).<Map<String, String>>at("data"))
                .containsExactly(Map.entry(ExternalPostgres.CA_KEY, RecordingMocks.BROKER_CA + "\n"));
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyRedisClientVerifiesMemorystoreAgainstTheBrokersCa(Preset preset) {
        Deployments.Deployed run = run(preset);
        int redisClients = 0;
        for (RecordingMocks.Registered deployment : ofKind(run, "Deployment")) {
            Map<String, String> env = literalEnv(deployment);
            String caFile = env.get(SupersetEnvironment.REDIS_TLS) != null ? env.get(SupersetEnvironment.REDIS_CA_FILE)
                    : env.get("REDIS_EXPORTER_TLS_CA_CERT_FILE");
            if (env.get(SupersetEnvironment.REDIS_TLS) == null && !env.containsKey("REDIS_EXPORTER_TLS_CA_CERT_FILE")) {
                continue;
            }
            redisClients++;
            assertThat(caFile).as(deployment.name()).isNotNull().endsWith("/" + ExternalPostgres.CA_KEY);
            String volumes = json(deployment.at("spec", "template", "spec", "volumes"));
            assertThat(volumes).as(deployment.name()).contains("\"name\":\"" + SupersetWorkloads.REDIS_CA_CONFIG_MAP + "\"");
            String mounts = json(deployment.at("spec", "template", "spec", "containers"));
            assertThat(mounts).as(deployment.name()).contains("\"mountPath\":\"" + caFile.substring(0, caFile.lastIndexOf('/')) + "\"");
        }
        // web, beat, every worker Deployment and redis_exporter
        assertThat(redisClients).isGreaterThanOrEqualTo(3 + run.platform().getWorkloads().props().getTopology().workers().size());
        for (RecordingMocks.Registered auth : ofKind(run, "TriggerAuthentication")) {
            assertThat(json(auth.at("spec", "configMapTargetRef"))).contains("\"parameter\":\"ca\"",
                    "\"name\":\"" + SupersetWorkloads.REDIS_CA_CONFIG_MAP + "\"");
        }
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void webAdmitsGooglesFrontEndsBesidesTheGatewayNamespace(Preset preset) {
        Deployments.Deployed run = run(preset);
        String ingress = json(object(run, "NetworkPolicy", "superset-web-ingress").at("spec", "ingress"));
        // Google's documented ranges for load balancer traffic and health checks, written out here, not read from the code.
        assertThat(ingress).contains("\"cidr\":\"35.191.0.0/16\"", "\"cidr\":\"130.211.0.0/22\"", "gateway-system");
    }

    /** What the engine receives, with GCP's values in, is still strictly valid and passes the k8s target's object-graph audit. */
    @ParameterizedTest
    @EnumSource(Preset.class)
    void theManifestsAsRegisteredAreStrictlyValidAndPassTheAudit(Preset preset) {
        Deployments.Deployed run = run(preset);
        SupersetWorkloads workloads = run.platform().getWorkloads();
        List<JsonNode> registered = kubernetes(run).stream().map(r -> JSON.valueToTree(integral(r.inputs()))).map(JsonNode.class::cast).toList();
        assertThat(SCHEMAS.validateAll(registered)).isEmpty();
        // Every Secret and ConfigMap the pods reference is now created here: nothing is left for the user to create.
        assertThat(ObjectGraphAudit.audit(registered, Set.of(), Set.of())).isEmpty();
    }

    @Test
    void iamAuthForTheCacheIsRefusedWithTheReason() {
        GcpStackConfig config = GcpStackConfig.from(key -> Optional.ofNullable(Deployments.config(Preset.TEAM).get(key)));
        SupersetGcpArgs args = SupersetGcpArgs.fromConfig(config);
        SupersetGcpArgs iam = SupersetGcpArgs.builder().topology(args.topology()).project(args.project()).region(args.region()).zones(args.zones())
                .secrets(args.secrets()).hostname(args.hostname()).cacheAuthorization(MemorystoreArgs.CacheAuthorization.IAM).build();
        var result = PulumiTest.withMocks(new RecordingMocks()).runTest(ctx -> new SupersetGcp("superset", iam, null));
        assertThat(result.exceptions()).isNotEmpty().allSatisfy(e -> assertThat(rootCause(e).getMessage())
                .contains("IAM tokens expire after an hour", "reads REDIS_CACHE_PASSWORD once"));
    }

    private static Throwable rootCause(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static String parentType(String urn) {
        String[] chain = urn.split("::")[2].split("\\$");
        return chain[chain.length - 2];
    }

    private static Map<String, String> literalEnv(RecordingMocks.Registered deployment) {
        Map<String, String> env = new LinkedHashMap<>();
        List<Map<String, Object>> containers = deployment.at("spec", "template", "spec", "containers");
        for (Map<String, Object> container : containers) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> vars = (List<Map<String, Object>>) container.getOrDefault("env", List.of());
            vars.stream().filter(v -> v.get("value") instanceof String).forEach(v -> env.put((String) v.get("name"), (String) v.get("value")));
        }
        return env;
    }

    /** Mocks see every number as a Double; the schemas want integers where Kubernetes has them. */
    private static Object integral(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, integral(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SupersetWorkloadsTest::integral).toList();
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE ? (Object) d.intValue() : (Object) d.longValue();
        }
        return value;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
