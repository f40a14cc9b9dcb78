package dev.superscale.gcp;

/**
 * Maps the plan's resource figures onto what GCP sells. No sizing happens here: every input is a
 * size the capacity plan decided; this class only applies GCP's own limits (machine type steps,
 * GKE's node reservations, Cloud SQL's custom tier rules, Memorystore's sizes in whole GB).
 */
public final class GcpCatalog {

    /** A Compute Engine machine type and what it offers. */
    public record MachineType(String name, int vcpus, long memoryMiB) {

        /** Millicores pods can request on a GKE node of this type (GKE's documented CPU reservation). */
        public long allocatableMillicores() {
            double reserved = 0.06 * Math.min(vcpus, 1) + 0.01 * clamp(vcpus - 1, 1) + 0.005 * clamp(vcpus - 2, 2)
                    + 0.0025 * Math.max(0, vcpus - 4);
            return (long) Math.floor((vcpus - reserved) * 1000) - SYSTEM_PODS_MILLICORES;
        }

        /** MiB pods can request on a GKE node of this type (GKE's memory reservation and 100 MiB eviction threshold). */
        public long allocatableMemoryMiB() {
            double gib = memoryMiB / 1024.0;
            double reserved = 0.25 * Math.min(gib, 4) + 0.20 * clamp(gib - 4, 4) + 0.10 * clamp(gib - 8, 8)
                    + 0.06 * clamp(gib - 16, 112) + 0.02 * Math.max(0, gib - 128);
            return (long) Math.floor((gib - reserved) * 1024) - EVICTION_THRESHOLD_MIB - SYSTEM_PODS_MIB;
        }

        /** How many pods of this size fit on one node (0 if none). */
        public long podsPerNode(long cpuMillicores, long memoryMiB) {
            return Math.min(allocatableMillicores() / cpuMillicores, allocatableMemoryMiB() / memoryMiB);
        }

        private static double clamp(double value, double max) {
            return Math.max(0, Math.min(value, max));
        }
    }

    /** The kubelet's hard eviction threshold on GKE nodes. */
    static final long EVICTION_THRESHOLD_MIB = 100;
    /**
     * Requests of GKE's own DaemonSets on every node (kube-proxy, logging and metrics agents,
     * CSI and network daemons): an allowance, so a node chosen for one pod still fits it.
     */
    static final long SYSTEM_PODS_MILLICORES = 400;
    static final long SYSTEM_PODS_MIB = 768;

    /** N2 families by GiB per vCPU, cheapest memory ratio first. */
    private static final String[] FAMILIES = {"n2-highcpu", "n2-standard", "n2-highmem"};
    private static final int[] GIB_PER_VCPU = {1, 4, 8};
    private static final int[] N2_VCPUS = {2, 4, 8, 16, 32, 48, 64, 80, 96, 128};

    /** Cloud SQL custom machines: 0.9 to 6.5 GiB per vCPU, memory a multiple of 256 MiB, 1 or an even number of vCPUs up to 96. */
    static final long SQL_MAX_MIB_PER_VCPU = 6656;
    static final long SQL_MEMORY_STEP_MIB = 256;
    static final int SQL_MAX_VCPUS = 96;

    /** STANDARD_HA instances with read replicas need at least 5 GB; the largest instance is 300 GB. */
    static final int REDIS_READ_REPLICAS_MIN_GB = 5;
    static final int REDIS_MAX_GB = 300;

    private GcpCatalog() {
    }

    /**
     * The smallest N2 machine on which one pod of this size can be scheduled by GKE, preferring
     * the cheaper memory ratio at equal vCPUs.
     */
    public static MachineType nodeMachineType(long cpuMillicores, long memoryMiB) {
        if (cpuMillicores <= 0 || memoryMiB <= 0) {
            throw new IllegalArgumentException("a node needs positive CPU and memory, got " + cpuMillicores + " millicores and " + memoryMiB + " MiB");
        }
        for (int vcpus : N2_VCPUS) {
            for (int f = 0; f < FAMILIES.length; f++) {
                MachineType type = new MachineType(FAMILIES[f] + "-" + vcpus, vcpus, vcpus * GIB_PER_VCPU[f] * 1024L);
                if (type.podsPerNode(cpuMillicores, memoryMiB) >= 1) {
                    return type;
                }
            }
        }
        throw new IllegalArgumentException("no N2 machine fits a pod of " + cpuMillicores + " millicores and " + memoryMiB + " MiB");
    }

    /** A Cloud SQL custom tier: vCPUs and memory after Cloud SQL's rules, and the tier name. */
    public record SqlTier(int vcpus, long memoryMiB) {
        public String name() {
            return "db-custom-" + vcpus + "-" + memoryMiB;
        }
    }

    /**
     * The Cloud SQL custom tier with at least the plan's vCPUs and memory. The plan's 8 GiB per vCPU
     * exceeds Cloud SQL's 6.5 GiB per vCPU, so the vCPU count rises until the memory is allowed.
     */
    public static SqlTier sqlTier(long vcpu, long memoryMiB) {
        long memory = ceilTo(memoryMiB, SQL_MEMORY_STEP_MIB);
        for (int cpus = 1; cpus <= SQL_MAX_VCPUS; cpus = cpus == 1 ? 2 : cpus + 2) {
            if (cpus >= vcpu && memory <= cpus * SQL_MAX_MIB_PER_VCPU) {
                // 0.9 GiB per vCPU is Cloud SQL's floor.
                long floor = ceilTo((long) Math.ceil(cpus * 0.9 * 1024), SQL_MEMORY_STEP_MIB);
                return new SqlTier(cpus, Math.max(memory, floor));
            }
        }
        throw new IllegalArgumentException("no Cloud SQL custom tier has " + vcpu + " vCPU and " + memoryMiB + " MiB (at most 96 vCPU, 624 GiB)");
    }

    /**
     * Memorystore for Redis size in whole GB holding this much, at least the 5 GB that read
     * replicas need (the broker keeps its replicas at every tier, so the tier never changes).
     */
    public static int redisInstanceGb(long memoryMiB) {
        int gb = (int) Math.max(REDIS_READ_REPLICAS_MIN_GB, (memoryMiB + 1023) / 1024);
        if (gb > REDIS_MAX_GB) {
            throw new IllegalArgumentException("no Memorystore instance holds " + memoryMiB + " MiB (the largest is " + REDIS_MAX_GB + " GB)");
        }
        return gb;
    }

    private static long ceilTo(long value, long step) {
        return (value + step - 1) / step * step;
    }
}
