package dev.superscale.k8s.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's import example compiles, and synthesizes into the team's namespace with GKE Spot labels. */
class OwnAppExampleTest {

    @Test
    void theReadmeExampleSynthesizesOneFilePerChart(@TempDir Path out) throws Exception {
        OwnAppExample.build(out.toString()).synth();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("web.k8s.yaml", "worker-interactive.k8s.yaml");
        }
        String workers = Files.readString(out.resolve("worker-reports.k8s.yaml"));
        assertThat(workers).contains("namespace: analytics").contains("cloud.google.com/gke-spot");
    }
}
