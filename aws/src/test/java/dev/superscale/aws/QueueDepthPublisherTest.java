package dev.superscale.aws;

import static dev.superscale.aws.Fixtures.only;
import static dev.superscale.aws.Fixtures.properties;
import static dev.superscale.aws.Fixtures.resources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.Preset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

class QueueDepthPublisherTest {

    private static Template template() {
        return Synth.preset(Preset.ENTERPRISE).template();
    }

    @Test
    void samplesEveryMinute() {
        assertThat(properties(only(template(), "AWS::Events::Rule", "QueueDepth"))).containsEntry("ScheduleExpression", "rate(1 minute)");
    }

    @Test
    void runsInTheVpcAndReadsTheBrokerOverTlsWithTheAuthToken() {
        Map<String, Object> function = properties(only(template(), "AWS::Lambda::Function", "QueueDepth"));
        assertThat(function).containsKey("VpcConfig");
        String environment = function.get("Environment").toString();
        assertThat(environment).contains("AUTH_TOKEN_SECRET={Ref=SupersetBrokerAuthToken").contains("BROKER_HOST")
                .contains("\"interactive\"").contains("\"reports\"");
        String code = function.get("Code").toString();
        assertThat(code).contains("wrap_socket").contains("'AUTH'").contains("'LLEN'").contains("put_metric_data");
    }

    @Test
    void mayPutMetricsOnlyInItsNamespace() {
        String policies = resources(template(), "AWS::IAM::Policy").entrySet().stream()
                .filter(e -> e.getKey().contains("QueueDepth")).map(e -> e.getValue().toString()).findFirst().orElseThrow();
        assertThat(policies).contains("cloudwatch:PutMetricData").contains("cloudwatch:namespace=" + CeleryQueueMetrics.NAMESPACE)
                .contains("ecs:DescribeServices");
    }

    @Test
    void theBrokerAdmitsIt() {
        Template template = template();
        String broker = Fixtures.ids(template, "AWS::EC2::SecurityGroup", "BrokerSecurityGroup").get(0);
        List<String> sources = resources(template, "AWS::EC2::SecurityGroupIngress").values().stream()
                .filter(rule -> properties(rule).get("GroupId").toString().contains(broker))
                .map(rule -> properties(rule).get("SourceSecurityGroupId").toString()).sorted().toList();
        assertThat(sources).hasSize(2);
        assertThat(sources).anySatisfy(s -> assertThat(s).contains("AppTier"));
        assertThat(sources).anySatisfy(s -> assertThat(s).contains("QueueDepthSecurityGroup"));
    }

    @Test
    void failsWithoutClusterBrokerOrWorkersNamingEach() {
        assertThatThrownBy(() -> new QueueDepthPublisher(Synth.stack(), "QueueDepth", QueueDepthPublisherProps.builder().build()))
                .hasMessageContaining("QueueDepthPublisher 'QueueDepth'").hasMessageContaining("cluster is required")
                .hasMessageContaining("broker is required").hasMessageContaining("workers is required");
        assertThatThrownBy(() -> new QueueDepthPublisher(Synth.stack(), "QueueDepth", null)).hasMessageContaining("props is required");
    }

    @Test
    void inlinesItsPythonResourceAndNamesTheMetricsInItsEnvironment() {
        Map<String, Object> function = properties(only(template(), "AWS::Lambda::Function", "QueueDepth"));
        assertThat(Fixtures.<String>at(function, "Code", "ZipFile")).isEqualTo(InlineSource.read(QueueDepthPublisher.HANDLER_RESOURCE));
        assertThat(Fixtures.<Map<String, Object>>at(function, "Environment", "Variables"))
                .containsEntry("QUEUE_LENGTH_METRIC", CeleryQueueMetrics.QUEUE_LENGTH)
                .containsEntry("BACKLOG_PER_WORKER_METRIC", CeleryQueueMetrics.BACKLOG_PER_WORKER)
                .containsEntry("NAMESPACE", CeleryQueueMetrics.NAMESPACE);
    }
}
