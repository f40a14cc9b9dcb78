package dev.superscale.k8s;

import dev.superscale.topology.Component;
import imports.k8s.IntOrString;
import imports.k8s.KubePodDisruptionBudget;
import imports.k8s.KubePodDisruptionBudgetProps;
import imports.k8s.LabelSelector;
import imports.k8s.PodDisruptionBudgetSpec;
import java.util.Optional;
import software.constructs.Construct;

/**
 * PodDisruptionBudgets: voluntary disruptions (drains, upgrades) take one replica of a component at a
 * time, and never block a drain: minAvailable is one below the component's minimum replicas. A
 * component with one replica gets none (a budget of 1 would block every drain).
 */
final class Budgets {

    private Budgets() {
    }

    static Optional<KubePodDisruptionBudget> add(Construct scope, Component component) {
        long min = component.replicas().min().value();
        if (min < 2) {
            return Optional.empty();
        }
        return Optional.of(new KubePodDisruptionBudget(scope, "DisruptionBudget", KubePodDisruptionBudgetProps.builder()
                .metadata(Objects.meta(Labels.name(component.name()), component.name()))
                .spec(PodDisruptionBudgetSpec.builder()
                        .selector(LabelSelector.builder().matchLabels(Labels.selector(component.name())).build())
                        .minAvailable(IntOrString.fromNumber(min - 1))
                        // Evict pods that are not ready anyway, so a crash-looping replica never holds up a drain.
                        .unhealthyPodEvictionPolicy("AlwaysAllow")
                        .build())
                .build()));
    }
}
