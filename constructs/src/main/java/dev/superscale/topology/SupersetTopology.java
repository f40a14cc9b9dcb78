package dev.superscale.topology;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.PgBouncerPlan;
import dev.superscale.capacity.Sized;
import dev.superscale.capacity.WebPlan;
import dev.superscale.capacity.WorkerGroupPlan;
import dev.superscale.render.PgBouncerBinding;
import dev.superscale.render.PgBouncerIniRenderer;
import dev.superscale.render.ProcessCommands;
import dev.superscale.render.RedisAddressing;
import dev.superscale.render.RedisDatabases;
import dev.superscale.render.SupersetConfigRenderer;
import dev.superscale.render.StatsdMappingRenderer;
import dev.superscale.render.SupersetEnvironment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every component a Superset deployment runs, derived from a capacity plan: the seam between
 * the plan and the targets. A target renders these components on its platform; it never asks
 * how many users there are and never re-derives a probe, an environment variable, a secret or
 * a start order. Immutable; the same plan gives equal topologies.
 *
 * @param plan       the plan the components are sized from
 * @param components in start order: PgBouncer, migrations, web, the worker groups, beat, then Flower if enabled
 */
public record SupersetTopology(CapacityPlan plan, List<Component> components) {

    public static final String WEB = "web";
    public static final String BEAT = "beat";
    public static final String MIGRATIONS = "migrations";
    public static final String PGBOUNCER = "pgbouncer";
    public static final String FLOWER = "flower";
    public static final String WORKER_PREFIX = "worker-";

    public static final String SUPERSET_CONFIG_FILE = "superset_config.py";
    /** On PYTHONPATH in the official image, so Superset finds the file even without SUPERSET_CONFIG_PATH. */
    public static final String SUPERSET_CONFIG_DIRECTORY = "/app/pythonpath";
    public static final String PGBOUNCER_INI = "pgbouncer.ini";
    public static final String PGBOUNCER_USERLIST = "userlist.txt";
    public static final String PGBOUNCER_DIRECTORY = "/etc/pgbouncer";
    /** Environment variables the PgBouncer container builds its userlist from. */
    public static final String PGBOUNCER_USER_VARIABLE = "DB_USER";
    public static final String PGBOUNCER_PASSWORD_VARIABLE = "DB_PASSWORD";
    public static final int PGBOUNCER_PORT = 6432;
    public static final int FLOWER_PORT = 5555;
    /** Flower's basic-auth user and password in its environment (not FLOWER_*: Flower would read them as options). */
    public static final String FLOWER_AUTH_USERNAME = "BASIC_AUTH_USERNAME";
    public static final String FLOWER_AUTH_PASSWORD = "BASIC_AUTH_PASSWORD";
    public static final String HEALTH_PATH = "/health";

    public SupersetTopology {
        components = List.copyOf(components);
        Set<String> names = new HashSet<>();
        for (Component component : components) {
            if (!names.add(component.name())) {
                throw new IllegalArgumentException("two components are named " + component.name());
            }
            for (String before : component.startsAfter()) {
                if (!names.contains(before)) {
                    throw new IllegalArgumentException(component.name() + " starts after " + before + ", which is not listed before it");
                }
            }
        }
    }

    /** The topology of a plan, without Flower. */
    public static SupersetTopology of(CapacityPlan plan) {
        return of(plan, false);
    }

    /** The topology of a plan; {@code withFlower} adds Flower behind basic authentication. */
    public static SupersetTopology of(CapacityPlan plan, boolean withFlower) {
        return of(plan, withFlower ? EnumSet.of(TopologyOption.FLOWER) : EnumSet.noneOf(TopologyOption.class));
    }

    /** The topology of a plan with the given options (Flower, StatsD output), for managed Redis endpoints. */
    public static SupersetTopology of(CapacityPlan plan, Set<TopologyOption> options) {
        return of(plan, options, RedisAddressing.ENDPOINTS);
    }

    /** The topology of a plan; {@code withFlower} adds Flower, {@code redis} says how the target's Redis is addressed. */
    public static SupersetTopology of(CapacityPlan plan, boolean withFlower, RedisAddressing redis) {
        return of(plan, withFlower ? EnumSet.of(TopologyOption.FLOWER) : EnumSet.noneOf(TopologyOption.class), redis);
    }

