package dev.superscale.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Python this module ships (the Lambda handlers, inlined into templates) and uses in tests
 * is valid Python for the python3 on this machine: each file is compiled with
 * {@code python3 -m py_compile} from a copy in a temporary directory.
 */
class PythonResourcesTest {

    static List<Path> pythonResources() throws IOException {
        List<Path> found = new ArrayList<>();
        for (String root : List.of("src/main/resources", "src/test/resources")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                files.filter(f -> f.toString().endsWith(".py")).sorted().forEach(found::add);
            }
        }
        return found;
    }

    /** Runs python3 in {@code dir}; returns its exit code, output and error output. */
    static String[] python3(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("python3 %s finished", command).isTrue();
        return new String[] {Integer.toString(process.exitValue()), out, err};
    }

    @Test
    void everyPythonResourceCompiles() throws Exception {
        List<Path> sources = pythonResources();
        assertThat(sources).extracting(p -> p.getFileName().toString())
                .contains(DatabaseMigrations.HANDLER_RESOURCE, QueueDepthPublisher.HANDLER_RESOURCE);
        Path dir = Files.createTempDirectory("superscale-py-compile");
        for (Path source : sources) {
            Path copy = dir.resolve(source.getFileName());
            Files.copy(source, copy);
            String[] result = python3(dir, "-m", "py_compile", copy.getFileName().toString());
            assertThat(result[0]).as("py_compile %s: %s", source, result[2]).isEqualTo("0");
        }
    }

    @Test
    void theInlinedCodeIsTheResourceFile() throws Exception {
        assertThat(InlineSource.read(DatabaseMigrations.HANDLER_RESOURCE))
                .isEqualTo(Files.readString(Path.of("src/main/resources/dev/superscale/aws", DatabaseMigrations.HANDLER_RESOURCE)));
    }
}
