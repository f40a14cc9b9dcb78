package dev.superscale.acceptance.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where Debian installs the servers the acceptance tests start, and free loopback ports for them. */
public final class DebianServers {

    private static final String INSTALL_HINT = " (install Debian's postgresql, pgbouncer and redis-server packages; .ci/run does)";

    private DebianServers() {
    }

    /** A PostgreSQL server binary of the newest installed major version. */
    public static Path postgresBinary(String name) {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable)
                    .max(Comparator.comparing(p -> Integer.parseInt(p.getParent().getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("no " + name + " under /usr/lib/postgresql" + INSTALL_HINT));
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL is not installed" + INSTALL_HINT, e);
        }
    }

    public static Path executable(String... candidates) {
        for (String candidate : candidates) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("none of " + String.join(", ", candidates) + " is installed" + INSTALL_HINT);
    }

    /** A loopback port free right now (the OS picks it). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    /** Waits until something accepts connections on the loopback port. */
    public static void awaitPort(int port, Process process, Path log) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("server exited early; log:\n" + readQuietly(log));
            }
            try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                sleep(50);
            }
        }
        throw new IllegalStateException("nothing listens on port " + port + " after 30 s; log:\n" + readQuietly(log));
    }

    static String readQuietly(Path log) {
        try {
            return log == null ? "" : Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
