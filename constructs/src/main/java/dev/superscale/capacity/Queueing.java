package dev.superscale.capacity;

/**
 * Multi-server queueing formulas used for every pool the plan sizes (gunicorn threads,
 * Celery processes, PgBouncer server connections).
 *
 * <p>Erlang C gives the probability that an arrival waits in an M/M/c queue. Service times
 * here are heavy-tailed, so waiting is scaled by the Allen-Cunneen factor (Ca^2 + Cs^2) / 2
 * with Poisson arrivals (Ca^2 = 1): an exponential model would understate the wait.
 * The conditional wait is taken as exponential, which gives a closed-form p95.
 */
public final class Queueing {

    /** The wait percentile the plan targets. */
    public static final double TARGET_PERCENTILE = 0.95;

    private Queueing() {
    }

    /** Probability that an arrival waits (Erlang C), for c servers and offered load a = lambda * E[S]. */
    public static double erlangC(int servers, double offeredLoad) {
        if (offeredLoad <= 0) {
            return 0;
        }
        if (servers <= offeredLoad) {
            return 1;
        }
        // Erlang B by its stable recurrence, then converted to Erlang C.
        double erlangB = 1;
        for (int k = 1; k <= servers; k++) {
            erlangB = offeredLoad * erlangB / (k + offeredLoad * erlangB);
        }
        double utilization = offeredLoad / servers;
        return erlangB / (1 - utilization * (1 - erlangB));
    }

    /** Everything the plan states about one pool at peak. */
    public static QueuePrediction predict(int servers, ServiceMix load) {
        double offered = load.offeredLoad();
        double utilization = offered / servers;
        if (offered >= servers) {
            return new QueuePrediction(servers, offered, utilization, 1, Double.POSITIVE_INFINITY,
                    Double.POSITIVE_INFINITY, load.scv());
        }
        double waitProbability = erlangC(servers, offered);
        double variability = (1 + load.scv()) / 2;
        // Mean of the conditional wait: E[S] / (c - a), scaled for service variability.
        double conditionalMean = variability * load.meanSeconds() / (servers - offered);
        double tailShare = 1 - TARGET_PERCENTILE;
        double p95 = waitProbability <= tailShare ? 0 : conditionalMean * Math.log(waitProbability / tailShare);
        return new QueuePrediction(servers, offered, utilization, waitProbability,
                waitProbability * conditionalMean, p95, load.scv());
    }

    /**
     * The fewest servers whose p95 wait is within the target and whose utilization is at most
     * the cap. With no load, zero.
     */
    public static int minimumServers(ServiceMix load, double p95WaitTargetSeconds, double maxUtilization) {
        double offered = load.offeredLoad();
        if (offered <= 0) {
            return 0;
        }
        int servers = Math.max(1, (int) Math.ceil(offered / maxUtilization));
        while (predict(servers, load).p95WaitSeconds() > p95WaitTargetSeconds) {
            servers++;
        }
        return servers;
    }
}
