package dev.superscale.capacity;

/**
 * Queue waits when requests arrive in batches: a dashboard view fires all its charts at once,
 * so the cache misses of one view reach the interactive queue together. Batches make traffic
 * "peaked": more arrivals land while the servers are already busy than Poisson traffic of the
 * same rate would bring.
 *
 * <p>Hayward's approximation: traffic of peakedness z on c servers behaves like Poisson traffic
 * of a / z Erlangs on c / z servers, each scaled customer standing for z real ones, so
 * <pre>
 *   P(wait)  = ErlangC(c / z, a / z)          (interpolated between whole server counts)
 *   p95 wait = z^0.5 x E[S] / (c - a) x ln(P(wait) / 0.05) x F95
 * </pre>
 * with F95 the service-variability factor of {@link Queueing}. Hayward scales the wait by the
 * full z; but the members of one batch leave the queue in parallel as servers free up, so a
 * waiting chart waits less than a scaled customer would: against the simulator the exponent is
 * 0.5 (0.38 to 0.57 over 12 to 78 servers, 52% to 95% utilization; with 0.5 every p95 there is
 * within 6%, where the full z was 24% to 37% high). A compound Poisson stream with
 * batch size X has index of dispersion I = E[X^2] / E[X] and, into exponential servers,
 * peakedness z = (1 + I) / 2; a pool's z weights its streams by rate. For charts that miss the
 * cache with probability q, X is binomial(n, q) and I = 1 + (n - 1) q.
 *
 * <p>Checked against the simulator's bursty peak (superscale-simulator,
 * {@code BurstModelMatchesSimulationTest}); like {@link Queueing} it claims a p95 only where at
 * least one request in ten waits.
 */
public final class BatchArrivals {

    /** Calibrated against the simulator; see the class comment. */
    static final double BATCH_WAIT_EXPONENT = 0.5;

    private BatchArrivals() {
    }

    /** Index of dispersion of a binomial(n, q) batch: E[X^2] / E[X] = 1 + (n - 1) q. */
    public static double binomialDispersion(int n, double q) {
        return 1 + (n - 1) * q;
    }

    /**
     * Peakedness of a pool whose {@code batchedRate} (requests per second) arrives in batches of
     * index of dispersion {@code dispersion}, the rest as Poisson streams.
     */
    public static double peakedness(ServiceMix demand, double batchedRate, double dispersion) {
        double rate = demand.ratePerSecond();
        if (rate <= 0) {
            return 1;
        }
        double batched = Math.min(rate, batchedRate);
        double index = (batched * dispersion + (rate - batched)) / rate;
        return (1 + index) / 2;
    }

    /**
     * The interactive queue's peakedness: in async mode its chart misses come in batches (each chart of a
     * view misses the cache on its own); in sync mode it carries SQL Lab alone, Poisson (1).
     */
    public static double interactivePeakedness(UserLoad load, ChartQueryMode mode, ServiceMix interactiveDemand) {
        if (mode != ChartQueryMode.ASYNC_ON_CELERY) {
            return 1;
        }
        return peakedness(interactiveDemand, load.chartCacheMissesPerSecond(),
                binomialDispersion(load.chartsPerDashboard(), 1 - load.cacheHitRatio()));
    }

    /**
     * The web tier's peakedness: every chart of a view that hits the cache is served by the web at
     * once, and in sync mode so is every miss (then a view's whole batch of n charts lands on the web).
     */
    public static double webPeakedness(UserLoad load, ChartQueryMode mode, ServiceMix webDemand) {
        boolean sync = mode == ChartQueryMode.SYNC_IN_WEB;
        double chartShare = sync ? 1 : load.cacheHitRatio();
        return peakedness(webDemand, load.chartQueriesPerSecond() * chartShare,
                binomialDispersion(load.chartsPerDashboard(), chartShare));
    }

    /** The model's prediction for c servers with traffic of peakedness z (z = 1: exactly {@link Queueing#predict}). */
    public static QueuePrediction predict(int servers, ServiceMix load, double peakedness) {
        if (peakedness <= 1) {
            return Queueing.predict(servers, load);
        }
        double offered = load.offeredLoad();
        double utilization = offered / servers;
        if (offered >= servers) {
            return new QueuePrediction(servers, offered, utilization, 1, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                    load.scv());
        }
        double waitProbability = erlangC(servers / peakedness, offered / peakedness);
        double exponentialMean = Math.pow(peakedness, BATCH_WAIT_EXPONENT) * load.meanSeconds() / (servers - offered);
        double excess = (load.scv() - 1) / 2;
        double share = utilization > 0 ? Math.min(1, waitProbability / utilization) : 0;
        double conditionalMean = exponentialMean * (1 + excess * Math.pow(share, Queueing.MEAN_SHARE_EXPONENT));
        double tailGrowth = Math.min(1, Math.pow(share, Queueing.P95_SHARE_EXPONENT) * Math.pow(servers, Queueing.P95_SERVERS_EXPONENT));
        double p95Factor = (1 + excess * tailGrowth) * (1 + Queueing.P95_TAIL_WEIGHT * excess);
        double tailShare = 1 - Queueing.TARGET_PERCENTILE;
        double p95 = waitProbability <= tailShare ? 0 : exponentialMean * p95Factor * Math.log(waitProbability / tailShare);
        return new QueuePrediction(servers, offered, utilization, waitProbability, waitProbability * conditionalMean, p95, load.scv());
    }

    /**
     * The fewest servers whose batched p95 wait meets the target at no more than the utilization cap,
     * searched as {@link Queueing#minimumServers(ServiceMix, double, double)} is (bounded for any load).
     */
    public static int minimumServers(ServiceMix load, double peakedness, double p95WaitTargetSeconds, double maxUtilization) {
        return Queueing.minimumServers(load, maxUtilization,
                servers -> predict(servers, load, peakedness).p95WaitSeconds() <= p95WaitTargetSeconds);
    }

    /** Erlang C at a fractional server count: linear between the neighbouring whole counts. */
    static double erlangC(double servers, double offered) {
        int low = (int) Math.floor(servers);
        double t = servers - low;
        double atLow = low < 1 ? 1 : Queueing.erlangC(low, offered);
        double atHigh = Queueing.erlangC(low + 1, offered);
        return atLow * (1 - t) + atHigh * t;
    }
}
