package dev.superscale.capacity;

/**
 * Client connections multiplexed by PgBouncer onto a small server pool. Every client total
 * is at maximum scale-out; the server side is the worst case: every PgBouncer replica with
 * its full pool and reserve open at once.
 */
public record ConnectionBudget(
        Sized webClientConnections,
        Sized workerClientConnections,
        Sized otherClientConnections,
        Sized totalClientConnections,
        Measure activeTransactionsAtPeak,
        Sized serverPoolPerBouncer,
        Sized reservePoolPerBouncer,
        Sized bouncerReplicas,
        Sized worstCaseServerConnections,
        Sized reservedForAdministration,
        Sized maxConnections,
        Measure worstCaseShareOfMaxConnections,
        QueuePrediction serverPoolAtPeak) {
}
