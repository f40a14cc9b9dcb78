package dev.superscale.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Prometheus' promtool (Debian package prometheus) and keeps its exit code and output. */
record Promtool(int exitCode, String output) {

    static Promtool run(Path workingDirectory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("promtool " + String.join(" ", args) + " did not finish in 60 s");
        }
        return new Promtool(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    static Promtool checkRules(Path dir, String rulesFile) throws IOException, InterruptedException {
        return run(dir, "check", "rules", rulesFile);
    }

    static Promtool testRules(Path dir, String testFile) throws IOException, InterruptedException {
        return run(dir, "test", "rules", testFile);
    }
}
