package dev.superscale.aws;

import dev.superscale.topology.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CustomResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.iam.Policy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;
import software.constructs.IDependable;

/**
 * Runs {@code superset db upgrade && superset init} once per deployment, before new web, worker
 * and beat tasks start: a CloudFormation custom resource whose properties include the migration
 * task definition's ARN, so it runs on creation and whenever the image, config or environment
 * changes (a new task definition revision), and not otherwise. Its function starts the one-off
 * Fargate task and reports to CloudFormation only when the task has stopped: exit code 0 lets the
 * deployment continue (services depend on {@link #getCompletion()}), anything else fails it and
 * CloudFormation rolls back before a new task has taken traffic; the failure names the container's
 * exit code and ECS's stop reason. A function invocation hands over to a fresh one before its 15
 * minutes end; after the plan's migration limit ({@code plan.migrations().timeoutSeconds()}, which
 * must end {@link #GIVE_UP_MARGIN} before the custom resource's {@link #TIMEOUT}) it stops the task
 * and fails, so CloudFormation never waits out its own timeout while a stuck migration keeps
 * running. On a stack rollback it does nothing (the schema stays migrated).
 */
public class DatabaseMigrations extends Construct {

    static final String CONTAINER = "migrations";
    /** How long CloudFormation waits for the custom resource's answer (set explicitly: the custom-resource maximum). */
    public static final Duration TIMEOUT = Duration.hours(1);
    /**
     * The function gives up at least this long before {@link #TIMEOUT}: time to stop the task
     * and answer, and the seconds between CloudFormation sending the request and the first run.
     */
    public static final Duration GIVE_UP_MARGIN = Duration.minutes(5);

    /** The custom-resource function (index.handler), a resource file so a test compiles it. */
    static final String HANDLER_RESOURCE = "migrations_handler.py";

    private final FargateTaskDefinition taskDefinition;
    private final SecurityGroup taskSecurityGroup;
    private final Function function;
    private final CustomResource completion;

