package dev.superscale.topology;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.Sized;

/**
 * Counts for data services a target runs itself (CloudNativePG on Kubernetes, Redis with Sentinel),
 * decided here so no target re-decides them. A managed service (RDS, ElastiCache) decides its own.
 */
public final class SelfManagedData {

    private SelfManagedData() {
    }

    /** PostgreSQL instances: a primary and two standbys on HA tiers, so synchronous ANY 1 survives losing one standby. */
    public static Sized postgresInstances(CapacityPlan plan) {
        return plan.highlyAvailable()
                ? new Sized(3, "instances", "a primary and two standbys in other zones: with synchronous replication to any one "
                        + "standby, a committed write is on two zones, and losing one standby blocks no writes")
                : new Sized(1, "instance", "a single instance: the tier is not highly available");
    }

    /** Synchronous standbys a commit waits for (ANY n): one when there are standbys, none otherwise. */
    public static Sized synchronousStandbys(CapacityPlan plan) {
        return postgresInstances(plan).value() > 1
                ? new Sized(1, "standbys", "a commit returns once any one standby has it: no acknowledged write is lost on failover")
                : new Sized(0, "standbys", "no standby to wait for");
    }

    /**
     * Redis nodes behind Sentinel, each with a Sentinel beside it: the plan's primary and replicas, and at
     * least three so the Sentinels reach a majority with one node gone.
     */
    public static Sized sentinelRedisNodes(CapacityPlan plan) {
        long planned = 1 + plan.redisBroker().replicasPerPrimary().value();
        return planned >= 3
                ? new Sized(planned, "nodes", "the plan's primary and " + (planned - 1) + " replicas, one Sentinel beside each")
                : new Sized(3, "nodes", "a primary and two replicas, one Sentinel beside each: three Sentinels keep a majority "
                        + "with one node down (the plan asks for " + planned + ")");
    }

    /** Sentinels that must agree a primary is down before a failover: a majority. */
    public static Sized sentinelQuorum(CapacityPlan plan) {
        long nodes = sentinelRedisNodes(plan).value();
        return new Sized(nodes / 2 + 1, "sentinels", "a majority of the " + nodes + " Sentinels: a partitioned minority never promotes a replica");
    }

    /** PgBouncer instances of a self-managed pooler: the plan's replicas, and at least two so a restart never cuts every client. */
    public static Sized poolerInstances(CapacityPlan plan) {
        long planned = plan.pgBouncer().replicas().value();
        return planned >= 2 ? new Sized(planned, "instances", "the plan's PgBouncer replicas")
                : new Sized(2, "instances", "two, so one restarting PgBouncer never cuts every client (the plan asks for " + planned + ")");
    }

    /** The database instances' CPU and memory: the plan's database size. */
    public static Resources postgresResources(CapacityPlan plan) {
        return new Resources(new Sized(plan.postgres().vcpu().value() * 1000, "millicores", plan.postgres().vcpu().reason()),
                plan.postgres().memoryMiB());
    }

    /** A Redis node's container: one core (Redis runs commands on one thread) and room above maxmemory for a fork. */
    public static Resources redisResources(long maxmemoryMiB) {
        long memory = ((maxmemoryMiB * 5 / 4 + 256 + 255) / 256) * 256;
        return new Resources(new Sized(1000, "millicores", "Redis executes commands on one thread: one core"),
                new Sized(memory, "MiB", "maxmemory " + maxmemoryMiB + " MiB + 25% for the copy-on-write of an AOF rewrite or replica sync + "
                        + "256 MiB for buffers, rounded up to 256 MiB"));
    }

    /** The Sentinel container beside each Redis node. */
    public static Resources sentinelResources() {
        return new Resources(new Sized(100, "millicores", "a Sentinel pings its nodes once a second"),
                new Sized(64, "MiB", "a Sentinel keeps a few KiB of state per node"));
    }

    /** The broker node's volume: the append-only file and its rewrite, at most about twice the data, plus headroom. */
    public static Sized brokerVolumeGiB(CapacityPlan plan) {
        long mib = plan.redisBroker().memoryMiBPerNode().value();
        return new Sized(Math.max(1, (mib * 3 + 1023) / 1024), "GiB", "3 x maxmemory (" + mib + " MiB): the AOF, its rewrite and an RDB preamble");
    }
}
