package dev.superscale.aws;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Metric;

/**
 * The Celery queue metrics {@link QueueDepthPublisher} puts every minute, by ECS cluster and
 * queue: the queue's length and its length divided by the running workers of the queue's service
 * (what target tracking scales on).
 */
public final class CeleryQueueMetrics {

    public static final String NAMESPACE = "Superscale/Celery";
    public static final String QUEUE_LENGTH = "QueueLength";
    public static final String BACKLOG_PER_WORKER = "BacklogPerWorker";

    private CeleryQueueMetrics() {
    }

    /** Messages waiting in the queue (all of kombu's priority lists), the maximum over a minute. */
    public static Metric queueLength(String clusterName, String queue) {
        return metric(QUEUE_LENGTH, clusterName, queue, "Maximum");
    }

    /** Waiting messages per running worker replica, the average over a minute. */
    public static Metric backlogPerWorker(String clusterName, String queue) {
        return metric(BACKLOG_PER_WORKER, clusterName, queue, "Average");
    }

    static Map<String, String> dimensions(String clusterName, String queue) {
        Map<String, String> dimensions = new TreeMap<>();
        dimensions.put("ClusterName", clusterName);
        dimensions.put("Queue", queue);
        return dimensions;
    }

    private static Metric metric(String name, String clusterName, String queue, String statistic) {
        return Metric.Builder.create().namespace(NAMESPACE).metricName(name).dimensionsMap(dimensions(clusterName, queue))
                .statistic(statistic).period(Duration.minutes(1)).build();
    }
}
