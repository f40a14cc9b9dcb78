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
