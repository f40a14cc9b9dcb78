package dev.superscale.capacity;

import static dev.superscale.capacity.Format.decimal;
import static dev.superscale.capacity.Format.format;
import static dev.superscale.capacity.Format.percent;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link UserLoad} into a {@link CapacityPlan}. Pure: no I/O, no cloud types, the
 * same input always gives the same plan.
 *
 * <p>Every pool (gunicorn threads, Celery processes, PgBouncer server connections) is an
 * M/G/c queue: offered load from Little's law (arrival rate x mean service time), then the
 * fewest servers whose p95 wait meets its target ({@link Queueing}: Erlang C with a calibrated
 * correction for heavy-tailed service times) and whose utilization stays under a cap. The web
 * threads and the interactive processes are sized for dashboard views that fire their charts at
 * once ({@link BatchArrivals}): Poisson sizing left the interactive queue at 1.64 s p95 against
 * its 1 s target in the simulator's bursty peak at 20,000 users.
 */
public final class CapacityPlanner {

    /** From this many users up, every component spans three zones and has at least two replicas. */
    public static final int HA_USERS = 1_000;
    /** Async chart queries from this much warehouse-bound chart work at peak (busy threads). */
    public static final double ASYNC_THRESHOLD_ERLANGS = 4;

    static final int WORKERS_PER_VCPU = 2;
    static final int THREADS_PER_WORKER = 8;
    static final double WEB_CPU_TARGET = 0.70;
    static final double WEB_SCALE_IN_CPU = 0.30;
    static final double THREAD_UTILIZATION_CAP = 0.85;
    static final double WEB_WAIT_SHARE_OF_LATENCY = 0.10;
    static final double OFF_PEAK_SHARE = 0.25;
    static final int INTERACTIVE_CONCURRENCY = 6;
    static final int REPORTS_CONCURRENCY = 4;
    static final double INTERACTIVE_RAMP_FLOOR_SHARE = 0.40;
    /** Celery queues never run above this utilization at peak: past it waits grow steeply and bursts pile up. */
    public static final double QUEUE_UTILIZATION_CAP = 0.85;
    static final double DB_POOL_WAIT_TARGET_SECONDS = 0.05;
    static final double DB_POOL_UTILIZATION_CAP = 0.80;
    static final int SUPERUSER_RESERVED_CONNECTIONS = 3;
    static final int ADMIN_CONNECTIONS = 10;
    static final double MAX_CONNECTIONS_BUDGET_SHARE = 0.75;
    static final double BROKER_FILL_LIMIT = 0.5;
    static final double CACHE_FILL_TARGET = 0.7;
    static final int CACHE_SHARD_MAX_MIB = 6_656;
    static final int REALTIME_TTL = 300;
    static final int DAILY_TTL = 3_600;
    static final int EXPLORATORY_TTL = 14_400;
    static final int SQL_LAB_RESULTS_TTL = 86_400;
    static final int ASYNC_STREAM_LIMIT = 1_000;
    static final int ASYNC_FIREHOSE_LIMIT = 1_000_000;
    static final double ASYNC_EVENT_BYTES = 300;
    /** Seconds between a task's soft and hard time limit: time to clean up after SoftTimeLimitExceeded. */
    static final int SQL_LAB_HARD_LIMIT_GRACE = 30;
    static final int REPORTS_HARD_LIMIT_GRACE = 60;
    /** Superset's ALERT_REPORTS_CRON_WINDOW_SIZE: reports.execute is sent with an eta up to this far ahead. */
    static final int REPORT_ETA_WINDOW_SECONDS = 59;
    /** Filter and explore state kept per registered user (a few dashboards' native filters and unsaved charts). */
    static final double STATE_KIB_PER_USER = 20;
    static final int SCALE_OUT_COOLDOWN_SECONDS = 60;
    static final int SCALE_IN_COOLDOWN_SECONDS = 300;
    static final int WEB_STOP_MARGIN_SECONDS = 10;
    static final int WORKER_STOP_MARGIN_SECONDS = 30;
    static final int MIGRATION_TIMEOUT_SECONDS = 2_700;

    private final SupersetProfile profile;

    public CapacityPlanner() {
        this(SupersetProfile.defaults());
    }

    public CapacityPlanner(SupersetProfile profile) {
        this.profile = profile;
    }

    public static CapacityPlan planFor(UserLoad load) {
        return new CapacityPlanner().plan(load);
    }

    /**
     * The plan for a load. A load so large that a count would not fit the plan's numbers is refused
     * with {@link InvalidInputException} naming the load, never sized with wrapped-around figures.
     */
    public CapacityPlan plan(UserLoad load) {
        try {
            return planUnchecked(load);
        } catch (ArithmeticException e) {
            throw new InvalidInputException(format("the load is too large to plan (%s): %,d users x %s active x %s dashboard views "
                    + "per minute x %d charts = %s chart queries/s at peak; lower --users, --active-share, --views-per-minute "
                    + "or --charts-per-dashboard", e.getMessage(), load.registeredUsers(), percent(load.peakActiveShare()),
                    decimal(load.dashboardViewsPerActiveUserPerMinute()), load.chartsPerDashboard(), decimal(load.chartQueriesPerSecond())));
        }
    }

