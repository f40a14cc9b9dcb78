package dev.superscale.aws.examples;

import dev.superscale.aws.DatabaseEndpoint;
import dev.superscale.aws.SupersetPlatform;
import dev.superscale.aws.SupersetPlatformProps;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.UserLoad;
import java.util.List;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;

/**
 * A platform team's own stack with its existing VPC and its existing PostgreSQL, adding Superset
 * sized for 10,000 users. The README shows this file; ExistingVpcExampleTest synthesizes it.
 *
 * <pre>
 * mvn-locked -q -B -pl stacks -am install -DskipTests &amp;&amp; mvn-locked -q -B -pl aws test-compile
 * npx aws-cdk synth --app "java -cp aws/target/test-classes:stacks/target/classes:$(cat stacks/target/classpath.txt) \
 *     dev.superscale.aws.examples.ExistingVpcExample"
 * </pre>
 */
public class ExistingVpcExample extends Stack {

    private final SupersetPlatform superset;

    public ExistingVpcExample(Construct scope, String id) {
        super(scope, id);
        // The team's VPC, imported without a lookup: three zones, public and private subnets (no isolated ones).
        IVpc vpc = Vpc.fromVpcAttributes(this, "TeamVpc", VpcAttributes.builder()
                .vpcId("vpc-0a1b2c3d4e5f60718")
                .availabilityZones(List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"))
                .publicSubnetIds(List.of("subnet-0aa1aa1aa1aa1aa1a", "subnet-0aa2aa2aa2aa2aa2a", "subnet-0aa3aa3aa3aa3aa3a"))
                .publicSubnetRouteTableIds(List.of("rtb-0aa0aa0aa0aa0aa0a", "rtb-0aa0aa0aa0aa0aa0a", "rtb-0aa0aa0aa0aa0aa0a"))
                .privateSubnetIds(List.of("subnet-0bb1bb1bb1bb1bb1b", "subnet-0bb2bb2bb2bb2bb2b", "subnet-0bb3bb3bb3bb3bb3b"))
                .privateSubnetRouteTableIds(List.of("rtb-0bb1bb1bb1bb1bb1b", "rtb-0bb2bb2bb2bb2bb2b", "rtb-0bb3bb3bb3bb3bb3b"))
                .build());

        // The team's PostgreSQL: its writer endpoint, a secret with username/password, its security group.
        DatabaseEndpoint database = DatabaseEndpoint.of(
                "analytics-meta.cluster-abcdefghijkl.eu-west-1.rds.amazonaws.com", 5432,
                Secret.fromSecretCompleteArn(this, "DatabaseSecret",
                        "arn:aws:secretsmanager:eu-west-1:123456789012:secret:superset-db-AbCdEf"),
                SecurityGroup.fromSecurityGroupId(this, "DatabaseSecurityGroup", "sg-0123456789abcdef0"));

        CapacityPlan plan = CapacityPlanner.planFor(UserLoad.ofUsers(10_000));
        this.superset = new SupersetPlatform(this, "Superset", SupersetPlatformProps.builder()
                .plan(plan)
                .existingVpc(vpc)
                .existingDatabase(database)
                .certificateArn("arn:aws:acm:eu-west-1:123456789012:certificate/0f0e0d0c-1111-2222-3333-444455556666")
                .alarmEmail("data-platform-oncall@example.com")
                .build());
    }

    public SupersetPlatform getSuperset() {
        return superset;
    }

    public static void main(String[] args) {
        App app = new App();
        new ExistingVpcExample(app, "AnalyticsPlatform");
        app.synth();
    }
}
