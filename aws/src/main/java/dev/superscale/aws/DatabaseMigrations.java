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
import software.amazon.awscdk.services.lambda.Code;
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
 * CloudFormation rolls back before a new task has taken traffic. A function invocation hands over
 * to a fresh one before its 15 minutes end, so long migrations are fine up to the custom
 * resource's timeout. On a stack rollback it does nothing (the schema stays migrated).
 */
public class DatabaseMigrations extends Construct {

    static final String CONTAINER = "migrations";
    /** Longest a migration may run before CloudFormation gives up (the custom-resource maximum). */
    public static final Duration TIMEOUT = Duration.hours(1);

    static final String HANDLER = String.join("\n",
            "import json",
            "import time",
            "import urllib.request",
            "",
            "import boto3",
            "",
            "ecs = boto3.client('ecs')",
            "cloudformation = boto3.client('cloudformation')",
            "lambda_client = boto3.client('lambda')",
            "POLL_SECONDS = 15",
            "",
            "",
            "def _respond(event, status, reason):",
            "    body = json.dumps({",
            "        'Status': status,",
            "        'Reason': reason[:3500],",
            "        'PhysicalResourceId': event.get('PhysicalResourceId') or 'superset-migrations',",
            "        'StackId': event['StackId'],",
            "        'RequestId': event['RequestId'],",
            "        'LogicalResourceId': event['LogicalResourceId'],",
            "        'Data': {},",
            "    }).encode()",
            "    request = urllib.request.Request(event['ResponseURL'], data=body, method='PUT',",
            "                                     headers={'Content-Type': '', 'Content-Length': str(len(body))})",
            "    urllib.request.urlopen(request, timeout=30).read()",
            "    print(status, reason)",
            "",
            "",
            "def _rolling_back(stack_id):",
            "    status = cloudformation.describe_stacks(StackName=stack_id)['Stacks'][0]['StackStatus']",
            "    return 'ROLLBACK' in status",
            "",
            "",
            "def handler(event, context):",
            "    try:",
            "        _handle(event, context)",
            "    except Exception as error:  # report every failure: CloudFormation must never wait for a timeout",
            "        _respond(event, 'FAILED', '%s: %s' % (type(error).__name__, error))",
            "",
            "",
            "def _handle(event, context):",
            "    if event['RequestType'] == 'Delete':",
            "        return _respond(event, 'SUCCESS', 'nothing to undo: migrations are not reverted')",
            "    props = event['ResourceProperties']",
            "    task = event.get('MigrationTaskArn')",
            "    if task is None:",
            "        if event['RequestType'] == 'Update' and _rolling_back(event['StackId']):",
            "            return _respond(event, 'SUCCESS', 'stack rollback: the schema stays migrated')",
            "        started = ecs.run_task(",
            "            cluster=props['Cluster'], taskDefinition=props['TaskDefinition'], launchType='FARGATE', count=1,",
            "            startedBy='superscale-migrations',",
            "            networkConfiguration={'awsvpcConfiguration': {",
            "                'subnets': props['Subnets'], 'securityGroups': props['SecurityGroups'], 'assignPublicIp': 'DISABLED'}})",
            "        if started.get('failures') or not started.get('tasks'):",
            "            raise RuntimeError('RunTask failed: %s' % started.get('failures'))",
            "        task = started['tasks'][0]['taskArn']",
            "        print('started', task)",
            "    while context.get_remaining_time_in_millis() > 60000:",
            "        described = ecs.describe_tasks(cluster=props['Cluster'], tasks=[task])['tasks']",
            "        if described and described[0]['lastStatus'] == 'STOPPED':",
            "            stopped = described[0]",
            "            codes = [c.get('exitCode') for c in stopped['containers'] if c['name'] == props['Container']]",
            "            if codes == [0]:",
            "                return _respond(event, 'SUCCESS', 'superset db upgrade and superset init finished: ' + task)",
            "            raise RuntimeError('migration task %s stopped with exit code %s: %s; see its logs'",
            "                               % (task, codes, stopped.get('stoppedReason')))",
            "        time.sleep(POLL_SECONDS)",
            "    lambda_client.invoke(FunctionName=context.invoked_function_arn, InvocationType='Event',",
            "                         Payload=json.dumps(dict(event, MigrationTaskArn=task)).encode())",
            "    print('still running, handed over to a new invocation:', task)",
            "");

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

        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .retention(props.getLogRetention() != null ? props.getLogRetention() : ComponentService.DEFAULT_LOG_RETENTION).build();
        AwsCatalog.FargateSize size = AwsCatalog.fargate(migration.resources().cpuMillicores().value(),
                migration.resources().memoryMiB().value());
        this.taskDefinition = FargateTaskDefinition.Builder.create(this, "TaskDefinition")
                .cpu(size.cpuUnits()).memoryLimitMiB(size.memoryMiB()).runtimePlatform(ComponentService.X86_64_LINUX).build();
        props.getRuntime().addContainer(taskDefinition, CONTAINER, migration, logs, null);
        ComponentService.suppressTaskDefinitionFindings(taskDefinition, ComponentService.SUPERSET_ENVIRONMENT);
        this.taskSecurityGroup = SecurityGroup.Builder.create(this, "TaskSecurityGroup").vpc(cluster.getVpc())
                .description("Superset migrations task: no inbound traffic").build();

        LogGroup functionLogs = LogGroup.Builder.create(this, "FunctionLogs").retention(RetentionDays.ONE_YEAR).build();
        this.function = Function.Builder.create(this, "Function")
                .description("Runs superset db upgrade and superset init as a one-off ECS task and reports the result to CloudFormation")
                .runtime(Runtime.PYTHON_3_14)
                .handler("index.handler")
                .code(Code.fromInline(HANDLER))
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
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("ecs:DescribeTasks"))
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
        Nag.suppress(function, "AwsSolutions-IAM5", "ecs:DescribeTasks takes task ARNs, unknown until the task starts: the"
                + " statement is limited to tasks of this cluster.",
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
