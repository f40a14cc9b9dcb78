package dev.superscale.aws;

import static dev.superscale.aws.Fixtures.at;
import static dev.superscale.aws.Fixtures.environment;
import static dev.superscale.aws.Fixtures.only;
import static dev.superscale.aws.Fixtures.properties;
import static dev.superscale.aws.Fixtures.resources;
import static dev.superscale.aws.Fixtures.secretNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.Preset;
import dev.superscale.render.SupersetEnvironment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

@SuppressWarnings("unchecked")
class WebServiceTest {

    static final String CERTIFICATE = "arn:aws:acm:eu-west-1:123456789012:certificate/0f0e0d0c-1111-2222-3333-444455556666";
    private static Template https;

    private static Template template() {
        return Synth.preset(Preset.ENTERPRISE).template();
    }

    private static CapacityPlan plan() {
        return Synth.preset(Preset.ENTERPRISE).plan();
    }

    /** A web service alone (runtime with hand-made endpoints) with a certificate. */
    private static synchronized Template https() {
        if (https == null) {
            Stack stack = Synth.stack();
            var vpc = Fixtures.vpc(stack, Fixtures.ENTERPRISE);
            new WebService(stack, "Web", WebServiceProps.builder().cluster(Fixtures.cluster(stack, vpc))
                    .runtime(Fixtures.runtime(stack, vpc, Fixtures.ENTERPRISE)).certificateArn(CERTIFICATE).build());
            https = Template.fromStack(stack);
        }
        return https;
    }

    @Test
    void routesToTheLeastBusyTarget() {
        Map<String, Object> group = only(template(), "AWS::ElasticLoadBalancingV2::TargetGroup", "Web");
        assertThat(properties(group).get("TargetGroupAttributes").toString())
                .contains("load_balancing.algorithm.type, Value=least_outstanding_requests");
    }

    @Test
    void checksHealthOnSlashHealth() {
        Map<String, Object> group = properties(only(template(), "AWS::ElasticLoadBalancingV2::TargetGroup", "Web"));
        assertThat(group).containsEntry("HealthCheckPath", "/health").containsEntry("Port", 8088)
                .containsEntry("Matcher", Map.of("HttpCode", "200"));
    }

    @Test
    void idleTimeoutExceedsTheGunicornTimeout() {
        var timeouts = plan().web().timeouts();
        Map<String, Object> alb = properties(only(template(), "AWS::ElasticLoadBalancingV2::LoadBalancer", "WebLoadBalancer"));
        assertThat(alb.get("LoadBalancerAttributes").toString())
                .contains("idle_timeout.timeout_seconds, Value=" + timeouts.loadBalancerIdleSeconds().value());
        assertThat(timeouts.loadBalancerIdleSeconds().value()).isGreaterThan(timeouts.gunicornTimeoutSeconds().value());
        Map<String, Object> task = only(template(), "AWS::ECS::TaskDefinition", "WebTaskDefinition");
        assertThat(at(task, "Properties", "ContainerDefinitions", 0, "Command").toString())
                .contains("--timeout, " + timeouts.gunicornTimeoutSeconds().value());
    }

    @Test
    void writesAccessLogsAndDropsInvalidHeaders() {
        Map<String, Object> alb = properties(only(template(), "AWS::ElasticLoadBalancingV2::LoadBalancer", "WebLoadBalancer"));
        assertThat(alb.get("LoadBalancerAttributes").toString()).contains("access_logs.s3.enabled, Value=true")
                .contains("routing.http.drop_invalid_header_fields.enabled, Value=true");
    }

