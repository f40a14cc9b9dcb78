package dev.superscale.render;

import java.util.List;

/**
 * Environment variables the rendered superset_config.py reads at start-up. Secrets and
 * endpoints live here, never in the rendered file; every target sets these on its containers.
 */
public final class SupersetEnvironment {

    public static final String SECRET_KEY = "SUPERSET_SECRET_KEY";
    public static final String DATABASE_HOST = "DATABASE_HOST";
    public static final String DATABASE_PORT = "DATABASE_PORT";
    public static final String DATABASE_DB = "DATABASE_DB";
    public static final String DATABASE_USER = "DATABASE_USER";
    public static final String DATABASE_PASSWORD = "DATABASE_PASSWORD";
    public static final String REDIS_BROKER_HOST = "REDIS_BROKER_HOST";
    public static final String REDIS_BROKER_PORT = "REDIS_BROKER_PORT";
    public static final String REDIS_BROKER_PASSWORD = "REDIS_BROKER_PASSWORD";
    /** Comma-separated host:port startup nodes of the cluster-mode cache (a configuration endpoint is one node). */
    public static final String REDIS_CACHE_NODES = "REDIS_CACHE_NODES";
    public static final String REDIS_CACHE_PASSWORD = "REDIS_CACHE_PASSWORD";
    /** "true" (default) or "false": TLS to both Redis deployments. */
    public static final String REDIS_TLS = "REDIS_TLS";
    /** Required with async chart queries; at least 32 characters. */
    public static final String ASYNC_QUERIES_JWT_SECRET = "GLOBAL_ASYNC_QUERIES_JWT_SECRET";
    /** Base URL the report workers' headless browser opens. Default http://localhost:8088/ (the web service in the same network). */
    public static final String WEBSERVER_URL = "SUPERSET_WEBSERVER_URL";

    /**
     * "true" (default) or "false": whether users reach Superset over HTTPS. Sets the Secure flag of the
     * session and async-queries cookies, which browsers drop over plain HTTP.
     */
    public static final String HTTPS = "SUPERSET_HTTPS";

    /** Variables that must be set; the file fails fast naming the first one missing. */
    public static final List<String> REQUIRED = List.of(SECRET_KEY, DATABASE_HOST, DATABASE_PORT, DATABASE_DB, DATABASE_USER,
            DATABASE_PASSWORD, REDIS_BROKER_HOST, REDIS_BROKER_PORT, REDIS_BROKER_PASSWORD, REDIS_CACHE_NODES, REDIS_CACHE_PASSWORD);

    private SupersetEnvironment() {
    }
}
