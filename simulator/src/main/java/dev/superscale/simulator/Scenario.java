package dev.superscale.simulator;

import dev.superscale.capacity.CapacityPlan;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link ScenarioSimulator} replays: a load shape over time, the arrival pattern, whether
 * the autoscalers act, and a zone loss.
 *
 * @param kind              which question the scenario answers (decides what "meets its targets" means)
 * @param warmupMinutes     simulated before measuring
 * @param measuredMinutes   measured
 * @param curve             active share per minute of the day, or null for the plan's steady peak
 * @param bursty            a dashboard view arrives as one batch of its charts (else every chart is its own Poisson arrival)
 * @param autoscale         the autoscalers act on each pool (else each pool holds its peak replicas)
 * @param zoneLossMinute    minute the zone is lost, or -1 for none
 * @param zoneLossMinutes   how long the zone stays away
 * @param platform          start delays and metric sampling of the target
 * @param policies          per pool name, a policy replacing the plan's (absent: the plan's)
 * @param peakReplicas      per pool name, replicas held at peak instead of the plan's (absent: the plan's)
 * @param seed              the random seed: the same scenario and seed give the same report
 */
public record Scenario(
        Kind kind,
        int warmupMinutes,
        int measuredMinutes,
        LoadCurve curve,
        boolean bursty,
        boolean autoscale,
        int zoneLossMinute,
        int zoneLossMinutes,
        TargetPlatform platform,
        Map<String, ScalingPolicy> policies,
        Map<String, Integer> peakReplicas,
        long seed) {

    /** Which question a scenario answers. */
    public enum Kind {
        /** Steady peak at the plan's peak replicas: bursts of charts against independent arrivals. */
        BURSTS,
        /** Steady peak, autoscalers on, one zone lost: how long until every pool is back within target. */
        ZONE_LOSS,
        /** A day's curve with the autoscalers: targets over the day and replica-hours against holding peak. */
        DAY
    }

    /** Minutes measured after a zone returns, to see the recovery settle. */
    static final int AFTER_LOSS_MINUTES = 20;

    public Scenario {
        policies = Map.copyOf(policies);
        peakReplicas = Map.copyOf(peakReplicas);
        if (warmupMinutes < 0 || measuredMinutes < 1 || zoneLossMinutes < 0) {
            throw new IllegalArgumentException("need warm-up >= 0, measured >= 1 and zone loss >= 0 minutes, got "
                    + warmupMinutes + ", " + measuredMinutes + ", " + zoneLossMinutes);
        }
    }

    /** Two hours of steady peak after ten minutes' warm-up, charts in bursts, peak replicas held. */
    public static Scenario bursts() {
        return new Scenario(Kind.BURSTS, 10, 120, null, true, false, -1, 0, TargetPlatform.ECS, Map.of(),
                Map.of(), SimulationSettings.DEFAULT_SEED);
    }

    /** Steady bursty peak with the autoscalers on; one zone lost at minute 10 for {@code minutes}. */
    public static Scenario zoneLoss(int minutes) {
        if (minutes < 1 || minutes > 1_440) {
            throw new IllegalArgumentException("zone loss lasts 1 to 1440 minutes, got " + minutes);
        }
        return new Scenario(Kind.ZONE_LOSS, 10, minutes + AFTER_LOSS_MINUTES, null, true, true, 10, minutes, TargetPlatform.ECS,
                Map.of(), Map.of(), SimulationSettings.DEFAULT_SEED);
    }

    /** A whole day of {@code curve} from midnight, starting at the minimum replicas, bursty, autoscalers on. */
    public static Scenario day(LoadCurve curve) {
        return new Scenario(Kind.DAY, 0, LoadCurve.MINUTES, curve, true, true, -1, 0, TargetPlatform.ECS, Map.of(),
                Map.of(), SimulationSettings.DEFAULT_SEED);
    }

    public Scenario withBursty(boolean on) {
        return new Scenario(kind, warmupMinutes, measuredMinutes, curve, on, autoscale, zoneLossMinute, zoneLossMinutes, platform,
                policies, peakReplicas, seed);
    }

    public Scenario withPlatform(TargetPlatform other) {
        return new Scenario(kind, warmupMinutes, measuredMinutes, curve, bursty, autoscale, zoneLossMinute, zoneLossMinutes, other,
                policies, peakReplicas, seed);
    }

    public Scenario withMeasuredMinutes(int minutes) {
        return new Scenario(kind, warmupMinutes, minutes, curve, bursty, autoscale, zoneLossMinute, zoneLossMinutes, platform,
                policies, peakReplicas, seed);
    }

    public Scenario withSeed(long other) {
        return new Scenario(kind, warmupMinutes, measuredMinutes, curve, bursty, autoscale, zoneLossMinute, zoneLossMinutes, platform,
                policies, peakReplicas, other);
    }

    /** The same scenario with one pool's policy replaced (a deliberately worse setting, say). */
    public Scenario withPolicy(String pool, ScalingPolicy policy) {
        Map<String, ScalingPolicy> changed = new TreeMap<>(policies);
        changed.put(pool, policy);
        return new Scenario(kind, warmupMinutes, measuredMinutes, curve, bursty, autoscale, zoneLossMinute, zoneLossMinutes, platform,
                changed, peakReplicas, seed);
    }

    /** The same scenario holding {@code replicas} of one pool at peak instead of the plan's. */
    public Scenario withPeakReplicas(String pool, int replicas) {
        Map<String, Integer> changed = new TreeMap<>(peakReplicas);
        changed.put(pool, replicas);
        return new Scenario(kind, warmupMinutes, measuredMinutes, curve, bursty, autoscale, zoneLossMinute, zoneLossMinutes, platform,
                policies, changed, seed);
    }

    ScalingPolicy policy(CapacityPlan plan, String pool) {
        ScalingPolicy own = policies.get(pool);
        return own != null ? own : ScalingPolicy.of(plan, pool);
    }

    int totalMinutes() {
        return warmupMinutes + measuredMinutes;
    }

    /** Load at minute m as a multiple of the plan's peak. */
    double loadMultiplier(CapacityPlan plan, int minute) {
        if (curve == null) {
            return 1;
        }
        return curve.share(Math.min(minute, LoadCurve.MINUTES - 1)) / plan.load().peakActiveShare();
    }

    boolean losesZone() {
        return zoneLossMinute >= 0;
    }
}