    private CapacityPlan planUnchecked(UserLoad load) {
        boolean ha = load.registeredUsers() >= HA_USERS;
        Sized zones = ha
                ? new Sized(3, "zones", format("%d users >= %d: three zones, so losing one leaves two serving", load.registeredUsers(), HA_USERS))
                : new Sized(2, "zones", format("%d users < %d: two zones keep failover while halving per-zone cost", load.registeredUsers(), HA_USERS));

        Choice availability = ha
                ? new Choice(CapacityPlan.HA_ENABLED, format("%d users >= %d: no single replica or zone may stop the service",
                        load.registeredUsers(), HA_USERS))
                : new Choice("disabled", format("%d users < %d: two zones for the data stores, but single replicas where a short "
                        + "outage is acceptable (the reports worker)", load.registeredUsers(), HA_USERS));
        ChartQueryMode mode = chooseMode(load);
        Choice modeReason = modeReason(load, mode);
        TimeoutChain timeouts = timeoutChain(load);
        Limits limits = limits(load);

        WebPlan web = web(load, mode, zones.intValue(), timeouts);
        List<WorkerGroupPlan> groups = List.of(
                interactiveGroup(load, mode, zones.intValue(), ha, limits),
                reportsGroup(load, zones.intValue(), ha, limits));

        ServiceMix dbDemand = ServiceMix.combine(web.demand(), groups.get(0).demand(), groups.get(1).demand());
        ConnectionBudget budget = connectionBudget(load, web, groups, dbDemand);
        PgBouncerPlan bouncer = pgBouncer(budget, timeouts);
        PostgresPlan postgres = postgres(load, ha, web, groups, budget);

        List<String> notes = new ArrayList<>();
        if (web.predictedP95LatencySeconds().value() > load.webP95LatencySeconds()) {
            String advice = PlanFeasibility.webLatencyAdvice(load, mode);
            notes.add(format("Web p95 is predicted at %s s, above the %s s target%s.",
                    decimal(web.predictedP95LatencySeconds().value()), decimal(load.webP95LatencySeconds()),
                    mode == ChartQueryMode.SYNC_IN_WEB ? ": in sync mode a chart request lasts as long as its warehouse query; " + advice
                            : ": the requests' own work takes longer than the target"));
        }
        notes.addAll(GuideEnvelope.notes(load, web, groups, budget));
        return new CapacityPlan(load, availability, summary(load), mode, modeReason, zones, web, groups, beat(), migrations(),
                postgres, budget, bouncer, redisBroker(load, mode, groups), redisCache(load), cachePolicy(), limits,
                alerts(load, postgres), notes);
    }

    // ---- load and mode ----

    private static LoadSummary summary(UserLoad load) {
        return new LoadSummary(
                new Measure(load.peakActiveUsers(), "users", format("%d registered x %s active at peak",
                        load.registeredUsers(), percent(load.peakActiveShare()))),
                new Measure(load.dashboardViewsPerSecond(), "views/s", format("active users x %s views per minute / 60",
                        decimal(load.dashboardViewsPerActiveUserPerMinute()))),
                new Measure(load.chartQueriesPerSecond(), "queries/s", format("dashboard views x %d charts", load.chartsPerDashboard())),
                new Measure(load.chartCacheMissesPerSecond(), "queries/s", format("chart queries x (1 - %s cache hit ratio)",
                        decimal(load.cacheHitRatio()))),
                new Measure(load.sqlLabQueriesPerSecond(), "queries/s", format("active users x %s in SQL Lab x %s queries per minute / 60",
                        percent(load.sqlLabShare()), decimal(load.sqlLabQueriesPerUserPerMinute()))),
                new Measure(load.reportsPerSecondAtPeak(), "reports/s", format("%s reports a day x %s in the busiest hour / 3600 s",
                        decimal(load.scheduledReportsPerDay()), percent(load.reportPeakHourShare()))));
    }

    static double warehouseBoundErlangs(UserLoad load) {
        return load.chartCacheMissesPerSecond() * load.chartQueryMeanSeconds();
    }

    private static ChartQueryMode chooseMode(UserLoad load) {
        return load.chartQueryMode().orElse(warehouseBoundErlangs(load) >= ASYNC_THRESHOLD_ERLANGS
                ? ChartQueryMode.ASYNC_ON_CELERY : ChartQueryMode.SYNC_IN_WEB);
    }

    private static Choice modeReason(UserLoad load, ChartQueryMode mode) {
        double erlangs = warehouseBoundErlangs(load);
        String why;
        if (load.chartQueryMode().isPresent()) {
            why = "set explicitly";
        } else if (mode == ChartQueryMode.ASYNC_ON_CELERY) {
            why = format("uncached chart queries would keep %s gunicorn threads waiting on the warehouse at peak (>= %s): "
                    + "queue them on Celery so slow queries cannot exhaust the web tier, and scale workers on queue depth",
                    decimal(erlangs), decimal(ASYNC_THRESHOLD_ERLANGS));
        } else {
            why = format("uncached chart queries keep only %s gunicorn threads busy at peak (< %s): Superset's default sync path "
                    + "is simpler and the web tier absorbs it", decimal(erlangs), decimal(ASYNC_THRESHOLD_ERLANGS));
        }
        return new Choice(mode.cliName(), mode.description() + "; " + why);
    }

    // ---- singletons ----

    private static BeatPlan beat() {
        return new BeatPlan(
                new Sized(1, "replica", "Celery beat must be a singleton: two would send every scheduled report twice"),
                new Sized(500, "millicores", "beat only wakes up to enqueue due tasks: half a core loads Superset's app"),
                new Sized(1_024, "MiB", "one Python process with Superset's app loaded"),
                new Sized(30, "s", "beat holds no work in flight: it only needs to close its broker connection"));
    }

    private static MigrationPlan migrations() {
        return new MigrationPlan(
                new Sized(1_000, "millicores", "superset db upgrade and superset init run in one process: one core"),
                new Sized(2_048, "MiB", "one Python process loading Superset and running Alembic migrations"),
                new Sized(MIGRATION_TIMEOUT_SECONDS, "s", "a migration longer than 45 minutes is stuck: stop it and fail the "
                        + "rollout, leaving time before a deployment tool's own one-hour limit"));
    }

    private static ScalingCooldowns cooldowns() {
        return new ScalingCooldowns(
                new Sized(SCALE_OUT_COOLDOWN_SECONDS, "s", "add capacity again a minute after the last scale-out: new replicas need "
                        + "that long to start serving"),
                new Sized(SCALE_IN_COOLDOWN_SECONDS, "s", "remove capacity only after five quiet minutes, so a dip between bursts "
                        + "does not shed replicas the next burst needs"));
    }

    // ---- web ----

