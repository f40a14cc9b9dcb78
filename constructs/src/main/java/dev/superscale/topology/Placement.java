package dev.superscale.topology;

import dev.superscale.capacity.Sized;

/**
 * Where a component's replicas run: on-demand or spot capacity, with {@code onDemandBaseReplicas}
 * kept on on-demand capacity even for spot components, spread over {@code zones} zones.
 */
public record Placement(CapacityKind capacity, Sized onDemandBaseReplicas, Sized zones) {

    public boolean spot() {
        return capacity == CapacityKind.SPOT;
    }
}
