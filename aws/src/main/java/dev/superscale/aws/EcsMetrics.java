package dev.superscale.aws;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.ecs.BaseService;

/** Container Insights metrics of an ECS service. */
final class EcsMetrics {

    private EcsMetrics() {
    }

    /** Desired minus running tasks: above zero for minutes means tasks keep failing or cannot be placed. */
    static IMetric tasksDown(BaseService service) {
        Map<String, IMetric> using = new TreeMap<>();
        using.put("desired", insight(service, "DesiredTaskCount"));
        using.put("running", insight(service, "RunningTaskCount"));
        return MathExpression.Builder.create().expression("desired - running").usingMetrics(using)
                .label("Tasks down").period(Duration.minutes(1)).build();
    }

    static Metric insight(BaseService service, String name) {
        Map<String, String> dimensions = new TreeMap<>();
        dimensions.put("ClusterName", service.getCluster().getClusterName());
        dimensions.put("ServiceName", service.getServiceName());
        return Metric.Builder.create().namespace("ECS/ContainerInsights").metricName(name).dimensionsMap(dimensions)
                .statistic("Average").period(Duration.minutes(1)).build();
    }
}