    private WebPlan web(UserLoad load, ChartQueryMode mode, int zones, TimeoutChain timeouts) {
        List<ServiceMix.Stream> streams = new ArrayList<>();
        streams.add(new ServiceMix.Stream("page and API calls", load.dashboardViewsPerSecond() * profile.apiRequestsPerDashboardView(),
                profile.apiRequestSeconds()));
        streams.add(new ServiceMix.Stream("cached chart data", load.chartQueriesPerSecond() * load.cacheHitRatio(),
                profile.cachedChartSeconds()));
        double cpu = load.dashboardViewsPerSecond() * profile.apiRequestsPerDashboardView() * profile.apiCpuSeconds()
                + load.chartQueriesPerSecond() * load.cacheHitRatio() * profile.cachedChartCpuSeconds();
        double misses = load.chartCacheMissesPerSecond();
        if (mode == ChartQueryMode.SYNC_IN_WEB) {
            double overhead = profile.cachedChartSeconds().mean();
            streams.add(new ServiceMix.Stream("uncached chart queries (sync)", misses,
                    Lognormal.fromMeanAndP95(load.chartQueryMeanSeconds() + overhead, load.chartQueryP95Seconds() + overhead)));
            cpu += misses * profile.cachedChartCpuSeconds();
        } else {
            double pollsPerQuery = 2 + Math.ceil(load.chartQueryMeanSeconds() / profile.asyncPollIntervalSeconds());
            streams.add(new ServiceMix.Stream("async chart submits and polls", misses * pollsPerQuery, profile.pollSeconds()));
            streams.add(new ServiceMix.Stream("async chart result fetch", misses, profile.cachedChartSeconds()));
            cpu += misses * (pollsPerQuery * profile.pollCpuSeconds() + profile.cachedChartCpuSeconds());
        }
        double sqlLabPolls = 1 + Math.ceil(load.sqlLabQueryMeanSeconds() / profile.sqlLabPollIntervalSeconds());
        streams.add(new ServiceMix.Stream("SQL Lab submits and polls", load.sqlLabQueriesPerSecond() * sqlLabPolls, profile.pollSeconds()));
        cpu += load.sqlLabQueriesPerSecond() * sqlLabPolls * profile.pollCpuSeconds();
        ServiceMix demand = ServiceMix.of(streams.toArray(ServiceMix.Stream[]::new));

        int vcpu = profile.webVcpuPerReplica();
        int workers = WORKERS_PER_VCPU * vcpu;
        int threadsPerReplica = workers * THREADS_PER_WORKER;
        double waitTarget = WEB_WAIT_SHARE_OF_LATENCY * load.webP95LatencySeconds();
        int byCpu = ceilToInt(cpu / (vcpu * WEB_CPU_TARGET));
        double peakedness = BatchArrivals.webPeakedness(load, mode, demand);
        int threadsNeeded = BatchArrivals.minimumServers(demand, peakedness, waitTarget, THREAD_UTILIZATION_CAP);
        int byThreads = ceilDiv(threadsNeeded, threadsPerReplica);
        int peak = Math.max(zones, Math.max(byCpu, byThreads));
        SizedBy sizedBy = peak == zones && zones >= Math.max(byCpu, byThreads) ? SizedBy.HA_MINIMUM
                : byThreads > byCpu ? SizedBy.LATENCY_TARGET : SizedBy.UTILIZATION_CAP;
        String peakReason = format("max of: %s vCPU of work / (%d vCPU x %s CPU target) = %d; %d threads for a p95 wait <= %s s "
                        + "with dashboard bursts (peakedness %s) / %d per replica = %d; one per zone = %d",
                decimal(cpu), vcpu, percent(WEB_CPU_TARGET), byCpu, threadsNeeded, decimal(waitTarget), decimal(peakedness),
                threadsPerReplica, byThreads, zones);
        int min = Math.max(zones, ceilToInt(peak * OFF_PEAK_SHARE));
        int max = zoneLossCeiling(peak);
        QueuePrediction atPeak = BatchArrivals.predict(Math.multiplyExact(peak, threadsPerReplica), demand, peakedness);
        double p95Latency = demand.serviceQuantile(0.95) + atPeak.p95WaitSeconds();
        int memory = workers * profile.webWorkerMemoryMiB() + 1024;
        long requestsPerReplicaMinute = Math.max(60, Math.round(demand.ratePerSecond() * 60 / peak));

        return new WebPlan(
                new Sized(min, "replicas", format("one per zone (%d), and at least %s of peak for the off-peak floor", zones, percent(OFF_PEAK_SHARE))),
                new Sized(peak, "replicas", peakReason),
                new Sized(max, "replicas", zoneLossCeilingReason(zones, "losing a zone at peak still leaves peak capacity")),
                new Sized(workers, "processes", format("%d per vCPU x %d vCPU: processes give CPU parallelism past the GIL", WORKERS_PER_VCPU, vcpu)),
                new Sized(THREADS_PER_WORKER, "threads", "gthread workers: threads overlap time spent waiting on Postgres, Redis and the warehouse"),
                new Sized(vcpu * 1000L, "millicores", format("%d vCPU per replica", vcpu)),
                new Sized(memory, "MiB", format("%d workers x %d MiB + 1024 MiB for the master and page cache", workers, profile.webWorkerMemoryMiB())),
                new Sized(Math.round(WEB_CPU_TARGET * 100), "%", "the guide's scale-out point: room for a burst while new replicas start"),
                new Sized(Math.round(WEB_SCALE_IN_CPU * 100), "%", "the guide's scale-in point"),
                new Sized(requestsPerReplicaMinute, "requests/min", "peak request rate per replica at peak size: a second scaling signal for I/O-bound load"),
                cooldowns(),
                new Sized(timeouts.gunicornGracefulTimeoutSeconds().value() + WEB_STOP_MARGIN_SECONDS, "s",
                        format("gunicorn's graceful timeout plus %d s: in-flight requests finish before the process is killed",
                                WEB_STOP_MARGIN_SECONDS)),
                new Measure(demand.ratePerSecond(), "req/s", "page, API, chart and poll requests at peak"),
                new Measure(cpu, "vCPU", "sum over request classes of rate x CPU seconds per request"),
                new Measure(waitTarget, "s", format("%s of the %s s web p95 target; the rest is the request's own work",
                        percent(WEB_WAIT_SHARE_OF_LATENCY), decimal(load.webP95LatencySeconds()))),
                new Measure(peakedness, "ratio", peakednessReason(load, mode == ChartQueryMode.SYNC_IN_WEB
                        ? "all of a view's charts (cache hits and, in sync mode, misses)" : "a view's cache hits")),
                new Measure(p95Latency, "s", "p95 of the request mix plus the p95 wait for a thread (bursty arrivals)"),
                sizedBy, atPeak, demand, timeouts);
    }

