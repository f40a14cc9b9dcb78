package dev.superscale.capacity;

import java.util.List;

/**
 * The largest sizes the deployment targets provide, as data: what a plan may ask of AWS, GCP or
 * Kubernetes. Vendor figures as published (checked 2026-12-01); no cloud SDK is involved. A plan
 * beyond one of them cannot be built, and {@link PlanFeasibility} says which and what to change.
 */
public final class TargetLimits {

    /**
     * One limit.
     *
     * @param target   who imposes it ("AWS RDS", "GCP Memorystore", "PostgreSQL")
     * @param what     what is limited, in words
     * @param max      the largest value allowed
     * @param unit     its unit
     * @param offering the offering or setting that is the limit ("db.r6g.16xlarge")
     */
    public record Limit(String target, String what, long max, String unit, String offering) {
    }

    /** The db.r6g family AwsCatalog picks tops out at 16xlarge; Cloud SQL's Enterprise edition at 96 vCPU. */
    public static final Limit RDS_VCPU = new Limit("AWS RDS", "database vCPU", 64, "vCPU", "db.r6g.16xlarge");
    public static final Limit RDS_MEMORY = new Limit("AWS RDS", "database memory", 512 * 1024, "MiB", "db.r6g.16xlarge");
    public static final Limit CLOUD_SQL_VCPU = new Limit("GCP Cloud SQL", "database vCPU", 96, "vCPU", "a 96-vCPU custom tier");
    public static final Limit CLOUD_SQL_MEMORY = new Limit("GCP Cloud SQL", "database memory", 624 * 1024, "MiB", "a 624 GB custom tier");
    /** MAX_BACKENDS in PostgreSQL's source (postmaster.h): max_connections cannot be set higher. */
    public static final Limit POSTGRES_CONNECTIONS = new Limit("PostgreSQL", "max_connections", 262_143, "connections", "MAX_BACKENDS");

    /** cache.r7g.16xlarge: 419 GiB, of which 75% is data with the default reserved memory. */
    public static final Limit ELASTICACHE_NODE_DATA = new Limit("AWS ElastiCache", "Redis data per node", 321_868, "MiB", "cache.r7g.16xlarge");
    /** Memorystore for Redis (the STANDARD_HA broker): instances of 1 to 300 GB. */
    public static final Limit MEMORYSTORE_INSTANCE = new Limit("GCP Memorystore", "Redis instance memory", 300 * 1024, "MiB", "a 300 GB STANDARD_HA instance");
    /** ElastiCache cluster mode: at most 500 nodes (shards x (1 + replicas)) per replication group. */
    public static final Limit ELASTICACHE_CLUSTER_NODES = new Limit("AWS ElastiCache", "cache cluster nodes", 500, "nodes", "500 nodes per cluster");
    /** Memorystore for Redis Cluster: at most 250 shards. */
    public static final Limit MEMORYSTORE_CLUSTER_SHARDS = new Limit("GCP Memorystore", "cache cluster shards", 250, "shards", "250 shards per cluster");

    /** The largest Fargate task: 16 vCPU with 120 GiB. */
    public static final Limit FARGATE_VCPU = new Limit("AWS Fargate", "task CPU", 16_000, "millicores", "16 vCPU");
    public static final Limit FARGATE_MEMORY = new Limit("AWS Fargate", "task memory", 122_880, "MiB", "120 GiB");
    /** ECS service quota "Tasks per service" (not adjustable). */
    public static final Limit ECS_TASKS_PER_SERVICE = new Limit("AWS ECS", "tasks per service", 5_000, "tasks", "the tasks-per-service quota");

    /** Every limit, for documentation and tests. */
    public static final List<Limit> ALL = List.of(RDS_VCPU, RDS_MEMORY, CLOUD_SQL_VCPU, CLOUD_SQL_MEMORY, POSTGRES_CONNECTIONS,
            ELASTICACHE_NODE_DATA, MEMORYSTORE_INSTANCE, ELASTICACHE_CLUSTER_NODES, MEMORYSTORE_CLUSTER_SHARDS,
            FARGATE_VCPU, FARGATE_MEMORY, ECS_TASKS_PER_SERVICE);

    private TargetLimits() {
    }
}
