package dev.superscale.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.Preset;
import dev.superscale.render.SupersetEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A Redis CA bundle from a ConfigMap (Memorystore's own CA): mounted read-only and named to every Redis client. */
class RedisCaTest {

    private static final ExternalRedis MEMORYSTORE = new ExternalRedis("10.30.0.4", 6378, "10.30.1.4:6379", true, List.of("10.30.0.0/23"))
            .withCa("superset-redis-ca", "ca.pem");

    @Test
    void everyRedisClientVerifiesAgainstTheMountedBundleAndTheManifestsPassTheChecks() {
        SupersetK8sProps props = K8sFixtures.builder(Preset.ENTERPRISE).redis(MEMORYSTORE).build();
        var files = K8sSynth.render(props);
        assertThat(K8sSynth.check(props, files, Optional.of(K8sFixtures.SCHEMAS))).isEmpty();
        List<JsonNode> all = K8sSynth.manifests(files);
        int supersetContainers = 0;
        for (JsonNode pod : SupersetChartsTest.podSpecs(all)) {
            List<JsonNode> containers = new ArrayList<>();
            pod.path("containers").forEach(containers::add);
            pod.path("initContainers").forEach(containers::add);
            for (JsonNode c : containers) {
                String redisTls = envValue(c, SupersetEnvironment.REDIS_TLS);
                if (redisTls == null) {
                    continue;
                }
                supersetContainers++;
                String caFile = envValue(c, SupersetEnvironment.REDIS_CA_FILE);
                assertThat(caFile).as(c.path("name").asText()).isEqualTo(mountPath(c, pod) + "/ca.pem");
            }
        }
        assertThat(supersetContainers).as("web, beat, workers, migrations").isGreaterThanOrEqualTo(4);

        JsonNode exporter = SupersetChartsTest.one(all, "Deployment", "superset-redis-exporter").path("spec").path("template").path("spec");
        JsonNode container = exporter.path("containers").get(0);
        assertThat(envValue(container, "REDIS_EXPORTER_TLS_CA_CERT_FILE")).isEqualTo(mountPath(container, exporter) + "/ca.pem");

        List<JsonNode> auths = SupersetChartsTest.ofKind(all, "TriggerAuthentication");
        assertThat(auths).isNotEmpty();
        for (JsonNode auth : auths) {
            JsonNode ref = auth.path("spec").path("configMapTargetRef").get(0);
            assertThat(ref.path("parameter").asText()).isEqualTo("ca");
            assertThat(ref.path("name").asText()).isEqualTo("superset-redis-ca");
            assertThat(ref.path("key").asText()).isEqualTo("ca.pem");
        }
    }

    @Test
    void withoutABundleNothingIsMountedAndTheSystemBundleIsUsed() {
        // The workloads only: superset_config.py in its ConfigMap names the (then unset) variable.
        String workloads = SupersetChartsTest.manifests(K8sFixtures.props(Preset.ENTERPRISE)).stream()
                .filter(d -> !d.path("kind").asText().equals("ConfigMap")).toList().toString();
        assertThat(workloads).contains(SupersetEnvironment.REDIS_TLS)
                .doesNotContain(SupersetEnvironment.REDIS_CA_FILE).doesNotContain("REDIS_EXPORTER_TLS_CA_CERT_FILE")
                .doesNotContain("configMapTargetRef").doesNotContain(ExternalRedis.CA_DIRECTORY);
    }

    @Test
    void refusesABundleWhoseNamesKubernetesWouldReject() {
        assertThatThrownBy(() -> K8sFixtures.builder(Preset.TEAM).redis(MEMORYSTORE.withCa("Redis_CA", "ca pem")).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("redis CA ConfigMap 'Redis_CA' is not a Kubernetes name")
                .hasMessageContaining("redis CA key 'ca pem' is not a ConfigMap key");
    }

    private static String envValue(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (e.path("name").asText().equals(name)) {
                return e.path("value").asText();
            }
        }
        return null;
    }

    /** The read-only mount of the ConfigMap volume holding superset-redis-ca's ca.pem. */
    private static String mountPath(JsonNode container, JsonNode pod) {
        String volume = null;
        for (JsonNode v : pod.path("volumes")) {
            if (v.path("configMap").path("name").asText().equals("superset-redis-ca")
                    && v.path("configMap").path("items").get(0).path("key").asText().equals("ca.pem")) {
                volume = v.path("name").asText();
            }
        }
        assertThat(volume).as("a volume from ConfigMap superset-redis-ca").isNotNull();
        for (JsonNode m : container.path("volumeMounts")) {
            if (m.path("name").asText().equals(volume)) {
                assertThat(m.path("readOnly").asBoolean()).isTrue();
                return m.path("mountPath").asText();
            }
        }
        throw new AssertionError(container.path("name").asText() + " does not mount " + volume);
    }
}
