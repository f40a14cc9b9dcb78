package dev.superscale.cost;

import java.util.Optional;

/**
 * One component that runs as replicas on compute: how many at the off-peak floor and at peak,
 * how big each is, and how many stay on on-demand capacity.
 *
 * @param name            the component ("web", "worker-interactive", ...)
 * @param floorReplicas   replicas at the off-peak floor (the autoscaler's minimum)
 * @param peakReplicas    replicas the peak hour needs
 * @param cpuMillicores   CPU per replica
 * @param memoryMiB       memory per replica
 * @param spot            runs on spot capacity beyond {@code onDemandBase}
 * @param onDemandBase    replicas kept on on-demand capacity
 * @param machine         for workers: the machine one replica runs on (priced as a whole machine where the target sells them)
 * @param runsOnce        a run-once job (migrations): billed only while it runs, minutes per rollout
 */
public record Workload(
        String name,
        int floorReplicas,
        int peakReplicas,
        long cpuMillicores,
        long memoryMiB,
        boolean spot,
        int onDemandBase,
        Optional<Machine> machine,
        boolean runsOnce) {

    /** A machine size: vCPUs and memory. */
    public record Machine(long vcpu, long memoryMiB) {
    }

    public Workload {
        if (floorReplicas < 0 || floorReplicas > peakReplicas) {
            throw new IllegalArgumentException(name + ": need 0 <= floor <= peak replicas, got " + floorReplicas + " and " + peakReplicas);
        }
    }

    /** Of {@code replicas} running, how many are on on-demand capacity. */
    public int onDemand(int replicas) {
        return spot ? Math.min(onDemandBase, replicas) : replicas;
    }
}