    /**
     * Losing one of three zones leaves two thirds of the replicas: peak x 3/2 restores peak. Two-zone tiers take the
     * same ceiling (above peak, so the surviving zone can carry all of it): a 2 x peak ceiling there would make the
     * maximum drop where a tier crosses into three zones.
     */
    private static int zoneLossCeiling(int peak) {
        return Math.max(peak + 1, ceilDiv(Math.multiplyExact(peak, 3), 2));
    }

    private static String zoneLossCeilingReason(int zones, String promise) {
        return zones >= 3
                ? format("peak x 3/2 over %d zones: %s", zones, promise)
                : format("peak x 3/2 over %d zones: the surviving zone can grow to peak and beyond; the same ceiling as the "
                        + "three-zone tiers, so crossing into them never lowers it", zones);
    }

    private static TimeoutChain timeoutChain(UserLoad load) {
        int webserver = Math.max(60, roundUp(10 * load.chartQueryP95Seconds(), 10));
        int gunicorn = webserver + 30;
        int idle = gunicorn + 30;
        return new TimeoutChain(
                new Sized(idle, "s", "the only hard cut of a slow request: the balancer drops a connection idle this long; above the "
                        + "gunicorn timeout so it never races a worker restart"),
                new Sized(gunicorn, "s", "gthread workers are restarted only when the whole worker stops heart-beating this long, never for "
                        + "one slow request thread; above SUPERSET_WEBSERVER_TIMEOUT"),
                new Sized(idle + 5, "s", "above the balancer idle timeout, so the balancer closes idle connections first (no 502s)"),
                new Sized(webserver, "s", "in-flight requests finish on shutdown: as long as SUPERSET_WEBSERVER_TIMEOUT lets one run"),
                new Sized(webserver, "s", format("10 x the %s s chart query p95, at least 60 s; the browser's request timeout "
                        + "(Superset arms no server-side alarm off the main thread, so gthread requests are not cut by it)",
                        decimal(load.chartQueryP95Seconds()))),
                new Sized(webserver - 10, "s", "SQLLAB_TIMEOUT for sync SQL Lab, below the webserver timeout; Superset's SIGALRM timeout "
                        + "arms only on the main thread, so in gthread workers it is advisory: async SQL Lab's Celery limit is what holds"));
    }

    // ---- Celery ----

    private WorkerGroupPlan interactiveGroup(UserLoad load, ChartQueryMode mode, int zones, boolean ha, Limits limits) {
        List<ServiceMix.Stream> streams = new ArrayList<>();
        streams.add(new ServiceMix.Stream("SQL Lab queries", load.sqlLabQueriesPerSecond(), load.sqlLabQueryDuration()));
        List<String> tasks = new ArrayList<>(List.of("sql_lab.get_sql_results"));
        if (mode == ChartQueryMode.ASYNC_ON_CELERY) {
            streams.add(new ServiceMix.Stream("async chart queries", load.chartCacheMissesPerSecond(), load.chartQueryDuration()));
            tasks.add("load_chart_data_into_cache");
            tasks.add("load_explore_json_into_cache");
        }
        int soft = limits.sqlLabAsyncTimeLimitSeconds().intValue();
        ServiceMix demand = ServiceMix.of(streams.toArray(ServiceMix.Stream[]::new));
        double peakedness = BatchArrivals.interactivePeakedness(load, mode, demand);
        Measure bursts = new Measure(peakedness, "ratio", mode == ChartQueryMode.ASYNC_ON_CELERY
                ? peakednessReason(load, "a view's cache misses") : "SQL Lab queries only (sync chart mode): independent arrivals, peakedness 1");
        return workerGroup("interactive", tasks, demand, bursts,
                INTERACTIVE_CONCURRENCY, profile.interactiveProcessMemoryMiB(), load.interactiveWaitP95Seconds(),
                zones, ha ? zones : 2, true, soft, soft + SQL_LAB_HARD_LIMIT_GRACE, "SQLLAB_ASYNC_TIME_LIMIT_SEC");
    }

    private WorkerGroupPlan reportsGroup(UserLoad load, int zones, boolean ha, Limits limits) {
        ServiceMix demand = ServiceMix.of(new ServiceMix.Stream("scheduled reports and alerts", load.reportsPerSecondAtPeak(), load.reportDuration()));
        int soft = limits.reportWorkingTimeoutSeconds().intValue();
        return workerGroup("reports",
                List.of("reports.scheduler", "reports.execute", "reports.prune_log", "cache_chart_thumbnail",
                        "cache_dashboard_thumbnail", "cache_dashboard_screenshot", "cache-warmup", "fetch_url"),
                demand, new Measure(1, "ratio", "scheduled reports start on their own schedules, not in dashboard bursts: peakedness 1"),
                REPORTS_CONCURRENCY, profile.reportsProcessMemoryMiB(), load.reportsWaitP95Seconds(),
                zones, ha ? 2 : 1, false, soft, soft + REPORTS_HARD_LIMIT_GRACE, "ALERT_REPORTS_DEFAULT_WORKING_TIMEOUT");
    }

