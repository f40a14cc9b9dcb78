package dev.superscale.cost;

import dev.superscale.capacity.BatchArrivals;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.QueuePrediction;
import dev.superscale.capacity.UserLoad;
import dev.superscale.capacity.WorkerGroupPlan;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How many registered users a fixed set of servers carries under the capacity model: the largest
 * user count (same load shape and chart query mode) for which the web tier stays under its CPU
 * target and thread wait target, and every Celery queue under its wait target and utilization cap.
 * The same test the planner sizes with (dashboard bursts included), run the other way round.
 *
 * @param webReplicas        web replicas
 * @param webVcpuPerReplica  vCPUs per web replica
 * @param webThreadsPerReplica gunicorn request threads per replica
 * @param processesPerQueue  Celery processes per queue name
 */
public record ModelledCapacity(int webReplicas, double webVcpuPerReplica, int webThreadsPerReplica, Map<String, Integer> processesPerQueue) {

    /** The users carried and the target that breaks first one step beyond. */
    public record Carried(int users, String limitedBy) {
    }

    public ModelledCapacity {
        // Insertion order kept (Map.copyOf would iterate in a per-JVM order and break reproducible output).
        processesPerQueue = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(processesPerQueue));
    }

    /** What a plan's own peak servers carry. */
    public static ModelledCapacity atPeakOf(CapacityPlan plan) {
        Map<String, Integer> processes = new LinkedHashMap<>();
        for (WorkerGroupPlan g : plan.workerGroups()) {
            processes.put(g.queue(), g.peakProcesses().intValue());
        }
        return new ModelledCapacity(plan.web().peakReplicas().intValue(), plan.web().cpuMillicores().value() / 1000.0,
                plan.web().threadsPerReplica(), processes);
    }

    /** The largest user count in the supported range that these servers carry with {@code shape}'s load per user. */
    public Carried usersCarried(UserLoad shape, CapacityPlan reference) {
        UserLoad fixedMode = shape.toBuilder().chartQueryMode(reference.chartQueryMode()).build();
        int lo = UserLoad.MIN_USERS;
        if (breach(fixedMode, lo).isPresent()) {
            return new Carried(0, breach(fixedMode, lo).get());
        }
        int hi = UserLoad.MAX_USERS;
        if (breach(fixedMode, hi).isEmpty()) {
            return new Carried(hi, "nothing up to " + hi + " users, the model's range");
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (breach(fixedMode, mid).isEmpty()) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new Carried(lo, breach(fixedMode, hi).orElseThrow());
    }

    /** The first target missed at this many users, if any. */
    Optional<String> breach(UserLoad shape, int users) {
        CapacityPlan plan = CapacityPlanner.planFor(shape.toBuilder().registeredUsers(users).build());
        double cpuLimit = webReplicas * webVcpuPerReplica * plan.web().scaleOutCpuPercent().value() / 100.0;
        if (plan.web().cpuDemandVcpu().value() > cpuLimit) {
            return Optional.of(String.format(Locale.ROOT, "web CPU: %.2f vCPU of work over the %.2f vCPU a %d%% CPU target allows",
                    plan.web().cpuDemandVcpu().value(), cpuLimit, plan.web().scaleOutCpuPercent().value()));
        }
        QueuePrediction web = BatchArrivals.predict(webReplicas * webThreadsPerReplica, plan.web().demand(),
                plan.web().arrivalPeakedness().value());
        double webTarget = plan.web().p95WaitTargetSeconds().value();
        if (web.utilization() > CapacityPlanner.QUEUE_UTILIZATION_CAP || web.p95WaitSeconds() > webTarget) {
            return Optional.of(String.format(Locale.ROOT, "web threads: p95 wait %.2f s (target %.2f s) at %.0f%% busy", web.p95WaitSeconds(),
                    webTarget, web.utilization() * 100));
        }
        for (WorkerGroupPlan g : plan.workerGroups()) {
            int processes = processesPerQueue.getOrDefault(g.queue(), 0);
            QueuePrediction q = BatchArrivals.predict(Math.max(1, processes), g.demand(), g.arrivalPeakedness().value());
            double target = g.p95WaitTargetSeconds().value();
            if (processes == 0 || q.utilization() > CapacityPlanner.QUEUE_UTILIZATION_CAP || q.p95WaitSeconds() > target) {
                return Optional.of(String.format(Locale.ROOT, "queue %s: p95 wait %.2f s (target %.2f s) at %.0f%% busy on %d processes",
                        g.queue(), q.p95WaitSeconds(), target, q.utilization() * 100, processes));
            }
        }
        return Optional.empty();
    }
}