    public DatabaseMigrations(Construct scope, String id, SupersetServiceProps props) {
        super(scope, id);
        Problems problems = new Problems("DatabaseMigrations", id).require(props, "props");
        problems.throwIfAny();
        problems.require(props.getCluster(), "cluster").require(props.getRuntime(), "runtime");
        problems.throwIfAny();
        Component migration = props.getRuntime().getTopology().migrations();
        var cluster = props.getCluster();
        // The plan's migration limit (plan.migrations().timeoutSeconds()), as the topology hands it over.
        long runLimit = migration.runTimeoutSeconds().orElseThrow().value();
        long latest = TIMEOUT.toSeconds().longValue() - GIVE_UP_MARGIN.toSeconds().longValue();
        problems.check(runLimit >= 60 && runLimit <= latest, "the plan's migration limit is " + runLimit + " s but must be from 60 s"
                + " to " + latest + " s: the custom resource's " + TIMEOUT.toSeconds() + " s timeout less a "
                + GIVE_UP_MARGIN.toSeconds() + " s margin to stop the task and answer CloudFormation");
        problems.throwIfAny();

        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .retention(props.getLogRetention() != null ? props.getLogRetention() : ComponentService.DEFAULT_LOG_RETENTION).build();
        this.taskDefinition = ComponentService.fargateTaskDefinition(this, migration);
        props.getRuntime().addContainer(taskDefinition, CONTAINER, migration, logs, null);
        ComponentService.suppressTaskDefinitionFindings(taskDefinition, ComponentService.SUPERSET_ENVIRONMENT);
        this.taskSecurityGroup = SecurityGroup.Builder.create(this, "TaskSecurityGroup").vpc(cluster.getVpc())
                .description("Superset migrations task: no inbound traffic").build();

        LogGroup functionLogs = LogGroup.Builder.create(this, "FunctionLogs").retention(RetentionDays.ONE_YEAR).build();
        this.function = Function.Builder.create(this, "Function")
                .description("Runs superset db upgrade and superset init as a one-off ECS task and reports the result to CloudFormation")
                .runtime(Runtime.PYTHON_3_14)
                .handler("index.handler")
                .code(InlineSource.python(HANDLER_RESOURCE))
                .timeout(Duration.minutes(15))
                .memorySize(128)
                .retryAttempts(0)
                .logGroup(functionLogs)
                .build();
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("ecs:RunTask"))
                .resources(List.of(taskDefinition.getTaskDefinitionArn()))
                .conditions(Map.of("ArnEquals", Map.of("ecs:cluster", cluster.getClusterArn())))
                .build());
        // StopTask: a migration that outruns its limit is stopped, not left running after the deployment failed.
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("ecs:DescribeTasks", "ecs:StopTask"))
                .resources(List.of(Fn.join("", List.of("arn:", Aws.PARTITION, ":ecs:", Aws.REGION, ":", Aws.ACCOUNT_ID, ":task/",
                        cluster.getClusterName(), "/*"))))
                .build());
        List<String> roles = new ArrayList<>();
        roles.add(taskDefinition.getTaskRole().getRoleArn());
        roles.add(taskDefinition.obtainExecutionRole().getRoleArn());
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("iam:PassRole")).resources(roles).build());
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("cloudformation:DescribeStacks")).resources(List.of(Aws.STACK_ID)).build());
        // A separate policy: the function's default policy cannot name the function itself (a dependency cycle).
        Policy handOver = Policy.Builder.create(this, "HandOverPolicy")
                .statements(List.of(PolicyStatement.Builder.create()
                        .actions(List.of("lambda:InvokeFunction")).resources(List.of(function.getFunctionArn())).build()))
                .roles(List.of(function.getRole()))
                .build();

        List<String> subnetIds = new ArrayList<>();
        SubnetSelection selection = props.getSubnets() != null ? props.getSubnets()
                : SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();
        for (ISubnet subnet : cluster.getVpc().selectSubnets(selection).getSubnets()) {
            subnetIds.add(subnet.getSubnetId());
        }
        Map<String, Object> properties = new TreeMap<>();
        properties.put("Cluster", cluster.getClusterArn());
        properties.put("Container", CONTAINER);
        properties.put("GiveUpAfterSeconds", Long.toString(runLimit));
        properties.put("SecurityGroups", List.of(taskSecurityGroup.getSecurityGroupId(), props.getRuntime().getAppTier().getSecurityGroupId()));
        properties.put("Subnets", subnetIds);
        properties.put("TaskDefinition", taskDefinition.getTaskDefinitionArn());
        this.completion = CustomResource.Builder.create(this, "Run")
                .serviceToken(function.getFunctionArn())
                .resourceType("Custom::SupersetMigrations")
                .properties(properties)
                .serviceTimeout(TIMEOUT)
                .build();
        completion.getNode().addDependency(handOver);

        Nag.suppress(function, "AwsSolutions-IAM4", "AWSLambdaBasicExecutionRole is the minimal AWS-maintained policy for a"
                + " function's own logs.", List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"));
        Nag.suppress(function, "AwsSolutions-IAM5", "ecs:DescribeTasks and ecs:StopTask take task ARNs, unknown until the task"
                + " starts: the statement is limited to tasks of this cluster.",
                List.of("/^Resource::arn:<AWS::Partition>:ecs:<AWS::Region>:<AWS::AccountId>:task\\/<[A-Za-z0-9]+>\\/\\*$/"));
    }

    /** Completes when the migrations of this deployment succeeded: make services depend on it. */
    public IDependable getCompletion() {
        return completion;
    }

    public CustomResource getCustomResource() {
        return completion;
    }

    public FargateTaskDefinition getTaskDefinition() {
        return taskDefinition;
    }

    public SecurityGroup getTaskSecurityGroup() {
        return taskSecurityGroup;
    }

    public Function getFunction() {
        return function;
    }
}