    private static WorkerGroupPlan workerGroup(String queue, List<String> tasks, ServiceMix demand, Measure bursts, int concurrency,
            int processMemoryMiB, double waitTarget, int zones, int haMinimum, boolean interactive, int softLimit, int hardLimit,
            String limitSource) {
        double peakedness = bursts.value();
        int processes = BatchArrivals.minimumServers(demand, peakedness, waitTarget, QUEUE_UTILIZATION_CAP);
        int byLoad = ceilDiv(processes, concurrency);
        int peak = Math.max(haMinimum, byLoad);
        SizedBy sizedBy;
        if (byLoad < haMinimum || processes == 0) {
            sizedBy = SizedBy.HA_MINIMUM;
        } else {
            // Judged at the unit the plan deploys: would one replica fewer miss the wait target?
            QueuePrediction oneReplicaFewer = BatchArrivals.predict(Math.multiplyExact(peak - 1, concurrency), demand, peakedness);
            sizedBy = oneReplicaFewer.p95WaitSeconds() > waitTarget ? SizedBy.LATENCY_TARGET : SizedBy.UTILIZATION_CAP;
        }
        int max = zoneLossCeiling(peak);
        Sized min = minReplicas(interactive, haMinimum, peak);
        int memoryPerMachine = roundUpToPowerOfTwo(concurrency * processMemoryMiB + 2048);
        int vcpu = Math.max(2, concurrency * 2 / 3);
        return new WorkerGroupPlan(queue, tasks,
                new Sized(concurrency, "processes", "the guide's 4-6 prefork processes per worker machine"),
                min,
                new Sized(peak, "replicas", format("%d processes for a p95 wait <= %s s at <= %s utilization (%s Erlangs offered%s) "
                        + "/ %d per replica, at least %d", processes, decimal(waitTarget), percent(QUEUE_UTILIZATION_CAP),
                        decimal(demand.offeredLoad()), peakedness > 1 ? format(", dashboard bursts of peakedness %s", decimal(peakedness)) : "",
                        concurrency, haMinimum)),
                new Sized(max, "replicas", zoneLossCeilingReason(zones, "spot capacity lost in one zone is replaced in the others")),
                new Sized((long) peak * concurrency, "processes", "peak replicas x concurrency"),
                new Sized(processes, "processes", requiredReason(processes, Math.multiplyExact(peak, concurrency), haMinimum, byLoad)),
                new Sized(processMemoryMiB, "MiB", "resident memory of one worker process with a large result set in flight"),
                new WorkerMachine(
                        new Sized(vcpu, "vCPU", "processes mostly wait on the warehouse: about 1.5 processes per vCPU"),
                        new Sized(memoryPerMachine, "MiB", format("%d processes x %d MiB + 2 GiB for the agent and OS, to a machine size",
                                concurrency, processMemoryMiB))),
                new Sized(vcpu * 1000L, "millicores", "the whole machine: one worker replica per machine"),
                new Sized((long) concurrency * processMemoryMiB, "MiB", format("%d processes x %d MiB; the machine's rest is for the "
                        + "agent and OS", concurrency, processMemoryMiB)),
                interactive
                        ? new Sized(min.value(), "replicas", "the minimum replicas run on on-demand capacity: a spot shortage never "
                                + "stops dashboards and SQL Lab")
                        : new Sized(0, "replicas", "all spot: a report delayed by a spot shortage is retried, not lost"),
                new Sized(1, "tasks", "prefetch 1: a long task never holds queued tasks hostage on a busy process"),
                new Choice("true", "acks late: a task whose worker is interrupted (spot) is redelivered, not lost"),
                new Sized(softLimit, "s", limitSource + ": the task gets a SoftTimeLimitExceeded to clean up"),
                new Sized(hardLimit, "s", "soft limit plus a grace period, then the process is killed"),
                new Sized(concurrency, "messages", "queue-depth autoscaling target: one waiting task per process"),
                new Sized(Math.round(WEB_CPU_TARGET * 100), "%", "a second scaling signal: a CPU-bound task mix (large result "
                        + "serialization, screenshots) scales out even with a short queue"),
                cooldowns(),
                new Sized(hardLimit + WORKER_STOP_MARGIN_SECONDS, "s", format("the hard time limit plus %d s: a warm shutdown lets the "
                        + "running task finish before the process is killed (acks late redelivers it if the platform cuts it shorter)",
                        WORKER_STOP_MARGIN_SECONDS)),
                new Measure(waitTarget, "s", "p95 queue wait target from the load"),
                bursts,
                sizedBy, BatchArrivals.predict(Math.multiplyExact(peak, concurrency), demand, peakedness), demand);
    }

    /**
     * The interactive floor covers the morning ramp: load climbs from night to 60% of peak within
     * about an hour, faster than a new worker machine serves (spot launch, registration, task
     * start: ~5 min, after 3 one-minute datapoints). At the HA minimum alone the simulated working
     * day at 50k users missed the 1 s p95 wait in its worst hour (2.1 s); at 40% of peak it held (0.23 s).
     */
    private static Sized minReplicas(boolean interactive, int haMinimum, int peak) {
        int rampFloor = (int) Math.ceil(peak * INTERACTIVE_RAMP_FLOOR_SHARE);
        if (interactive && rampFloor > haMinimum) {
            return new Sized(rampFloor, "replicas", format("%s of the %d peak replicas: the morning ramp outpaces a new worker's "
                    + "start (spot launch, registration, task start), checked by the simulator's working day", percent(INTERACTIVE_RAMP_FLOOR_SHARE), peak));
        }
        return new Sized(haMinimum, "replicas", haMinimum >= 2 ? "two or more so one spot interruption never stops the queue"
                : "below the HA tier one reports worker is enough: a delayed report is retried, not lost");
    }

