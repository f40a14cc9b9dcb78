package dev.superscale.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.UserLoad;
import org.junit.jupiter.api.Test;

class WhatIfTest {

    private static final CapacityPlan ENTERPRISE = CapacityPlanner.planFor(Preset.ENTERPRISE.load());

    @Test
    void aLowerCacheHitRatioBreaksTheInteractiveQueueFirst() {
        // Async chart queries: every cache miss lands on the interactive queue.
        UserLoad lowHit = ENTERPRISE.load().toBuilder().cacheHitRatio(0.6).build();
        WhatIf.Result result = WhatIf.run(ENTERPRISE, lowHit);
        assertThat(result.breaksFirst()).isPresent();
        WhatIf.Breach breach = result.breaksFirst().orElseThrow();
        assertThat(breach.check().pool()).isEqualTo("interactive");
        assertThat(breach.check().target()).isEqualTo("p95 queue wait");
        assertThat(breach.share()).isGreaterThan(0).isLessThanOrEqualTo(1);
        assertThat(breach.load().cacheHitRatio()).isLessThan(0.8).isGreaterThanOrEqualTo(0.6);
        assertThat(breach.loadDescription()).startsWith("cache hit ratio ");
        assertThat(result.report().pool("interactive").meetsTargets()).isFalse();
        assertThat(result.toText()).contains("breaks first at: interactive p95 queue wait");
    }

    @Test
    void twiceTheUsersRunsOnTheSamePlanAndBreaksSomething() {
        UserLoad twice = ENTERPRISE.load().toBuilder().registeredUsers(20_000).build();
        WhatIf.Result result = WhatIf.run(ENTERPRISE, twice);
        SimulationReport report = result.report();
        assertThat(report.plan()).isSameAs(ENTERPRISE);
        assertThat(report.pool("interactive").pool().servers()).isEqualTo(ENTERPRISE.workerGroup("interactive").peakProcesses().intValue());
        assertThat(report.pool("interactive").arrivalRate())
                .isGreaterThan(1.9 * ENTERPRISE.workerGroup("interactive").demand().ratePerSecond());
        assertThat(result.breaksFirst()).isPresent();
        assertThat(result.breaksFirst().orElseThrow().load().registeredUsers()).isBetween(10_001, 20_000);
    }

    @Test
    void aLighterLoadBreaksNothing() {
        UserLoad higherHit = ENTERPRISE.load().toBuilder().cacheHitRatio(0.9).build();
        WhatIf.Result result = WhatIf.run(ENTERPRISE, higherHit);
        assertThat(result.breaksFirst()).isEmpty();
        assertThat(result.toText()).contains("breaks first at: nothing");
    }

    @Test
    void theRampStartsAtThePlansLoadAndEndsAtTheWhatIfLoad() {
        UserLoad from = Preset.DEPARTMENT.load();
        UserLoad to = from.toBuilder().registeredUsers(3_000).cacheHitRatio(0.5).build();
        LoadRamp ramp = new LoadRamp(from, to);
        assertThat(ramp.at(0)).isEqualTo(from);
        assertThat(ramp.at(1)).isEqualTo(to);
        UserLoad half = ramp.at(0.5);
        assertThat(half.registeredUsers()).isEqualTo(2_000);
        assertThat(half.cacheHitRatio()).isEqualTo(0.65, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(half.scheduledReportsPerDay()).isEqualTo(200, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ramp.describe(half)).isEqualTo("users 2000, cache hit ratio 0.65, reports per day 200");
    }
}
