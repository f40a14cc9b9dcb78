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

    /** The function's code (index.handler), a resource file so a test compiles it. */
    static final String HANDLER_RESOURCE = "queue_depth_publisher.py";

    private final Function function;
    private final Rule schedule;
    private final SecurityGroup securityGroup;

    /**
     * @deprecated only until SupersetPlatform's call moves to
     *     {@link #QueueDepthPublisher(Construct, String, QueueDepthPublisherProps)}; then delete.
     */
    @Deprecated(forRemoval = true)
    public QueueDepthPublisher(Construct scope, String id, ICluster cluster, RedisEndpoint broker, List<SpotWorkerGroup> workers) {
        this(scope, id, QueueDepthPublisherProps.builder().cluster(cluster).broker(broker).workers(workers).build());
    }

    public QueueDepthPublisher(Construct scope, String id, QueueDepthPublisherProps props) {
        super(scope, id);
        Problems problems = new Problems("QueueDepthPublisher", id).require(props, "props");
        problems.throwIfAny();
        problems.require(props.getCluster(), "cluster").require(props.getBroker(), "broker").require(props.getWorkers(), "workers");
        problems.throwIfAny();
        problems.check(!props.getWorkers().isEmpty(), "workers is empty: there is no queue to measure");
        problems.throwIfAny();
        ICluster cluster = props.getCluster();
        RedisEndpoint broker = props.getBroker();
        List<SpotWorkerGroup> workers = props.getWorkers();

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
        environment.put("BACKLOG_PER_WORKER_METRIC", CeleryQueueMetrics.BACKLOG_PER_WORKER);
        environment.put("BROKER_PORT", Integer.toString(broker.getPort()));
        environment.put("CLUSTER", cluster.getClusterName());
        environment.put("NAMESPACE", CeleryQueueMetrics.NAMESPACE);
        environment.put("QUEUE_LENGTH_METRIC", CeleryQueueMetrics.QUEUE_LENGTH);
        environment.put("QUEUES", Stack.of(this).toJsonString(queues));
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .retention(props.getLogRetention() != null ? props.getLogRetention() : RetentionDays.ONE_MONTH).build();
        this.function = Function.Builder.create(this, "Function")
                .description("Puts each Celery queue's length and backlog per worker into CloudWatch every minute")
                .runtime(Runtime.PYTHON_3_14)
                .handler("index.handler")
                .code(InlineSource.python(HANDLER_RESOURCE))
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
