package dev.superscale.simulator;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.Preset;
import org.junit.jupiter.api.Test;

class ScratchScenarioTest {
    @Test
    void print() {
        for (String name : System.getProperty("presets", "10k,50k").split(",")) {
            CapacityPlan plan = PresetSimulations.plan(Preset.fromName(name));
            long t0 = System.nanoTime();
            
            
            long t1 = System.nanoTime();
            System.out.print(ScenarioSimulator.run(plan, Scenario.zoneLoss(30)).toTable());
            long t2 = System.nanoTime();
            ScenarioReport day = ScenarioSimulator.run(plan, Scenario.day(LoadCurve.workingDay(plan.load().peakActiveShare())));
            System.out.print(day.toTable());
            for (ScenarioReport.PoolResult p : day.pools()) {
                StringBuilder b = new StringBuilder(p.name() + ":");
                for (int m = 0; m < 1440; m++) {
                    if (p.minuteP95Seconds()[m] > p.targetSeconds() || m % 30 == 0) b.append(String.format(" %d:%02d=%.2f/%d", m / 60, m % 60, p.minuteP95Seconds()[m], p.minuteReplicas()[m]));
                }
                System.out.println(b);
            }
            long t3 = System.nanoTime();
            System.out.printf("times %.1f %.1f %.1f%n", (t1-t0)/1e9, (t2-t1)/1e9, (t3-t2)/1e9);
        }
    }
}