    /**
     * Why a pool is sized for batched arrivals: at Poisson sizing the simulator's bursty peak at 20,000 users
     * waited 1.64 s for an interactive process against the 1 s target.
     */
    private static String peakednessReason(UserLoad load, String batched) {
        return format("%s arrive together when a dashboard view fires its %d charts: (1 + the rate-weighted E[X^2] / E[X] of "
                + "the pool's streams) / 2, X how many of one view's requests land here; the pool is sized for these bursts, "
                + "since Poisson sizing waits too long under them", batched, load.chartsPerDashboard());
    }

    private static String requiredReason(int required, int deployed, int haMinimum, int byLoad) {
        String base = "fewest processes meeting the p95 wait target and utilization cap";
        if (deployed == required) {
            return base;
        }
        return base + format("; %d more are deployed because %s", deployed - required,
                byLoad < haMinimum ? format("the group keeps at least %d replicas for availability", haMinimum)
                        : "replicas are whole machines: the count is rounded up to a multiple of the concurrency");
    }

    // ---- Postgres, PgBouncer ----

    private static ConnectionBudget connectionBudget(UserLoad load, WebPlan web, List<WorkerGroupPlan> groups, ServiceMix dbDemand) {
        int webClients = Math.multiplyExact(web.maxReplicas().intValue(), web.threadsPerReplica());
        int workerClients = groups.stream().mapToInt(g -> Math.multiplyExact(g.maxReplicas().intValue(), g.concurrency().intValue()))
                .reduce(0, Math::addExact);
        int otherClients = 2;
        int clients = Math.addExact(Math.addExact(webClients, workerClients), otherClients);
        int serverPool = Math.max(5, Queueing.minimumServers(dbDemand, DB_POOL_WAIT_TARGET_SECONDS, DB_POOL_UTILIZATION_CAP));
        int reserve = Math.max(2, ceilDiv(serverPool, 10));
        int bouncers = Math.max(2, ceilToInt(dbDemand.ratePerSecond() / 5_000));
        int worstCase = Math.multiplyExact(bouncers, serverPool + reserve);
        int reserved = SUPERUSER_RESERVED_CONNECTIONS + ADMIN_CONNECTIONS;
        int maxConnections = roundUp((worstCase + reserved) / MAX_CONNECTIONS_BUDGET_SHARE, 10);
        return new ConnectionBudget(
                new Sized(webClients, "connections", format("%d max web replicas x %d workers x %d threads (pool_size = threads, no overflow)",
                        web.maxReplicas().value(), web.gunicornWorkers().value(), web.gunicornThreads().value())),
                new Sized(workerClients, "connections", "max worker replicas x concurrency: a prefork process runs one task at a time"),
                new Sized(otherClients, "connections", "Celery beat and the migration job"),
                new Sized(clients, "connections", "every client process at maximum scale-out"),
                new Measure(dbDemand.offeredLoad(), "transactions", "Little's law over web requests and Celery tasks; conservative: "
                        + "assumes each holds its metadata transaction open for its whole duration"),
                new Sized(serverPool, "connections", format("fewest server connections for a p95 PgBouncer wait <= %s s at <= %s use; "
                        + "each replica carries the whole pool so one replica alone can serve during a failover",
                        decimal(DB_POOL_WAIT_TARGET_SECONDS), percent(DB_POOL_UTILIZATION_CAP))),
                new Sized(reserve, "connections", "10% of the pool (at least 2) for bursts after reserve_pool_timeout"),
                new Sized(bouncers, "replicas", "two for HA, more past 5,000 transactions per second per replica"),
                new Sized(worstCase, "connections", "replicas x (pool + reserve): the most PostgreSQL can ever see from PgBouncer"),
                new Sized(reserved, "connections", format("%d superuser_reserved_connections + %d for administration and monitoring",
                        SUPERUSER_RESERVED_CONNECTIONS, ADMIN_CONNECTIONS)),
                new Sized(maxConnections, "connections", format("(worst case + reserved) / %s, rounded up to 10", percent(MAX_CONNECTIONS_BUDGET_SHARE))),
                new Measure((double) (worstCase + reserved) / maxConnections, "ratio", "share of max_connections used in the worst case"),
                Queueing.predict(serverPool, dbDemand));
    }

    private static PgBouncerPlan pgBouncer(ConnectionBudget budget, TimeoutChain timeouts) {
        int pool = budget.serverPoolPerBouncer().intValue();
        int reserve = budget.reservePoolPerBouncer().intValue();
        int maxClients = roundUp(budget.totalClientConnections().value() * 1.25, 50);
        int queryWait = Math.max(5, timeouts.supersetWebserverTimeoutSeconds().intValue() / 2);
        return new PgBouncerPlan(
                budget.bouncerReplicas(),
                new Choice("transaction", "a server connection is held only for a transaction, so many idle clients share a small pool"),
                budget.serverPoolPerBouncer(),
                budget.reservePoolPerBouncer(),
                new Sized(2, "s", "a client waiting this long gets a reserve connection"),
                new Sized(pool + reserve, "connections", "hard cap per replica: the connection budget holds even if pools multiply"),
                new Sized(maxClients, "connections", "all clients x 1.25, rounded up to 50: one replica can take every client during a failover"),
                new Sized(queryWait, "s", "half SUPERSET_WEBSERVER_TIMEOUT: a request waiting for a server connection fails early and clearly"),
                new Sized(600, "s", "close idle server connections after 10 minutes"),
                new Sized(3_600, "s", "recycle server connections hourly so failovers and DNS changes are picked up"),
                new Sized(500, "millicores", "PgBouncer is single-threaded; half a core handles thousands of transactions per second"),
                new Sized(512, "MiB", "about 2 KiB per client connection plus buffers"));
    }

