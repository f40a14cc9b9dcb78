package dev.superscale.acceptance.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A throwaway Redis primary with replicas and one redis-sentinel beside each node, on free loopback ports:
 * the shape the Kubernetes target runs in-cluster, started from the rendered settings and sentinel directives.
 */
public final class RedisSentinelGroup implements AutoCloseable {

    private final Path dir;
    private final String master;
    private final String password;
    private final List<Integer> redisPorts = new ArrayList<>();
    private final List<Integer> sentinelPorts = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();

    private RedisSentinelGroup(Path dir, String master, String password) {
        this.dir = dir;
        this.master = master;
        this.password = password;
    }

    /**
     * Starts {@code nodes} redis-server (the first the primary) with the rendered directives and AUTH, then one
     * Sentinel per node with {@code sentinelConf} (the rendered {@code sentinel monitor} block for the primary's port,
     * given as a function of it) and the same AUTH.
     */
    public static RedisSentinelGroup start(String master, String renderedConf, String password, int nodes,
                                           java.util.function.IntFunction<String> sentinelConf) {
        RedisSentinelGroup group = new RedisSentinelGroup(Processes.scratchDirectory("superscale-sentinel"), master, password);
        try {
            for (int i = 0; i < nodes; i++) {
                group.redisPorts.add(DebianServers.freePort());
            }
            int primary = group.redisPorts.get(0);
            for (int i = 0; i < nodes; i++) {
                int port = group.redisPorts.get(i);
                Path nodeDir = group.dir.resolve("redis-" + i);
                nodeDir.toFile().mkdirs();
                String conf = renderedConf + String.join("\n", "port " + port, "bind 127.0.0.1", "dir " + nodeDir, "daemonize no",
                        "logfile \"\"", "requirepass \"" + password + "\"", "masterauth \"" + password + "\"",
                        i == 0 ? "" : "replicaof 127.0.0.1 " + primary, "");
                group.startServer(List.of(DebianServers.executable("/usr/bin/redis-server").toString()), nodeDir.resolve("redis.conf"), conf, port);
            }
            for (int i = 0; i < nodes; i++) {
                int port = DebianServers.freePort();
                group.sentinelPorts.add(port);
                Path nodeDir = group.dir.resolve("sentinel-" + i);
                nodeDir.toFile().mkdirs();
                String conf = String.join("\n", "port " + port, "bind 127.0.0.1", "dir " + nodeDir, "daemonize no", "logfile \"\"",
                        "requirepass \"" + password + "\"", "") + sentinelConf.apply(primary);
                group.startServer(List.of(DebianServers.executable("/usr/bin/redis-server").toString()), nodeDir.resolve("sentinel.conf"),
                        conf, port, "--sentinel");
            }
            group.awaitSentinelsSee(primary, nodes - 1);
            return group;
        } catch (RuntimeException e) {
            group.close();
            throw e;
        }
    }

    private void startServer(List<String> base, Path confFile, String conf, int port, String... extra) {
        Processes.writeAsServiceUser(confFile, conf);
        List<String> command = new ArrayList<>(base);
        command.add(confFile.toString());
        command.addAll(List.of(extra));
        Path log = confFile.resolveSibling("log.txt");
        Process process = Processes.start(command, log);
        processes.add(process);
        DebianServers.awaitPort(port, process, log);
    }

    /** Waits until every Sentinel names {@code primary} and sees its replicas and the other Sentinels. */
    private void awaitSentinelsSee(int primary, int replicas) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean ready = true;
            for (int sentinel : sentinelPorts) {
                String info = cli(sentinel, "INFO", "sentinel");
                ready &= info.contains("address=127.0.0.1:" + primary) && info.contains("slaves=" + replicas)
                        && info.contains("sentinels=" + sentinelPorts.size());
            }
            if (ready) {
                return;
            }
            DebianServers.sleep(200);
        }
        throw new IllegalStateException("Sentinels did not agree on the primary " + primary + ": " + cli(sentinelPorts.get(0), "INFO", "sentinel"));
    }

    /** The port of the node the Sentinels currently name as primary. */
    public int primaryPort() {
        String reply = cli(sentinelPorts.get(0), "SENTINEL", "get-master-addr-by-name", master);
        return Integer.parseInt(reply.lines().reduce((a, b) -> b).orElseThrow().trim());
    }

    /** Asks a Sentinel for a failover and waits until every Sentinel names a new primary that reports the master role. */
    public int failover() {
        int before = primaryPort();
        cli(sentinelPorts.get(0), "SENTINEL", "FAILOVER", master);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            boolean moved = sentinelPorts.stream().allMatch(s -> !cli(s, "SENTINEL", "get-master-addr-by-name", master)
                    .endsWith(Integer.toString(before)));
            if (moved) {
                int after = primaryPort();
                if (cli(after, "ROLE").startsWith("master")) {
                    return after;
                }
            }
            DebianServers.sleep(200);
        }
        throw new IllegalStateException("no failover away from " + before);
    }

    /** Runs redis-cli with this group's AUTH against a node or Sentinel port. */
    public String cli(int port, String... args) {
        List<String> command = new ArrayList<>(List.of(DebianServers.executable("/usr/bin/redis-cli").toString(),
                "-h", "127.0.0.1", "-p", Integer.toString(port), "--no-auth-warning", "-a", password));
        command.addAll(List.of(args));
        return Processes.run(command, Map.of(), 30).requireSuccess(command).stdout().trim();
    }

    /** host:port of every Sentinel, comma-separated (what REDIS_*_SENTINELS carries). */
    public String sentinels() {
        return sentinelPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    }

    public String master() {
        return master;
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Processes.stop(processes.get(i));
        }
        Processes.deleteRecursively(dir);
    }
}
