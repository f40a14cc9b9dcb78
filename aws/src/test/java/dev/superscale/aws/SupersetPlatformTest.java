package dev.superscale.aws;

import static dev.superscale.aws.Fixtures.properties;
import static dev.superscale.aws.Fixtures.resources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.aws.examples.ExistingVpcExample;
import dev.superscale.capacity.PostgresHaMode;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;
import software.amazon.awscdk.services.secretsmanager.Secret;

class SupersetPlatformTest {

    private static ExistingVpcExample example;
    private static Template exampleTemplate;

    private static synchronized Template example() {
        if (exampleTemplate == null) {
            App app = Synth.app();
            Aspects.of(app).add(new AwsSolutionsChecks());
            example = new ExistingVpcExample(app, "AnalyticsPlatform");
            exampleTemplate = Template.fromStack(example);
        }
        return exampleTemplate;
    }

    @Test
    void worksInAPlatformTeamsStackWithTheirVpcAndDatabase() {
        Template template = example();
        assertThat(resources(template, "AWS::EC2::VPC")).isEmpty();
        assertThat(resources(template, "AWS::RDS::DBInstance")).isEmpty();
        assertThat(resources(template, "AWS::RDS::DBCluster")).isEmpty();
        assertThat(resources(template, "AWS::ECS::Service")).hasSize(5);
        assertThat(resources(template, "AWS::ElastiCache::ReplicationGroup")).hasSize(2);
        // Their database's security group is theirs: the platform adds no rule to it unless asked.
        List<Map<String, Object>> ingress = resources(template, "AWS::EC2::SecurityGroupIngress").values().stream()
                .filter(rule -> "sg-0123456789abcdef0".equals(properties(rule).get("GroupId"))).toList();
        assertThat(ingress).isEmpty();
        // Without isolated subnets, Redis goes to the private ones.
        template.hasResourceProperties("AWS::ElastiCache::SubnetGroup", Map.of("Description", "RedisBroker subnets",
                "SubnetIds", List.of("subnet-0bb1bb1bb1bb1bb1b", "subnet-0bb2bb2bb2bb2bb2b", "subnet-0bb3bb3bb3bb3bb3b")));
    }

    @Test
    void theExampleHasNoUnsuppressedNagFindings() {
        example();
        assertThat(Synth.nagFindings(example)).isEmpty();
    }

