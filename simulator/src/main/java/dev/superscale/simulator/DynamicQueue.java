package dev.superscale.simulator;

/**
 * A first-come-first-served queue whose number of servers changes over time (autoscaling, a
 * lost zone), driven event by event: the caller advances it to each arrival or capacity change
 * in time order, and it reports every request when it starts service.
 *
 * <p>{@link PoolSimulator}'s Kiefer-Wolfowitz recursion assigns a start time on arrival, which
 * is only right while the servers stay fixed; here a request's start is decided when a server
 * frees up, so servers added or removed in between are honoured. Busy servers' completion times
 * sit in a min-heap, the waiting requests in a FIFO: O(log c) per request.
 *
 * <p>Fewer servers than busy ones (a scale-in) drains: running requests finish, no new one
 * starts until a server is free under the new count. A lost zone instead cuts its share of the
 * running requests ({@link #loseServers}).
 */
final class DynamicQueue {

    /** Told of each request as it starts service. */
    interface Listener {
        /**
         * @param tag     the caller's tag given on arrival
         * @param wait    start - arrival
         * @param service service time as served (after any stretch)
         * @param start   start time
         */
        void started(int tag, double wait, double service, double start);
    }

    private final Listener listener;
    private int servers;
    private double[] busyUntil = new double[64];
    private int busy;
    private double[] waitArrival = new double[64];
    private double[] waitService = new double[64];
    private int[] waitTag = new int[64];
    private int head;
    private int waiting;
    private double clock;
    private double busyArea;
    private double waitingArea;
    private double stretch = 1;
    private long lostInFlight;

    DynamicQueue(int servers, Listener listener) {
        this.servers = servers;
        this.listener = listener;
    }

    int servers() {
        return servers;
    }

    int busy() {
        return busy;
    }

    int waiting() {
        return waiting;
    }

    /** Busy-server seconds so far: utilization over a window is its difference / (servers x seconds). */
    double busyArea() {
        return busyArea;
    }

    double waitingArea() {
        return waitingArea;
    }

    long lostInFlight() {
        return lostInFlight;
    }

    /** Service times of requests starting from now on are multiplied by this (CPU contention on the web tier). */
    void setStretch(double factor) {
        this.stretch = factor;
    }

    /** Processes every completion up to {@code time}, starting waiting requests as servers free up. */
    void advanceTo(double time) {
        while (busy > 0 && busyUntil[0] <= time) {
            // Account up to the completion while the finishing request still counts as busy.
            account(busyUntil[0]);
            double done = popEarliest();
            startWaiting(done);
        }
        account(time);
    }

    void arrive(double time, double serviceSeconds, int tag) {
        advanceTo(time);
        if (busy < servers && waiting == 0) {
            start(time, time, serviceSeconds, tag);
        } else {
            enqueue(time, serviceSeconds, tag);
        }
    }

    /** A new server count from {@code time}: more start waiting requests at once, fewer drain. */
    void setServers(double time, int count) {
        advanceTo(time);
        servers = count;
        startWaiting(time);
    }

    /**
     * {@code count} servers disappear with what they were running: their share of the busy
     * servers' requests is lost (a web request fails; a Celery task with acks late comes back
     * only after the broker's visibility timeout, far outside a latency window).
     */
    void loseServers(double time, int count) {
        advanceTo(time);
        int lost = servers > 0 ? (int) Math.round((double) busy * count / servers) : 0;
        // Any entries of a heap may go: dropping the last ones keeps it a heap.
        busy -= Math.min(lost, busy);
        lostInFlight += lost;
        servers = Math.max(0, servers - count);
    }

    private void startWaiting(double time) {
        while (waiting > 0 && busy < servers) {
            double arrival = waitArrival[head];
            double service = waitService[head];
            int tag = waitTag[head];
            head = (head + 1) & (waitArrival.length - 1);
            waiting--;
            start(arrival, time, service, tag);
        }
    }

    private void start(double arrival, double time, double serviceSeconds, int tag) {
        double service = serviceSeconds * stretch;
        push(time + service);
        listener.started(tag, time - arrival, service, time);
    }

    private void account(double time) {
        if (time > clock) {
            busyArea += busy * (time - clock);
            waitingArea += waiting * (time - clock);
            clock = time;
        }
    }

    private void enqueue(double arrival, double service, int tag) {
        if (waiting == waitArrival.length) {
            int n = waitArrival.length;
            double[] a = new double[n * 2];
            double[] s = new double[n * 2];
            int[] t = new int[n * 2];
            for (int i = 0; i < n; i++) {
                int j = (head + i) & (n - 1);
                a[i] = waitArrival[j];
                s[i] = waitService[j];
                t[i] = waitTag[j];
            }
            waitArrival = a;
            waitService = s;
            waitTag = t;
            head = 0;
        }
        int slot = (head + waiting) & (waitArrival.length - 1);
        waitArrival[slot] = arrival;
        waitService[slot] = service;
        waitTag[slot] = tag;
        waiting++;
    }

    private void push(double value) {
        if (busy == busyUntil.length) {
            busyUntil = java.util.Arrays.copyOf(busyUntil, busy * 2);
        }
        int i = busy++;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (busyUntil[parent] <= value) {
                break;
            }
            busyUntil[i] = busyUntil[parent];
            i = parent;
        }
        busyUntil[i] = value;
    }

    private double popEarliest() {
        double top = busyUntil[0];
        double last = busyUntil[--busy];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= busy) {
                break;
            }
            if (child + 1 < busy && busyUntil[child + 1] < busyUntil[child]) {
                child++;
            }
            if (busyUntil[child] >= last) {
                break;
            }
            busyUntil[i] = busyUntil[child];
            i = child;
        }
        if (busy > 0) {
            busyUntil[i] = last;
        }
        return top;
    }
}
