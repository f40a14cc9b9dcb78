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
    void failsWithoutWorkers() {
        assertThatThrownBy(() -> new QueueDepthPublisher(Synth.stack(), "QueueDepth", null, null, List.of()))
                .hasMessageContaining("QueueDepthPublisher 'QueueDepth'").hasMessageContaining("cluster is required");
    }
}
