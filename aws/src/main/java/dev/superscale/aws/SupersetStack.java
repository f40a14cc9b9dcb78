package dev.superscale.aws;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * A deployable stack holding one {@link SupersetPlatform}: what {@code cdk deploy} and
 * {@code superscale synth} produce. Environment-agnostic unless you pass an environment.
 * Outputs the URL, the migration task definition (for one-off admin commands), the alarm topic
 * and the database secret.
 */
public class SupersetStack extends Stack {

    private final SupersetPlatform platform;

    public SupersetStack(Construct scope, String id, SupersetPlatformProps platformProps) {
        this(scope, id, platformProps, null);
    }

    /**
     * @param env the account and region, or null for an environment-agnostic stack (the default)
     */
    public SupersetStack(Construct scope, String id, SupersetPlatformProps platformProps, Environment env) {
        super(scope, id, StackProps.builder()
                .env(env)
                .terminationProtection(true)
                .description(description(platformProps))
                .build());
        this.platform = new SupersetPlatform(this, "Superset", platformProps);

        CfnOutput.Builder.create(this, "Url").description("Superset's address").value(platform.getUrl()).build();
        CfnOutput.Builder.create(this, "ClusterName").description("ECS cluster").value(platform.getCluster().getClusterName()).build();
        CfnOutput.Builder.create(this, "MigrationTaskDefinition")
                .description("Task definition for one-off Superset commands, e.g. superset fab create-admin (see the README)")
                .value(platform.getMigrations().getTaskDefinition().getTaskDefinitionArn()).build();
        CfnOutput.Builder.create(this, "AppTierSecurityGroup").description("Security group of Superset tasks (for one-off tasks)")
                .value(platform.getAppTier().getSecurityGroupId()).build();
        java.util.List<String> subnets = new java.util.ArrayList<>();
        platform.getVpc().getPrivateSubnets().forEach(subnet -> subnets.add(subnet.getSubnetId()));
        CfnOutput.Builder.create(this, "TaskSubnets").description("Private subnets of the Superset tasks (for one-off tasks)")
                .value(software.amazon.awscdk.Fn.join(",", subnets)).build();
        CfnOutput.Builder.create(this, "AlarmTopic").description("SNS topic of the alarms: subscribe to it")
                .value(platform.getMonitoring().getTopic().getTopicArn()).build();
        if (platform.getDatabase() != null) {
            CfnOutput.Builder.create(this, "DatabaseSecret").description("Metadata database credentials")
                    .value(platform.getDatabase().getSecret().getSecretArn()).build();
        }
    }

    private static String description(SupersetPlatformProps props) {
        if (props == null || props.getPlan() == null) {
            throw new IllegalArgumentException("SupersetStack: platformProps with a plan is required");
        }
        return "Apache Superset for " + props.getPlan().load().registeredUsers() + " registered users, sized by Superscale"
                + " (superscale plan --users " + props.getPlan().load().registeredUsers() + ")";
    }

    public SupersetPlatform getPlatform() {
        return platform;
    }
}
