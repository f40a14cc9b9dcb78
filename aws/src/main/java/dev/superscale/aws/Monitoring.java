package dev.superscale.aws;

import dev.superscale.capacity.AlertThresholds;
import dev.superscale.capacity.AlertWindow;
import dev.superscale.capacity.CapacityPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.HorizontalAnnotation;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * CloudWatch alarms with the plan's thresholds, all sent to one SNS topic (alarm and recovery),
 * and a dashboard with the same metrics and the thresholds drawn in: web p95 latency and error
 * rate, queue depth per queue, tasks down for every service, database connections against
 * max_connections and query latency, Redis memory, cache hit ratio.
 */
public class Monitoring extends Construct {

    private final ITopic topic;
    private final Map<String, Alarm> alarms = new LinkedHashMap<>();
    private final Dashboard dashboard;
    private final List<IWidget> widgets = new ArrayList<>();

    public Monitoring(Construct scope, String id, MonitoringProps props) {
        super(scope, id);
        Problems problems = new Problems("Monitoring", id).require(props, "props");
        problems.throwIfAny();
        problems.require(props.getPlan(), "plan").notBoth(props.getExistingTopic(), "existingTopic", props.getAlarmEmail(), "alarmEmail");
        problems.check(props.getAlarmEmail() == null || props.getAlarmEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                "alarmEmail '" + props.getAlarmEmail() + "' is not an e-mail address");
        problems.throwIfAny();
        CapacityPlan plan = props.getPlan();
        AlertThresholds alerts = plan.alerts();

        if (props.getExistingTopic() != null) {
            this.topic = props.getExistingTopic();
        } else {
            Key key = Key.Builder.create(this, "TopicKey").description("Encrypts the Superset alarm topic").enableKeyRotation(true).build();
            key.addToResourcePolicy(PolicyStatement.Builder.create()
                    .principals(List.of(new ServicePrincipal("cloudwatch.amazonaws.com")))
                    .actions(List.of("kms:Decrypt", "kms:GenerateDataKey*"))
                    .resources(List.of("*"))
                    .build());
            Topic created = Topic.Builder.create(this, "Topic").displayName("Superset alarms").masterKey(key).enforceSsl(true).build();
            if (props.getAlarmEmail() != null) {
                created.addSubscription(new EmailSubscription(props.getAlarmEmail()));
            }
            this.topic = created;
        }

        int down = alerts.workersDownAllowed().intValue();
        if (props.getWeb() != null) {
            WebService web = props.getWeb();
            alarm("WebLatency", web.metricP95LatencySeconds(), alerts.webP95LatencySeconds().value(), above(), alerts.webLatencyWindow(),
                    TreatMissingData.NOT_BREACHING, "Web p95 latency above " + alerts.webP95LatencySeconds() + " ("
                            + alerts.webP95LatencySeconds().reason() + ")", "Web p95 latency (s)");
            alarm("WebErrorRate", web.metricErrorRatePercent(), alerts.errorRatePercent().value(), above(), alerts.errorRateWindow(),
                    TreatMissingData.NOT_BREACHING, "More than " + alerts.errorRatePercent() + " of web requests fail ("
                            + alerts.errorRatePercent().reason() + ")", "Web 5xx rate (%)");
            alarm("WebTasksDown", web.metricTasksDown(), down, above(), alerts.componentDownWindow(), TreatMissingData.NOT_BREACHING,
                    "Web tasks keep failing or cannot be placed", "Web tasks down");
        }
        for (SpotWorkerGroup worker : props.getWorkers()) {
            String queue = pascal(worker.getQueue());
            alarm("QueueDepth" + queue, worker.metricQueueLength(), alerts.queueDepth().value(), above(), alerts.queueDepthWindow(),
                    TreatMissingData.BREACHING, "More than " + alerts.queueDepth() + " waiting in the '" + worker.getQueue()
                            + "' queue (" + alerts.queueDepth().reason() + "); no data means the queue-depth publisher failed",
                    "Queue '" + worker.getQueue() + "' length");
            alarm("WorkersDown" + queue, worker.metricTasksDown(), down, above(), alerts.componentDownWindow(), TreatMissingData.NOT_BREACHING,
                    "A '" + worker.getQueue() + "' worker is down (" + alerts.workersDownAllowed().reason() + ")",
                    "Queue '" + worker.getQueue() + "' workers down");
        }
        if (props.getBeat() != null) {
            alarm("BeatDown", props.getBeat().metricTasksDown(), 0, above(), alerts.componentDownWindow(), TreatMissingData.NOT_BREACHING,
                    "Celery beat is not running: scheduled reports and alerts stop", "Celery beat down");
        }
        if (props.getPgBouncer() != null) {
            alarm("PgBouncerTasksDown", props.getPgBouncer().metricTasksDown(), down, above(), alerts.componentDownWindow(), TreatMissingData.NOT_BREACHING,
                    "A PgBouncer task is down: one replica carries every connection", "PgBouncer tasks down");
        }
        if (props.getDatabase() != null) {
            alarm("DatabaseConnections", props.getDatabase().metricConnections(), alerts.databaseConnectionsAbove().value(), above(),
                    alerts.databaseConnectionsWindow(), TreatMissingData.NOT_BREACHING, "PostgreSQL connections above " + alerts.databaseConnectionsAbove() + " ("
                            + alerts.databaseConnectionsAbove().reason() + ")", "PostgreSQL connections");
            alarm("DatabaseLatency", props.getDatabase().metricQueryLatencyMilliseconds(),
                    alerts.databaseP95QueryMilliseconds().value(), above(), alerts.databaseLatencyWindow(), TreatMissingData.NOT_BREACHING,
                    "PostgreSQL latency above " + alerts.databaseP95QueryMilliseconds() + " ("
                            + alerts.databaseP95QueryMilliseconds().reason() + ")", "PostgreSQL latency (ms)");
        }
        if (props.getBroker() != null) {
            alarm("BrokerMemory", props.getBroker().metricMemoryPercent(), alerts.redisMemoryPercent().value(), above(), alerts.redisMemoryWindow(),
                    TreatMissingData.NOT_BREACHING, "Broker Redis memory above " + alerts.redisMemoryPercent()
                            + ": with noeviction a full broker refuses new tasks", "Broker memory (%)");
        }
        if (props.getCache() != null) {
            alarm("CacheMemory", props.getCache().metricMemoryPercent(), alerts.redisMemoryPercent().value(), above(), alerts.redisMemoryWindow(),
                    TreatMissingData.NOT_BREACHING, "Cache Redis memory above " + alerts.redisMemoryPercent() + " ("
                            + alerts.redisMemoryPercent().reason() + ")", "Cache memory (%)");
            alarm("CacheHitRatio", props.getCache().metricHitRatio(), alerts.cacheHitRatioBelow().value(),
                    ComparisonOperator.LESS_THAN_THRESHOLD, alerts.cacheHitWindow(), TreatMissingData.NOT_BREACHING,
                    "Cache hit ratio below " + alerts.cacheHitRatioBelow() + " (" + alerts.cacheHitRatioBelow().reason() + ")",
                    "Cache hit ratio");
        }
        this.dashboard = Dashboard.Builder.create(this, "Dashboard").build();
        for (int i = 0; i < widgets.size(); i += 3) {
            dashboard.addWidgets(widgets.subList(i, Math.min(i + 3, widgets.size())).toArray(new IWidget[0]));
        }
    }

