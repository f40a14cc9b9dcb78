package dev.superscale.simulator;

import dev.superscale.capacity.BatchArrivals;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.Lognormal;
import dev.superscale.capacity.Queueing;
import dev.superscale.capacity.ServiceMix;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Replays a {@link Scenario} on every pool of a plan at once, in one time line: dashboard views
 * that fire all their charts together (cache hits to the web tier, misses to the interactive
 * queue or, in sync mode, the web tier), load that follows a day's curve, autoscalers that
 * ask for replicas which serve only after the target's start delay, and a zone that vanishes
 * with its replicas.
 *
 * <p>Each pool is a {@link DynamicQueue}. The web tier's threads are simulated request by
 * request; its CPU, which the web autoscaler tracks, is a fluid queue updated every 10 s: the
 * CPU seconds that arrived (the plan's CPU per request) against serving replicas x vCPU. Below
 * saturation a request's CPU share is stretched by the M/M/n response factor 1 + C / (n - a)
 * (Erlang C over the cores); above it the excess piles up as a backlog every request waits
 * through. Workers' utilization is their busy processes.
 *
 * <p>Seeded: one {@link SplittableRandom} from the scenario's seed draws every arrival and
 * service time in time order, so the same plan and scenario give the same report, bit for bit.
 */
public final class ScenarioSimulator {

    static final String CACHED_CHART = "cached chart data";
    static final String ASYNC_CHART = "async chart queries";
    static final String SYNC_CHART = "uncached chart queries (sync)";

    private static final double TICK_SECONDS = 10;
    /**
     * Fewest requests in an hour for its p95 to be judged (the rank of the p95 then moves by under 1%);
     * a tenth of it for a 5-minute window, a fiftieth for a minute.
     */
    static final long MIN_WINDOW_REQUESTS = 1_000;
    private static final int DASHBOARD_RING = 1 << 17;
    /** Tag of a chart request that is not part of a dashboard batch (Poisson arrivals). */
    private static final int LONE_CHART = -2;
    private static final int OTHER = -1;

    private ScenarioSimulator() {
    }

    public static ScenarioReport run(CapacityPlan plan, Scenario scenario) {
        return run(plan, scenario, message -> { });
    }

    /** @param progress told of every simulated hour of a long scenario */
    public static ScenarioReport run(CapacityPlan plan, Scenario scenario, Consumer<String> progress) {
        return new Run(plan, scenario, progress, UnaryOperator.identity()).execute();
    }

    /**
     * The scenario with the plan's pools reshaped first (say, one worker of one process fewer than the
     * model's minimum): for checks finer than the whole replicas {@link Scenario#withPeakReplicas} holds.
     */
    static ScenarioReport runReshaped(CapacityPlan plan, Scenario scenario, UnaryOperator<Pool> reshape) {
        return new Run(plan, scenario, message -> { }, reshape).execute();
    }

    /**
     * The peakedness of a pool's arrivals when dashboard views come as batches (1 for Poisson):
     * the web gets each view's cache hits (and its misses in sync mode), the interactive queue
     * its misses in async mode, each chart independently a hit with the plan's cache hit ratio.
     */
    public static double peakedness(CapacityPlan plan, Pool pool) {
        double hit = plan.load().cacheHitRatio();
        int n = plan.load().chartsPerDashboard();
        double batchedRate = 0;
        double chartShare = 0;
        for (ServiceMix.Stream stream : pool.demand().streams()) {
            if (stream.name().equals(CACHED_CHART)) {
                batchedRate += stream.ratePerSecond();
                chartShare += hit;
            } else if (stream.name().equals(ASYNC_CHART) || stream.name().equals(SYNC_CHART)) {
                batchedRate += stream.ratePerSecond();
                chartShare += 1 - hit;
            }
        }
        if (batchedRate == 0) {
            return 1;
        }
        return BatchArrivals.peakedness(pool.demand(), batchedRate, BatchArrivals.binomialDispersion(n, Math.min(1, chartShare)));
    }

    /** One request class as the scenario feeds it. */
    private record Source(int pool, double rate, Lognormal service, boolean chart) {
    }

    /** One pool's state during the run. */
    private static final class PoolState {
        final Pool pool;
        final Autoscaler autoscaler;
        final double startDelay;
        final DynamicQueue queue;
        final Histogram waits = new Histogram();
        final Histogram latencies = new Histogram();
        final MinuteSeries series;
        final ArrayDeque<double[]> starting = new ArrayDeque<>();
        int requested;
        int ready;
        int peakRequested;
        double busyAtMinute;
        long requestsThisMinute;
        double cpuThisMinute;
        double cpuThisTick;
        double cpuBacklog;
        int readyBeforeLoss;
        int replicasLost;
        double backlogBeforeLoss;

        PoolState(Pool pool, Autoscaler autoscaler, double startDelay, int replicas, int minutes, DynamicQueue.Listener listener) {
            this.pool = pool;
            this.autoscaler = autoscaler;
            this.startDelay = startDelay;
            this.requested = replicas;
            this.ready = replicas;
            this.peakRequested = replicas;
            this.series = new MinuteSeries(minutes);
            this.queue = new DynamicQueue(replicas * pool.serversPerReplica(), listener);
        }

        boolean web() {
            return pool.kind() == Pool.Kind.WEB_THREADS;
        }

        void setReady(double now, int count) {
            ready = count;
            queue.setServers(now, ready * pool.serversPerReplica());
        }
    }

    private static final class Run {
        private final CapacityPlan plan;
        private final Scenario scenario;
        private final Consumer<String> progress;
        private final SplittableRandom random;
        private final PoolSimulator.Gaussian gaussian;
        private final List<PoolState> pools = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private final double measureFrom;
        private final double end;
        private final int charts;
        private final double hitRatio;
        private final double webCpuPerRequest;
        private final double webCpuShareOfService;
        private final double webVcpu;
        private double[] cumulative;
        private double baseRate;
        private int dashboardSource = -1;
        private int webIndex;
        private int missPool = -1;
        private Lognormal hitService;
        private Lognormal missService;
        // Open dashboards, by id modulo the ring: arrival, charts still to start, latest chart completion.
        private final double[] dashArrival = new double[DASHBOARD_RING];
        private final double[] dashDone = new double[DASHBOARD_RING];
        private final int[] dashRemaining = new int[DASHBOARD_RING];
        private long dashboards;
        private long dashboardsOverwritten;
        private final Histogram chartWaits = new Histogram();
        private final Histogram chartLatencies = new Histogram();
        private final Histogram dashboardLatencies = new Histogram();

        private final UnaryOperator<Pool> reshape;

        Run(CapacityPlan plan, Scenario scenario, Consumer<String> progress, UnaryOperator<Pool> reshape) {
            this.reshape = reshape;
            this.plan = plan;
            this.scenario = scenario;
            this.progress = progress;
            this.random = new SplittableRandom(scenario.seed());
            this.gaussian = new PoolSimulator.Gaussian(random);
            this.measureFrom = scenario.warmupMinutes() * 60.0;
            this.end = scenario.totalMinutes() * 60.0;
            this.charts = plan.load().chartsPerDashboard();
            this.hitRatio = plan.load().cacheHitRatio();
            this.webCpuPerRequest = plan.web().cpuDemandVcpu().value() / plan.web().requestsPerSecond().value();
            this.webCpuShareOfService = Math.min(1, webCpuPerRequest / plan.web().demand().meanSeconds());
            this.webVcpu = plan.web().cpuMillicores().value() / 1000.0;
            buildPools();
            buildSources();
        }

        private void buildPools() {
            List<Pool> planned = Pool.allOf(plan);
            for (int i = 0; i < planned.size(); i++) {
                Pool pool = planned.get(i);
                pool = reshape.apply(pool.withReplicas(scenario.peakReplicas().getOrDefault(pool.name(), pool.replicas())));
                ScalingPolicy policy = scenario.policy(plan, pool.name());
                int replicas = scenario.curve() != null ? policy.minReplicas() : pool.replicas();
                final int index = i;
                PoolState state = new PoolState(pool, new Autoscaler(policy, scenario.platform().scaleOutDatapoints()),
                        scenario.platform().startSeconds(pool.kind()), replicas, scenario.totalMinutes(),
                        (tag, wait, service, start) -> started(index, tag, wait, service, start));
                pools.add(state);
                if (pool.kind() == Pool.Kind.WEB_THREADS) {
                    webIndex = i;
                }
            }
        }

        private void buildSources() {
            for (int i = 0; i < pools.size(); i++) {
                for (ServiceMix.Stream stream : pools.get(i).pool.demand().streams()) {
                    boolean chart = stream.name().equals(CACHED_CHART) || stream.name().equals(ASYNC_CHART)
                            || stream.name().equals(SYNC_CHART);
                    if (chart && stream.name().equals(CACHED_CHART)) {
                        hitService = stream.serviceSeconds();
                    } else if (chart) {
                        missPool = i;
                        missService = stream.serviceSeconds();
                    }
                    if (!(chart && scenario.bursty())) {
                        sources.add(new Source(i, stream.ratePerSecond(), stream.serviceSeconds(), chart));
                    }
                }
            }
            if (scenario.bursty()) {
                if (hitService == null || (hitRatio < 1 && missService == null)) {
                    throw new IllegalStateException("the plan's demand has no '" + CACHED_CHART + "' or chart query stream to batch");
                }
                dashboardSource = sources.size();
                sources.add(new Source(webIndex, plan.load().dashboardViewsPerSecond(), hitService, true));
            }
            cumulative = new double[sources.size()];
            double running = 0;
            for (int k = 0; k < sources.size(); k++) {
                running += sources.get(k).rate();
                cumulative[k] = running;
            }
            baseRate = running;
        }

        ScenarioReport execute() {
            double now = 0;
            double nextTick = TICK_SECONDS;
            int lastHour = 0;
            boolean lossDone = !scenario.losesZone();
            double lossAt = scenario.losesZone() ? scenario.zoneLossMinute() * 60.0 : Double.POSITIVE_INFINITY;
            double arrival = nextArrival(now);
            while (true) {
                double nextReady = nextReady();
                double event = Math.min(nextTick, Math.min(nextReady, lossDone ? Double.POSITIVE_INFINITY : lossAt));
                if (event <= arrival && event <= end) {
                    if (event == lossAt && !lossDone) {
                        loseZone(event);
                        lossDone = true;
                    } else if (event == nextReady) {
                        becomeReady(event);
                    } else {
                        tick(event);
                        nextTick += TICK_SECONDS;
                        int hour = (int) (event / 3600);
                        if (hour > lastHour && end >= 4 * 3600) {
                            lastHour = hour;
                            progress.accept(String.format(java.util.Locale.ROOT, "%02d:00 of %d simulated hours", hour,
                                    (int) Math.round(end / 3600)));
                        }
                    }
                    continue;
                }
                if (arrival > end) {
                    break;
                }
                dispatch(arrival);
                arrival = nextArrival(arrival);
            }
            for (PoolState p : pools) {
                p.queue.advanceTo(end);
            }
            return report();
        }

        /** Next arrival after t with the rate piecewise constant per minute (memoryless: exact at minute edges). */
        private double nextArrival(double t) {
            double remaining = -Math.log(1 - random.nextDouble());
            double time = t;
            while (time <= end) {
                int minute = (int) (time / 60);
                double rate = baseRate * scenario.loadMultiplier(plan, minute);
                double edge = (minute + 1) * 60.0;
                if (rate * (edge - time) >= remaining) {
                    return time + remaining / rate;
                }
                remaining -= rate * (edge - time);
                time = edge;
            }
            return Double.POSITIVE_INFINITY;
        }

        private void dispatch(double t) {
            double pick = random.nextDouble() * baseRate;
            int k = 0;
            while (k < cumulative.length - 1 && pick >= cumulative[k]) {
                k++;
            }
            if (k == dashboardSource) {
                dashboard(t);
                return;
            }
            Source source = sources.get(k);
            PoolState pool = pools.get(source.pool());
            countArrival(pool);
            pool.queue.arrive(t, source.service().fromStandardNormal(gaussian.next()), source.chart() ? LONE_CHART : OTHER);
        }

        /** A dashboard view: each chart a cache hit (web) or miss (interactive, or web in sync mode), all at once. */
        private void dashboard(double t) {
            int slot = (int) (dashboards++ & (DASHBOARD_RING - 1));
            if (dashRemaining[slot] > 0) {
                dashboardsOverwritten++;
            }
            dashArrival[slot] = t;
            dashDone[slot] = t;
            dashRemaining[slot] = charts;
            for (int c = 0; c < charts; c++) {
                boolean hit = random.nextDouble() < hitRatio;
                PoolState pool = pools.get(hit ? webIndex : missPool);
                countArrival(pool);
                pool.queue.arrive(t, (hit ? hitService : missService).fromStandardNormal(gaussian.next()), slot);
            }
        }

        private void countArrival(PoolState pool) {
            pool.requestsThisMinute++;
            if (pool.web()) {
                pool.cpuThisTick += webCpuPerRequest;
            }
        }

        private void started(int index, int tag, double wait, double service, double start) {
            double arrival = start - wait;
            if (tag >= 0) {
                dashDone[tag] = Math.max(dashDone[tag], start + service);
                if (--dashRemaining[tag] == 0 && dashArrival[tag] >= measureFrom) {
                    dashboardLatencies.add(dashDone[tag] - dashArrival[tag]);
                }
            }
            if (arrival < measureFrom) {
                return;
            }
            PoolState pool = pools.get(index);
            pool.waits.add(wait);
            pool.latencies.add(wait + service);
            pool.series.add((int) (arrival / 60), pool.web() ? wait + service : wait);
            if (tag != OTHER) {
                chartWaits.add(wait);
                chartLatencies.add(wait + service);
            }
        }

        private void tick(double now) {
            for (PoolState p : pools) {
                p.queue.advanceTo(now);
                if (p.web()) {
                    updateWebCpu(p);
                }
            }
            if (Math.round(now) % 60 != 0) {
                return;
            }
            int minute = (int) Math.round(now / 60) - 1;
            for (PoolState p : pools) {
                double busy = p.queue.busyArea() - p.busyAtMinute;
                p.busyAtMinute = p.queue.busyArea();
                double utilization = p.web()
                        ? Math.min(1, p.cpuThisMinute / (60 * Math.max(1, p.ready) * webVcpu))
                        : Math.min(1, busy / (60.0 * Math.max(1, p.ready * p.pool.serversPerReplica())));
                p.series.close(minute, p.requested, p.ready, backlog(p));
                if (scenario.autoscale()) {
                    int want = p.autoscaler.decide(now, p.requested, p.ready, utilization,
                            p.web() ? p.requestsThisMinute : 0, p.web() ? 0 : p.queue.waiting());
                    resize(p, now, want);
                }
                p.requestsThisMinute = 0;
                p.cpuThisMinute = 0;
            }
        }

        /** CPU arrived in the last tick against the serving cores: stretch below saturation, a backlog above it. */
        private void updateWebCpu(PoolState p) {
            double offered = p.cpuThisTick / TICK_SECONDS;
            p.cpuThisMinute += p.cpuThisTick;
            p.cpuThisTick = 0;
            int cores = (int) Math.max(1, Math.round(p.ready * webVcpu));
            p.cpuBacklog = Math.max(0, p.cpuBacklog + (offered - cores) * TICK_SECONDS);
            double factor;
            if (offered < cores) {
                factor = 1 + Queueing.erlangC(cores, offered) / (cores - offered);
            } else {
                factor = 1 + 1 / (cores * 0.01);   // the M/M/n factor at 99%: saturated, before the backlog
            }
            double stretch = 1 + webCpuShareOfService * (factor - 1);
            p.queue.setStretch(stretch + p.cpuBacklog / cores / plan.web().demand().meanSeconds());
        }

        /** Work piled up: CPU seconds behind on the web, waiting tasks on a worker queue. */
        private static double backlog(PoolState p) {
            return p.web() ? p.cpuBacklog : p.queue.waiting();
        }

        private void resize(PoolState p, double now, int want) {
            if (want > p.requested) {
                p.starting.addLast(new double[] {now + p.startDelay, want - p.requested});
                p.requested = want;
                p.peakRequested = Math.max(p.peakRequested, want);
            } else if (want < p.requested) {
                int drop = p.requested - want;
                p.requested = want;
                // Replicas still starting are cancelled first, the newest first; then serving ones drain.
                while (drop > 0 && !p.starting.isEmpty()) {
                    double[] last = p.starting.peekLast();
                    int take = (int) Math.min(drop, last[1]);
                    last[1] -= take;
                    drop -= take;
                    if (last[1] == 0) {
                        p.starting.pollLast();
                    }
                }
                if (drop > 0) {
                    p.setReady(now, p.ready - drop);
                }
            }
        }

        private double nextReady() {
            double next = Double.POSITIVE_INFINITY;
            for (PoolState p : pools) {
                if (!p.starting.isEmpty()) {
                    next = Math.min(next, p.starting.peekFirst()[0]);
                }
            }
            return next;
        }

        private void becomeReady(double now) {
            for (PoolState p : pools) {
                while (!p.starting.isEmpty() && p.starting.peekFirst()[0] <= now) {
                    p.setReady(now, p.ready + (int) p.starting.pollFirst()[1]);
                }
            }
        }

        /**
         * One zone's replicas of every pool go, with their running requests (replicas are spread
         * round-robin, so the first zone holds ceil(replicas / zones)). The platform replaces them
         * in the other zones (ECS keeps the service's count, the ASG its capacity, Kubernetes its
         * replicas): they serve after the start delay, up to the plan's max replicas.
         */
        private void loseZone(double now) {
            int zones = plan.availabilityZones().intValue();
            for (PoolState p : pools) {
                p.readyBeforeLoss = p.ready;
                p.backlogBeforeLoss = backlog(p);
                int lost = (p.ready + zones - 1) / zones;
                p.replicasLost += lost;
                p.ready -= lost;
                p.queue.loseServers(now, lost * p.pool.serversPerReplica());
                int replace = Math.min(lost, Math.max(0, p.autoscaler.policy().maxReplicas() - p.ready));
                if (replace > 0) {
                    p.starting.addLast(new double[] {now + p.startDelay, replace});
                }
                p.requested = p.ready + pendingCount(p);
            }
        }

        private static int pendingCount(PoolState p) {
            int sum = 0;
            for (double[] s : p.starting) {
                sum += (int) s[1];
            }
            return sum;
        }

        private ScenarioReport report() {
            int from = scenario.warmupMinutes();
            int to = scenario.totalMinutes();
            List<ScenarioReport.PoolResult> results = new ArrayList<>();
            for (PoolState p : pools) {
                double target = p.web() ? p.pool.p95LatencyTargetSeconds() : p.pool.p95WaitTargetSeconds();
                double recovery = Double.NaN;
                double duringLoss = Double.NaN;
                if (scenario.losesZone()) {
                    int lossFrom = scenario.zoneLossMinute();
                    // Normal for a worker queue: fewer waiting than the autoscaler's own step, or than at the loss.
                    double normal = p.web() ? p.backlogBeforeLoss
                            : Math.max(p.backlogBeforeLoss, p.autoscaler.policy().queueLengthPerReplica());
                    recovery = p.series.recoverySeconds(lossFrom * 60.0, p.readyBeforeLoss, normal, to);
                    duringLoss = p.series.p95Over(lossFrom, lossFrom + (int) Math.ceil(Math.min(recovery, 1e9) / 60));
                }
                results.add(new ScenarioReport.PoolResult(p.pool.withReplicas(Math.max(1, p.ready)), p.pool.replicas(),
                        p.web() ? "p95 latency" : "p95 queue wait", target,
                        p.waits.count() == 0 ? 0 : p.waits.quantile(0.95),
                        p.latencies.count() == 0 ? 0 : p.latencies.quantile(0.95),
                        p.web() ? (p.latencies.count() == 0 ? 0 : p.latencies.quantile(0.95)) : (p.waits.count() == 0 ? 0 : p.waits.quantile(0.95)),
                        p.series.worstWindowP95(5, from, to, MIN_WINDOW_REQUESTS / 10),
                        p.series.worstWindowP95(60, from, to, MIN_WINDOW_REQUESTS),
                        p.series.minutesAbove(target, from, to, MIN_WINDOW_REQUESTS / 50), to - from,
                        p.series.replicaHours(from, to), p.pool.replicas() * (to - from) / 60.0, p.peakRequested,
                        p.autoscaler.events(), p.replicasLost, p.queue.lostInFlight(), recovery, duringLoss,
                        // The plan's component-down window is "longer than a replacement replica takes to start":
                        // one such window for the replacement, one more to work off what queued meanwhile.
                        2.0 * plan.alerts().componentDownWindow().sustainedSeconds(), p.waits.count(),
                        p.series.p95s(), p.series.readySeries()));
            }
            double lone = Math.pow(Queueing.TARGET_PERCENTILE, 1.0 / charts);
            ScenarioReport.Dashboards dash = new ScenarioReport.Dashboards(chartWaits.count(),
                    chartWaits.count() == 0 ? 0 : chartWaits.quantile(0.95),
                    chartLatencies.count() == 0 ? 0 : chartLatencies.quantile(0.95),
                    scenario.bursty() ? dashboardLatencies.count() : 0,
                    scenario.bursty()
                            ? (dashboardLatencies.count() == 0 ? 0 : dashboardLatencies.quantile(0.95))
                            // Independent charts: a dashboard's slowest of n has its p95 at the chart latency's 0.95^(1/n) quantile.
                            : (chartLatencies.count() == 0 ? 0 : chartLatencies.quantile(lone)),
                    dashboardsOverwritten);
            return new ScenarioReport(plan, scenario, results, dash);
        }
    }
}
