package dev.superscale.topology;

/** The kind of machine capacity a component runs on. */
public enum CapacityKind {
    /** Regular capacity that the provider does not reclaim. */
    ON_DEMAND,
    /** Spare capacity at a discount that the provider may reclaim at short notice. */
    SPOT
}
