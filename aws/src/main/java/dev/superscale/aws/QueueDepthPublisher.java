package dev.superscale.aws;

import dev.superscale.render.RedisDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.events.targets.LambdaFunctionProps;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * Publishes each Celery queue's length as a CloudWatch metric every minute, for autoscaling and
 * alarms: a small Lambda function in the VPC reads LLEN of the queue's lists on the broker over
 * TLS with the AUTH token, asks ECS how many workers of the queue's service run, and puts
 * {@link CeleryQueueMetrics#QUEUE_LENGTH} and {@link CeleryQueueMetrics#BACKLOG_PER_WORKER}.
 *
 * <p>Why a scheduled function rather than a sidecar in the workers: the metric must exist when
 * the workers do not (it is what scales them out from their minimum, and what alarms when they
 * are all gone), every sample must be taken once rather than once per worker, and the broker's
 * AUTH token stays out of the worker tasks' extra containers.
 */
public class QueueDepthPublisher extends Construct {

    /** Kombu's Redis transport keeps priorities 3, 6 and 9 in lists named QUEUE + "\x06\x16" + priority. */
    static final String HANDLER = String.join("\n",
            "import json",
            "import os",
            "import socket",
            "import ssl",
            "",
            "import boto3",
            "",
            "PRIORITY_SEPARATOR = '\\x06\\x16'",
            "PRIORITIES = ('3', '6', '9')",
            "cloudwatch = boto3.client('cloudwatch')",
            "ecs = boto3.client('ecs')",
            "secrets = boto3.client('secretsmanager')",
            "_token = None",
            "",
            "",
            "def _command(stream, *args):",
            "    out = b'*%d\\r\\n' % len(args)",
            "    for arg in args:",
            "        data = arg.encode() if isinstance(arg, str) else arg",
            "        out += b'$%d\\r\\n%s\\r\\n' % (len(data), data)",
            "    stream.write(out)",
            "    stream.flush()",
            "    line = stream.readline()",
            "    if not line:",
            "        raise RuntimeError('Redis closed the connection')",
            "    if line[:1] == b'-':",
            "        raise RuntimeError('Redis: ' + line[1:].decode().strip())",
            "    if line[:1] == b':':",
            "        return int(line[1:])",
            "    return line[1:].strip()",
            "",
            "",
            "def _lengths(queues):",
            "    global _token",
            "    if _token is None:",
            "        _token = secrets.get_secret_value(SecretId=os.environ['AUTH_TOKEN_SECRET'])['SecretString']",
            "    host = os.environ['BROKER_HOST']",
            "    lengths = {}",
            "    with socket.create_connection((host, int(os.environ['BROKER_PORT'])), timeout=5) as raw:",
            "        with ssl.create_default_context().wrap_socket(raw, server_hostname=host) as conn:",
            "            stream = conn.makefile('rwb')",
            "            try:",
            "                _command(stream, 'AUTH', _token)",
            "            except RuntimeError:",
            "                _token = None",
            "                raise",
            "            _command(stream, 'SELECT', os.environ['BROKER_DB'])",
            "            for queue in queues:",
            "                keys = [queue] + [queue + PRIORITY_SEPARATOR + p for p in PRIORITIES]",
            "                lengths[queue] = sum(_command(stream, 'LLEN', key) for key in keys)",
            "    return lengths",
            "",
            "",
            "def handler(event, context):",
            "    queues = json.loads(os.environ['QUEUES'])",
            "    lengths = _lengths(queues)",
            "    services = ecs.describe_services(cluster=os.environ['CLUSTER'], services=list(queues.values()))['services']",
            "    running = {s['serviceName']: s['runningCount'] for s in services}",
            "    data = []",
            "    for queue, service in sorted(queues.items()):",
            "        dimensions = [{'Name': 'ClusterName', 'Value': os.environ['CLUSTER']}, {'Name': 'Queue', 'Value': queue}]",
            "        workers = max(running.get(service, 0), 1)",
            "        data.append({'MetricName': '" + CeleryQueueMetrics.QUEUE_LENGTH + "', 'Dimensions': dimensions,"
                    + " 'Value': lengths[queue], 'Unit': 'Count'})",
            "        data.append({'MetricName': '" + CeleryQueueMetrics.BACKLOG_PER_WORKER + "', 'Dimensions': dimensions,"
                    + " 'Value': lengths[queue] / workers, 'Unit': 'Count'})",
            "    cloudwatch.put_metric_data(Namespace=os.environ['NAMESPACE'], MetricData=data)",
            "    print(json.dumps({'lengths': lengths, 'running': running}))",
            "    return lengths",
            "");

    private final Function function;
    private final Rule schedule;
    private final SecurityGroup securityGroup;

    /**
     * @param cluster the ECS cluster of the worker services
     * @param broker  the Celery broker (TLS, AUTH token)
     * @param workers the worker groups whose queues are measured
     */
    public QueueDepthPublisher(Construct scope, String id, ICluster cluster, RedisEndpoint broker, List<SpotWorkerGroup> workers) {
        super(scope, id);
        Problems problems = new Problems("QueueDepthPublisher", id).require(cluster, "cluster").require(broker, "broker")
                .require(workers, "workers");
        problems.throwIfAny();
        problems.check(!workers.isEmpty(), "workers is empty: there is no queue to measure");
        problems.throwIfAny();

        Map<String, String> queues = new TreeMap<>();
        List<String> serviceArns = new ArrayList<>();
        for (SpotWorkerGroup worker : workers) {
            queues.put(worker.getQueue(), worker.getService().getServiceName());
            serviceArns.add(worker.getService().getServiceArn());
        }
        this.securityGroup = SecurityGroup.Builder.create(this, "SecurityGroup").vpc(cluster.getVpc())
                .description("Celery queue-depth publisher: reads the broker, calls CloudWatch and ECS").build();
        broker.getConnections().allowDefaultPortFrom(securityGroup, "queue-depth publisher reads queue lengths");

        Map<String, String> environment = new TreeMap<>();
        environment.put("AUTH_TOKEN_SECRET", broker.getAuthToken().getSecretArn());
        environment.put("BROKER_DB", Integer.toString(RedisDatabases.CELERY_BROKER.index()));
        environment.put("BROKER_HOST", broker.getHostname());
        environment.put("BROKER_PORT", Integer.toString(broker.getPort()));
        environment.put("CLUSTER", cluster.getClusterName());
        environment.put("NAMESPACE", CeleryQueueMetrics.NAMESPACE);
        environment.put("QUEUES", Stack.of(this).toJsonString(queues));
        LogGroup logs = LogGroup.Builder.create(this, "Logs").retention(RetentionDays.ONE_MONTH).build();
        this.function = Function.Builder.create(this, "Function")
                .description("Puts each Celery queue's length and backlog per worker into CloudWatch every minute")
                .runtime(Runtime.PYTHON_3_14)
                .handler("index.handler")
                .code(Code.fromInline(HANDLER))
                .timeout(Duration.seconds(30))
                .memorySize(128)
                .retryAttempts(0)
                .environment(environment)
                .vpc(cluster.getVpc())
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
                .securityGroups(List.of(securityGroup))
                .logGroup(logs)
                .build();
        broker.getAuthToken().grantRead(function);
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("cloudwatch:PutMetricData"))
                .resources(List.of("*"))
                .conditions(Map.of("StringEquals", Map.of("cloudwatch:namespace", CeleryQueueMetrics.NAMESPACE)))
                .build());
        function.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("ecs:DescribeServices"))
                .resources(serviceArns)
                .build());
        this.schedule = Rule.Builder.create(this, "Schedule")
                .description("Samples the Celery queue lengths every minute")
                .schedule(Schedule.rate(Duration.minutes(1)))
                .targets(List.of(new LambdaFunction(function, LambdaFunctionProps.builder().retryAttempts(0).build())))
                .build();

        Nag.suppress(function, "AwsSolutions-IAM4", "AWSLambdaBasicExecutionRole and AWSLambdaVPCAccessExecutionRole are the"
                + " minimal AWS-maintained policies for a function's logs and its network interfaces in the VPC.",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
                        "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"));
        Nag.suppress(function, "AwsSolutions-IAM5", "cloudwatch:PutMetricData has no resource ARN; the statement is limited to"
                + " the " + CeleryQueueMetrics.NAMESPACE + " namespace by condition.", List.of("Resource::*"));
    }

    public Function getFunction() {
        return function;
    }

    public Rule getSchedule() {
        return schedule;
    }

    public SecurityGroup getSecurityGroup() {
        return securityGroup;
    }
}
