package dev.superscale.aws;

import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * A Redis endpoint with TLS and an AUTH token: from {@link RedisBroker#getEndpoint()},
 * {@link RedisCache#getEndpoint()}, or one you bring ({@link #of}).
 */
public final class RedisEndpoint implements IConnectable {

    private final String hostname;
    private final int port;
    private final ISecret authToken;
    private final Connections connections;

    private RedisEndpoint(String hostname, int port, ISecret authToken, Connections connections) {
        if (hostname == null || authToken == null || connections == null) {
            throw new IllegalArgumentException("RedisEndpoint: hostname, authToken and connections are required (got hostname "
                    + hostname + ", authToken " + authToken + ", connections " + connections + ")");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("RedisEndpoint: port " + port + " is outside 1..65535");
        }
        this.hostname = hostname;
        this.port = port;
        this.authToken = authToken;
        this.connections = connections;
    }

    /**
     * A Redis you bring. It must accept TLS: Superset connects with {@code rediss://}.
     *
     * @param hostname  the primary endpoint (broker) or the cluster configuration endpoint (cache)
     * @param port      its port
     * @param authToken a Secrets Manager secret whose whole string is the AUTH token
     * @param network   its security group(s): the app tier is allowed in on {@code port}
     */
    public static RedisEndpoint of(String hostname, int port, ISecret authToken, IConnectable network) {
        return new RedisEndpoint(hostname, port, authToken, network == null ? null : EndpointConnections.onPort(network, port));
    }

    public String getHostname() {
        return hostname;
    }

    public int getPort() {
        return port;
    }

    /** host:port, the form REDIS_CACHE_NODES takes. */
    public String getHostAndPort() {
        return hostname + ":" + port;
    }

    public ISecret getAuthToken() {
        return authToken;
    }

    @Override
    public Connections getConnections() {
        return connections;
    }
}