    @Test
    void servesHttpsAndRedirectsHttpWhenACertificateIsGiven() {
        Template template = https();
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Match.objectLike(Map.of(
                "Port", 443, "Protocol", "HTTPS", "Certificates", List.of(Map.of("CertificateArn", CERTIFICATE)))));
        template.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Match.objectLike(Map.of(
                "Port", 80, "Protocol", "HTTP", "DefaultActions", List.of(Match.objectLike(Map.of(
                        "Type", "redirect", "RedirectConfig", Match.objectLike(Map.of("Protocol", "HTTPS", "Port", "443"))))))));
    }

    @Test
    void servesPlainHttpOnlyWithoutACertificate() {
        List<Map<String, Object>> listeners = resources(template(), "AWS::ElasticLoadBalancingV2::Listener").values().stream()
                .filter(l -> "HTTP".equals(properties(l).get("Protocol")) || "HTTPS".equals(properties(l).get("Protocol"))).toList();
        assertThat(listeners).hasSize(1);
        assertThat(properties(listeners.get(0))).containsEntry("Port", 80);
    }

    @Test
    void scalesBetweenThePlansMinAndMax() {
        var web = plan().web();
        Map<String, Object> target = only(template(), "AWS::ApplicationAutoScaling::ScalableTarget", "Web");
        assertThat(properties(target)).containsEntry("MinCapacity", web.minReplicas().intValue())
                .containsEntry("MaxCapacity", web.maxReplicas().intValue());
        assertThat(properties(only(template(), "AWS::ECS::Service", "WebService")).get("DesiredCount")).isEqualTo(web.minReplicas().intValue());
    }

    @Test
    void tracksCpuAtSeventyPercentAndRequestsPerTarget() {
        Template template = template();
        template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Match.objectLike(Map.of(
                "PolicyName", Match.stringLikeRegexp(".*WebServiceTaskCountTargetCpu.*"),
                "TargetTrackingScalingPolicyConfiguration", Match.objectLike(Map.of(
                        "TargetValue", 70, "PredefinedMetricSpecification", Map.of("PredefinedMetricType", "ECSServiceAverageCPUUtilization"))))));
        template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Match.objectLike(Map.of(
                "TargetTrackingScalingPolicyConfiguration", Match.objectLike(Map.of(
                        "TargetValue", plan().web().requestsPerReplicaPerMinuteTarget().intValue(),
                        "PredefinedMetricSpecification", Match.objectLike(Map.of("PredefinedMetricType", "ALBRequestCountPerTarget")))))));
        assertThat(plan().web().scaleOutCpuPercent().value()).isEqualTo(70);
    }

    @Test
    void rollsBackAFailingDeploymentWithoutDroppingCapacity() {
        Map<String, Object> config = at(only(template(), "AWS::ECS::Service", "WebService"), "Properties", "DeploymentConfiguration");
        assertThat(config).containsEntry("MinimumHealthyPercent", 100).containsEntry("MaximumPercent", 200)
                .containsEntry("DeploymentCircuitBreaker", Map.of("Enable", true, "Rollback", true));
    }

    @Test
    void enablesContainerInsightsOnTheCluster() {
        template().hasResourceProperties("AWS::ECS::Cluster", Map.of(
                "ClusterSettings", List.of(Map.of("Name", "containerInsights", "Value", "enabled"))));
    }

    @Test
    void injectsEverySecretThroughSecretsManager() {
        Map<String, Object> task = only(template(), "AWS::ECS::TaskDefinition", "WebTaskDefinition");
        assertThat(secretNames(task, 0)).containsExactlyInAnyOrder(SupersetEnvironment.SECRET_KEY, SupersetEnvironment.DATABASE_USER,
                SupersetEnvironment.DATABASE_PASSWORD, SupersetEnvironment.REDIS_BROKER_PASSWORD, SupersetEnvironment.REDIS_CACHE_PASSWORD,
                SupersetEnvironment.ASYNC_QUERIES_JWT_SECRET);
        Map<String, Object> env = environment(task, 0);
        assertThat(env).doesNotContainKeys(SupersetEnvironment.SECRET_KEY, SupersetEnvironment.DATABASE_PASSWORD,
                SupersetEnvironment.REDIS_BROKER_PASSWORD, SupersetEnvironment.REDIS_CACHE_PASSWORD);
        assertThat(env.get(SupersetEnvironment.DATABASE_PORT)).isEqualTo("6432");
        assertThat(env.get(SupersetEnvironment.DATABASE_HOST).toString()).contains("PgBouncerLoadBalancer");
        assertThat(env.get(SupersetRuntime.CONFIG_VARIABLE).toString()).contains("SQLALCHEMY_DATABASE_URI");
    }

    @Test
    void onlyTheLoadBalancerReachesTheTasks() {
        Template template = template();
        String tasks = Fixtures.ids(template, "AWS::EC2::SecurityGroup", "WebTaskSecurityGroup").get(0);
        List<Map<String, Object>> ingress = resources(template, "AWS::EC2::SecurityGroupIngress").values().stream()
                .filter(rule -> properties(rule).get("GroupId").toString().contains(tasks)).toList();
        assertThat(ingress).hasSize(1);
        assertThat(properties(ingress.get(0)).get("SourceSecurityGroupId").toString()).contains("WebLoadBalancerSecurityGroup");
    }

    @Test
    void failsOnAMalformedCertificateArn() {
        Stack stack = Synth.stack();
        var vpc = Fixtures.vpc(stack, Fixtures.TEAM);
        var runtime = Fixtures.runtime(stack, vpc, Fixtures.TEAM);
        assertThatThrownBy(() -> new WebService(stack, "Web", WebServiceProps.builder().cluster(Fixtures.cluster(stack, vpc))
                .runtime(runtime).certificateArn("my-cert").ingressCidrs(List.of("everyone")).build()))
                .hasMessageContaining("WebService 'Web'").hasMessageContaining("certificateArn 'my-cert'")
                .hasMessageContaining("ingressCidrs entry 'everyone'");
    }

    /** Without a certificate the balancer is internal: no login crosses the internet in plain text. */
    @Test
    void isInternalByDefault() {
        Map<String, Object> alb = properties(only(template(), "AWS::ElasticLoadBalancingV2::LoadBalancer", "WebLoadBalancer"));
        assertThat(alb).containsEntry("Scheme", "internal");
        assertThat(alb.get("LoadBalancerAttributes").toString()).contains("deletion_protection.enabled, Value=true");
    }

    @Test
    void refusesAnInternetFacingBalancerWithoutHttpsUnlessPlainHttpIsAllowed() {
        Stack stack = Synth.stack();
        var vpc = Fixtures.vpc(stack, Fixtures.TEAM);
        var runtime = Fixtures.runtime(stack, vpc, Fixtures.TEAM);
        var cluster = Fixtures.cluster(stack, vpc);
        assertThatThrownBy(() -> new WebService(stack, "Web", WebServiceProps.builder().cluster(cluster).runtime(runtime)
                .internetFacing(true).build()))
                .hasMessageContaining("internetFacing needs certificateArn").hasMessageContaining("allowPlainHttp");
        new WebService(stack, "PlainWeb", WebServiceProps.builder().cluster(cluster).runtime(runtime)
                .internetFacing(true).allowPlainHttp(true).build());
        software.amazon.awscdk.assertions.Annotations.fromStack(stack).hasWarning("*",
                Match.stringLikeRegexp(".*serves plain HTTP.*"));
    }

    /** Superset's cookies are Secure exactly when users come over HTTPS: an async chart over plain HTTP still works. */
    @Test
    void cookieSecurityFollowsTheListener() {
        Map<String, Object> plain = environment(only(template(), "AWS::ECS::TaskDefinition", "WebTaskDefinition"), 0);
        assertThat(plain).containsEntry(SupersetEnvironment.HTTPS, "false");
        assertThat(plain.get(SupersetRuntime.CONFIG_VARIABLE).toString()).contains("SESSION_COOKIE_SECURE = _https");
        Map<String, Object> secure = environment(only(https(), "AWS::ECS::TaskDefinition", "WebTaskDefinition"), 0);
        assertThat(secure).containsEntry(SupersetEnvironment.HTTPS, "true");
    }

    /** The balancer's rule to port 8088 lands on the web tasks' own group, never on the app tier that workers and beat share. */
    @Test
    void onlyTheWebTasksAdmitTheBalancer() {
        Template template = template();
        List<Map<String, Object>> toAppTier = resources(template, "AWS::EC2::SecurityGroupIngress").values().stream()
                .filter(rule -> properties(rule).get("GroupId").toString().contains("AppTier")
                        && String.valueOf(properties(rule).get("SourceSecurityGroupId")).contains("WebLoadBalancer")).toList();
        assertThat(toAppTier).isEmpty();
        Map<String, Object> service = properties(only(template, "AWS::ECS::Service", "WebService"));
        assertThat(service.get("NetworkConfiguration").toString()).contains("AppTier").contains("WebTaskSecurityGroup");
    }

    /** The access-log bucket policy names an ELB account that resolves in every region CDK knows, new ones included. */
    @Test
    void accessLogPolicyResolvesInEveryRegion() {
        Map<String, Object> mappings = at(template().toJSON(), "Mappings");
        Map<String, Map<String, Object>> accounts = mappings.entrySet().stream().filter(e -> e.getKey().contains("ElbLogDeliveryAccounts"))
                .map(e -> (Map<String, Map<String, Object>>) e.getValue()).findFirst().orElseThrow();
        assertThat(accounts).containsKeys("eu-central-2", "me-central-1", "ca-west-1", "us-east-1", "ap-southeast-3");
        for (software.amazon.awscdk.regioninfo.RegionInfo region : software.amazon.awscdk.regioninfo.RegionInfo.getRegions()) {
            assertThat(accounts).containsKey(region.getName());
        }
        assertThat(accounts.get("us-east-1").get("account")).isEqualTo("127311923021");
    }

    /** x86-64 tasks, whatever machine builds the image. */
    @Test
    void runsOnX8664() {
        Map<String, Object> task = properties(only(template(), "AWS::ECS::TaskDefinition", "WebTaskDefinition"));
        assertThat(task.get("RuntimePlatform").toString()).contains("CpuArchitecture=X86_64").contains("OperatingSystemFamily=LINUX");
    }
}
