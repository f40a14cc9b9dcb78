package dev.superscale.acceptance.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Three cluster-mode redis-servers from a rendered config, joined by redis-cli --cluster create (three masters). */
public final class RedisClusterServers implements AutoCloseable {

    private final List<RedisServer> nodes;

    private RedisClusterServers(List<RedisServer> nodes) {
        this.nodes = nodes;
    }

    public static RedisClusterServers start(String renderedConf, String password) {
        List<RedisServer> nodes = new ArrayList<>();
        RedisClusterServers cluster = new RedisClusterServers(nodes);
        try {
            for (int i = 0; i < 3; i++) {
                nodes.add(RedisServer.start(renderedConf + "requirepass \"" + password + "\"\nmasterauth \"" + password + "\"\n"));
            }
            List<String> create = new ArrayList<>(List.of(DebianServers.executable("/usr/bin/redis-cli").toString(), "--cluster", "create"));
            nodes.forEach(node -> create.add("127.0.0.1:" + node.port()));
            create.addAll(List.of("--cluster-yes", "-a", password, "--no-auth-warning"));
            Processes.run(create, Map.of(), 60).requireSuccess(create);
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!nodes.stream().allMatch(n -> n.cli("-a", password, "--no-auth-warning", "cluster", "info").contains("cluster_state:ok"))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cluster not ok after 30 s");
                }
                DebianServers.sleep(200);
            }
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** host:port,host:port,... as REDIS_CACHE_NODES takes them. */
    public String nodes() {
        return nodes.stream().map(n -> "127.0.0.1:" + n.port()).collect(Collectors.joining(","));
    }

    @Override
    public void close() {
        nodes.forEach(RedisServer::close);
    }
}
