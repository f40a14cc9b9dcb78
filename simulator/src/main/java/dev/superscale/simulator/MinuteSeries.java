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

    MinuteSeries(int count) {
        minutes = new Histogram[count];
        requested = new int[count];
        ready = new int[count];
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

    void replicas(int minute, int asked, int serving) {
        if (minute >= 0 && minute < minutes.length) {
            requested[minute] = asked;
            ready[minute] = serving;
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

    /** Minutes in [from, to) whose p95 is above the target. */
    int minutesAbove(double target, int from, int to) {
        int count = 0;
        for (int m = Math.max(0, from); m < Math.min(to, minutes.length); m++) {
            if (p95(m) > target) {
                count++;
            }
        }
        return count;
    }

    /** The highest p95 over any 5 consecutive minutes in [from, to). */
    double worstFiveMinuteP95(int from, int to) {
        double worst = 0;
        for (int start = Math.max(0, from); start + 5 <= Math.min(to, minutes.length); start++) {
            Histogram window = new Histogram(BUCKETS_PER_DECADE);
            for (int m = start; m < start + 5; m++) {
                if (minutes[m] != null) {
                    window.addAll(minutes[m]);
                }
            }
            if (window.count() > 0) {
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
     * Seconds from minute {@code from} to the end of the last minute above the target before
     * {@code to}; 0 if none is. Infinite if the last minute is still above it: not recovered.
     */
    double recoverySeconds(double target, int from, int to) {
        int end = Math.min(to, minutes.length);
        for (int m = end - 1; m >= from; m--) {
            if (p95(m) > target) {
                return m == end - 1 ? Double.POSITIVE_INFINITY : (m + 1 - from) * 60.0;
            }
        }
        return 0;
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
