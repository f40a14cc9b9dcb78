package dev.superscale.cost;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.topology.Component;
import dev.superscale.topology.ComponentRole;
import dev.superscale.topology.Rollout;
import dev.superscale.topology.SupersetTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a deployment runs, in the terms a price table charges for: compute workloads, the
 * database, the two Redis roles, and the network around them. Built from a topology (the plan
 * Superscale deploys) or by hand (the guide's reference configuration).
 *
 * @param name                  what is priced ("plan for 10,000 users", "guide reference")
 * @param registeredUsers       users the cost is divided by
 * @param workloads             compute, in topology order
 * @param database              the metadata database
 * @param broker                the replicated, non-cluster Redis (Celery broker, results, async events, rate limits)
 * @param cache                 the cluster-mode Redis for Superset's caches
 * @param zones                 availability zones spanned
 * @param highlyAvailable       whether the network is built for HA (a NAT gateway per zone)
 * @param peakRequestsPerSecond web requests per second at peak
 * @param floorRequestsPerSecond web requests per second at the off-peak floor
 */
public record Deployment(
        String name,
        int registeredUsers,
        List<Workload> workloads,
        DatabaseNeed database,
        RedisNeed broker,
        RedisNeed cache,
        int zones,
        boolean highlyAvailable,
        double peakRequestsPerSecond,
        double floorRequestsPerSecond) {

    /** A managed PostgreSQL: instances (primary plus standbys) of one size, storage per instance. */
    public record DatabaseNeed(int instances, long vcpu, long memoryMiB, long storageGiB) {
    }

    /** A managed Redis: nodes of one size, each holding {@code dataMiBPerNode} of data. */
    public record RedisNeed(int nodes, long dataMiBPerNode) {
    }

    public Deployment {
        workloads = List.copyOf(workloads);
    }

    /** The deployment a topology describes; its web request rate at the floor scales with the web replicas. */
    public static Deployment of(SupersetTopology topology, String name) {
        CapacityPlan plan = topology.plan();
        List<Workload> workloads = new ArrayList<>();
        for (Component c : topology.components()) {
            Optional<Workload.Machine> machine = Optional.empty();
            if (c.role() == ComponentRole.CELERY_WORKER) {
                var m = plan.workerGroup(c.name().substring(SupersetTopology.WORKER_PREFIX.length())).machine();
                machine = Optional.of(new Workload.Machine(m.vcpu().value(), m.memoryMiB().value()));
            }
            workloads.add(new Workload(c.name(), c.replicas().min().intValue(), c.replicas().peak().intValue(),
                    c.resources().cpuMillicores().value(), c.resources().memoryMiB().value(), c.placement().spot(),
                    c.placement().onDemandBaseReplicas().intValue(), machine, c.rollout() == Rollout.RUN_ONCE));
        }
        var web = topology.web().replicas();
        double peakRps = plan.web().requestsPerSecond().value();
        double floorRps = peakRps * web.min().value() / web.peak().value();
        var pg = plan.postgres();
        var broker = plan.redisBroker();
        var cache = plan.redisCache();
        return new Deployment(name, plan.load().registeredUsers(), workloads,
                new DatabaseNeed(pg.instances().intValue(), pg.vcpu().value(), pg.memoryMiB().value(), pg.storageGiB().value()),
                new RedisNeed(1 + broker.replicasPerPrimary().intValue(), broker.memoryMiBPerNode().value()),
                new RedisNeed(cache.shards().intValue() * (1 + cache.replicasPerShard().intValue()), cache.memoryMiBPerShard().value()),
                plan.availabilityZones().intValue(), plan.highlyAvailable(), peakRps, floorRps);
    }

    public Workload workload(String workloadName) {
        return workloads.stream().filter(w -> w.name().equals(workloadName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no workload named " + workloadName));
    }
}
