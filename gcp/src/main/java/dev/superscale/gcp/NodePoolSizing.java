package dev.superscale.gcp;

import dev.superscale.topology.Component;
import dev.superscale.topology.SupersetTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * How many GKE nodes each pool needs for the topology's replica counts: pure packing onto the
 * machine types GCP sells, no sizing. The on-demand pool carries every on-demand component and
 * the workers' on-demand base; the Spot pool carries the rest of the workers.
 *
 * @param machineType the pool's machine type: the smallest that fits its largest pod
 * @param minNodes    the autoscaler's floor: the minimum replicas packed tightly (on-demand: at least one node per zone); the
 *                    autoscaler adds nodes when the scheduler packs less well
 * @param peakNodes   the peak replicas packed tightly: what the pool costs at the busiest hour
 * @param maxNodes    the autoscaler's ceiling: the maximum replicas with every component on nodes of its own, so the
 *                    ceiling holds however the scheduler mixes pods
 * @param pods        the pods placed on the pool, with their replica counts on it
 */
public record NodePoolSizing(GcpCatalog.MachineType machineType, long minNodes, long peakNodes, long maxNodes, List<PlacedPods> pods) {

    /** One component's share of a pool. */
    public record PlacedPods(String component, long cpuMillicores, long memoryMiB, long min, long peak, long max) {
    }

    /** The on-demand pool: web, PgBouncer, beat, migrations and each worker group's on-demand base. */
    public static NodePoolSizing onDemand(SupersetTopology topology) {
        List<PlacedPods> pods = new ArrayList<>();
        for (Component c : topology.components()) {
            if (c.placement().spot()) {
                long base = c.placement().onDemandBaseReplicas().value();
                if (base > 0) {
                    pods.add(placed(c, Math.min(base, c.replicas().min().value()), Math.min(base, c.replicas().peak().value()),
                            Math.min(base, c.replicas().max().value())));
                }
            } else {
                pods.add(placed(c, c.replicas().min().value(), c.replicas().peak().value(), c.replicas().max().value()));
            }
        }
        return of(pods, topology.plan().availabilityZones().value());
    }

    /** The Spot pool: each worker group's replicas above its on-demand base. */
    public static NodePoolSizing spot(SupersetTopology topology) {
        List<PlacedPods> pods = new ArrayList<>();
        for (Component c : topology.components()) {
            if (c.placement().spot()) {
                long base = c.placement().onDemandBaseReplicas().value();
                pods.add(placed(c, Math.max(0, c.replicas().min().value() - base), Math.max(0, c.replicas().peak().value() - base),
                        Math.max(0, c.replicas().max().value() - base)));
            }
        }
        return of(pods, 0);
    }

    private static PlacedPods placed(Component c, long min, long peak, long max) {
        return new PlacedPods(c.name(), c.resources().cpuMillicores().value(), c.resources().memoryMiB().value(), min, peak, max);
    }

    private static NodePoolSizing of(List<PlacedPods> pods, long floorNodes) {
        if (pods.isEmpty()) {
            throw new IllegalArgumentException("a node pool needs at least one component");
        }
        long cpu = pods.stream().mapToLong(PlacedPods::cpuMillicores).max().orElseThrow();
        long memory = pods.stream().mapToLong(PlacedPods::memoryMiB).max().orElseThrow();
        GcpCatalog.MachineType type = GcpCatalog.nodeMachineType(cpu, memory);
        return new NodePoolSizing(type, Math.max(floorNodes, packed(type, pods, PlacedPods::min)), Math.max(floorNodes, packed(type, pods, PlacedPods::peak)),
                Math.max(floorNodes, separate(type, pods, PlacedPods::max)), List.copyOf(pods));
    }

    /** First-fit decreasing over all pods: the fewest nodes a good packing needs. */
    private static long packed(GcpCatalog.MachineType type, List<PlacedPods> pods, ToLongFunction<PlacedPods> count) {
        List<long[]> free = new ArrayList<>();
        List<PlacedPods> bySize = pods.stream().sorted(java.util.Comparator.comparingLong(PlacedPods::memoryMiB)
                .thenComparingLong(PlacedPods::cpuMillicores).reversed()).toList();
        for (PlacedPods p : bySize) {
            for (long i = 0; i < count.applyAsLong(p); i++) {
                long[] node = free.stream().filter(n -> n[0] >= p.cpuMillicores() && n[1] >= p.memoryMiB()).findFirst().orElse(null);
                if (node == null) {
                    node = new long[] {type.allocatableMillicores(), type.allocatableMemoryMiB()};
                    free.add(node);
                }
                node[0] -= p.cpuMillicores();
                node[1] -= p.memoryMiB();
            }
        }
        return free.size();
    }

    /** Each component packed onto its own nodes: conservative, so the bound holds whatever the scheduler mixes. */
    private static long separate(GcpCatalog.MachineType type, List<PlacedPods> pods, ToLongFunction<PlacedPods> count) {
        long nodes = 0;
        for (PlacedPods p : pods) {
            long perNode = type.podsPerNode(p.cpuMillicores(), p.memoryMiB());
            nodes += (count.applyAsLong(p) + perNode - 1) / perNode;
        }
        return nodes;
    }
}
