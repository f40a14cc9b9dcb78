package dev.superscale.capacity;

/**
 * The model's prediction for one pool at peak load.
 *
 * @param servers            parallel servers (threads, processes, connections)
 * @param offeredLoad        lambda * E[S], in Erlangs: the average number of busy servers
 * @param utilization        offeredLoad / servers
 * @param waitProbability    chance that a request waits for a server (Erlang C)
 * @param meanWaitSeconds    mean queue wait (Erlang C, corrected for service variability)
 * @param p95WaitSeconds     95th percentile queue wait
 * @param serviceScv         squared coefficient of variation of the service time
 */
public record QueuePrediction(
        int servers,
        double offeredLoad,
        double utilization,
        double waitProbability,
        double meanWaitSeconds,
        double p95WaitSeconds,
        double serviceScv) {

    /**
     * Where the model claims its p95 is a prediction rather than a bound: at least one
     * request in ten waits. Below that the p95 is zero by construction and only says
     * "almost nobody waits".
     */
    public boolean predictsP95() {
        return waitProbability >= 0.10 && utilization < 1;
    }
}
