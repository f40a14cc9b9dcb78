package dev.superscale.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.Preset;
import dev.superscale.capacity.Sized;
import dev.superscale.capacity.WorkerGroupPlan;
import dev.superscale.capacity.WorkerMachine;
import dev.superscale.capacity.CapacityPlanner;
import org.junit.jupiter.api.Test;

class AwsCatalogTest {

    @Test
    void fargateSizeIsTheSmallestValidPairThatHoldsTheRequest() {
        assertThat(AwsCatalog.fargate(2000, 5120)).isEqualTo(new AwsCatalog.FargateSize(2048, 5120));
        assertThat(AwsCatalog.fargate(500, 512)).isEqualTo(new AwsCatalog.FargateSize(512, 1024));
        assertThat(AwsCatalog.fargate(250, 300)).isEqualTo(new AwsCatalog.FargateSize(256, 512));
        assertThat(AwsCatalog.fargate(1000, 9000)).isEqualTo(new AwsCatalog.FargateSize(2048, 9216));
        assertThat(AwsCatalog.fargate(6000, 20000)).isEqualTo(new AwsCatalog.FargateSize(8192, 20480));
    }

    @Test
    void fargateRefusesWhatNoTaskSizeHolds() {
        assertThatThrownBy(() -> AwsCatalog.fargate(32000, 1024)).hasMessageContaining("no Fargate size");
        assertThatThrownBy(() -> AwsCatalog.fargate(0, 1024)).hasMessageContaining("positive");
    }

    @Test
    void databaseClassHoldsThePlannedVcpuAndMemory() {
        assertThat(AwsCatalog.databaseInstanceClass(2, 16384)).isEqualTo("r6g.large");
        assertThat(AwsCatalog.databaseInstanceClass(8, 65536)).isEqualTo("r6g.2xlarge");
        assertThat(AwsCatalog.databaseInstanceClass(2, 40000)).isEqualTo("r6g.2xlarge");
    }

    @Test
    void everyPresetWorkerMachineGetsAtLeastThreeInstanceTypesThatHoldIt() {
        for (Preset preset : Preset.values()) {
            for (WorkerGroupPlan group : CapacityPlanner.planFor(preset.load()).workerGroups()) {
                var types = AwsCatalog.workerInstanceTypes(group.machine());
                assertThat(types).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
                types.forEach(type -> assertThat(AwsCatalog.vcpusOf(type)).isGreaterThanOrEqualTo(group.machine().vcpu().intValue()));
            }
        }
    }

    @Test
    void workerFamilyFollowsMemoryPerVcpu() {
        assertThat(AwsCatalog.workerInstanceTypes(machine(4, 16384))).first().isEqualTo("m7i.xlarge");
        assertThat(AwsCatalog.workerInstanceTypes(machine(2, 16384))).first().isEqualTo("r7i.large");
        assertThat(AwsCatalog.workerInstanceTypes(machine(4, 8192))).first().isEqualTo("c7i.xlarge");
    }

    @Test
    void cacheNodeLeavesElastiCachesReservedMemory() {
        assertThat(AwsCatalog.cacheNodeType(1024)).isEqualTo("cache.t4g.small");
        assertThat(AwsCatalog.cacheNodeType(2560)).isEqualTo("cache.m7g.large");
        assertThat(AwsCatalog.cacheNodeType(14848)).isEqualTo("cache.r7g.xlarge");
        assertThatThrownBy(() -> AwsCatalog.cacheNodeType(10_000_000)).hasMessageContaining("no ElastiCache node");
    }

    private static WorkerMachine machine(int vcpu, int memoryMiB) {
        return new WorkerMachine(new Sized(vcpu, "vCPU", "test"), new Sized(memoryMiB, "MiB", "test"));
    }
}
