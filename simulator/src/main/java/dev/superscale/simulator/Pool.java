package dev.superscale.simulator;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.QueuePrediction;
import dev.superscale.capacity.Queueing;
import dev.superscale.capacity.ServiceMix;
import dev.superscale.capacity.SizedBy;
import dev.superscale.capacity.WebPlan;
import dev.superscale.capacity.WorkerGroupPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * One pool of the serving system as the plan describes it: a first-come-first-served queue in
 * front of {@code servers} identical servers (gunicorn threads or Celery prefork processes),
 * fed by the Poisson streams of {@code demand}.
 *
 * <p>Pools are independent given Poisson input: a dashboard view's cache hits are served by the
 * web tier and its misses by web threads (sync) or the interactive queue (async), each as its own
 * Poisson stream in the plan's demand, so every pool is simulated on its own.
 *
 * @param name                   "web", or the Celery queue name
 * @param kind                   web threads or Celery processes
 * @param replicas               replicas (web) or worker replicas (Celery) at peak
 * @param serversPerReplica      threads per web replica, or Celery concurrency
 * @param demand                 the request classes arriving at the pool
 * @param p95WaitTargetSeconds   the plan's p95 queue wait target for the pool
 * @param p95LatencyTargetSeconds the end-to-end p95 target (web only); NaN for none
 * @param latencyAlertSeconds    the alert on the 1-minute p95 latency (web only); NaN for none
 * @param queueDepthAlert        the alert on waiting messages (Celery only); -1 for none
 * @param sizedBy                why the plan keeps this much capacity
 */
public record Pool(
        String name,
        Kind kind,
        int replicas,
        int serversPerReplica,
        ServiceMix demand,
        double p95WaitTargetSeconds,
        double p95LatencyTargetSeconds,
        double latencyAlertSeconds,
        long queueDepthAlert,
        SizedBy sizedBy) {

    /** What serves requests in the pool. */
    public enum Kind {
        /** gunicorn threads behind the load balancer: replicas x workers x threads. */
        WEB_THREADS("threads"),
        /** Celery prefork processes with prefetch 1 and acks late: replicas x concurrency. */
        CELERY_PROCESSES("processes");

        private final String unit;

        Kind(String unit) {
            this.unit = unit;
        }

        public String unit() {
            return unit;
        }
    }

    public Pool {
        if (replicas < 1 || serversPerReplica < 1) {
            throw new IllegalArgumentException("pool " + name + " needs at least one replica and one server per replica, got "
                    + replicas + " x " + serversPerReplica);
        }
    }

    /** The web tier of a plan at peak. */
    public static Pool web(CapacityPlan plan) {
        WebPlan web = plan.web();
        return new Pool("web", Kind.WEB_THREADS, web.peakReplicas().intValue(), web.threadsPerReplica(), web.demand(),
                web.p95WaitTargetSeconds().value(), plan.load().webP95LatencySeconds(),
                plan.alerts().webP95LatencySeconds().value(), -1, web.sizedBy());
    }

    /** One Celery worker group of a plan at peak. */
    public static Pool workerGroup(CapacityPlan plan, WorkerGroupPlan group) {
        return new Pool(group.queue(), Kind.CELERY_PROCESSES, group.peakReplicas().intValue(), group.concurrency().intValue(),
                group.demand(), group.p95WaitTargetSeconds().value(), Double.NaN, Double.NaN,
                plan.alerts().queueDepth().value(), group.sizedBy());
    }

    /** Every pool of a plan: the web tier, then the worker groups in plan order. */
    public static List<Pool> allOf(CapacityPlan plan) {
        List<Pool> pools = new ArrayList<>();
        pools.add(web(plan));
        for (WorkerGroupPlan group : plan.workerGroups()) {
            pools.add(workerGroup(plan, group));
        }
        return List.copyOf(pools);
    }

    /** Threads or processes serving the queue. */
    public int servers() {
        return replicas * serversPerReplica;
    }

    /** The same pool with a different number of replicas. */
    public Pool withReplicas(int count) {
        return new Pool(name, kind, count, serversPerReplica, demand, p95WaitTargetSeconds, p95LatencyTargetSeconds,
                latencyAlertSeconds, queueDepthAlert, sizedBy);
    }

    /** The same capacity and targets, carrying other work (a what-if load). */
    public Pool withDemand(ServiceMix other) {
        return new Pool(name, kind, replicas, serversPerReplica, other, p95WaitTargetSeconds, p95LatencyTargetSeconds,
                latencyAlertSeconds, queueDepthAlert, sizedBy);
    }

    /** What the capacity model predicts for this pool. */
    public QueuePrediction prediction() {
        return Queueing.predict(servers(), demand);
    }

    public boolean hasLatencyTarget() {
        return !Double.isNaN(p95LatencyTargetSeconds);
    }

    public boolean hasLatencyAlert() {
        return !Double.isNaN(latencyAlertSeconds);
    }

    public boolean hasQueueDepthAlert() {
        return queueDepthAlert >= 0;
    }

    /** "web (3 x 32 threads)" or "interactive (3 x 6 processes)". */
    public String label() {
        return name + " (" + replicas + " x " + serversPerReplica + " " + kind.unit() + ")";
    }
}