    private static ComparisonOperator above() {
        return ComparisonOperator.GREATER_THAN_THRESHOLD;
    }

    private void alarm(String id, IMetric metric, double threshold, ComparisonOperator operator, AlertWindow window,
            TreatMissingData missing, String description, String title) {
        Alarm alarm = Alarm.Builder.create(this, id)
                .metric(metric)
                .threshold(threshold)
                .comparisonOperator(operator)
                .evaluationPeriods(window.evaluationPeriods().intValue())
                .datapointsToAlarm(window.datapointsToAlarm().intValue())
                .treatMissingData(missing)
                .alarmDescription(description)
                .build();
        alarm.addAlarmAction(new SnsAction(topic));
        alarm.addOkAction(new SnsAction(topic));
        alarms.put(id, alarm);
        widgets.add(GraphWidget.Builder.create().title(title).width(8).left(List.of(metric))
                .leftAnnotations(List.of(HorizontalAnnotation.builder().value(threshold).label("alarm").build())).build());
    }

    static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    public ITopic getTopic() {
        return topic;
    }

    /** Alarms by id (WebLatency, QueueDepthInteractive, ...). */
    public Map<String, Alarm> getAlarms() {
        return java.util.Collections.unmodifiableMap(alarms);
    }

    public Dashboard getDashboard() {
        return dashboard;
    }
}
