package dev.superscale.aws;

import java.util.List;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.logs.RetentionDays;

/** Props of {@link QueueDepthPublisher}. */
public final class QueueDepthPublisherProps {

    private final ICluster cluster;
    private final RedisEndpoint broker;
    private final List<SpotWorkerGroup> workers;
    private final RetentionDays logRetention;

    private QueueDepthPublisherProps(Builder b) {
        this.cluster = b.cluster;
        this.broker = b.broker;
        this.workers = b.workers == null ? null : List.copyOf(b.workers);
        this.logRetention = b.logRetention;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The ECS cluster of the worker services; the function runs in its VPC's private subnets. Required. */
    public ICluster getCluster() {
        return cluster;
    }

    /** The Celery broker (TLS, AUTH token): the function reads the queues' lengths there. Required. */
    public RedisEndpoint getBroker() {
        return broker;
    }

    /** The worker groups whose queues are measured, at least one. Required. */
    public List<SpotWorkerGroup> getWorkers() {
        return workers;
    }

    /** How long the function's own log is kept. Default one month. */
    public RetentionDays getLogRetention() {
        return logRetention;
    }

    public static final class Builder {
        private ICluster cluster;
        private RedisEndpoint broker;
        private List<SpotWorkerGroup> workers;
        private RetentionDays logRetention;

        public Builder cluster(ICluster cluster) {
            this.cluster = cluster;
            return this;
        }

        public Builder broker(RedisEndpoint broker) {
            this.broker = broker;
            return this;
        }

        public Builder workers(List<SpotWorkerGroup> workers) {
            this.workers = workers;
            return this;
        }

        public Builder logRetention(RetentionDays logRetention) {
            this.logRetention = logRetention;
            return this;
        }

        public QueueDepthPublisherProps build() {
            return new QueueDepthPublisherProps(this);
        }
    }
}
