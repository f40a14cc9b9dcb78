package dev.superscale.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.PostgresPlan;
import dev.superscale.capacity.Preset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GcpCatalogTest {

    @Test
    void gkeReservesCpuAndMemorySoAPodAsLargeAsTheMachineNeedsALargerOne() {
        // Four full cores cannot be requested on a 4-vCPU node: GKE keeps some for the kubelet and its DaemonSets.
        GcpCatalog.MachineType type = GcpCatalog.nodeMachineType(4000, 12288);
        assertThat(type.vcpus()).isGreaterThan(4);
        assertThat(type.podsPerNode(4000, 12288)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void allocatableFollowsGkesPublishedReservationFor32GiB() {
        // GKE: 25% of 4 GiB + 20% of 4 GiB + 10% of 8 GiB + 6% of 16 GiB = 3.56 GiB, plus the 100 MiB eviction threshold.
        GcpCatalog.MachineType standard8 = new GcpCatalog.MachineType("n2-standard-8", 8, 32 * 1024);
        long gkeAllocatable = (long) Math.floor((32 - 3.56) * 1024) - 100;
        assertThat(standard8.allocatableMemoryMiB()).isEqualTo(gkeAllocatable - GcpCatalog.SYSTEM_PODS_MIB);
        // 6% + 1% + 2 x 0.5% + 4 x 0.25% of a core = 90 millicores.
        assertThat(standard8.allocatableMillicores()).isEqualTo(8000 - 90 - GcpCatalog.SYSTEM_PODS_MILLICORES);
    }

    @Test
    void prefersTheCheaperMemoryRatioAtEqualCores() {
        assertThat(GcpCatalog.nodeMachineType(500, 512).name()).startsWith("n2-highcpu-");
        assertThat(GcpCatalog.nodeMachineType(1000, 12_000).name()).isEqualTo("n2-highmem-2");
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void sqlTierHoldsThePlansCoresAndMemoryWithinCloudSqlsRatio(Preset preset) {
        PostgresPlan pg = CapacityPlanner.planFor(preset.load()).postgres();
        GcpCatalog.SqlTier tier = GcpCatalog.sqlTier(pg.vcpu().value(), pg.memoryMiB().value());
        assertThat(tier.vcpus()).isGreaterThanOrEqualTo(pg.vcpu().intValue());
        assertThat(tier.memoryMiB()).isGreaterThanOrEqualTo(pg.memoryMiB().value());
        assertThat(tier.memoryMiB() % 256).isZero();
        assertThat(tier.memoryMiB()).isLessThanOrEqualTo(tier.vcpus() * 6656L).isGreaterThanOrEqualTo((long) (tier.vcpus() * 0.9 * 1024));
        assertThat(tier.vcpus() == 1 || tier.vcpus() % 2 == 0).isTrue();
        assertThat(tier.name()).isEqualTo("db-custom-" + tier.vcpus() + "-" + tier.memoryMiB());
    }

    @Test
    void redisSizesAreWholeGigabytesAndAtLeastWhatReadReplicasNeed() {
        assertThat(GcpCatalog.redisInstanceGb(1024)).isEqualTo(5);
        assertThat(GcpCatalog.redisInstanceGb(8 * 1024 + 1)).isEqualTo(9);
        assertThatThrownBy(() -> GcpCatalog.redisInstanceGb(301L * 1024)).hasMessageContaining("300 GB");
    }

    @Test
    void refusesSizesNoMachineHas() {
        assertThatThrownBy(() -> GcpCatalog.nodeMachineType(0, 10)).hasMessageContaining("positive");
        assertThatThrownBy(() -> GcpCatalog.sqlTier(200, 1024)).hasMessageContaining("96 vCPU");
    }
}
