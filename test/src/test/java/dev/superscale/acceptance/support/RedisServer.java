package dev.superscale.acceptance.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A throwaway redis-server on a free loopback port, started from a rendered config. */
public final class RedisServer implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final Process process;

    private RedisServer(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    /** Starts redis-server with the rendered directives plus this test's port, directory and loopback binding. */
    public static RedisServer start(String renderedConf) {
        Path dir = Processes.scratchDirectory("superscale-redis");
        int port = DebianServers.freePort();
        String conf = renderedConf + String.join("\n",
                "port " + port, "bind 127.0.0.1", "dir " + dir, "daemonize no", "cluster-config-file " + dir.resolve("nodes.conf"),
                "logfile \"\"", "");
        Path confFile = dir.resolve("redis.conf");
        Processes.writeAsServiceUser(confFile, conf);
        Path log = dir.resolve("redis.log");
        Process process = Processes.start(List.of(DebianServers.executable("/usr/bin/redis-server").toString(), confFile.toString()), log);
        RedisServer server = new RedisServer(dir, port, process);
        try {
            DebianServers.awaitPort(port, process, log);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Runs redis-cli against this server; returns its output. */
    public String cli(String... args) {
        List<String> command = new ArrayList<>(List.of(DebianServers.executable("/usr/bin/redis-cli").toString(),
                "-h", "127.0.0.1", "-p", Integer.toString(port)));
        command.addAll(List.of(args));
        return Processes.run(command, Map.of(), 60).requireSuccess(command).stdout().trim();
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        Processes.stop(process);
        Processes.deleteRecursively(dir);
    }
}