    private PostgresPlan postgres(UserLoad load, boolean ha, WebPlan web, List<WorkerGroupPlan> groups, ConnectionBudget budget) {
        double tasksPerSecond = groups.stream().mapToDouble(g -> g.demand().ratePerSecond()).sum();
        double cpu = web.requestsPerSecond().value() * profile.metadataCpuSecondsPerRequest()
                + tasksPerSecond * profile.metadataCpuSecondsPerTask();
        int vcpu = Math.max(2, roundUpToPowerOfTwo(ceilToInt(cpu / 0.5)));
        int storage = roundUp(20 + load.registeredUsers() * 0.004, 10);
        return new PostgresPlan(
                new Sized(vcpu, "vCPU", format("%s vCPU of metadata queries at peak / 50%% target, at least 2", decimal(cpu))),
                new Sized(vcpu * 8192L, "MiB", "8 GiB per vCPU: the metadata working set and per-connection memory stay in RAM"),
                new Sized(storage, "GiB", "20 GiB + 4 MiB per registered user (query history, logs, key-value store)"),
                new Sized(storage * 4L, "GiB", "storage autoscaling ceiling: 4 x the initial size"),
                PostgresHaMode.MULTI_AZ_STANDBY,
                new Choice("standby", "a synchronous standby in another zone (no data loss on failover) at every tier: the engine "
                        + "never changes with the user count, so growing a deployment never replaces its database. "
                        + "A reader-based cluster (faster failover) is an explicit choice when the database is created"),
                new Sized(2, "instances", "writer plus one standby or reader in a second zone"),
                new Sized(ha ? (load.registeredUsers() >= 10_000 ? 30 : 14) : 7, "days",
                        "longer retention for larger tiers: more people depend on recovering an older state"),
                new Choice("enabled", "point-in-time recovery: restore to any second within the retention"),
                new Choice("enabled", "the database is never deleted by a stack update or delete; a final snapshot is kept"),
                budget.maxConnections());
    }

    // ---- Redis ----

    private RedisBrokerPlan redisBroker(UserLoad load, ChartQueryMode mode, List<WorkerGroupPlan> groups) {
        double dailySqlLab = load.sqlLabQueriesPerSecond() * 3600 * 8;
        double resultsMiB = dailySqlLab * profile.sqlLabResultKiB() / 1024;
        double streamsMiB = mode == ChartQueryMode.ASYNC_ON_CELERY
                ? (ASYNC_FIREHOSE_LIMIT + load.peakActiveUsers() * ASYNC_STREAM_LIMIT) * ASYNC_EVENT_BYTES / (1024 * 1024) : 0;
        double tasksPerSecond = groups.stream().mapToDouble(g -> g.demand().ratePerSecond()).sum();
        double celeryMiB = tasksPerSecond * 3600 * 1.0 / 1024;
        double stateMiB = stateMiB(load);
        double used = 256 + resultsMiB + streamsMiB + celeryMiB + stateMiB;
        int node = Math.max(1024, roundUp(used / BROKER_FILL_LIMIT, 512));
        int replicas = load.registeredUsers() >= 10_000 ? 2 : 1;
        return new RedisBrokerPlan(
                new Sized(replicas, "replicas", replicas == 2 ? "two replicas: a failover still leaves a replica" : "one replica in another zone for automatic failover"),
                new Sized(node, "MiB", format("%s MiB expected / %s fill limit, rounded up to 512 MiB, at least 1 GiB",
                        decimal(used), percent(BROKER_FILL_LIMIT))),
                new Measure(used, "MiB", format("256 base + %s SQL Lab results (8 peak hours x %s KiB, 1 day TTL) + %s async event streams + %s task results"
                        + " + %s filter and explore state (%s KiB per registered user; Superset treats it as required, so it must not be evicted)",
                        decimal(resultsMiB), decimal(profile.sqlLabResultKiB()), decimal(streamsMiB), decimal(celeryMiB),
                        decimal(stateMiB), decimal(STATE_KIB_PER_USER))),
                new Choice("noeviction", "queued tasks and results must never be evicted: a full broker refuses writes loudly instead"),
                new Choice("disabled", "kombu's Redis transport and cachelib's RedisCache do not support cluster mode"),
                new Choice("replicas + snapshots", "replicas in other zones with automatic failover, and daily snapshots; "
                        + "replication is asynchronous, so a failover can drop the last acknowledged writes, and managed Redis "
                        + "(ElastiCache) offers no append-only file on replicated groups. acks_late redelivers tasks a worker had "
                        + "not finished; choose a durable broker (Amazon MemoryDB) when no queued task may ever be lost"),
                new Choice("enabled", "a replica in another zone is promoted when the primary fails"));
    }

    private RedisCachePlan redisCache(UserLoad load) {
        double chartMiB = load.chartCacheMissesPerSecond() * DAILY_TTL * profile.cachedResultKiB() / 1024;
        double used = chartMiB + 64;
        double needed = used / CACHE_FILL_TARGET;
        int shards = Math.max(1, ceilToInt(needed / CACHE_SHARD_MAX_MIB));
        int perShard = Math.max(1024, roundUp(needed / shards, 512));
        return new RedisCachePlan(
                new Sized(shards, "shards", format("%s MiB needed / %d MiB per shard at most (keeps resync and snapshots short)",
                        decimal(needed), CACHE_SHARD_MAX_MIB)),
                new Sized(1, "replicas", "one replica per shard in another zone: a lost cache node fails over instead of going cold"),
                new Sized(perShard, "MiB", format("needed / shards, rounded up to 512 MiB: %s MiB expected at a %s fill target "
                        + "keeps the 80%% memory alert quiet", decimal(used), percent(CACHE_FILL_TARGET))),
                new Measure(used, "MiB", format("%s misses/s x %d s TTL x %s KiB per result (Little's law) + 64 MiB metadata",
                        decimal(load.chartCacheMissesPerSecond()), DAILY_TTL, decimal(profile.cachedResultKiB()))),
                new Choice("allkeys-lru", "a cache: when full, drop the least recently used entries"),
                new Choice("enabled", "Flask-Caching's RedisClusterCache shards keys across nodes"));
    }

    private static double stateMiB(UserLoad load) {
        return load.registeredUsers() * STATE_KIB_PER_USER / 1024;
    }

    // ---- policies ----