    /**
     * The topology of a plan with the given options, for a target whose Redis is addressed as {@code redis} says:
     * the Superset components' environment and superset_config.py follow it. Flower takes a broker URL on its
     * command line, which cannot carry Sentinel's master name: with {@link RedisAddressing#SENTINEL} it is refused.
     */
    public static SupersetTopology of(CapacityPlan plan, Set<TopologyOption> options, RedisAddressing redis) {
        boolean withFlower = options.contains(TopologyOption.FLOWER);
        if (withFlower && redis == RedisAddressing.SENTINEL) {
            throw new IllegalArgumentException("Flower is not available with Sentinel addressing: its --broker URL cannot name the Sentinel master");
        }
        boolean statsd = options.contains(TopologyOption.STATSD);
        List<Component> components = new ArrayList<>();
        components.add(pgBouncer(plan));
        components.add(migrations(plan, statsd, redis));
        components.add(web(plan, statsd, redis));
        for (WorkerGroupPlan group : plan.workerGroups()) {
            components.add(worker(plan, group, statsd, redis));
        }
        components.add(beat(plan, statsd, redis));
        if (withFlower) {
            components.add(flower(plan));
        }
        return new SupersetTopology(plan, components);
    }

    /** Whether the Superset processes send StatsD ({@link TopologyOption#STATSD}): the target then provides {@link Endpoint#STATSD}. */
    public boolean statsd() {
        return web().env(SupersetEnvironment.STATSD_HOST).isPresent();
    }

    /** The statsd-exporter mapping for this plan's StatsD lines (latency buckets include the plan's threshold). */
    public String statsdMapping() {
        return StatsdMappingRenderer.render(plan);
    }

    public Component component(String name) {
        return components.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no component named " + name));
    }

    public Component web() {
        return component(WEB);
    }

    public Component beat() {
        return component(BEAT);
    }

    public Component migrations() {
        return component(MIGRATIONS);
    }

    public Component pgBouncer() {
        return component(PGBOUNCER);
    }

    public Optional<Component> flower() {
        return components.stream().filter(c -> c.name().equals(FLOWER)).findFirst();
    }

    /** One component per Celery queue, in the plan's order. */
    public List<Component> workers() {
        return components.stream().filter(c -> c.role() == ComponentRole.CELERY_WORKER).toList();
    }

    /** The worker component consuming a queue. */
    public Component worker(String queue) {
        return component(WORKER_PREFIX + queue);
    }

    /** The components that run Superset's image. */
    public List<Component> supersetComponents() {
        return components.stream().filter(c -> c.image() == ImageKind.SUPERSET).toList();
    }

    /** Every secret some component reads. */
    public List<SupersetSecret> secrets() {
        return components.stream().flatMap(c -> c.secrets().stream()).distinct().sorted().toList();
    }

    /** pgbouncer.ini for a target's database host and listen address; sizes from the plan. */
    public String pgBouncerIni(PgBouncerBinding binding) {
        return PgBouncerIniRenderer.render(plan, binding);
    }

    /** The binding PgBouncer's container contract implies, for a database host the target knows. */
    public static PgBouncerBinding pgBouncerBinding(String databaseHost, int databasePort, String databaseName) {
        return PgBouncerBinding.forDatabase(databaseHost)
                .withListen("0.0.0.0", PGBOUNCER_PORT)
                .withDatabase(databaseHost, databasePort, databaseName)
                .withAuthFile(PGBOUNCER_DIRECTORY + "/" + PGBOUNCER_USERLIST);
    }

    // ---- components ----

