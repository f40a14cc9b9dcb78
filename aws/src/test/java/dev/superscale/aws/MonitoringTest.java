package dev.superscale.aws;

import static dev.superscale.aws.Fixtures.only;
import static dev.superscale.aws.Fixtures.properties;
import static dev.superscale.aws.Fixtures.resources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.AlertThresholds;
import dev.superscale.capacity.Preset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.assertions.Template;

class MonitoringTest {

    private static Template template() {
        return Synth.preset(Preset.ENTERPRISE).template();
    }

    private static AlertThresholds alerts() {
        return Synth.preset(Preset.ENTERPRISE).plan().alerts();
    }

    private static Map<String, Object> alarm(String id) {
        return properties(only(template(), "AWS::CloudWatch::Alarm", "Monitoring" + id));
    }

    private static double threshold(String id) {
        return ((Number) alarm(id).get("Threshold")).doubleValue();
    }

    @Test
    void alarmsOnThePlansThresholds() {
        assertThat(threshold("WebLatency")).isEqualTo(alerts().webP95LatencySeconds().value());
        assertThat(threshold("WebErrorRate")).isEqualTo(alerts().errorRatePercent().value());
        assertThat(threshold("QueueDepthInteractive")).isEqualTo(alerts().queueDepth().value());
        assertThat(threshold("QueueDepthReports")).isEqualTo(alerts().queueDepth().value());
        assertThat(threshold("DatabaseConnections")).isEqualTo(alerts().databaseConnectionsAbove().value());
        assertThat(threshold("DatabaseLatency")).isEqualTo(alerts().databaseP95QueryMilliseconds().value());
        assertThat(threshold("BrokerMemory")).isEqualTo(alerts().redisMemoryPercent().value());
        assertThat(threshold("CacheMemory")).isEqualTo(alerts().redisMemoryPercent().value());
        assertThat(threshold("CacheHitRatio")).isEqualTo(alerts().cacheHitRatioBelow().value());
        assertThat(alarm("CacheHitRatio")).containsEntry("ComparisonOperator", "LessThanThreshold");
        assertThat(threshold("WorkersDownInteractive")).isEqualTo(alerts().workersDownAllowed().value());
    }

    @Test
    void alarmsWhenAnyServiceHasTasksDown() {
        for (String id : List.of("WebTasksDown", "WorkersDownInteractive", "WorkersDownReports", "BeatDown", "PgBouncerTasksDown")) {
            assertThat(alarm(id).toString()).as(id).contains("desired - running").contains("RunningTaskCount");
        }
    }

    @Test
    void queueDepthAlarmsWhenThePublisherStopsReporting() {
        assertThat(alarm("QueueDepthInteractive")).containsEntry("TreatMissingData", "breaching")
                .containsEntry("MetricName", CeleryQueueMetrics.QUEUE_LENGTH).containsEntry("Namespace", CeleryQueueMetrics.NAMESPACE);
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyAlarmNotifiesTheTopicOnAlarmAndRecovery(Preset preset) {
        Map<String, Map<String, Object>> alarms = resources(Synth.preset(preset).template(), "AWS::CloudWatch::Alarm");
        assertThat(alarms).hasSizeGreaterThanOrEqualTo(12);
        alarms.forEach((id, alarm) -> {
            assertThat(properties(alarm).get("AlarmActions").toString()).as(id).contains("MonitoringTopic");
            assertThat(properties(alarm).get("OKActions").toString()).as(id).contains("MonitoringTopic");
        });
    }

    @Test
    void encryptsTheTopicAndRefusesPlainHttp() {
        assertThat(properties(only(template(), "AWS::SNS::Topic", "Monitoring")).get("KmsMasterKeyId")).isNotNull();
        assertThat(properties(only(template(), "AWS::SNS::TopicPolicy", "Monitoring")).toString()).contains("aws:SecureTransport=false");
        assertThat(properties(only(template(), "AWS::KMS::Key", "Monitoring"))).containsEntry("EnableKeyRotation", true);
    }

    @Test
    void drawsADashboard() {
        assertThat(properties(only(template(), "AWS::CloudWatch::Dashboard", "Monitoring")).toString())
                .contains("Web p95 latency").contains("Queue 'interactive' length").contains("Cache hit ratio");
    }

    @Test
    void failsOnTopicAndEmailTogether() {
        assertThatThrownBy(() -> new Monitoring(Synth.stack(), "Monitoring", MonitoringProps.builder().plan(Fixtures.TEAM)
                .existingTopic(software.amazon.awscdk.services.sns.Topic.fromTopicArn(Synth.stack(), "T", "arn:aws:sns:eu-west-1:123456789012:t"))
                .alarmEmail("ops@example.com").build()))
                .hasMessageContaining("Monitoring 'Monitoring'").hasMessageContaining("give existingTopic or alarmEmail, not both");
    }
}