    private static CachePolicy cachePolicy() {
        return new CachePolicy(
                new Sized(REALTIME_TTL, "s", "real-time dashboards: the guide's 5-10 minutes"),
                new Sized(DAILY_TTL, "s", "daily-refreshed data, and the default for chart data: 1 hour"),
                new Sized(EXPLORATORY_TTL, "s", "exploratory and historical data: the guide's 4-8 hours"),
                new Sized(300, "s", "metadata cache: short, so permission and dataset changes show quickly"),
                new Sized(86_400, "s", "native filter state: a day after its last read (refreshed on every read), on the non-evicting broker Redis"),
                new Sized(86_400, "s", "unsaved explore state: a day after its last read (refreshed on every read), on the non-evicting broker Redis"),
                new Sized(SQL_LAB_RESULTS_TTL, "s", "SQL Lab results stay fetchable for a day"),
                new Sized(ASYNC_STREAM_LIMIT, "events", "per-user async event stream length (Superset's default)"),
                new Sized(500, "ms", "async result polling delay (Superset's default); the web model counts these polls"));
    }

    private Limits limits(UserLoad load) {
        int burst = 1 + profile.apiRequestsPerDashboardView() + load.chartsPerDashboard();
        int perClient = Math.max(50, 3 * burst);
        int sqlLabLimit = Math.max(300, roundUp(10 * Math.max(load.sqlLabQueryP95Seconds(), load.chartQueryP95Seconds()), 60));
        int reportLimit = Math.max(900, roundUp(10 * load.reportP95Seconds(), 60));
        int longestTask = Math.max(sqlLabLimit + SQL_LAB_HARD_LIMIT_GRACE, reportLimit + REPORTS_HARD_LIMIT_GRACE);
        int visibility = roundUp(longestTask + REPORT_ETA_WINDOW_SECONDS + 300, 60);
        int statementTimeout = timeoutChain(load).supersetWebserverTimeoutSeconds().intValue();
        return new Limits(
                new Sized(perClient, "req/s", format("per signed-in user (anonymous requests: per address): 3 x the %d requests one "
                        + "dashboard view fires at once, at least Superset's 50; a whole office behind one NAT address is not one client", burst)),
                new Sized(5, "req/s", "Superset's login rate limit"),
                new Sized(50_000, "rows", "Superset's ROW_LIMIT: bounds the size of a cached chart result"),
                new Sized(100_000, "rows", "SQL_MAX_ROW: bounds a SQL Lab result held in the results backend"),
                new Sized(1_000, "rows", "DEFAULT_SQLLAB_LIMIT"),
                new Sized(1_000, "rows", "SAMPLES_ROW_LIMIT"),
                new Sized(sqlLabLimit, "s", "10 x the slowest p95 query time, at least the guide's 300 s"),
                new Sized(reportLimit, "s", "10 x the report p95, at least 15 minutes: the default working timeout and the most any report"
                        + " may run (reports.execute's hard limit in the Celery config, whatever working_timeout a user sets)"),
                new Sized(visibility, "s", format("the longest task's hard limit (%d s) + the %d s report eta window + 5 min, rounded up to a "
                        + "minute: an unacknowledged task is redelivered only once its worker is surely gone", longestTask, REPORT_ETA_WINDOW_SECONDS)),
                new Sized(statementTimeout, "s", "statement_timeout on the metadata database (PgBouncer connect_query): the one timeout that "
                        + "really stops a stuck metadata query inside a gthread worker; migrations use a pool without it"));
    }

    private static AlertThresholds alerts(UserLoad load, PostgresPlan postgres) {
        return new AlertThresholds(
                new Measure(load.webP95LatencySeconds(), "s", "the web p95 latency target"),
                AlertWindow.of(60, 5, 3, "five minutes: a slow minute during a deployment or a burst does not page"),
                new Sized(100, "messages", "the guide's queue depth alert"),
                AlertWindow.of(60, 3, 3, "three minutes: longer than the autoscaler needs to react to a burst"),
                new Measure(load.cacheHitRatio(), "ratio", "the cache hit target: below it the workers carry more than planned"),
                AlertWindow.of(300, 3, 3, "fifteen minutes: the hit ratio moves slowly as caches warm"),
                new Sized((long) Math.floor(postgres.maxConnections().value() * 0.8), "connections", "80% of max_connections"),
                AlertWindow.of(60, 3, 3, "three minutes: a connection storm that lasts"),
                new Sized(250, "ms", "metadata queries are small: a p95 above 250 ms means contention or a missing index"),
                AlertWindow.of(60, 5, 5, "five minutes: vacuum and checkpoints cause short spikes"),
                new Sized(80, "%", "the guide's Redis memory alert"),
                AlertWindow.of(60, 3, 3, "three minutes: memory grows steadily, not in spikes"),
                new Sized(0, "workers", "any worker down alerts: each group runs at least its HA minimum"),
                AlertWindow.of(60, 5, 5, "five minutes: longer than a replacement replica takes to start"),
                new Measure(0.1, "%", "the guide's error rate alert: more than 0.1% of requests fail"),
                AlertWindow.of(300, 3, 2, "two of three five-minute periods: enough requests for a stable rate"));
    }

    // ---- arithmetic ----

    static int ceilDiv(long a, long b) {
        return Math.toIntExact((a + b - 1) / b);
    }

    static int roundUp(double value, int step) {
        return Math.toIntExact(Math.multiplyExact(ceilToInt(value / step - 1e-9), (long) step));
    }

    /** ceil(value) as an int; throws ArithmeticException past Integer.MAX_VALUE instead of saturating. */
    static int ceilToInt(double value) {
        double up = Math.ceil(value);
        if (!(up <= Integer.MAX_VALUE)) {
            throw new ArithmeticException(format("%s does not fit a count", decimal(value)));
        }
        return (int) up;
    }

    static int roundUpToPowerOfTwo(int value) {
        if (value > 1 << 30) {
            throw new ArithmeticException(format("%d has no power of two that fits a count", value));
        }
        return value <= 1 ? 1 : Integer.highestOneBit(value - 1) << 1;
    }
}
