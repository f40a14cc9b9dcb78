package dev.superscale.simulator;

import dev.superscale.capacity.Lognormal;
import dev.superscale.capacity.ServiceMix;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One run of one pool: a first-come-first-served queue with c parallel servers, fed by the
 * superposition of the pool's Poisson streams, each request's service time drawn from its
 * stream's lognormal.
 *
 * <p>The event loop is the Kiefer-Wolfowitz recursion: the servers' next-free times sit in a
 * min-heap; an arrival at t starts at max(t, earliest free time) on that server, which is FCFS
 * for identical servers. Start times are therefore non-decreasing in arrival order, so the
 * requests still waiting at any moment are a FIFO of start times, which gives the exact queue
 * depth between events. Cost: O(log c) per arrival, no event objects.
 *
 * <p>Models gunicorn behind a load balancer as one shared queue in front of every thread
 * (least-outstanding-requests routing), and Celery with prefetch 1 and acks late as one shared
 * queue in front of every process: a process reserves a message only when it is idle.
 */
final class PoolSimulator {

    /** The alert window for the web p95 latency alert. */
    static final double ALERT_WINDOW_SECONDS = 60;

    private PoolSimulator() {
    }

    static Replication run(Pool pool, SimulationSettings settings, SplittableRandom random) {
        ServiceMix demand = pool.demand();
        List<ServiceMix.Stream> streams = demand.streams();
        double rate = demand.ratePerSecond();
        if (streams.isEmpty() || !(rate > 0)) {
            return Replication.idle(pool.servers());
        }
        int classes = streams.size();
        double[] cumulative = new double[classes];
        Lognormal[] service = new Lognormal[classes];
        double running = 0;
        for (int k = 0; k < classes; k++) {
            running += streams.get(k).ratePerSecond();
            cumulative[k] = running;
            service[k] = streams.get(k).serviceSeconds();
        }
        long measured = settings.measuredArrivals(rate);
        long warmup = settings.warmupArrivals(rate);
        long total = warmup + measured;

        Gaussian gaussian = new Gaussian(random);
        ServerHeap servers = new ServerHeap(pool.servers());
        StartQueue waiting = new StartQueue();
        Replication stats = new Replication(pool.servers());
        boolean alertOnLatency = pool.hasLatencyAlert();
        double latencyAlert = pool.latencyAlertSeconds();
        long depthAlert = pool.hasQueueDepthAlert() ? pool.queueDepthAlert() : Long.MAX_VALUE;
        WindowBuffer window = alertOnLatency ? new WindowBuffer() : null;
        long windowIndex = 0;

        double now = 0;
        double measureStart = 0;
        double lastEvent = 0;
        for (long n = 0; n < total; n++) {
            now += -Math.log(1 - random.nextDouble()) / rate;
            boolean measuring = n >= warmup;
            if (n == warmup) {
                measureStart = now;
                lastEvent = now;
            }
            // Requests that started service since the last arrival leave the queue, in order.
            while (!waiting.isEmpty() && waiting.first() <= now) {
                double started = waiting.removeFirst();
                if (measuring) {
                    stats.accountDepth(started - lastEvent, waiting.size() + 1, depthAlert);
                    lastEvent = started;
                }
            }
            if (measuring) {
                stats.accountDepth(now - lastEvent, waiting.size(), depthAlert);
                lastEvent = now;
            }

            double pick = random.nextDouble() * running;
            int k = 0;
            while (k < classes - 1 && pick >= cumulative[k]) {
                k++;
            }
            double serviceSeconds = service[k].fromStandardNormal(gaussian.next());
            double start = Math.max(now, servers.earliestFree());
            servers.replaceEarliest(start + serviceSeconds);
            double wait = start - now;
            if (wait > 0) {
                waiting.addLast(start);
            }
            if (!measuring) {
                continue;
            }
            double latency = wait + serviceSeconds;
            stats.record(wait, latency, serviceSeconds, waiting.size());
            if (alertOnLatency) {
                long index = (long) ((now - measureStart) / ALERT_WINDOW_SECONDS);
                if (index != windowIndex) {
                    stats.closeWindow(window, latencyAlert);
                    stats.addEmptyWindows(index - windowIndex - 1);
                    windowIndex = index;
                }
                window.add(latency);
            }
        }
        // The last, partial alert window is dropped: only whole minutes count.
        stats.finish(lastEvent - measureStart);
        return stats;
    }

