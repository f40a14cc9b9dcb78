package dev.superscale.acceptance.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs real programs for the acceptance tests, as an unprivileged user when the tests run as root. */
public final class Processes {

    /** PostgreSQL and PgBouncer refuse to run as root; Debian's postgresql package creates this user. */
    public static final String SERVICE_USER = "postgres";

    public record Result(int exitCode, String stdout, String stderr) {
        public Result requireSuccess(List<String> command) {
            if (exitCode != 0) {
                throw new IllegalStateException("command failed (" + exitCode + "): " + String.join(" ", command)
                        + "\nstdout: " + stdout + "\nstderr: " + stderr);
            }
            return this;
        }
    }

    private Processes() {
    }

    public static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The command, prefixed to run as {@link #SERVICE_USER} when we are root. */
    public static List<String> asServiceUser(List<String> command) {
        if (!runningAsRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", SERVICE_USER, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    public static Result run(List<String> command, Map<String, String> environment, long timeoutSeconds) {
        try {
            Path out = Files.createTempFile("superscale-out", ".txt");
            Path err = Files.createTempFile("superscale-err", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                    throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Result run(List<String> command) {
        return run(command, Map.of(), 120);
    }

    /** Starts a long-running server with its output in a log file. */
    public static Process start(List<String> command, Path log) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + String.join(" ", command) + ": " + e.getMessage(), e);
        }
    }

    /** Stops a server process and waits for it, killing it if it lingers. */
    public static void stop(Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A private scratch directory that the service user can write. */
    public static Path scratchDirectory(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            if (runningAsRoot()) {
                run(List.of("chown", "-R", SERVICE_USER + ":" + SERVICE_USER, dir.toString())).requireSuccess(List.of("chown"));
            }
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void deleteRecursively(Path dir) {
        if (dir != null && Files.exists(dir)) {
            run(List.of("rm", "-rf", dir.toString()));
        }
    }

    public static void writeAsServiceUser(Path file, String content) {
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);
            if (runningAsRoot()) {
                run(List.of("chown", SERVICE_USER + ":" + SERVICE_USER, file.toString())).requireSuccess(List.of("chown"));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
