package dev.superscale.simulator;

/**
 * How long and how often each pool is simulated. Every pool gets {@code replications}
 * independent runs (seeded from {@code seed} and the pool's name), each starting empty, warming
 * up on {@code warmupShare} of its arrivals, then measuring at least
 * {@code arrivalsPerReplication} arrivals and at least {@code minSecondsPerReplication} of
 * simulated time (so a busy web tier still yields whole 1-minute alert windows and a quiet
 * queue still yields enough waits). Simulated time only: nothing here reads a clock.
 *
 * @param seed                     root seed; the same seed gives the same report, bit for bit
 * @param replications             independent runs per pool, at least 2 (for the confidence interval)
 * @param arrivalsPerReplication   measured arrivals per run, at least this many
 * @param minSecondsPerReplication measured simulated seconds per run, at least this many
 * @param warmupShare              arrivals simulated before measuring, as a share of the measured ones
 */
public record SimulationSettings(
        long seed,
        int replications,
        int arrivalsPerReplication,
        double minSecondsPerReplication,
        double warmupShare) {

    /** The seed used by default: any fixed number would do. */
    public static final long DEFAULT_SEED = 20_260_101L;

    public SimulationSettings {
        if (replications < 2) {
            throw new IllegalArgumentException("replications must be at least 2 for a confidence interval, got " + replications);
        }
        if (arrivalsPerReplication < 1_000) {
            throw new IllegalArgumentException("arrivals per replication must be at least 1000, got " + arrivalsPerReplication);
        }
        if (!(minSecondsPerReplication >= 0) || !(warmupShare >= 0 && warmupShare <= 1)) {
            throw new IllegalArgumentException("need min seconds >= 0 and 0 <= warmup share <= 1, got "
                    + minSecondsPerReplication + ", " + warmupShare);
        }
    }

    /**
     * The default: 8 runs of at least 200,000 arrivals and 15 simulated minutes each, 10% warm-up.
     * Enough that a p95 wait of a busy queue has a 95% confidence interval of a few percent.
     */
    public static SimulationSettings standard() {
        return new SimulationSettings(DEFAULT_SEED, 8, 200_000, 900, 0.1);
    }

    /** A lighter setting for scanning many loads (what-if ramps): 4 runs of 50,000 arrivals. */
    public static SimulationSettings quick() {
        return new SimulationSettings(DEFAULT_SEED, 4, 50_000, 600, 0.1);
    }

    public SimulationSettings withSeed(long other) {
        return new SimulationSettings(other, replications, arrivalsPerReplication, minSecondsPerReplication, warmupShare);
    }

    /** Measured arrivals per run for a pool with this total arrival rate. */
    long measuredArrivals(double ratePerSecond) {
        return Math.max(arrivalsPerReplication, (long) Math.ceil(ratePerSecond * minSecondsPerReplication));
    }

    long warmupArrivals(double ratePerSecond) {
        return (long) Math.ceil(measuredArrivals(ratePerSecond) * warmupShare);
    }

    /** Arrivals simulated for a pool, over every run: a measure of the work, not of time. */
    long totalArrivals(double ratePerSecond) {
        return replications * (measuredArrivals(ratePerSecond) + warmupArrivals(ratePerSecond));
    }
}