    /** Statistics of one run, after warm-up. */
    static final class Replication {
        final int servers;
        final Histogram waits = new Histogram();
        final Histogram latencies = new Histogram();
        double busySeconds;
        double measuredSeconds;
        double depthArea;
        double secondsAboveDepthAlert;
        long peakDepth;
        long windows;
        long windowsFiring;

        Replication(int servers) {
            this.servers = servers;
        }

        static Replication idle(int servers) {
            return new Replication(servers);
        }

        void accountDepth(double seconds, long depth, long depthAlert) {
            depthArea += seconds * depth;
            if (depth > depthAlert) {
                secondsAboveDepthAlert += seconds;
            }
        }

        void record(double wait, double latency, double serviceSeconds, long depth) {
            waits.add(wait);
            latencies.add(latency);
            busySeconds += serviceSeconds;
            peakDepth = Math.max(peakDepth, depth);
        }

        void closeWindow(WindowBuffer window, double alertSeconds) {
            windows++;
            if (window.size() > 0 && window.p95() > alertSeconds) {
                windowsFiring++;
            }
            window.clear();
        }

        void addEmptyWindows(long count) {
            windows += count;
        }

        void finish(double seconds) {
            measuredSeconds = seconds;
        }

        double utilization() {
            return measuredSeconds > 0 ? busySeconds / (servers * measuredSeconds) : 0;
        }

        double arrivalRate() {
            return measuredSeconds > 0 ? waits.count() / measuredSeconds : 0;
        }

        double meanQueueDepth() {
            return measuredSeconds > 0 ? depthArea / measuredSeconds : 0;
        }

        double depthAlertShare() {
            return measuredSeconds > 0 ? secondsAboveDepthAlert / measuredSeconds : 0;
        }

        double latencyAlertShare() {
            return windows > 0 ? (double) windowsFiring / windows : 0;
        }
    }

    /** Marsaglia's polar method: two standard normal draws per accepted pair. */
    static final class Gaussian {
        private final SplittableRandom random;
        private double spare;
        private boolean hasSpare;

        Gaussian(SplittableRandom random) {
            this.random = random;
        }

        double next() {
            if (hasSpare) {
                hasSpare = false;
                return spare;
            }
            double u;
            double v;
            double s;
            do {
                u = 2 * random.nextDouble() - 1;
                v = 2 * random.nextDouble() - 1;
                s = u * u + v * v;
            } while (s >= 1 || s == 0);
            double scale = Math.sqrt(-2 * Math.log(s) / s);
            spare = v * scale;
            hasSpare = true;
            return u * scale;
        }
    }

    /** Next-free times of the servers, smallest first (a binary min-heap). */
    static final class ServerHeap {
        private final double[] free;

        ServerHeap(int servers) {
            free = new double[servers];
        }

        double earliestFree() {
            return free[0];
        }

        void replaceEarliest(double value) {
            int size = free.length;
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && free[child + 1] < free[child]) {
                    child++;
                }
                if (free[child] >= value) {
                    break;
                }
                free[i] = free[child];
                i = child;
            }
            free[i] = value;
        }
    }

    /** Start times of the requests still waiting, in order (a growable ring buffer). */
    static final class StartQueue {
        private double[] items = new double[64];
        private int head;
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        int size() {
            return size;
        }

        double first() {
            return items[head];
        }

        double removeFirst() {
            double value = items[head];
            head = (head + 1) & (items.length - 1);
            size--;
            return value;
        }

        void addLast(double value) {
            if (size == items.length) {
                double[] grown = new double[items.length * 2];
                for (int i = 0; i < size; i++) {
                    grown[i] = items[(head + i) & (items.length - 1)];
                }
                items = grown;
                head = 0;
            }
            items[(head + size) & (items.length - 1)] = value;
            size++;
        }
    }

    /** The latencies of one alert window. */
    static final class WindowBuffer {
        private double[] items = new double[256];
        private int size;

        void add(double value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }

        int size() {
            return size;
        }

        /** Nearest-rank p95, as a monitoring system computes it over the window's requests. */
        double p95() {
            Arrays.sort(items, 0, size);
            int rank = (int) Math.ceil(0.95 * size);
            return items[Math.max(0, rank - 1)];
        }

        void clear() {
            size = 0;
        }
    }
}
