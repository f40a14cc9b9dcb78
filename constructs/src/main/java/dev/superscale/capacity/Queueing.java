package dev.superscale.capacity;

/**
 * Multi-server queueing formulas used for every pool the plan sizes (gunicorn threads,
 * Celery processes, PgBouncer server connections).
 *
 * <p>Erlang C gives the probability that an arrival waits in an M/M/c queue; it holds closely
 * for the lognormal service times here too. How long those arrivals wait depends on the
 * service-time variability, but not by the full Allen-Cunneen factor (1 + Cs^2) / 2 with
 * Poisson arrivals (Ca^2 = 1): that factor is exact for one server (Pollaczek-Khinchine) and
 * in heavy traffic, but when waits are short next to service times, as with many servers, the
 * jobs in service are a fair sample of all jobs and servers free up almost as fast as in M/M/c.
 * So only a share g of the excess (Cs^2 - 1) / 2 applies:
 * <pre>
 *   conditional mean wait = E[S] / (c - a) x (1 + (Cs^2 - 1) / 2 x (C / rho)^0.93)
 *   p95 wait              = E[S] / (c - a) x ln(C / 0.05) x F95
 *   F95                   = (1 + (Cs^2 - 1) / 2 x min(1, (C / rho)^1.5 x c^0.11)) x (1 + 0.073 x (Cs^2 - 1) / 2)
 * </pre>
 * with C the Erlang C wait probability, rho = a / c, and C / rho in (0, 1], 1 for one server.
 * The last factor of F95 is the heavier-than-exponential tail of the conditional wait.
 * With exponential service (Cs^2 = 1) both are exactly M/M/c; with one server the mean is exactly
 * Pollaczek-Khinchine. The exponents are calibrated against the discrete-event simulator
 * (superscale-simulator): lognormal service times with Cs^2 1.4 to 4.4 and the planner's
 * chart/SQL Lab mix, 1 to 96 servers, utilization 0.5 to 0.95, wherever at least 10% wait;
 * there the p95 is within about 7% of the simulated p95 (rms 3%), where Allen-Cunneen was
 * up to 90% above it. Bimodal mixes (fast API calls with a few slow sync queries on the web
 * tier) are outside that family: there the p95 can be off by a third either way.
 */
public final class Queueing {

    /** The wait percentile the plan targets. */
    public static final double TARGET_PERCENTILE = 0.95;

    // Calibrated against the simulator; see the class comment.
    static final double MEAN_SHARE_EXPONENT = 0.93;
    static final double P95_SHARE_EXPONENT = 1.5;
    static final double P95_SERVERS_EXPONENT = 0.11;
    static final double P95_TAIL_WEIGHT = 0.073;

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
        // M/M/c: a waiting arrival waits E[S] / (c - a) on average, exponentially distributed.
        double exponentialMean = load.meanSeconds() / (servers - offered);
        double excess = (load.scv() - 1) / 2;
        double share = utilization > 0 ? Math.min(1, waitProbability / utilization) : 0;
        double conditionalMean = exponentialMean * (1 + excess * Math.pow(share, MEAN_SHARE_EXPONENT));
        double tailGrowth = Math.min(1, Math.pow(share, P95_SHARE_EXPONENT) * Math.pow(servers, P95_SERVERS_EXPONENT));
        double p95Factor = (1 + excess * tailGrowth) * (1 + P95_TAIL_WEIGHT * excess);
        double tailShare = 1 - TARGET_PERCENTILE;
        double p95 = waitProbability <= tailShare ? 0 : exponentialMean * p95Factor * Math.log(waitProbability / tailShare);
        return new QueuePrediction(servers, offered, utilization, waitProbability,
                waitProbability * conditionalMean, p95, load.scv());
    }

    /**
     * The most servers one pool is searched for: far past any deployment (a web tier of 31,250
     * replicas), and small enough that a search always ends within a second.
     */
    public static final int MAX_SERVERS = 1_000_000;
    /** Counts tried one by one above the utilization floor before bisecting; every realistic plan ends here. */
    static final int LINEAR_STEPS = 256;

    /**
     * The fewest servers whose p95 wait is within the target and whose utilization is at most
     * the cap. With no load, zero. The search starts from the offered load, tries
     * {@value #LINEAR_STEPS} counts one by one, then doubles and bisects, so it is bounded for any load.
     *
     * @throws ArithmeticException when more than {@link #MAX_SERVERS} would be needed
     */
    public static int minimumServers(ServiceMix load, double p95WaitTargetSeconds, double maxUtilization) {
        return minimumServers(load, maxUtilization, servers -> predict(servers, load).p95WaitSeconds() <= p95WaitTargetSeconds);
    }

    /**
     * The fewest servers at or above the utilization floor for which {@code meets} holds; {@code meets}
     * must hold for every count above one that does (waits fall as servers are added).
     */
    static int minimumServers(ServiceMix load, double maxUtilization, java.util.function.IntPredicate meets) {
        double offered = load.offeredLoad();
        if (offered <= 0) {
            return 0;
        }
        double floor = Math.ceil(offered / maxUtilization);
        if (!(floor <= MAX_SERVERS)) {
            throw tooMany(offered);
        }
        int servers = Math.max(1, (int) floor);
        int linearEnd = Math.min(MAX_SERVERS, servers + LINEAR_STEPS);
        for (; servers <= linearEnd; servers++) {
            if (meets.test(servers)) {
                return servers;
            }
        }
        // p95 wait falls as servers are added: double until the target is met, then bisect.
        long failing = linearEnd;
        long meeting = Math.max(linearEnd + 1L, 2L * linearEnd);
        while (!meets.test((int) Math.min(meeting, MAX_SERVERS))) {
            if (meeting >= MAX_SERVERS) {
                throw tooMany(offered);
            }
            failing = meeting;
            meeting = Math.min(2 * meeting, MAX_SERVERS);
        }
        while (meeting - failing > 1) {
            long middle = (failing + meeting) >>> 1;
            if (meets.test((int) middle)) {
                meeting = middle;
            } else {
                failing = middle;
            }
        }
        return (int) meeting;
    }

    private static ArithmeticException tooMany(double offered) {
        return new ArithmeticException(String.format(java.util.Locale.ROOT, "one pool would need more than %,d servers for %s Erlangs offered",
                MAX_SERVERS, Format.decimal(offered)));
    }
}
