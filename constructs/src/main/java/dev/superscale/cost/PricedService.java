package dev.superscale.cost;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a price row pays for; the cost model asks the table for rows of one service at a time. */
public enum PricedService {
    /** Container capacity by vCPU and memory: Fargate on AWS, GKE node capacity on GCP. */
    CONTAINER("container"),
    /** A whole machine for one worker replica (EC2 in an ECS capacity provider). A target without these rows prices workers as containers. */
    MACHINE("machine"),
    /** A managed PostgreSQL instance, by instance class or by vCPU and memory. */
    DATABASE("database"),
    /** Database storage per instance. */
    DATABASE_STORAGE("database-storage"),
    /** A managed Redis node, used for both Redis roles when the target has no role-specific rows. */
    REDIS_NODE("redis-node"),
    /** Replicated, non-cluster Redis priced by capacity (the Celery broker on GCP). */
    REDIS_REPLICATED("redis-replicated"),
    /** A node of a cluster-mode Redis (the caches on GCP). */
    REDIS_CLUSTER_NODE("redis-cluster-node"),
    /** The public load balancer, per hour. */
    LOAD_BALANCER("load-balancer"),
    /** The public load balancer's traffic: capacity units or processed data. */
    LOAD_BALANCER_CAPACITY("load-balancer-capacity"),
    /** A load balancer in front of PgBouncer, where the target needs one. */
    INTERNAL_LOAD_BALANCER("internal-load-balancer"),
    /** Outbound NAT, per gateway-hour. */
    NAT_GATEWAY("nat-gateway"),
    /** A per-cluster fee for the container platform. */
    CLUSTER_FEE("cluster-fee"),
    /** Data served to users over the internet. */
    EGRESS("egress");

    private final String jsonName;

    PricedService(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    /** The service for a name in a price file, or null. */
    public static PricedService fromJsonName(String name) {
        return Arrays.stream(values()).filter(s -> s.jsonName.equals(name)).findFirst().orElse(null);
    }

    public static String names() {
        return Arrays.stream(values()).map(PricedService::jsonName).collect(Collectors.joining(", "));
    }
}
