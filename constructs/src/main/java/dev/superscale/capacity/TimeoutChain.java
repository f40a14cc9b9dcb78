package dev.superscale.capacity;

/**
 * Timeouts that must nest so the innermost layer fails first with a clean error:
 * load balancer idle > gunicorn timeout > SUPERSET_WEBSERVER_TIMEOUT > SQLLAB_TIMEOUT,
 * and gunicorn keep-alive above the load balancer idle timeout so the balancer never
 * reuses a connection the server is closing (the cause of sporadic 502s).
 */
public record TimeoutChain(
        Sized loadBalancerIdleSeconds,
        Sized gunicornTimeoutSeconds,
        Sized gunicornKeepAliveSeconds,
        Sized gunicornGracefulTimeoutSeconds,
        Sized supersetWebserverTimeoutSeconds,
        Sized sqlLabSyncTimeoutSeconds) {
}
