package dev.superscale.topology;

import dev.superscale.capacity.ScalingCooldowns;
import java.util.List;
import java.util.Optional;

/** The autoscaling of a component: the signals it tracks (none for a fixed count) and its cooldowns. */
public record Scaling(List<ScalingSignal> signals, ScalingCooldowns cooldowns) {

    public Scaling {
        signals = List.copyOf(signals);
    }

    public static Scaling none() {
        return new Scaling(List.of(), null);
    }

    public boolean enabled() {
        return !signals.isEmpty();
    }

    public Optional<ScalingSignal> signal(ScalingSignal.Kind kind) {
        return signals.stream().filter(s -> s.kind() == kind).findFirst();
    }
}