    private static Component pgBouncer(CapacityPlan plan) {
        PgBouncerPlan bouncer = plan.pgBouncer();
        HealthProbe probe = new HealthProbe(ProbeKind.TCP, null, List.of(), PGBOUNCER_PORT,
                seconds(10, "PgBouncer accepts connections within milliseconds: a TCP check every 10 s"),
                seconds(5, "a listening PgBouncer answers a TCP connect at once"),
                count(2, "two passes: a restarted replica is serving"),
                count(2, "two failures (20 s): clients move to the other replicas quickly"),
                seconds(10, "PgBouncer starts in well under a second"));
        return new Component(PGBOUNCER, ComponentRole.PGBOUNCER, ImageKind.PGBOUNCER,
                List.of("pgbouncer", PGBOUNCER_DIRECTORY + "/" + PGBOUNCER_INI),
                List.of(new ContainerPort("postgres", PGBOUNCER_PORT)),
                Optional.of(probe),
                Replicas.fixed(bouncer.replicas()),
                new Resources(bouncer.cpuMillicores(), bouncer.memoryMiB()),
                Rollout.SURGE,
                new Sized(bouncer.queryWaitTimeoutSeconds().value(), "s", "a stopping PgBouncer lets clients waiting for a server "
                        + "connection get one or time out (query_wait_timeout)"),
                Scaling.none(),
                new Placement(CapacityKind.ON_DEMAND, bouncer.replicas(), plan.availabilityZones()),
                List.of(EnvVar.secret(PGBOUNCER_USER_VARIABLE, SupersetSecret.DATABASE_CREDENTIALS, "username"),
                        EnvVar.secret(PGBOUNCER_PASSWORD_VARIABLE, SupersetSecret.DATABASE_CREDENTIALS, "password")),
                List.of(new ConfigFile(PGBOUNCER_INI, PGBOUNCER_DIRECTORY, null, "pool sizes from the plan; the target renders it "
                                + "with its database host (SupersetTopology.pgBouncerIni)"),
                        new ConfigFile(PGBOUNCER_USERLIST, PGBOUNCER_DIRECTORY, null, "one line, \"USER\" \"PASSWORD\" with double quotes "
                                + "inside doubled, written at start from " + PGBOUNCER_USER_VARIABLE + " and " + PGBOUNCER_PASSWORD_VARIABLE)),
                List.of(),
                Optional.empty());
    }

    private static Component migrations(CapacityPlan plan, boolean statsd, RedisAddressing redis) {
        return new Component(MIGRATIONS, ComponentRole.MIGRATIONS, ImageKind.SUPERSET, ProcessCommands.migrations(),
                List.of(), Optional.empty(),
                Replicas.fixed(new Sized(1, "run", "migrations run once per rollout")),
                new Resources(plan.migrations().cpuMillicores(), plan.migrations().memoryMiB()),
                Rollout.RUN_ONCE,
                seconds(30, "an interrupted migration is rolled back by PostgreSQL's transaction; it only needs to exit"),
                Scaling.none(),
                new Placement(CapacityKind.ON_DEMAND, new Sized(1, "run", "a migration is never interrupted by a spot reclaim"),
                        plan.availabilityZones()),
                supersetEnvironment(plan, MIGRATIONS, false, statsd, redis),
                List.of(supersetConfig(plan, redis)),
                List.of(PGBOUNCER),
                Optional.of(plan.migrations().timeoutSeconds()));
    }

    private static Component web(CapacityPlan plan, boolean statsd, RedisAddressing redis) {
        WebPlan web = plan.web();
        HealthProbe probe = new HealthProbe(ProbeKind.HTTP, HEALTH_PATH, List.of(), ProcessCommands.WEB_PORT,
                seconds(15, "Superset's /health answers without touching the database: cheap every 15 s"),
                seconds(5, "a healthy gunicorn answers /health in milliseconds even when its threads are busy with queries"),
                count(2, "two passes (30 s) before a new replica takes traffic"),
                count(3, "three failures (45 s): a replica busy with one slow burst is not killed"),
                seconds(180, "Superset loads its app and connects to Postgres and Redis on start; slow under a cold image pull"));
        return new Component(WEB, ComponentRole.WEB, ImageKind.SUPERSET, statsd ? ProcessCommands.gunicornWithStatsd(plan) : ProcessCommands.gunicorn(plan),
                List.of(new ContainerPort("http", ProcessCommands.WEB_PORT)),
                Optional.of(probe),
                new Replicas(web.minReplicas(), web.peakReplicas(), web.maxReplicas()),
                new Resources(web.cpuMillicores(), web.memoryMiB()),
                Rollout.SURGE,
                web.stopGraceSeconds(),
                new Scaling(List.of(
                        new ScalingSignal(ScalingSignal.Kind.CPU_PERCENT, web.scaleOutCpuPercent(), null),
                        new ScalingSignal(ScalingSignal.Kind.REQUESTS_PER_REPLICA_PER_MINUTE, web.requestsPerReplicaPerMinuteTarget(), null)),
                        web.cooldowns()),
                new Placement(CapacityKind.ON_DEMAND, web.maxReplicas(), plan.availabilityZones()),
                supersetEnvironment(plan, WEB, false, statsd, redis),
                List.of(supersetConfig(plan, redis)),
                List.of(PGBOUNCER, MIGRATIONS),
                Optional.empty());
    }

