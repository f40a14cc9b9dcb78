package dev.superscale.stacks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCommandTest {

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheCloudAssemblyForTheUserCount(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("aws");
        CliRun run = run("synth", "--users", "10000", "--target", "aws", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("10,000 registered users").contains("cdk-nag AwsSolutions clean")
                .contains("npx aws-cdk deploy --app " + out);
        String template = Files.readString(out.resolve("Superset.template.json"));
        assertThat(template).contains("AWS::RDS::DBInstance").contains("Custom::SupersetMigrations");
        assertThat(entries(out)).contains("manifest.json", "Superset.assets.json");
        assertThat(entries(tmp)).containsExactly("aws");
    }

    @Test
    void replacesAPreviousOutputAsAWholeAndLeavesNoStagingBehind(@TempDir Path tmp) throws IOException {
        Path out = Files.createDirectories(tmp.resolve("aws"));
        Files.writeString(out.resolve(OutputFolder.MARKER), "a previous Superscale output");
        Files.writeString(out.resolve("stale.template.json"), "{}");
        CliRun run = run("synth", "--preset", "100", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(entries(out)).doesNotContain("stale.template.json").contains("Superset.template.json", OutputFolder.MARKER);
        assertThat(entries(tmp)).containsExactly("aws");
        assertThat(Files.readString(out.resolve("Superset.template.json"))).contains("AWS::RDS::DBInstance");
    }

    @Test
    void twoSynthsWriteByteIdenticalTemplates(@TempDir Path tmp) throws IOException {
        assertThat(run("synth", "--users", "1000", "--out", tmp.resolve("a").toString()).exitCode()).isZero();
        assertThat(run("synth", "--users", "1000", "--out", tmp.resolve("b").toString()).exitCode()).isZero();
        for (String file : List.of("Superset.template.json", "Superset.assets.json")) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(file))).as(file).isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(file)));
        }
    }

    @Test
    void refusesTheKubernetesTargetWithOneLineAndWritesNothing(@TempDir Path tmp) throws IOException {
        for (String target : List.of("k8s", "all")) {
            CliRun run = run("synth", "--users", "10000", "--target", target, "--out", tmp.resolve("out").toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().strip()).doesNotContain("\n").contains("--target " + target + " is not available yet");
            assertThat(entries(tmp)).isEmpty();
        }
    }

    @Test
    void validatesEveryOptionBeforeWritingAnything(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        CliRun run = run("synth", "--users", "abc", "--target", "gcp", "--out", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n")
                .contains("--users 'abc'").contains("--target 'gcp' is not allowed: use aws, k8s or all")
                .contains("--out '" + file + "' is a file");
        assertThat(entries(tmp)).containsExactly("a-file");
    }

    @Test
    void rejectsAbsurdUserCounts(@TempDir Path tmp) throws IOException {
        CliRun run = run("synth", "--users", "-5", "--out", tmp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--users -5 is outside 10..200000");
        assertThat(entries(tmp)).isEmpty();
    }
}