    @Test
    void usesTheBrokerAndCacheYouBring() {
        Stack stack = Synth.stack();
        var vpc = Fixtures.vpc(stack, Fixtures.TEAM);
        var sg = SecurityGroup.fromSecurityGroupId(stack, "RedisSg", "sg-0aaaaaaaaaaaaaaaa");
        var token = Secret.fromSecretCompleteArn(stack, "Token", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:redis-AbCdEf");
        new SupersetPlatform(stack, "Superset", SupersetPlatformProps.builder().plan(Fixtures.TEAM).existingVpc(vpc)
                .existingBroker(RedisEndpoint.of("broker.example.internal", 6379, token, sg))
                .existingCache(RedisEndpoint.of("cache.example.internal", 6379, token, sg)).build());
        Template template = Template.fromStack(stack);
        assertThat(resources(template, "AWS::ElastiCache::ReplicationGroup")).isEmpty();
        assertThat(Fixtures.environment(Fixtures.only(template, "AWS::ECS::TaskDefinition", "WebTaskDefinition"), 0))
                .containsEntry("REDIS_BROKER_HOST", "broker.example.internal").containsEntry("REDIS_CACHE_NODES", "cache.example.internal:6379");
    }

    @Test
    void auroraWithAReaderIsAnExplicitChoice() {
        Stack stack = Synth.stack();
        new SupersetPlatform(stack, "Superset", SupersetPlatformProps.builder().plan(Fixtures.TEAM)
                .databaseHaMode(PostgresHaMode.MULTI_AZ_WITH_READER).build());
        Template template = Template.fromStack(stack);
        assertThat(Fixtures.ids(template, "AWS::RDS::DBCluster", "")).containsExactly("SupersetDatabaseCluster40BCF865");
        assertThat(resources(Synth.preset(dev.superscale.capacity.Preset.TEAM).template(), "AWS::RDS::DBCluster")).isEmpty();
    }

    @Test
    void reportWorkersOpenThePublicUrl() {
        Stack stack = Synth.stack();
        new SupersetPlatform(stack, "Superset", SupersetPlatformProps.builder().plan(Fixtures.TEAM)
                .publicUrl("https://superset.example.com/").build());
        Template template = Template.fromStack(stack);
        assertThat(Fixtures.environment(Fixtures.only(template, "AWS::ECS::TaskDefinition", "WorkerReportsTaskDefinition"), 0))
                .containsEntry("SUPERSET_WEBSERVER_URL", "https://superset.example.com/");
        assertThatThrownBy(() -> new SupersetPlatform(Synth.stack(), "Superset", SupersetPlatformProps.builder().plan(Fixtures.TEAM)
                .publicUrl("superset.example.com").build())).hasMessageContaining("publicUrl 'superset.example.com'");
    }

    @Test
    void failsOnAnExistingVpcWithFewerZonesThanThePlan() {
        Stack stack = Synth.stack();
        var vpc = Vpc.fromVpcAttributes(stack, "Vpc", VpcAttributes.builder().vpcId("vpc-1")
                .availabilityZones(List.of("eu-west-1a", "eu-west-1b")).privateSubnetIds(List.of("subnet-1", "subnet-2")).build());
        assertThatThrownBy(() -> new SupersetPlatform(stack, "Superset", SupersetPlatformProps.builder().plan(Fixtures.ENTERPRISE)
                .existingVpc(vpc).build()))
                .hasMessageContaining("SupersetPlatform 'Superset'").hasMessageContaining("existingVpc spans 2 availability zone(s)")
                .hasMessageContaining("needs 3");
    }

    @Test
    void failsWhenBringingAndOverridingTheSameResource() {
        Stack stack = Synth.stack();
        var vpc = Fixtures.vpc(stack, Fixtures.TEAM);
        var secret = Secret.fromSecretCompleteArn(stack, "S", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf");
        var sg = SecurityGroup.fromSecurityGroupId(stack, "Sg", "sg-0bbbbbbbbbbbbbbbb");
        assertThatThrownBy(() -> new SupersetPlatform(stack, "Superset", SupersetPlatformProps.builder().plan(Fixtures.TEAM)
                .existingVpc(vpc).natGateways(2)
                .existingDatabase(DatabaseEndpoint.of("db.example.internal", 5432, secret, sg)).databaseInstanceClass("r6g.xlarge")
                .build()))
                .hasMessageContaining("give existingVpc or natGateways, not both")
                .hasMessageContaining("give existingDatabase or databaseInstanceClass, not both");
    }

    @Test
    void failsWithoutAPlan() {
        assertThatThrownBy(() -> new SupersetPlatform(Synth.stack(), "Superset", SupersetPlatformProps.builder().build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("SupersetPlatform 'Superset': plan is required");
    }

    /** Reaching a warehouse is one call on the platform: every Superset task is in the app tier it exposes. */
    @Test
    void reachesAWarehouseThroughItsConnections() {
        software.amazon.awscdk.Stack stack = Synth.stack();
        SupersetPlatform platform = new SupersetPlatform(stack, "Superset", SupersetPlatformProps.builder().plan(Fixtures.TEAM).build());
        software.amazon.awscdk.services.ec2.SecurityGroup warehouse = software.amazon.awscdk.services.ec2.SecurityGroup.Builder
                .create(stack, "Warehouse").vpc(platform.getVpc()).build();
        platform.getConnections().allowTo(warehouse, software.amazon.awscdk.services.ec2.Port.tcp(5439), "Superset to Redshift");
        Template template = Template.fromStack(stack);
        template.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Match.objectLike(Map.of("FromPort", 5439,
                "SourceSecurityGroupId", Match.objectLike(Map.of("Fn::GetAtt", Match.arrayWith(List.of(Match.stringLikeRegexp("SupersetAppTier.*"))))))));
        for (ComponentService service : List.<ComponentService>of(platform.getWeb(), platform.getWorkers().get(0), platform.getBeat())) {
            assertThat(service.getConnections().getSecurityGroups()).isNotEmpty();
        }
    }
}
