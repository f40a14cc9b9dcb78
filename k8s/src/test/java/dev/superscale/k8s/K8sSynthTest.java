package dev.superscale.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.Preset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class K8sSynthTest {

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyManifestOfEveryPresetValidatesStrictlyAndPassesTheAudit(Preset preset) {
        Map<String, String> files = K8sSynth.render(K8sFixtures.props(preset));
        List<String> problems = K8sSynth.check(K8sFixtures.props(preset), files, Optional.of(K8sFixtures.SCHEMAS));
        assertThat(problems).isEmpty();
        System.out.println("k8s " + preset.cliName() + ": " + K8sSynth.manifests(files).size() + " objects in " + (files.size() - 1) + " files");
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void withFlowerEveryManifestValidatesStrictlyAndPassesTheAudit(Preset preset) {
        SupersetK8sProps props = K8sFixtures.withFlower(preset).build();
        Map<String, String> files = K8sSynth.render(props);
        assertThat(files).containsKey("flower.yaml");
        assertThat(K8sSynth.check(props, files, Optional.of(K8sFixtures.SCHEMAS))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void theIngressOptionValidatesToo(Preset preset) {
        SupersetK8sProps props = K8sFixtures.builder(preset)
                .exposure(WebExposure.ingress("nginx", "ingress-system", "superset.example.com")).build();
        assertThat(K8sSynth.check(props, K8sSynth.render(props), Optional.of(K8sFixtures.SCHEMAS))).isEmpty();
    }

    /** Measured in one warm JVM: the full render against a one-object chart, the jsii round trips' floor. */
    @Test
    void reportsTheSynthTimeAsARatioToAOneObjectChart() {
        SupersetK8sProps props = K8sFixtures.props(Preset.ENTERPRISE);
        K8sSynth.render(props);
        oneObjectChart();
        long full = Long.MAX_VALUE;
        long one = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            K8sSynth.render(props);
            long t1 = System.nanoTime();
            oneObjectChart();
            long t2 = System.nanoTime();
            full = Math.min(full, t1 - t0);
            one = Math.min(one, t2 - t1);
        }
        System.out.printf(java.util.Locale.ROOT, "k8s synth 10k: %.0f ms, one-object chart %.0f ms, ratio %.1f%n",
                full / 1e6, one / 1e6, (double) full / one);
        assertThat(full).isGreaterThan(one);
    }

    private static void oneObjectChart() {
        org.cdk8s.App app = new org.cdk8s.App();
        org.cdk8s.Chart chart = new org.cdk8s.Chart(app, "one");
        new imports.k8s.KubeConfigMap(chart, "ConfigMap", imports.k8s.KubeConfigMapProps.builder()
                .metadata(imports.k8s.ObjectMeta.builder().name("one").build()).data(Map.of("k", "v")).build());
        chart.toJson();
    }

    @Test
    void twoSynthsGiveIdenticalBytes() {
        assertThat(K8sSynth.render(K8sFixtures.props(Preset.ENTERPRISE))).isEqualTo(K8sSynth.render(K8sFixtures.props(Preset.ENTERPRISE)));
    }

    @Test
    void writesOneFilePerComponentAndAKustomizationListingThem(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("k8s");
        K8sSynth.Result result = K8sSynth.synthesize(K8sFixtures.props(Preset.ENTERPRISE), out, Optional.of(K8sFixtures.SCHEMAS));
        assertThat(result.schemaValidated()).isTrue();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("namespace.yaml", "web.yaml", "worker-interactive.yaml",
                    "worker-reports.yaml", "beat.yaml", "migrations.yaml", "pgbouncer.yaml", "network-policies.yaml", K8sSynth.KUSTOMIZATION);
        }
        assertThat(Files.readString(out.resolve(K8sSynth.KUSTOMIZATION))).contains("- web.yaml\n", "- worker-interactive.yaml\n");
        // A second synth replaces its own previous output.
        K8sSynth.synthesize(K8sFixtures.props(Preset.GLOBAL), out, Optional.empty());
        assertThat(Files.readString(out.resolve("web.yaml"))).isNotEmpty();
    }

    @Test
    void refusesAFolderHoldingSomethingElseAndWritesNothing(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> K8sSynth.synthesize(K8sFixtures.props(Preset.TEAM), temp, Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a Superscale Kubernetes output");
        try (var files = Files.list(temp)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void refusesTheWorkingFolder() {
        assertThat(K8sSynth.checkOutput(Path.of(""), "--out")).singleElement().asString().contains("working folder");
    }
}
