package dev.superscale.report;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.UserLoad;
import dev.superscale.simulator.PoolReport;
import dev.superscale.simulator.SimulationReport;
import dev.superscale.simulator.SimulationSettings;
import dev.superscale.simulator.Simulator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The plan's capacity under a ramp of loads, from half to twice its users, each step simulated
 * with the simulator's lighter what-if settings (seeded: the same plan gives the same points).
 */
final class LatencyRamp {

    static final double[] LOAD_SHARES = {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0};

    /** One step: the users, the web tier's p95 latency and the interactive queue's p95 wait, simulated and modelled. */
    record Step(int users, double webP95LatencySeconds, double interactiveP95WaitSeconds, double modelInteractiveP95WaitSeconds) {
    }

    private LatencyRamp() {
    }

    static List<Step> run(CapacityPlan plan, Consumer<String> progress) {
        List<Step> steps = new ArrayList<>();
        for (double share : LOAD_SHARES) {
            int users = (int) Math.round(plan.load().registeredUsers() * share);
            users = Math.max(UserLoad.MIN_USERS, Math.min(UserLoad.MAX_USERS, users));
            UserLoad load = plan.load().toBuilder().registeredUsers(users).build();
            progress.accept(String.format(java.util.Locale.ROOT, "report: latency ramp %.0f%% of the plan's load (%,d users)", share * 100, users));
            SimulationReport report = Simulator.simulate(plan, load, SimulationSettings.quick(), pool -> { });
            PoolReport interactive = report.pools().stream().filter(p -> p.pool().name().equals("interactive")).findFirst()
                    .orElse(report.pools().get(report.pools().size() - 1));
            steps.add(new Step(users, report.web().latencyP95Seconds(), interactive.waitP95Seconds(), interactive.prediction().p95WaitSeconds()));
        }
        return steps;
    }
}
