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
    /** With {@link RedisAddressing#SENTINEL}: comma-separated host:port of the broker's Sentinels (instead of host and port). */
    public static final String REDIS_BROKER_SENTINELS = "REDIS_BROKER_SENTINELS";
    /** With {@link RedisAddressing#SENTINEL}: the name the broker's Sentinels monitor its primary under. */
    public static final String REDIS_BROKER_MASTER = "REDIS_BROKER_MASTER";
    /** With {@link RedisAddressing#SENTINEL}: comma-separated host:port of the cache's Sentinels (instead of cluster nodes). */
    public static final String REDIS_CACHE_SENTINELS = "REDIS_CACHE_SENTINELS";
    /** With {@link RedisAddressing#SENTINEL}: the name the cache's Sentinels monitor its primary under. */
    public static final String REDIS_CACHE_MASTER = "REDIS_CACHE_MASTER";
    /** "true" (default) or "false": TLS to both Redis deployments. */
    public static final String REDIS_TLS = "REDIS_TLS";
    /**
     * Optional. Path of a PEM bundle of the CA(s) that sign both Redis deployments' server certificates (Memorystore's own
     * CA, for one), read only with {@link #REDIS_TLS}: every Redis client verifies against it instead of the system bundle.
     * Default: unset, the system bundle (ElastiCache's certificates chain to a public CA).
     */
    public static final String REDIS_CA_FILE = "SUPERSET_REDIS_CA_FILE";
    /** Required with async chart queries; at least 32 characters. */
    public static final String ASYNC_QUERIES_JWT_SECRET = "GLOBAL_ASYNC_QUERIES_JWT_SECRET";
    /**
     * Optional. The URL people reach Superset at: links in report e-mails and Slack messages
     * (WEBDRIVER_BASEURL_USER_FRIENDLY). Default http://localhost:8088/.
     */
    public static final String WEBSERVER_URL = "SUPERSET_WEBSERVER_URL";
    /** Optional. The URL a report worker opens dashboards at (WEBDRIVER_BASEURL). Default: {@link #WEBSERVER_URL}'s value. */
    public static final String WEBDRIVER_URL = "SUPERSET_WEBDRIVER_URL";
    /** Optional. SMTP server for e-mail reports and alerts. Default localhost (Superset's default). */
    public static final String SMTP_HOST = "SMTP_HOST";
    /** Optional. SMTP port. Default 587 (submission with STARTTLS). */
    public static final String SMTP_PORT = "SMTP_PORT";
    /** Optional. "true" (default) or "false": STARTTLS after connecting. */
    public static final String SMTP_STARTTLS = "SMTP_STARTTLS";
    /** Optional. "true" or "false" (default): implicit TLS (port 465) instead of STARTTLS. */
    public static final String SMTP_SSL = "SMTP_SSL";
    /** Optional. SMTP login user; Superset logs in only when both user and password are set. Default: no login. */
    public static final String SMTP_USER = "SMTP_USER";
    /** Optional secret. SMTP password. Default: none. */
    public static final String SMTP_PASSWORD = "SMTP_PASSWORD";
    /** Optional. Sender address of report e-mails. Default superset@localhost. */
    public static final String SMTP_MAIL_FROM = "SMTP_MAIL_FROM";
    /** Optional secret. Slack bot token (xoxb-...) for Slack reports; without it Slack delivery is off. Default: none. */
    public static final String SLACK_API_TOKEN = "SLACK_API_TOKEN";
    /**
     * Optional, for tests and drills only. Overrides the broker's visibility timeout in seconds.
     * Default: the plan's value, which outlasts the longest task; a shorter one makes long tasks run twice.
     */
    public static final String CELERY_VISIBILITY_TIMEOUT = "CELERY_VISIBILITY_TIMEOUT_SECONDS";

    /**
     * "true" (default) or "false": whether users reach Superset over HTTPS. Sets the Secure flag of the
     * session and async-queries cookies, which browsers drop over plain HTTP.
     */
    public static final String HTTPS = "SUPERSET_HTTPS";

    /**
     * Optional. Host of a StatsD receiver (UDP): with it Superset sends its own stats there (STATS_LOGGER, which needs the
     * {@code statsd} package in the image). Default: unset, no stats sent.
     */
    public static final String STATSD_HOST = "SUPERSET_STATSD_HOST";
    /** Port of the StatsD receiver; read only with {@link #STATSD_HOST}. */
    public static final String STATSD_PORT = "SUPERSET_STATSD_PORT";

    /** Variables that must be set; the file fails fast naming the first one missing. */
    public static final List<String> REQUIRED = List.of(SECRET_KEY, DATABASE_HOST, DATABASE_PORT, DATABASE_DB, DATABASE_USER,
            DATABASE_PASSWORD, REDIS_BROKER_HOST, REDIS_BROKER_PORT, REDIS_BROKER_PASSWORD, REDIS_CACHE_NODES, REDIS_CACHE_PASSWORD);

    /** What must be set when the file is rendered for {@link RedisAddressing#SENTINEL}. */
    public static final List<String> REQUIRED_WITH_SENTINEL = List.of(SECRET_KEY, DATABASE_HOST, DATABASE_PORT, DATABASE_DB, DATABASE_USER,
            DATABASE_PASSWORD, REDIS_BROKER_SENTINELS, REDIS_BROKER_MASTER, REDIS_BROKER_PASSWORD, REDIS_CACHE_SENTINELS, REDIS_CACHE_MASTER,
            REDIS_CACHE_PASSWORD);

    /** The variables that must be set for an addressing. */
    public static List<String> required(RedisAddressing addressing) {
        return addressing == RedisAddressing.SENTINEL ? REQUIRED_WITH_SENTINEL : REQUIRED;
    }

    private SupersetEnvironment() {
    }
}
