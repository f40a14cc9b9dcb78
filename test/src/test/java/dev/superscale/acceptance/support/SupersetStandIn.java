package dev.superscale.acceptance.support;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.render.RedisAddressing;
import dev.superscale.render.SupersetConfigRenderer;
import dev.superscale.render.SupersetEnvironment;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a rendered superset_config.py under Debian's python3 with the real Celery, kombu, redis-py, cachelib,
 * Flask-Caching, Flask-Limiter and Flask-Login, and the stand-in for Superset's own package in
 * test resources {@code superset-standin} (its docstrings say what each module stands in for).
 */
public final class SupersetStandIn {

    /** Debian's interpreter: the one python3-celery and friends are installed for (a pyenv python3 may be first on PATH). */
    public static final String PYTHON = "/usr/bin/python3";

    /**
     * Python appended to every rendered file, to check that a test fails with one fix reverted, e.g.
     * {@code -DargLine="-Dsuperscale.test.appendConfig='CeleryConfig.task_reject_on_worker_lost = True'"}. Never set in CI.
     */
    public static final String APPEND_CONFIG_PROPERTY = "superscale.test.appendConfig";

    private final Path config;
    private final Map<String, String> environment;

    private SupersetStandIn(Path config, Map<String, String> environment) {
        this.config = config;
        this.environment = environment;
    }

    /** Writes the plan's superset_config.py into {@code dir}, pointed at a plain-TCP broker Redis (and the cache nodes given). */
    public static SupersetStandIn render(CapacityPlan plan, Path dir, int brokerPort, String cacheNodes) {
        Path config = dir.resolve("superset_config.py");
        try {
            Files.writeString(config, SupersetConfigRenderer.render(plan) + System.getProperty(APPEND_CONFIG_PROPERTY, ""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> env = new TreeMap<>();
        env.put(SupersetEnvironment.SECRET_KEY, "secret-key-from-env");
        env.put(SupersetEnvironment.DATABASE_HOST, "127.0.0.1");
        env.put(SupersetEnvironment.DATABASE_PORT, "6432");
        env.put(SupersetEnvironment.DATABASE_DB, "superset");
        env.put(SupersetEnvironment.DATABASE_USER, "superset");
        env.put(SupersetEnvironment.DATABASE_PASSWORD, "p@ss:w/rd");
        env.put(SupersetEnvironment.REDIS_BROKER_HOST, "127.0.0.1");
        env.put(SupersetEnvironment.REDIS_BROKER_PORT, Integer.toString(brokerPort));
        env.put(SupersetEnvironment.REDIS_BROKER_PASSWORD, "broker/pass");
        env.put(SupersetEnvironment.REDIS_CACHE_NODES, cacheNodes);
        env.put(SupersetEnvironment.REDIS_CACHE_PASSWORD, "cache-pass");
        env.put(SupersetEnvironment.REDIS_TLS, "false");
        env.put(SupersetEnvironment.ASYNC_QUERIES_JWT_SECRET, "j".repeat(40));
        env.put("SUPERSET_CONFIG_PATH", config.toString());
        env.put("PYTHONPATH", resource("superset-standin").toString());
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        // Debian's celery and gunicorn scripts run the first python3 on PATH: make it Debian's.
        env.put("PATH", "/usr/bin:/bin:/usr/sbin:/sbin");
        env.put("PROBE_REDIS_URL", "redis://:broker%2Fpass@127.0.0.1:" + brokerPort + "/0");
        return new SupersetStandIn(config, env);
    }

    /**
     * Writes the plan's superset_config.py for Sentinel addressing into {@code dir}, pointed at the broker's and the
     * cache's Sentinels; the stand-in tasks record their runs in the plain Redis on {@code probePort}.
     */
    public static SupersetStandIn renderForSentinel(CapacityPlan plan, Path dir, RedisSentinelGroup broker, RedisSentinelGroup cache,
                                                   String brokerPassword, String cachePassword, int probePort) {
        Path config = dir.resolve("superset_config.py");
        try {
            Files.writeString(config, SupersetConfigRenderer.render(plan, RedisAddressing.SENTINEL) + System.getProperty(APPEND_CONFIG_PROPERTY, ""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> env = new TreeMap<>();
        env.put(SupersetEnvironment.SECRET_KEY, "secret-key-from-env");
        env.put(SupersetEnvironment.DATABASE_HOST, "127.0.0.1");
        env.put(SupersetEnvironment.DATABASE_PORT, "5432");
        env.put(SupersetEnvironment.DATABASE_DB, "superset");
        env.put(SupersetEnvironment.DATABASE_USER, "superset");
        env.put(SupersetEnvironment.DATABASE_PASSWORD, "p@ss:w/rd");
        env.put(SupersetEnvironment.REDIS_BROKER_SENTINELS, broker.sentinels());
        env.put(SupersetEnvironment.REDIS_BROKER_MASTER, broker.master());
        env.put(SupersetEnvironment.REDIS_BROKER_PASSWORD, brokerPassword);
        env.put(SupersetEnvironment.REDIS_CACHE_SENTINELS, cache.sentinels());
        env.put(SupersetEnvironment.REDIS_CACHE_MASTER, cache.master());
        env.put(SupersetEnvironment.REDIS_CACHE_PASSWORD, cachePassword);
        env.put(SupersetEnvironment.ASYNC_QUERIES_JWT_SECRET, "j".repeat(40));
        env.put("SUPERSET_CONFIG_PATH", config.toString());
        env.put("PYTHONPATH", resource("superset-standin").toString());
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.put("PATH", "/usr/bin:/bin:/usr/sbin:/sbin");
        env.put("PROBE_REDIS_URL", "redis://127.0.0.1:" + probePort + "/0");
        return new SupersetStandIn(config, env);
    }

    public Path config() {
        return config;
    }

    /** The environment the rendered file and the stand-in read; mutable, so a test can override one variable. */
    public Map<String, String> environment() {
        return environment;
    }

    /** Runs a python script from test resources with arguments; returns its result. */
    public Processes.Result python(String script, String... args) {
        List<String> command = new ArrayList<>(List.of(PYTHON, resource(script).toString()));
        command.addAll(List.of(args));
        return Processes.run(command, environment, 120);
    }

    /** Starts a long-running command (a worker, beat, gunicorn) with this environment, in its own process group. */
    public Process start(List<String> command, Path log) {
        List<String> grouped = new ArrayList<>(List.of("setsid"));
        grouped.addAll(command);
        try {
            ProcessBuilder builder = new ProcessBuilder(grouped).redirectErrorStream(true).redirectOutput(log.toFile())
                    .directory(log.getParent().toFile());
            builder.environment().putAll(environment);
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + String.join(" ", command), e);
        }
    }

    /** SIGKILLs a process started by {@link #start} and everything in its group (a spot interruption). */
    public static void killGroup(Process process) {
        Processes.run(List.of("kill", "-KILL", "--", "-" + process.pid()));
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops a process group politely (SIGTERM), then forcibly. */
    public static void stopGroup(Process process) {
        if (!process.isAlive()) {
            return;
        }
        Processes.run(List.of("kill", "-TERM", "--", "-" + process.pid()));
        try {
            if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                killGroup(process);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static Path resource(String name) {
        try {
            return Path.of(SupersetStandIn.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + name, e);
        }
    }
}
