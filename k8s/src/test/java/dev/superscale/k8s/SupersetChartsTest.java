package dev.superscale.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.Preset;
import dev.superscale.k8s.check.Manifests;
import dev.superscale.topology.Component;
import dev.superscale.topology.SupersetSecret;
import dev.superscale.topology.SupersetTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Targeted assertions on the rendered manifests, read back from the YAML a user applies. */
class SupersetChartsTest {

    static List<JsonNode> manifests(SupersetK8sProps props) {
        return K8sSynth.manifests(K8sSynth.render(props));
    }

    static JsonNode one(List<JsonNode> all, String kind, String name) {
        return all.stream().filter(d -> d.path("kind").asText().equals(kind) && d.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }

    static List<JsonNode> ofKind(List<JsonNode> all, String kind) {
        return all.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    }

    static List<JsonNode> podSpecs(List<JsonNode> all) {
        return all.stream().filter(d -> d.path("spec").path("template").path("spec").isObject())
                .map(d -> d.path("spec").path("template").path("spec")).toList();
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyPodMeetsTheRestrictedPodSecurityProfile(Preset preset) {
        assertRestricted(manifests(K8sFixtures.props(preset)));
    }

    static void assertRestricted(List<JsonNode> all) {
        assertThat(one(all, "Namespace", "superset").path("metadata").path("labels").path("pod-security.kubernetes.io/enforce").asText())
                .isEqualTo("restricted");
        for (JsonNode pod : podSpecs(all)) {
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
            assertThat(pod.path("securityContext").path("runAsUser").asLong()).isPositive();
            assertThat(pod.path("securityContext").path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
            List<JsonNode> containers = new ArrayList<>();
            pod.path("containers").forEach(containers::add);
            pod.path("initContainers").forEach(containers::add);
            for (JsonNode c : containers) {
                JsonNode sc = c.path("securityContext");
                assertThat(sc.path("allowPrivilegeEscalation").asBoolean(true)).as(c.path("name").asText()).isFalse();
                assertThat(sc.path("readOnlyRootFilesystem").asBoolean()).as(c.path("name").asText()).isTrue();
                assertThat(sc.path("capabilities").path("drop").toString()).isEqualTo("[\"ALL\"]");
                assertThat(c.path("resources").path("requests").path("cpu").asText()).isNotEmpty();
                assertThat(c.path("resources").path("limits").path("memory").asText()).isNotEmpty();
            }
        }
    }

    @Test
    void supersetPodsWriteOnlyToEmptyDirs() {
        JsonNode web = one(manifests(K8sFixtures.props(Preset.ENTERPRISE)), "Deployment", "superset-web").path("spec").path("template").path("spec");
        assertThat(web.path("volumes").findValuesAsText("name")).contains("tmp", "superset-home", "superset-config");
        assertThat(web.path("containers").get(0).path("volumeMounts").findValuesAsText("mountPath"))
                .contains("/tmp", PodTemplates.SUPERSET_HOME, "/app/pythonpath/superset_config.py");
    }

    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"DEPARTMENT", "ENTERPRISE", "GLOBAL"})
    void spreadsReplicatedComponentsAcrossThePlansZonesAndNodes(Preset preset) {
        SupersetK8sProps props = K8sFixtures.props(preset);
        long zones = props.getTopology().plan().availabilityZones().value();
        JsonNode spread = one(manifests(props), "Deployment", "superset-web").path("spec").path("template").path("spec")
                .path("topologySpreadConstraints");
        assertThat(spread.get(0).path("topologyKey").asText()).isEqualTo("topology.kubernetes.io/zone");
        assertThat(spread.get(0).path("whenUnsatisfiable").asText()).isEqualTo("DoNotSchedule");
        assertThat(spread.get(0).path("minDomains").asLong()).isEqualTo(zones);
        assertThat(spread.get(1).path("topologyKey").asText()).isEqualTo("kubernetes.io/hostname");
        assertThat(spread.get(0).path("labelSelector").path("matchLabels").path("app.kubernetes.io/component").asText()).isEqualTo("web");
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void budgetsNeverBlockADrainAndSingletonsHaveNone(Preset preset) {
        SupersetK8sProps props = K8sFixtures.props(preset);
        List<JsonNode> all = manifests(props);
        for (Component component : props.getTopology().components()) {
            List<JsonNode> budgets = ofKind(all, "PodDisruptionBudget").stream()
                    .filter(p -> p.path("metadata").path("name").asText().equals(Labels.name(component.name()))).toList();
            if (component.replicas().min().value() < 2) {
                assertThat(budgets).as(component.name()).isEmpty();
            } else {
                assertThat(budgets).as(component.name()).singleElement()
                        .satisfies(b -> assertThat(b.path("spec").path("minAvailable").asLong()).isEqualTo(component.replicas().min().value() - 1));
            }
        }
        assertThat(ofKind(all, "PodDisruptionBudget")).noneMatch(b -> b.path("metadata").path("name").asText().equals("superset-beat"));
    }

    @Test
    void beatIsOneReplicaRecreatedNeverTwo() {
        JsonNode beat = one(manifests(K8sFixtures.props(Preset.GLOBAL)), "Deployment", "superset-beat");
        assertThat(beat.path("spec").path("replicas").asInt()).isEqualTo(1);
        assertThat(beat.path("spec").path("strategy").path("type").asText()).isEqualTo("Recreate");
    }

    @Test
    void everyWorkerQueueIsScaledByKedaOnItsRedisListWithTheSecretAndNoHpa() {
        SupersetK8sProps props = K8sFixtures.props(Preset.ENTERPRISE);
        List<JsonNode> all = manifests(props);
        assertThat(ofKind(all, "HorizontalPodAutoscaler")).extracting(h -> h.path("spec").path("scaleTargetRef").path("name").asText())
                .containsExactly("superset-web");
        for (Component worker : props.getTopology().workers()) {
            String queue = worker.name().substring(SupersetTopology.WORKER_PREFIX.length());
            JsonNode scaledObject = one(all, "ScaledObject", Labels.name(worker.name()));
            JsonNode trigger = scaledObject.path("spec").path("triggers").get(0);
            assertThat(trigger.path("type").asText()).isEqualTo("redis");
            assertThat(trigger.path("metadata").path("listName").asText()).isEqualTo(queue);
            assertThat(trigger.path("metadata").path("address").asText()).isEqualTo(props.getRedis().brokerHost() + ":6379");
            assertThat(trigger.path("metadata").path("enableTLS").asText()).isEqualTo("true");
            assertThat(trigger.path("metadata").path("listLength").asText()).isEqualTo(Long.toString(worker.scaling()
                    .signal(dev.superscale.topology.ScalingSignal.Kind.QUEUE_LENGTH_PER_REPLICA).orElseThrow().target().value()));
            String auth = trigger.path("authenticationRef").path("name").asText();
            JsonNode secretRef = one(all, "TriggerAuthentication", auth).path("spec").path("secretTargetRef").get(0);
            assertThat(secretRef.path("name").asText()).isEqualTo("superset-redis-broker");
            assertThat(secretRef.path("parameter").asText()).isEqualTo("password");
            // KEDA's max plus the on-demand base is the topology's max.
            String target = scaledObject.path("spec").path("scaleTargetRef").path("name").asText();
            long base = all.stream().filter(d -> d.path("kind").asText().equals("Deployment")
                    && d.path("metadata").path("name").asText().equals(Labels.name(worker.name()) + "-on-demand"))
                    .mapToLong(d -> d.path("spec").path("replicas").asLong()).sum();
            assertThat(scaledObject.path("spec").path("maxReplicaCount").asLong() + base).isEqualTo(worker.replicas().max().value());
            assertThat(one(all, "Deployment", target).path("spec").has("replicas")).isFalse();
        }
    }

    @Test
    void spotWorkersPreferSpotNodesAndTolerateTheirTaintWhileWebAvoidsThem() {
        List<JsonNode> all = manifests(K8sFixtures.builder(Preset.GLOBAL).spotNodes(SpotNodes.aks()).build());
        JsonNode spot = all.stream().filter(d -> d.path("kind").asText().equals("Deployment")
                        && d.path("metadata").path("name").asText().startsWith("superset-worker-reports"))
                .filter(d -> d.path("spec").path("template").path("metadata").path("labels").path("superscale.dev/capacity").asText().equals("spot"))
                .findFirst().orElseThrow().path("spec").path("template").path("spec");
        JsonNode preferred = spot.path("affinity").path("nodeAffinity").path("preferredDuringSchedulingIgnoredDuringExecution").get(0);
        assertThat(preferred.path("preference").path("matchExpressions").get(0).path("key").asText()).isEqualTo("kubernetes.azure.com/scalesetpriority");
        assertThat(spot.path("tolerations").get(0).path("value").asText()).isEqualTo("spot");
        assertThat(spot.path("tolerations").get(0).path("effect").asText()).isEqualTo("NoSchedule");
        JsonNode web = one(all, "Deployment", "superset-web").path("spec").path("template").path("spec");
        JsonNode required = web.path("affinity").path("nodeAffinity").path("requiredDuringSchedulingIgnoredDuringExecution")
                .path("nodeSelectorTerms").get(0).path("matchExpressions").get(0);
        assertThat(required.path("operator").asText()).isEqualTo("NotIn");
        assertThat(web.has("tolerations")).isFalse();
    }

    @Test
    void workersStopConsumingBeforeTheirStopGraceRunsOut() {
        SupersetK8sProps props = K8sFixtures.props(Preset.ENTERPRISE);
        Component reports = props.getTopology().worker("reports");
        JsonNode pod = one(manifests(props), "Deployment", Labels.name(reports.name()) + (reports.placement().onDemandBaseReplicas().value() > 0 ? "-spot" : ""))
                .path("spec").path("template").path("spec");
        assertThat(pod.path("terminationGracePeriodSeconds").asLong())
                .isEqualTo(reports.stopGraceSeconds().value() + CeleryWorkerGroup.CANCEL_CONSUMER_SECONDS);
        assertThat(pod.path("containers").get(0).path("lifecycle").path("preStop").path("exec").path("command").get(2).asText())
                .contains("control cancel_consumer reports --destination=reports@");
    }

    @Test
    void everySupersetPodWaitsForMigrationsAndTheJobIsNamedByImageAndConfig() {
        SupersetK8sProps props = K8sFixtures.props(Preset.ENTERPRISE);
        List<JsonNode> all = manifests(props);
        for (JsonNode d : ofKind(all, "Deployment")) {
            boolean superset = d.path("spec").path("template").path("metadata").path("labels").has("superscale.dev/superset-image");
            List<String> inits = d.path("spec").path("template").path("spec").path("initContainers").findValuesAsText("name");
            assertThat(inits.contains("wait-for-migrations")).as(d.path("metadata").path("name").asText()).isEqualTo(superset);
        }
        JsonNode job = ofKind(all, "Job").get(0);
        assertThat(job.path("metadata").path("name").asText()).isEqualTo("superset-migrations-" + PodTemplates.supersetConfigDigest(props));
        assertThat(job.path("spec").path("template").path("spec").path("containers").get(0).path("command").toString())
                .contains("superset db upgrade && superset init");
        String otherImage = manifests(K8sFixtures.builder(Preset.ENTERPRISE).supersetImage("registry.example.com/superset:6.0.1").build())
                .stream().filter(d -> d.path("kind").asText().equals("Job")).findFirst().orElseThrow().path("metadata").path("name").asText();
        assertThat(otherImage).isNotEqualTo(job.path("metadata").path("name").asText()).startsWith("superset-migrations-");
    }

    @Test
    void webFollowsThePlansTimeoutChainAndCpuTarget() {
        SupersetK8sProps props = K8sFixtures.props(Preset.ENTERPRISE);
        List<JsonNode> all = manifests(props);
        var timeouts = props.getTopology().plan().web().timeouts();
        JsonNode rule = one(all, "HTTPRoute", "superset-web").path("spec").path("rules").get(0);
        assertThat(rule.path("timeouts").path("request").asText()).isEqualTo(timeouts.loadBalancerIdleSeconds().value() + "s");
        assertThat(timeouts.loadBalancerIdleSeconds().value()).isGreaterThan(timeouts.gunicornTimeoutSeconds().value());
        JsonNode hpa = one(all, "HorizontalPodAutoscaler", "superset-web").path("spec");
        Component web = props.getTopology().web();
        assertThat(hpa.path("minReplicas").asLong()).isEqualTo(web.replicas().min().value());
        assertThat(hpa.path("maxReplicas").asLong()).isEqualTo(web.replicas().max().value());
        assertThat(hpa.path("metrics").get(0).path("resource").path("target").path("averageUtilization").asLong())
                .isEqualTo(props.getTopology().plan().web().scaleOutCpuPercent().value());
        assertThat(hpa.path("behavior").path("scaleDown").path("stabilizationWindowSeconds").asLong())
                .isEqualTo(Math.min(3600, web.scaling().cooldowns().scaleInSeconds().value()));
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void flowerIsReachedOnlyByPrometheusWhichAlwaysSendsTheBasicAuthUser(Preset preset) throws Exception {
        SupersetK8sProps props = K8sFixtures.withFlower(preset).build();
        List<JsonNode> all = manifests(props);
        assertRestricted(all);
        JsonNode deployment = one(all, "Deployment", "superset-flower");
        JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
        assertThat(container.path("image").asText()).isEqualTo(Flower.IMAGE);
        assertThat(container.path("command").toString()).contains("export FLOWER_BASIC_AUTH=");
        assertThat(container.path("env").toString()).contains("\"name\":\"superset-flower-auth\"", "\"key\":\"username\"", "\"key\":\"password\"");
        assertThat(container.path("readinessProbe").path("httpGet").path("port").asInt()).isEqualTo(SupersetTopology.FLOWER_PORT);
        assertThat(one(all, "Service", "superset-flower").path("spec").path("type").asText()).isEqualTo("ClusterIP");
        // Never public: no route or ingress points at Flower's Service.
        for (JsonNode route : all.stream().filter(d -> Set.of("HTTPRoute", "Ingress").contains(d.path("kind").asText())).toList()) {
            assertThat(route.toString()).doesNotContain("superset-flower");
        }
        JsonNode endpoint = one(all, "ServiceMonitor", "superset-flower").path("spec").path("endpoints").get(0);
        assertThat(endpoint.path("path").asText()).isEqualTo("/metrics");
        assertThat(endpoint.path("basicAuth").path("username").path("name").asText()).isEqualTo(SupersetSecret.FLOWER_BASIC_AUTH.defaultName());
        assertThat(endpoint.path("basicAuth").path("username").path("key").asText()).isEqualTo("username");
        assertThat(endpoint.path("basicAuth").path("password").path("key").asText()).isEqualTo("password");
        // In from the Prometheus namespace on Flower's port only; out to the broker only.
        JsonNode policy = one(all, "NetworkPolicy", "superset-flower").path("spec");
        assertThat(policy.path("ingress")).hasSize(1);
        assertThat(policy.path("ingress").get(0).path("from").toString()).contains(props.getPrometheusNamespace()).doesNotContain("podSelector");
        assertThat(policy.path("ingress").get(0).path("ports").toString()).isEqualTo("[{\"port\":" + SupersetTopology.FLOWER_PORT + ",\"protocol\":\"TCP\"}]");
        ExternalRedis redis = (ExternalRedis) props.getRedisChoice();
        assertThat(policy.path("egress")).hasSize(1);
        assertThat(policy.path("egress").get(0).path("ports").toString()).isEqualTo("[{\"port\":" + redis.brokerPort() + ",\"protocol\":\"TCP\"}]");
        assertThat(policy.path("egress").get(0).path("to").findValuesAsText("cidr")).isEqualTo(redis.cidrs());
        // The Secret is a documented input (the audit's list; README's Secrets table).
        assertThat(K8sSynth.documentedSecrets(props)).contains(SupersetSecret.FLOWER_BASIC_AUTH.defaultName());
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("README.md"))).contains("| `superset-flower-auth` | `username`, `password`");
    }

    @Test
    void withoutTheOptionNothingOfFlowerIsRendered() {
        assertThat(String.join("", K8sSynth.render(K8sFixtures.props(Preset.ENTERPRISE)).values())).doesNotContain("flower");
    }

    @Test
    void secretsAreReferencedNeverInlined() {
        String yaml = String.join("", K8sSynth.render(K8sFixtures.props(Preset.ENTERPRISE)).values());
        assertThat(Manifests.parse(yaml)).noneMatch(d -> d.path("kind").asText().equals("Secret"));
        assertThat(yaml).contains("secretKeyRef");
    }

    /** Field path suffix -> allowed values: the OpenAPI schemas carry no enums for core types. */
    static final Map<String, Set<String>> ENUMS = Map.ofEntries(
            Map.entry("strategy.type", Set.of("RollingUpdate", "Recreate")),
            Map.entry("restartPolicy", Set.of("Always", "OnFailure", "Never")),
            Map.entry("whenUnsatisfiable", Set.of("DoNotSchedule", "ScheduleAnyway")),
            Map.entry("protocol", Set.of("TCP", "UDP", "SCTP")),
            Map.entry("policyTypes[]", Set.of("Ingress", "Egress")),
            Map.entry("seccompProfile.type", Set.of("RuntimeDefault", "Localhost", "Unconfined")),
            Map.entry("capabilities.drop[]", Set.of("ALL")),
            Map.entry("matchExpressions[].operator", Set.of("In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt")),
            Map.entry("tolerations[].operator", Set.of("Equal", "Exists")),
            Map.entry("tolerations[].effect", Set.of("NoSchedule", "PreferNoSchedule", "NoExecute")),
            Map.entry("metrics[].type", Set.of("Resource", "Pods", "Object", "External", "ContainerResource")),
            Map.entry("target.type", Set.of("Utilization", "Value", "AverageValue")),
            Map.entry("unhealthyPodEvictionPolicy", Set.of("IfHealthyBudget", "AlwaysAllow")),
            Map.entry("pathType", Set.of("Exact", "Prefix", "ImplementationSpecific")),
            Map.entry("spec.type", Set.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName")),
            Map.entry("triggers[].type", Set.of("redis", "cpu", "memory")),
            Map.entry("triggers[].metricType", Set.of("Utilization", "AverageValue", "Value")));

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyEnumValuedFieldHoldsAnAllowedValue(Preset preset) {
        List<String> bad = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        SupersetK8sProps props = K8sFixtures.builder(preset).build();
        for (JsonNode d : manifests(props)) {
            walk(d, "", (path, value) -> ENUMS.forEach((suffix, allowed) -> {
                if (path.endsWith("." + suffix) || path.equals(suffix)) {
                    seen.add(suffix);
                    if (!allowed.contains(value)) {
                        bad.add(d.path("kind").asText() + "/" + d.path("metadata").path("name").asText() + " " + path + " = " + value);
                    }
                }
            }));
        }
        assertThat(bad).isEmpty();
        assertThat(seen).contains("strategy.type", "restartPolicy", "whenUnsatisfiable", "protocol", "policyTypes[]", "seccompProfile.type",
                "matchExpressions[].operator", "metrics[].type", "target.type", "triggers[].type");
    }

    static void walk(JsonNode node, String path, BiConsumer<String, String> visit) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), visit));
        } else if (node.isArray()) {
            node.forEach(n -> walk(n, path + "[]", visit));
        } else if (node.isTextual()) {
            visit.accept(path, node.asText());
        }
    }

    @Test
    void refusesEmptyEgressCidrsThatWouldAllowEverywhere() {
        assertThatThrownBy(() -> K8sFixtures.builder(Preset.TEAM)
                .postgres(ExternalPostgres.of("db.internal", List.of())).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("postgres cidrs are empty");
    }

    @Test
    void collectsEveryPropsProblemAtOnce() {
        assertThatThrownBy(() -> SupersetK8sProps.builder().namespace("Bad_NS").build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("topology is required").hasMessageContaining("postgres is required")
                .hasMessageContaining("redis is required").hasMessageContaining("'Bad_NS' is not a DNS label");
    }
}
