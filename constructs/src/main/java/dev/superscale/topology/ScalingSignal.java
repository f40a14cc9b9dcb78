package dev.superscale.topology;

import dev.superscale.capacity.Sized;

/**
 * One metric an autoscaler tracks, with the value per replica it holds. {@code queue} names
 * the Celery queue for {@link Kind#QUEUE_LENGTH_PER_REPLICA}, and is null otherwise.
 */
public record ScalingSignal(Kind kind, Sized target, String queue) {

    /** The metrics the plan scales on. */
    public enum Kind {
        /** Average CPU utilization of the replicas, in percent of their CPU. */
        CPU_PERCENT,
        /** Requests per replica per minute through the load balancer. */
        REQUESTS_PER_REPLICA_PER_MINUTE,
        /** Messages waiting in a Celery queue per running replica. */
        QUEUE_LENGTH_PER_REPLICA
    }

    public ScalingSignal {
        if ((kind == Kind.QUEUE_LENGTH_PER_REPLICA) != (queue != null)) {
            throw new IllegalArgumentException("a queue-length signal names its queue, other signals none; got " + kind + " with " + queue);
        }
    }
}
