package dev.superscale.cost;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.topology.Component;
import dev.superscale.topology.SupersetTopology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guide's own configuration for 10,000 users ("Scaling Apache Superset to 10,000+ Users"):
 * 5 web instances of 2 vCPU / 4 GB behind a managed load balancer, 40 Celery worker processes on
 * 8 machines (5 processes each, inside the guide's 4-6, at 3 GB each, inside its 2-4 GB),
 * PgBouncer pooling 130 clients onto 50 server connections, HA PostgreSQL and a Redis cluster.
 *
 * <p>Where the guide names no size (the database, Redis, PgBouncer, beat) the plan's own is used,
 * so a comparison shows only what the guide and the plan size differently. The guide's machines
 * are split over the plan's priority queues, three quarters on the interactive queue. Its floor is
 * the low end of its ranges (3 web instances, 4 worker machines); its workers run on spot with the
 * plan's on-demand base per queue.
 */
public final class GuideReference {

    public static final int WEB_INSTANCES = 5;
    public static final int WEB_INSTANCES_LOW = 3;
    public static final long WEB_MILLICORES = 2_000;
    public static final long WEB_MEMORY_MIB = 4_096;
    public static final int WORKER_MACHINES = 8;
    public static final int WORKER_MACHINES_LOW = 4;
    public static final int PROCESSES_PER_MACHINE = 5;
    public static final long MEMORY_PER_PROCESS_MIB = 3_072;
    /** Machine memory: the processes plus 1 GiB for the OS and the Celery parent. */
    public static final long MACHINE_MEMORY_MIB = PROCESSES_PER_MACHINE * MEMORY_PER_PROCESS_MIB + 1_024;
    public static final long MACHINE_VCPU = 4;
    public static final int PGBOUNCER_CLIENTS = 130;
    public static final int PGBOUNCER_SERVER_POOL = 50;

    private GuideReference() {
    }

    /** Worker machines per queue: three quarters interactive, the rest reports (the guide's priority queues). */
    static Map<String, Integer> machinesPerQueue(CapacityPlan plan, int machines) {
        Map<String, Integer> split = new LinkedHashMap<>();
        int interactive = (int) Math.round(machines * 0.75);
        for (var group : plan.workerGroups()) {
            split.put(group.queue(), group.queue().equals("interactive") ? interactive : 0);
        }
        int rest = machines - split.values().stream().mapToInt(Integer::intValue).sum();
        int others = (int) split.values().stream().filter(v -> v == 0).count();
        for (var entry : split.entrySet()) {
            if (entry.getValue() == 0 && others > 0) {
                int share = rest / others;
                entry.setValue(share);
                rest -= share;
                others--;
            }
        }
        return split;
    }

    /** The guide's servers, for {@link ModelledCapacity}. */
    public static ModelledCapacity capacity(CapacityPlan plan) {
        Map<String, Integer> processes = new LinkedHashMap<>();
        machinesPerQueue(plan, WORKER_MACHINES).forEach((queue, machines) -> processes.put(queue, machines * PROCESSES_PER_MACHINE));
        return new ModelledCapacity(WEB_INSTANCES, WEB_MILLICORES / 1000.0, plan.web().threadsPerReplica(), processes);
    }

    /** The guide's configuration as a deployment to price, carrying the same load as {@code plan}. */
    public static Deployment deployment(CapacityPlan plan) {
        SupersetTopology topology = SupersetTopology.of(plan);
        Deployment planned = Deployment.of(topology, "plan");
        Map<String, Integer> peakMachines = machinesPerQueue(plan, WORKER_MACHINES);
        Map<String, Integer> floorMachines = machinesPerQueue(plan, WORKER_MACHINES_LOW);
        List<Workload> workloads = new ArrayList<>();
        for (Workload w : planned.workloads()) {
            if (w.name().equals(SupersetTopology.WEB)) {
                workloads.add(new Workload(w.name(), WEB_INSTANCES_LOW, WEB_INSTANCES, WEB_MILLICORES, WEB_MEMORY_MIB, false, WEB_INSTANCES,
                        Optional.empty(), false));
            } else if (w.name().startsWith(SupersetTopology.WORKER_PREFIX)) {
                String queue = w.name().substring(SupersetTopology.WORKER_PREFIX.length());
                Component planComponent = topology.worker(queue);
                workloads.add(new Workload(w.name(), floorMachines.get(queue), peakMachines.get(queue), MACHINE_VCPU * 1000,
                        PROCESSES_PER_MACHINE * MEMORY_PER_PROCESS_MIB, true, planComponent.placement().onDemandBaseReplicas().intValue(),
                        Optional.of(new Workload.Machine(MACHINE_VCPU, MACHINE_MEMORY_MIB)), false));
            } else {
                workloads.add(w);
            }
        }
        return new Deployment("guide reference", planned.registeredUsers(), workloads, planned.database(), planned.broker(),
                planned.cache(), planned.zones(), planned.highlyAvailable(), planned.peakRequestsPerSecond(),
                planned.peakRequestsPerSecond() * WEB_INSTANCES_LOW / WEB_INSTANCES);
    }
}
