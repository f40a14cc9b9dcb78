package dev.superscale.aws;

import static dev.superscale.aws.Fixtures.at;
import static dev.superscale.aws.Fixtures.environment;
import static dev.superscale.aws.Fixtures.only;
import static dev.superscale.aws.Fixtures.properties;
import static dev.superscale.aws.Fixtures.resources;
import static dev.superscale.aws.Fixtures.secretNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.Preset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class PgBouncerPoolTest {

    private static Template template() {
        return Synth.preset(Preset.ENTERPRISE).template();
    }

    @Test
    void runsThePlansReplicasAndAtLeastTwo() {
        long replicas = Synth.preset(Preset.ENTERPRISE).plan().pgBouncer().replicas().value();
        assertThat(replicas).isGreaterThanOrEqualTo(2);
        Map<String, Object> service = only(template(), "AWS::ECS::Service", "PgBouncer");
        assertThat(properties(service).get("DesiredCount")).isEqualTo((int) replicas);
        assertThat(properties(service).get("AvailabilityZoneRebalancing")).isEqualTo("ENABLED");
        Object minimum = at(service, "Properties", "DeploymentConfiguration", "MinimumHealthyPercent");
        assertThat(minimum).isEqualTo(100);
    }

    @Test
    void spreadsTasksOverEveryApplicationSubnet() {
        List<?> subnets = at(only(template(), "AWS::ECS::Service", "PgBouncer"), "Properties", "NetworkConfiguration",
                "AwsvpcConfiguration", "Subnets");
        assertThat(subnets).hasSize(3);
    }

    @Test
    void sitsBehindAnInternalNetworkLoadBalancerAcrossZones() {
        Map<String, Object> nlb = only(template(), "AWS::ElasticLoadBalancingV2::LoadBalancer", "PgBouncer");
        assertThat(properties(nlb)).containsEntry("Type", "network").containsEntry("Scheme", "internal");
        assertThat(properties(nlb).get("LoadBalancerAttributes").toString()).contains("load_balancing.cross_zone.enabled, Value=true");
    }

    @Test
    void isHealthCheckedOverTcp() {
        Map<String, Object> group = only(template(), "AWS::ElasticLoadBalancingV2::TargetGroup", "PgBouncer");
        assertThat(properties(group)).containsEntry("Port", PgBouncerPool.PORT).containsEntry("HealthCheckProtocol", "TCP")
                .containsEntry("HealthCheckIntervalSeconds", 10).containsEntry("TargetType", "ip");
    }

    @Test
    void runsThePgBouncerIniRenderedFromThePlan() {
        var plan = Synth.preset(Preset.ENTERPRISE).plan();
        Map<String, Object> env = environment(only(template(), "AWS::ECS::TaskDefinition", "PgBouncer"), 0);
        String ini = env.get("PGBOUNCER_INI").toString();
        assertThat(ini).contains("pool_mode = transaction")
                .contains("default_pool_size = " + plan.pgBouncer().defaultPoolSize().value())
                .contains("max_client_conn = " + plan.pgBouncer().maxClientConnections().value())
                .contains("auth_type = scram-sha-256")
                .contains("server_tls_sslmode = verify-full")
                .contains("SupersetDatabaseInstance");
        assertThat(ini).contains("server_tls_ca_file = /etc/pgbouncer/server-ca.pem");
    }

    /** PgBouncer starts without the internet: its image comes from ECR (an asset) with the CA bundle baked in. */
    @Test
    void startsWithoutTheInternet() {
        Map<String, Object> task = only(template(), "AWS::ECS::TaskDefinition", "PgBouncer");
        String image = at(task, "Properties", "ContainerDefinitions", 0, "Image").toString();
        assertThat(image).contains("dkr.ecr").doesNotContain("edoburu");
        assertThat(environment(task, 0)).doesNotContainKey("SERVER_CA_BUNDLE_URL");
        assertThat(at(task, "Properties", "ContainerDefinitions", 0, "EntryPoint").toString()).doesNotContain("wget").doesNotContain("curl");
        assertThat(at(task, "Properties", "RuntimePlatform").toString()).contains("X86_64");
    }

    @Test
    void takesTheDatabasePasswordFromSecretsManagerNeverFromTheEnvironment() {
        Map<String, Object> task = only(template(), "AWS::ECS::TaskDefinition", "PgBouncer");
        assertThat(secretNames(task, 0)).containsExactly("DB_PASSWORD", "DB_USER");
        assertThat(environment(task, 0)).doesNotContainKeys("DB_PASSWORD", "DB_USER");
        assertThat(at(task, "Properties", "ContainerDefinitions", 0, "EntryPoint").toString()).contains("userlist.txt");
    }

    @Test
    void onlyTheAppTierMayReachTheLoadBalancer() {
        Template template = template();
        String nlbGroup = Fixtures.ids(template, "AWS::EC2::SecurityGroup", "PgBouncerLoadBalancerSecurityGroup").get(0);
        List<Map<String, Object>> ingress = resources(template, "AWS::EC2::SecurityGroupIngress").values().stream()
                .filter(rule -> properties(rule).get("GroupId").toString().contains(nlbGroup)).toList();
        assertThat(ingress).hasSize(1);
        assertThat(properties(ingress.get(0)).get("SourceSecurityGroupId").toString()).contains("AppTier");
        assertThat(properties(ingress.get(0))).containsEntry("FromPort", 6432).containsEntry("ToPort", 6432);
        assertThat(properties(resources(template, "AWS::EC2::SecurityGroup").get(nlbGroup))).doesNotContainKey("SecurityGroupIngress");
    }

    @Test
    void onlyPgBouncerMayReachPostgres() {
        Template template = template();
        String dbGroup = Fixtures.ids(template, "AWS::EC2::SecurityGroup", "DatabaseSecurityGroup").get(0);
        List<Map<String, Object>> ingress = resources(template, "AWS::EC2::SecurityGroupIngress").values().stream()
                .filter(rule -> properties(rule).get("GroupId").toString().contains(dbGroup)).toList();
        assertThat(ingress).hasSize(1);
        assertThat(properties(ingress.get(0)).get("SourceSecurityGroupId").toString()).contains("PgBouncerTaskSecurityGroup");
        assertThat(properties(ingress.get(0))).containsEntry("FromPort", 5432);
        assertThat(properties(resources(template, "AWS::EC2::SecurityGroup").get(dbGroup))).doesNotContainKey("SecurityGroupIngress");
        template.hasResourceProperties("AWS::EC2::SecurityGroup", Match.objectLike(Map.of(
                "GroupDescription", Match.stringLikeRegexp("Superset metadata database.*"),
                "SecurityGroupEgress", Match.arrayWith(List.of(Match.objectLike(Map.of("CidrIp", "255.255.255.255/32")))))));
    }

    @Test
    void failsOnAPlainHttpCaBundleUrl() {
        var stack = Synth.stack();
        var vpc = Fixtures.vpc(stack, Fixtures.TEAM);
        var db = new HaPostgres(stack, "Db", HaPostgresProps.builder().plan(Fixtures.TEAM).vpc(vpc).build());
        assertThatThrownBy(() -> new PgBouncerPool(stack, "Pool", PgBouncerPoolProps.builder().plan(Fixtures.TEAM)
                .cluster(Fixtures.cluster(stack, vpc)).database(db.getEndpoint()).serverCaBundleUrl("http://example.com/ca.pem").build()))
                .hasMessageContaining("PgBouncerPool 'Pool'").hasMessageContaining("serverCaBundleUrl 'http://example.com/ca.pem'");
    }

    @Test
    void failsWithoutDatabase() {
        assertThatThrownBy(() -> new PgBouncerPool(Synth.stack(), "Pool", PgBouncerPoolProps.builder().plan(Fixtures.TEAM).build()))
                .hasMessageContaining("cluster is required").hasMessageContaining("database is required");
    }
}
