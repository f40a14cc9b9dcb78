package dev.superscale.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.UserLoad;
import dev.superscale.topology.Component;
import dev.superscale.topology.SupersetTopology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NodePoolSizingTest {

    @ParameterizedTest
    @ValueSource(ints = {10, 250, 999, 1_000, 3_000, 25_000, 80_000, 200_000})
    void boundsAreOrderedAndEachPoolHoldsOnlyItsOwnCapacity(int users) {
        SupersetTopology topology = SupersetTopology.of(CapacityPlanner.planFor(UserLoad.ofUsers(users)));
        for (NodePoolSizing pool : new NodePoolSizing[] {NodePoolSizing.onDemand(topology), NodePoolSizing.spot(topology)}) {
            assertThat(pool.minNodes()).isPositive().isLessThanOrEqualTo(pool.peakNodes());
            assertThat(pool.peakNodes()).isLessThanOrEqualTo(pool.maxNodes());
            for (NodePoolSizing.PlacedPods pods : pool.pods()) {
                assertThat(pool.machineType().podsPerNode(pods.cpuMillicores(), pods.memoryMiB())).as(pods.component()).isPositive();
            }
        }
        NodePoolSizing spot = NodePoolSizing.spot(topology);
        assertThat(spot.pods()).allSatisfy(p -> assertThat(topology.component(p.component()).placement().spot()).isTrue());
        for (Component worker : topology.workers()) {
            long base = worker.placement().onDemandBaseReplicas().value();
            long onDemand = NodePoolSizing.onDemand(topology).pods().stream().filter(p -> p.component().equals(worker.name()))
                    .mapToLong(NodePoolSizing.PlacedPods::max).sum();
            long onSpot = spot.pods().stream().filter(p -> p.component().equals(worker.name())).mapToLong(NodePoolSizing.PlacedPods::max).sum();
            assertThat(onDemand).isEqualTo(Math.min(base, worker.replicas().max().value()));
            assertThat(onDemand + onSpot).isEqualTo(worker.replicas().max().value());
        }
        assertThat(NodePoolSizing.onDemand(topology).minNodes()).isGreaterThanOrEqualTo(topology.plan().availabilityZones().value());
    }
}
