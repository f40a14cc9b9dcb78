package dev.superscale.simulator;

/**
 * One pool's figures minute by minute: a coarse histogram of the pool's target measure (web:
 * latency; Celery: queue wait) and the replicas asked for and serving. From them: the p95 of
 * each minute, minutes outside the target, the worst 5 minutes and the recovery after a loss.
 */
final class MinuteSeries {

    /** 100 buckets per decade (2.3% wide): fine enough against a target, small enough for 1,440 minutes. */
    private static final int BUCKETS_PER_DECADE = 100;

    private final Histogram[] minutes;
    private final int[] requested;
    private final int[] ready;
    private final double[] backlog;

    MinuteSeries(int count) {
        minutes = new Histogram[count];
        requested = new int[count];
        ready = new int[count];
        backlog = new double[count];
    }

    int size() {
        return minutes.length;
    }

    void add(int minute, double value) {
        if (minute < 0 || minute >= minutes.length) {
            return;
        }
        if (minutes[minute] == null) {
            minutes[minute] = new Histogram(BUCKETS_PER_DECADE);
        }
        minutes[minute].add(value);
    }

    /** At the end of a minute: replicas asked for and serving, and the work piled up (waiting tasks, or CPU seconds). */
    void close(int minute, int asked, int serving, double piledUp) {
        if (minute >= 0 && minute < minutes.length) {
            requested[minute] = asked;
            ready[minute] = serving;
            backlog[minute] = piledUp;
        }
    }

    int requested(int minute) {
        return requested[minute];
    }

    int ready(int minute) {
        return ready[minute];
    }

    double[] p95s() {
        double[] all = new double[minutes.length];
        for (int m = 0; m < all.length; m++) {
            all[m] = p95(m);
        }
        return all;
    }

    int[] readySeries() {
        return ready.clone();
    }

    /** p95 of one minute; 0 for a minute without requests. */
    double p95(int minute) {
        Histogram h = minutes[minute];
        return h == null || h.count() == 0 ? 0 : h.quantile(0.95);
    }

    /** Minutes in [from, to) with at least {@code minRequests} requests whose p95 is above the target. */
    int minutesAbove(double target, int from, int to, long minRequests) {
        int count = 0;
        for (int m = Math.max(0, from); m < Math.min(to, minutes.length); m++) {
            if (minutes[m] != null && minutes[m].count() >= minRequests && p95(m) > target) {
                count++;
            }
        }
        return count;
    }

    /**
     * The highest p95 over any {@code width} consecutive minutes in [from, to) that hold at least
     * {@code minRequests} requests: a p95 of a handful of night-time requests says nothing.
     */
    double worstWindowP95(int width, int from, int to, long minRequests) {
        double worst = 0;
        for (int start = Math.max(0, from); start + width <= Math.min(to, minutes.length); start++) {
            Histogram window = new Histogram(BUCKETS_PER_DECADE);
            for (int m = start; m < start + width; m++) {
                if (minutes[m] != null) {
                    window.addAll(minutes[m]);
                }
            }
            if (window.count() > 0 && window.count() >= minRequests) {
                worst = Math.max(worst, window.quantile(0.95));
            }
        }
        return worst;
    }

    /** p95 over the minutes [from, to) together. */
    double p95Over(int from, int to) {
        Histogram all = new Histogram(BUCKETS_PER_DECADE);
        for (int m = Math.max(0, from); m < Math.min(to, minutes.length); m++) {
            if (minutes[m] != null) {
                all.addAll(minutes[m]);
            }
        }
        return all.count() == 0 ? 0 : all.quantile(0.95);
    }

    /**
     * Seconds from {@code lossSeconds} to the end of the first minute at which the pool serves
     * with {@code readyBefore} replicas again and its pile of work is back to at most
     * {@code normalBacklog}: the capacity is restored and what queued up meanwhile is done.
     * Infinite if that never happens before {@code to}. (Per-minute p95s are too noisy for this:
     * a healthy bursty peak has minutes above target.)
     */
    double recoverySeconds(double lossSeconds, int readyBefore, double normalBacklog, int to) {
        for (int m = (int) (lossSeconds / 60); m < Math.min(to, minutes.length); m++) {
            if (ready[m] >= readyBefore && backlog[m] <= normalBacklog) {
                return (m + 1) * 60.0 - lossSeconds;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Replica-hours asked for (and billed) over [from, to). */
    double replicaHours(int from, int to) {
        double sum = 0;
        for (int m = Math.max(0, from); m < Math.min(to, minutes.length); m++) {
            sum += requested[m];
        }
        return sum / 60.0;
    }
}
