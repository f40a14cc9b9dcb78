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
}
