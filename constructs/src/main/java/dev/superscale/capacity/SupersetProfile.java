package dev.superscale.capacity;

/**
 * How much work Superset does per request and per process: the service-time and memory
 * assumptions behind the plan. Defaults are typical of Superset 6 on current hardware;
 * override them with figures measured on your own deployment.
 *
 * @param apiRequestsPerDashboardView page and API calls one dashboard view makes besides chart data. Default 6
 * @param apiRequestSeconds           service time of those calls. Default mean 0.08 s, p95 0.25 s
 * @param cachedChartSeconds          service time of a chart-data request answered from the cache. Default mean 0.12 s, p95 0.4 s
 * @param pollSeconds                 service time of an async-event or SQL Lab status poll. Default mean 0.02 s, p95 0.06 s
 * @param apiCpuSeconds               CPU per API call. Default 0.04
 * @param cachedChartCpuSeconds       CPU per cached chart response (deserialize, serialize). Default 0.07
 * @param pollCpuSeconds              CPU per poll. Default 0.01
 * @param asyncPollIntervalSeconds    GLOBAL_ASYNC_QUERIES_POLLING_DELAY. Default 0.5
 * @param sqlLabPollIntervalSeconds   how often SQL Lab polls a running query. Default 1
 * @param webVcpuPerReplica           vCPU per web replica. Default 2
 * @param webWorkerMemoryMiB          resident memory of one gunicorn worker. Default 1024
 * @param interactiveProcessMemoryMiB memory of one interactive Celery process. Default 2048
 * @param reportsProcessMemoryMiB     memory of one reports process (headless browser). Default 3072
 * @param cachedResultKiB             average cached chart result. Default 60
 * @param sqlLabResultKiB             average SQL Lab result kept in the results backend. Default 100
 * @param metadataCpuSecondsPerRequest metadata database CPU per web request. Default 0.004
 * @param metadataCpuSecondsPerTask   metadata database CPU per Celery task. Default 0.02
 */
public record SupersetProfile(
        int apiRequestsPerDashboardView,
        Lognormal apiRequestSeconds,
        Lognormal cachedChartSeconds,
        Lognormal pollSeconds,
        double apiCpuSeconds,
        double cachedChartCpuSeconds,
        double pollCpuSeconds,
        double asyncPollIntervalSeconds,
        double sqlLabPollIntervalSeconds,
        int webVcpuPerReplica,
        int webWorkerMemoryMiB,
        int interactiveProcessMemoryMiB,
        int reportsProcessMemoryMiB,
        double cachedResultKiB,
        double sqlLabResultKiB,
        double metadataCpuSecondsPerRequest,
        double metadataCpuSecondsPerTask) {

    private static final SupersetProfile DEFAULTS = new SupersetProfile(
            6,
            Lognormal.fromMeanAndP95(0.08, 0.25),
            Lognormal.fromMeanAndP95(0.12, 0.4),
            Lognormal.fromMeanAndP95(0.02, 0.06),
            0.04, 0.07, 0.01,
            0.5, 1,
            2, 1024, 2048, 3072,
            60, 100,
            0.004, 0.02);

    public static SupersetProfile defaults() {
        return DEFAULTS;
    }
}
