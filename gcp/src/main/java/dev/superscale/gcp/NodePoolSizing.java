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
 * @param minNodes    nodes for every component's minimum replicas (on-demand: at least one per zone)
 * @param peakNodes   nodes for the peak replicas
 * @param maxNodes    nodes for the maximum replicas: the autoscaler's ceiling
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
        return new NodePoolSizing(type, Math.max(floorNodes, nodes(type, pods, PlacedPods::min)), Math.max(floorNodes, nodes(type, pods, PlacedPods::peak)),
                Math.max(floorNodes, nodes(type, pods, PlacedPods::max)), List.copyOf(pods));
    }

    /** Each component packed onto its own nodes: conservative, so the bound holds whatever the scheduler mixes. */
    private static long nodes(GcpCatalog.MachineType type, List<PlacedPods> pods, ToLongFunction<PlacedPods> count) {
        long nodes = 0;
        for (PlacedPods p : pods) {
            long perNode = type.podsPerNode(p.cpuMillicores(), p.memoryMiB());
            nodes += (count.applyAsLong(p) + perNode - 1) / perNode;
        }
        return nodes;
    }
}