    private static Component worker(CapacityPlan plan, WorkerGroupPlan group, boolean statsd, RedisAddressing redis) {
        String name = WORKER_PREFIX + group.queue();
        List<String> ping = List.of("/bin/sh", "-c", "exec celery " + ProcessCommands.CELERY_APP + " inspect ping --timeout=10 --destination="
                + group.queue() + "@\"$(hostname)\"");
        HealthProbe probe = new HealthProbe(ProbeKind.COMMAND, null, ping, 0,
                seconds(60, "a ping loads the Celery app: once a minute is enough to find a wedged worker"),
                seconds(20, "the ping itself waits up to 10 s for the worker's reply"),
                count(1, "one reply shows the worker consumes"),
                count(3, "three missed pings (3 minutes): a worker busy with long tasks still answers, a wedged one does not"),
                seconds(120, "the worker loads Superset's app and connects to the broker before it answers pings"));
        return new Component(name, ComponentRole.CELERY_WORKER, ImageKind.SUPERSET, ProcessCommands.celeryWorker(group),
                List.of(), Optional.of(probe),
                new Replicas(group.minReplicas(), group.peakReplicas(), group.maxReplicas()),
                new Resources(group.containerCpuMillicores(), group.containerMemoryMiB()),
                Rollout.SURGE,
                group.stopGraceSeconds(),
                new Scaling(List.of(
                        new ScalingSignal(ScalingSignal.Kind.QUEUE_LENGTH_PER_REPLICA, group.queueLengthPerReplicaTarget(), group.queue()),
                        new ScalingSignal(ScalingSignal.Kind.CPU_PERCENT, group.scaleOutCpuPercent(), null)),
                        group.cooldowns()),
                new Placement(CapacityKind.SPOT, group.onDemandBaseReplicas(), plan.availabilityZones()),
                supersetEnvironment(plan, name, true, statsd, redis),
                List.of(supersetConfig(plan, redis)),
                List.of(PGBOUNCER, MIGRATIONS),
                Optional.empty());
    }

    private static Component beat(CapacityPlan plan, boolean statsd, RedisAddressing redis) {
        return new Component(BEAT, ComponentRole.CELERY_BEAT, ImageKind.SUPERSET, ProcessCommands.celeryBeat(),
                List.of(), Optional.empty(),
                Replicas.fixed(plan.beat().replicas()),
                new Resources(plan.beat().cpuMillicores(), plan.beat().memoryMiB()),
                Rollout.STOP_FIRST,
                plan.beat().stopGraceSeconds(),
                Scaling.none(),
                new Placement(CapacityKind.ON_DEMAND, plan.beat().replicas(), plan.availabilityZones()),
                supersetEnvironment(plan, BEAT, true, statsd, redis),
                List.of(supersetConfig(plan, redis)),
                List.of(PGBOUNCER, MIGRATIONS),
                Optional.empty());
    }

