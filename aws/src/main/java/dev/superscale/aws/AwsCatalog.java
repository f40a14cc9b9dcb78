package dev.superscale.aws;

import dev.superscale.capacity.WorkerMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps the plan's resource figures onto what AWS sells. No sizing happens here: every input is
 * a size the capacity plan decided; this class only picks the smallest AWS offering that
 * provides at least that much (a Fargate CPU/memory pair, an instance class, a node type).
 */
public final class AwsCatalog {

    /** A valid Fargate task size: CPU units (1024 per vCPU) and memory. */
    public record FargateSize(int cpuUnits, int memoryMiB) {
    }

    /** Fargate's CPU choices with their memory range and step (MiB). */
    private static final int[][] FARGATE = {
        // cpu, min memory, max memory, step
        {256, 512, 2048, -1},
        {512, 1024, 4096, 1024},
        {1024, 2048, 8192, 1024},
        {2048, 4096, 16384, 1024},
        {4096, 8192, 30720, 1024},
        {8192, 16384, 61440, 4096},
        {16384, 32768, 122880, 8192},
    };

    /** EC2 and RDS size suffixes with their vCPU count. */
    private static final String[] SIZES = {"large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge"};
    private static final int[] SIZE_VCPUS = {2, 4, 8, 16, 32, 48, 64};

    /** Worker families by GiB of memory per vCPU, cheapest first, each with current x86 generations. */
    private static final String[][] WORKER_FAMILIES = {
        {"2", "c7i", "c6i", "c6a", "c5", "c5a"},
        {"4", "m7i", "m6i", "m6a", "m5", "m5a"},
        {"8", "r7i", "r6i", "r6a", "r5", "r5a"},
    };

    /** ElastiCache node types with their memory in MiB (AWS's published figures). */
    private static final Object[][] CACHE_NODES = {
        {"cache.t4g.small", 1_403},
        {"cache.t4g.medium", 3_164},
        {"cache.m7g.large", 6_533},
        {"cache.r7g.large", 13_384},
        {"cache.r7g.xlarge", 26_952},
        {"cache.r7g.2xlarge", 54_088},
        {"cache.r7g.4xlarge", 108_349},
        {"cache.r7g.8xlarge", 214_579},
        {"cache.r7g.16xlarge", 429_158},
    };

    /**
     * Share of a node's memory ElastiCache leaves to Redis data with the default
     * reserved-memory-percent of 25 (the rest is for forks, replication buffers and overhead).
     */
    public static final double CACHE_DATA_SHARE = 0.75;

    private AwsCatalog() {
    }

    /** The smallest Fargate size with at least this CPU and memory. */
    public static FargateSize fargate(long cpuMillicores, long memoryMiB) {
        if (cpuMillicores <= 0 || memoryMiB <= 0) {
            throw new IllegalArgumentException("Fargate size needs positive CPU and memory, got " + cpuMillicores + " millicores and "
                    + memoryMiB + " MiB");
        }
        long units = (cpuMillicores * 1024 + 999) / 1000;
        for (int[] choice : FARGATE) {
            if (choice[0] < units || choice[2] < memoryMiB) {
                continue;
            }
            if (choice[3] < 0) {
                for (int memory : new int[] {512, 1024, 2048}) {
                    if (memory >= memoryMiB) {
                        return new FargateSize(choice[0], memory);
                    }
                }
            }
            long memory = Math.max(choice[1], ((memoryMiB + choice[3] - 1) / choice[3]) * choice[3]);
            return new FargateSize(choice[0], (int) memory);
        }
        throw new IllegalArgumentException("no Fargate size has " + cpuMillicores + " millicores and " + memoryMiB
                + " MiB (the largest is 16 vCPU with 120 GiB)");
    }

    /** The smallest memory-optimized Graviton database class (db.r6g.*) with at least this much, without the "db." prefix. */
    public static String databaseInstanceClass(long vcpu, long memoryMiB) {
        for (int i = 0; i < SIZES.length; i++) {
            if (SIZE_VCPUS[i] >= vcpu && SIZE_VCPUS[i] * 8L * 1024 >= memoryMiB) {
                return "r6g." + SIZES[i];
            }
        }
        throw new IllegalArgumentException("no db.r6g class has " + vcpu + " vCPU and " + memoryMiB + " MiB (the largest is db.r6g.16xlarge)");
    }

    /**
     * Instance types for one worker machine: the cheapest family and smallest size that holds
     * the machine, in five current x86 generations so Spot can pick among several capacity pools.
     */
    public static List<String> workerInstanceTypes(WorkerMachine machine) {
        long vcpu = machine.vcpu().value();
        long memoryMiB = machine.memoryMiB().value();
        for (int i = 0; i < SIZES.length; i++) {
            for (String[] family : WORKER_FAMILIES) {
                long familyMiB = SIZE_VCPUS[i] * Long.parseLong(family[0]) * 1024;
                if (SIZE_VCPUS[i] >= vcpu && familyMiB >= memoryMiB) {
                    List<String> types = new ArrayList<>();
                    for (int g = 1; g < family.length; g++) {
                        types.add(family[g] + "." + SIZES[i]);
                    }
                    return List.copyOf(types);
                }
            }
        }
        throw new IllegalArgumentException("no EC2 worker instance has " + vcpu + " vCPU and " + memoryMiB + " MiB");
    }

    /** vCPUs of an EC2 type name such as m6i.xlarge (the sizes this catalog uses). */
    public static int vcpusOf(String instanceType) {
        String size = instanceType.substring(instanceType.indexOf('.') + 1).toLowerCase(Locale.ROOT);
        for (int i = 0; i < SIZES.length; i++) {
            if (SIZES[i].equals(size)) {
                return SIZE_VCPUS[i];
            }
        }
        throw new IllegalArgumentException("unknown instance size in '" + instanceType + "'");
    }

    /** The smallest ElastiCache node whose data share (75% of its memory) holds this much. */
    public static String cacheNodeType(long dataMiB) {
        for (Object[] node : CACHE_NODES) {
            if ((int) node[1] * CACHE_DATA_SHARE >= dataMiB) {
                return (String) node[0];
            }
        }
        throw new IllegalArgumentException("no ElastiCache node holds " + dataMiB + " MiB of data (the largest is cache.r7g.16xlarge)");
    }
}
