package dev.superscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.Preset;
import dev.superscale.render.ApplicationFiles;
import dev.superscale.stacks.OutputFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RenderCommandTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(Preset.class)
    void writesEveryFileForEveryPresetTheSameBytesEachTime(Preset preset) throws Exception {
        Path out = work.resolve("out");
        CliRun first = CliRun.in(surroundings(), "render", "--preset", preset.cliName(), "--out", out.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        Map<String, String> written = read(out);
        assertThat(written.keySet()).contains(ApplicationFiles.SUPERSET_CONFIG, ApplicationFiles.PGBOUNCER_INI,
                ApplicationFiles.PGBOUNCER_USERLIST, ApplicationFiles.REDIS_BROKER, ApplicationFiles.REDIS_CACHE,
                ApplicationFiles.NGINX, ApplicationFiles.PROCFILE, OutputFolder.MARKER);
        CliRun again = CliRun.in(surroundings(), "render", "--preset", preset.cliName(), "--out", out.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(read(out)).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--users=0", "--users=abc", "--web-servers=web-1", "--web-servers=web-1:99999", "--database-host=a b"})
    void badInputGetsOneLineExitTwoAndWritesNothing(String option) {
        Path out = work.resolve("out");
        CliRun run = option.startsWith("--users")
                ? CliRun.in(surroundings(), "render", option, "--out", out.toString())
                : CliRun.in(surroundings(), "render", "--users", "1000", option, "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(Superscale.USAGE_ERROR);
        assertThat(run.err().strip()).doesNotContain("\n").startsWith("superscale: ");
        assertThat(out).doesNotExist();
    }

    private OutputFolder.Surroundings surroundings() {
        return new OutputFolder.Surroundings(work, work.resolve("home"), System.getenv());
    }

    private static Map<String, String> read(Path dir) throws Exception {
        Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path file : paths.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return files;
    }
}