    private static Component flower(CapacityPlan plan) {
        String tls = SupersetEnvironment.REDIS_TLS;
        // The broker URL is assembled at start so the AUTH token stays in the secret (tokens are URL-safe: ElastiCache
        // and Memorystore generate alphanumeric ones).
        // Flower reads every FLOWER_* variable as an option (and fails on unknown ones), so the two secret keys arrive
        // under other names and become its basic_auth option in the environment, off the command line.
        String command = "export FLOWER_BASIC_AUTH=\"${" + FLOWER_AUTH_USERNAME + "}:${" + FLOWER_AUTH_PASSWORD + "}\"; "
                + "scheme=redis; query=; if [ \"${" + tls + ":-true}\" = true ]; then scheme=rediss; query='?ssl_cert_reqs=required'; "
                + "if [ -n \"${" + SupersetEnvironment.REDIS_CA_FILE + ":-}\" ]; then query=\"$query&ssl_ca_certs=${" + SupersetEnvironment.REDIS_CA_FILE + "}\"; fi; fi; "
                + "exec celery --broker=\"$scheme://:${" + SupersetEnvironment.REDIS_BROKER_PASSWORD + "}@${" + SupersetEnvironment.REDIS_BROKER_HOST
                + "}:${" + SupersetEnvironment.REDIS_BROKER_PORT + "}/" + RedisDatabases.CELERY_BROKER.index() + "$query\" flower --port="
                + FLOWER_PORT + " --purge_offline_workers=300";
        HealthProbe probe = new HealthProbe(ProbeKind.HTTP, "/healthcheck", List.of(), FLOWER_PORT,
                seconds(30, "Flower is a monitoring aid: a check every 30 s"),
                seconds(5, "/healthcheck answers without the broker"),
                count(1, "one pass"), count(3, "three failures"),
                seconds(30, "Flower starts in seconds"));
        List<EnvVar> env = new ArrayList<>(List.of(
                EnvVar.endpoint(SupersetEnvironment.REDIS_BROKER_HOST, Endpoint.REDIS_BROKER, Endpoint.Part.HOST),
                EnvVar.endpoint(SupersetEnvironment.REDIS_BROKER_PORT, Endpoint.REDIS_BROKER, Endpoint.Part.PORT),
                EnvVar.endpoint(SupersetEnvironment.REDIS_TLS, Endpoint.REDIS_BROKER, Endpoint.Part.TLS),
                EnvVar.secret(SupersetEnvironment.REDIS_BROKER_PASSWORD, SupersetSecret.REDIS_BROKER_AUTH, SupersetSecret.VALUE),
                // Flower never serves without a password.
                EnvVar.secret(FLOWER_AUTH_USERNAME, SupersetSecret.FLOWER_BASIC_AUTH, "username"),
                EnvVar.secret(FLOWER_AUTH_PASSWORD, SupersetSecret.FLOWER_BASIC_AUTH, "password")));
        return new Component(FLOWER, ComponentRole.FLOWER, ImageKind.FLOWER, List.of("/bin/sh", "-c", command),
                List.of(new ContainerPort("http", FLOWER_PORT)), Optional.of(probe),
                Replicas.fixed(new Sized(1, "replica", "a monitoring view: one is enough, and its state is rebuilt from the broker")),
                new Resources(new Sized(250, "millicores", "Flower mostly waits on broker events"),
                        new Sized(512, "MiB", "Flower keeps recent task events in memory")),
                Rollout.SURGE,
                seconds(10, "Flower holds no work in flight"),
                Scaling.none(),
                new Placement(CapacityKind.ON_DEMAND, new Sized(1, "replica", "on-demand with the other singletons"), plan.availabilityZones()),
                env, List.of(), List.of(), Optional.empty());
    }

    // ---- the environment contract of Superset's image ----

