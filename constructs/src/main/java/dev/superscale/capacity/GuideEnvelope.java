package dev.superscale.capacity;

import static dev.superscale.capacity.Format.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares a plan near 10,000 users with what the guide reports for deployments of that
 * size, so a reader sees at once where and why the model differs from the rule of thumb.
 */
public final class GuideEnvelope {

    public static final int WEB_REPLICAS_LOW = 3;
    public static final int WEB_REPLICAS_HIGH = 10;
    public static final int WORKER_PROCESSES_LOW = 20;
    public static final int WORKER_PROCESSES_HIGH = 50;
    public static final int SERVER_POOL_HIGH = 100;

    private GuideEnvelope() {
    }

    /** Only tiers of roughly the guide's size (5,000 to 20,000 users) are compared. */
    public static boolean applies(UserLoad load) {
        return load.registeredUsers() >= 5_000 && load.registeredUsers() <= 20_000;
    }

    static List<String> notes(UserLoad load, WebPlan web, List<WorkerGroupPlan> groups, ConnectionBudget budget) {
        List<String> notes = new ArrayList<>();
        if (!applies(load)) {
            return notes;
        }
        int peakWeb = web.peakReplicas().intValue();
        int maxWeb = web.maxReplicas().intValue();
        if (peakWeb < WEB_REPLICAS_LOW || maxWeb > WEB_REPLICAS_HIGH) {
            notes.add(format("Guide: %d-%d web instances at 10k users; this plan has %d at peak and %d at most, because %s.",
                    WEB_REPLICAS_LOW, WEB_REPLICAS_HIGH, peakWeb, maxWeb, web.peakReplicas().reason()));
        }
        int processes = groups.stream().mapToInt(g -> g.peakProcesses().intValue()).sum();
        if (processes < WORKER_PROCESSES_LOW || processes > WORKER_PROCESSES_HIGH) {
            notes.add(format("Guide: %d-%d Celery worker processes at 10k users; this plan has %d at peak, sized from the queue model "
                    + "(%s).", WORKER_PROCESSES_LOW, WORKER_PROCESSES_HIGH, processes,
                    groups.stream().map(g -> g.queue() + ": " + g.peakReplicas().reason()).reduce((a, b) -> a + "; " + b).orElse("")));
        }
        int serverPool = budget.serverPoolPerBouncer().intValue();
        int clients = budget.totalClientConnections().intValue();
        if (serverPool > SERVER_POOL_HIGH || clients <= serverPool) {
            notes.add(format("Guide: a PgBouncer server pool of at most %d with far more clients; this plan pools %d clients onto %d, because %s.",
                    SERVER_POOL_HIGH, clients, serverPool, budget.serverPoolPerBouncer().reason()));
        }
        return notes;
    }
}
