package dev.superscale.render;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.TimeoutChain;
import dev.superscale.capacity.WebPlan;
import dev.superscale.capacity.WorkerGroupPlan;
import java.util.List;

/** The command lines of Superset's processes, sized from the plan. Same on every target. */
public final class ProcessCommands {

    public static final int WEB_PORT = 8088;
    public static final String CELERY_APP = "--app=superset.tasks.celery_app:app";
    /** Beat keeps its schedule file in a writable scratch directory (root filesystems are read-only). */
    public static final String BEAT_SCHEDULE_FILE = "/tmp/celerybeat-schedule";

    private ProcessCommands() {
    }

    public static List<String> gunicorn(CapacityPlan plan) {
        WebPlan web = plan.web();
        TimeoutChain timeouts = web.timeouts();
        return List.of("gunicorn",
                "--bind", "0.0.0.0:" + WEB_PORT,
                "--workers", Long.toString(web.gunicornWorkers().value()),
                "--worker-class", "gthread",
                "--threads", Long.toString(web.gunicornThreads().value()),
                "--timeout", Long.toString(timeouts.gunicornTimeoutSeconds().value()),
                "--graceful-timeout", Long.toString(timeouts.gunicornGracefulTimeoutSeconds().value()),
                "--keep-alive", Long.toString(timeouts.gunicornKeepAliveSeconds().value()),
                // Recycle workers now and then so slow memory growth never reaches the container limit.
                "--max-requests", "1000",
                "--max-requests-jitter", "100",
                "--limit-request-line", "0",
                "--limit-request-field_size", "0",
                "--access-logfile", "-",
                "--error-logfile", "-",
                "superset.app:create_app()");
    }

    /**
     * gunicorn as above, also sending its request metrics (gunicorn.requests, gunicorn.request.duration,
     * gunicorn.request.status.CODE) to the StatsD receiver in {@link SupersetEnvironment#STATSD_HOST} and
     * {@link SupersetEnvironment#STATSD_PORT}, under {@link StatsdMappingRenderer#GUNICORN_PREFIX}. A shell joins host and
     * port at start, since the target provides them as environment variables.
     */
    public static List<String> gunicornWithStatsd(CapacityPlan plan) {
        List<String> args = new java.util.ArrayList<>(gunicorn(plan));
        String app = args.remove(args.size() - 1);
        StringBuilder line = new StringBuilder("exec");
        for (String arg : args) {
            line.append(' ').append(shellQuoted(arg));
        }
        line.append(" --statsd-host \"$").append(SupersetEnvironment.STATSD_HOST).append(":$").append(SupersetEnvironment.STATSD_PORT)
                .append("\" --statsd-prefix ").append(StatsdMappingRenderer.GUNICORN_PREFIX).append(' ').append(shellQuoted(app));
        return List.of("/bin/sh", "-c", line.toString());
    }

    /** The argument as one shell word: as is when it holds only safe characters, else in single quotes. */
    static String shellQuoted(String arg) {
        if (arg.matches("[A-Za-z0-9_./:=,+@%-]+")) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    public static List<String> celeryWorker(WorkerGroupPlan group) {
        return List.of("celery", CELERY_APP, "worker",
                "--queues=" + group.queue(),
                "--hostname=" + group.queue() + "@%h",
                "--pool=prefork",
                "--concurrency=" + group.concurrency().value(),
                "--prefetch-multiplier=" + group.prefetchMultiplier().value(),
                "-O", "fair",
                "--max-tasks-per-child=100",
                "--loglevel=INFO");
    }

    public static List<String> celeryBeat() {
        return List.of("celery", CELERY_APP, "beat", "--schedule=" + BEAT_SCHEDULE_FILE, "--pidfile=", "--loglevel=INFO");
    }

    /**
     * Run once per deployment, before new web replicas take traffic. Connects to PgBouncer's pool without
     * statement_timeout ({@link PgBouncerIniRenderer#MIGRATIONS_SUFFIX}): a schema change may outlast any request.
     */
    public static List<String> migrations() {
        // $NAME, not ${NAME}: CloudFormation linters read ${...} in a container command as an unresolved Fn::Sub parameter.
        return List.of("/bin/sh", "-c", "export " + SupersetEnvironment.DATABASE_DB + "=\"$" + SupersetEnvironment.DATABASE_DB + "\""
                + PgBouncerIniRenderer.MIGRATIONS_SUFFIX + " && superset db upgrade && superset init");
    }
}