    private static List<EnvVar> supersetEnvironment(CapacityPlan plan, String component, boolean opensDashboards, boolean statsd, RedisAddressing redis) {
        List<EnvVar> env = new ArrayList<>(List.of(
                EnvVar.literal("SUPERSET_COMPONENT", component),
                new EnvVar("SUPERSET_CONFIG_PATH", new EnvSource.ConfigFilePath(SUPERSET_CONFIG_FILE)),
                EnvVar.secret(SupersetEnvironment.SECRET_KEY, SupersetSecret.SECRET_KEY, SupersetSecret.VALUE),
                EnvVar.endpoint(SupersetEnvironment.DATABASE_HOST, Endpoint.METADATA_DATABASE, Endpoint.Part.HOST),
                EnvVar.endpoint(SupersetEnvironment.DATABASE_PORT, Endpoint.METADATA_DATABASE, Endpoint.Part.PORT),
                EnvVar.endpoint(SupersetEnvironment.DATABASE_DB, Endpoint.METADATA_DATABASE, Endpoint.Part.DATABASE_NAME),
                EnvVar.secret(SupersetEnvironment.DATABASE_USER, SupersetSecret.DATABASE_CREDENTIALS, "username"),
                EnvVar.secret(SupersetEnvironment.DATABASE_PASSWORD, SupersetSecret.DATABASE_CREDENTIALS, "password")));
        if (redis == RedisAddressing.SENTINEL) {
            env.addAll(List.of(
                    EnvVar.endpoint(SupersetEnvironment.REDIS_BROKER_SENTINELS, Endpoint.REDIS_BROKER, Endpoint.Part.NODES),
                    EnvVar.endpoint(SupersetEnvironment.REDIS_BROKER_MASTER, Endpoint.REDIS_BROKER, Endpoint.Part.MASTER_NAME),
                    EnvVar.secret(SupersetEnvironment.REDIS_BROKER_PASSWORD, SupersetSecret.REDIS_BROKER_AUTH, SupersetSecret.VALUE),
                    EnvVar.endpoint(SupersetEnvironment.REDIS_CACHE_SENTINELS, Endpoint.REDIS_CACHE, Endpoint.Part.NODES),
                    EnvVar.endpoint(SupersetEnvironment.REDIS_CACHE_MASTER, Endpoint.REDIS_CACHE, Endpoint.Part.MASTER_NAME),
                    EnvVar.secret(SupersetEnvironment.REDIS_CACHE_PASSWORD, SupersetSecret.REDIS_CACHE_AUTH, SupersetSecret.VALUE)));
        } else {
            env.addAll(List.of(
                    EnvVar.endpoint(SupersetEnvironment.REDIS_BROKER_HOST, Endpoint.REDIS_BROKER, Endpoint.Part.HOST),
                    EnvVar.endpoint(SupersetEnvironment.REDIS_BROKER_PORT, Endpoint.REDIS_BROKER, Endpoint.Part.PORT),
                    EnvVar.secret(SupersetEnvironment.REDIS_BROKER_PASSWORD, SupersetSecret.REDIS_BROKER_AUTH, SupersetSecret.VALUE),
                    EnvVar.endpoint(SupersetEnvironment.REDIS_CACHE_NODES, Endpoint.REDIS_CACHE, Endpoint.Part.NODES),
                    EnvVar.secret(SupersetEnvironment.REDIS_CACHE_PASSWORD, SupersetSecret.REDIS_CACHE_AUTH, SupersetSecret.VALUE),
                    EnvVar.endpoint(SupersetEnvironment.REDIS_TLS, Endpoint.REDIS_BROKER, Endpoint.Part.TLS)));
        }
        env.add(EnvVar.endpoint(SupersetEnvironment.HTTPS, Endpoint.WEB_URL, Endpoint.Part.TLS));
        if (plan.asyncChartQueries()) {
            env.add(EnvVar.secret(SupersetEnvironment.ASYNC_QUERIES_JWT_SECRET, SupersetSecret.ASYNC_QUERIES_JWT, SupersetSecret.VALUE));
        }
        if (opensDashboards) {
            // Report and alert workers (and beat's scheduled links) open dashboards through the public address.
            env.add(EnvVar.endpoint(SupersetEnvironment.WEBSERVER_URL, Endpoint.WEB_URL, Endpoint.Part.URL));
        }
        if (statsd) {
            // Superset's STATS_LOGGER in every process (async chart queries count cache hits in workers), gunicorn's in web.
            env.add(EnvVar.endpoint(SupersetEnvironment.STATSD_HOST, Endpoint.STATSD, Endpoint.Part.HOST));
            env.add(EnvVar.endpoint(SupersetEnvironment.STATSD_PORT, Endpoint.STATSD, Endpoint.Part.PORT));
        }
        return env;
    }

    private static ConfigFile supersetConfig(CapacityPlan plan, RedisAddressing redis) {
        return new ConfigFile(SUPERSET_CONFIG_FILE, SUPERSET_CONFIG_DIRECTORY, SupersetConfigRenderer.render(plan, redis),
                "Superset's configuration rendered from the plan; reads secrets and endpoints from the environment");
    }

    private static Sized seconds(long value, String reason) {
        return new Sized(value, "s", reason);
    }

    private static Sized count(long value, String reason) {
        return new Sized(value, "checks", reason);
    }
}
