package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.TimeoutChain;
import dev.superscale.capacity.WebPlan;
import dev.superscale.render.ProcessCommands;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.AvailabilityZoneRebalancing;
import software.amazon.awscdk.services.ecs.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.RequestCountScalingProps;
import software.amazon.awscdk.services.ecs.ScalableTaskCount;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseApplicationListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCertificate;
import software.amazon.awscdk.services.elasticloadbalancingv2.RedirectOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;
import software.amazon.awscdk.services.elasticloadbalancingv2.TargetGroupLoadBalancingAlgorithmType;
import software.amazon.awscdk.services.elasticloadbalancingv2.TargetType;
import software.amazon.awscdk.services.iam.AccountPrincipal;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.regioninfo.FactName;
import software.constructs.Construct;

/**
 * Superset's gunicorn web tier on Fargate behind an Application Load Balancer: least
 * outstanding requests routing, /health checks, an idle timeout above the gunicorn timeout,
 * HTTPS with an HTTP redirect when a certificate is given, target tracking on CPU and on
 * requests per target between the plan's min and max replicas, rolling deployments that never
 * drop below the running count, and a circuit breaker that rolls back a failing deployment.
 */
public class WebService extends Construct {

    public static final String HEALTH_CHECK_PATH = "/health";
    static final String CONTAINER = "web";
    private static final Pattern CERTIFICATE_ARN = Pattern.compile("arn:aws[a-z-]*:acm:[a-z0-9-]+:\\d{12}:certificate/[A-Za-z0-9-]+");
    private static final Pattern IPV4_CIDR = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}/\\d{1,2}");

    private final CapacityPlan plan;
    private final FargateTaskDefinition taskDefinition;
    private final FargateService service;
    private final SecurityGroup taskSecurityGroup;
    private final SecurityGroup loadBalancerSecurityGroup;
    private final ApplicationLoadBalancer loadBalancer;
    private final ApplicationTargetGroup targetGroup;
    private final ScalableTaskCount scaling;
    private final IBucket accessLogBucket;
    private final String url;

    public WebService(Construct scope, String id, WebServiceProps props) {
        super(scope, id);
        Problems problems = new Problems("WebService", id).require(props, "props");
        problems.throwIfAny();
        problems.require(props.getCluster(), "cluster").require(props.getRuntime(), "runtime");
        String certificateArn = props.getCertificateArn();
        problems.check(certificateArn == null || Token.isUnresolved(certificateArn) || CERTIFICATE_ARN.matcher(certificateArn).matches(),
                "certificateArn '" + certificateArn + "' is not an ACM certificate ARN (arn:aws:acm:REGION:ACCOUNT:certificate/ID)");
        problems.notEmpty(props.getIngressCidrs(), "ingressCidrs");
        if (props.getIngressCidrs() != null) {
            for (String cidr : props.getIngressCidrs()) {
                problems.check(IPV4_CIDR.matcher(cidr).matches(), "ingressCidrs entry '" + cidr + "' is not an IPv4 CIDR such as 203.0.113.0/24");
            }
        }
        problems.throwIfAny();
        this.plan = props.getRuntime().getPlan();
        WebPlan web = plan.web();
        TimeoutChain timeouts = web.timeouts();
        problems.check(timeouts.loadBalancerIdleSeconds().value() > timeouts.gunicornTimeoutSeconds().value(),
                "the plan's load balancer idle timeout (" + timeouts.loadBalancerIdleSeconds() + ") must exceed the gunicorn timeout ("
                        + timeouts.gunicornTimeoutSeconds() + ") or the balancer cuts requests gunicorn still serves");
        problems.check(web.minReplicas().value() >= 2, "the plan has " + web.minReplicas() + " minimum web replicas; HA needs at least 2");
        problems.throwIfAny();

        var vpc = props.getCluster().getVpc();
        boolean internetFacing = props.getInternetFacing() == null || props.getInternetFacing();
        List<String> cidrs = props.getIngressCidrs() != null ? props.getIngressCidrs() : List.of("0.0.0.0/0");
        boolean https = certificateArn != null;

        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .retention(props.getLogRetention() != null ? props.getLogRetention() : RetentionDays.ONE_MONTH).build();
        AwsCatalog.FargateSize size = AwsCatalog.fargate(web.cpuMillicores().value(), web.memoryMiB().value());
        this.taskDefinition = FargateTaskDefinition.Builder.create(this, "TaskDefinition")
                .cpu(size.cpuUnits()).memoryLimitMiB(size.memoryMiB()).build();
        int stopSeconds = (int) Math.min(120, timeouts.gunicornGracefulTimeoutSeconds().value() + 15);
        props.getRuntime().addContainer(taskDefinition, CONTAINER, "web", ProcessCommands.gunicorn(plan), logs, options -> options
                .portMappings(List.of(PortMapping.builder().containerPort(ProcessCommands.WEB_PORT).build()))
                .stopTimeout(Duration.seconds(stopSeconds)));
        Nag.suppress(taskDefinition, "AwsSolutions-ECS2", "The environment holds the rendered superset_config.py and the endpoints"
                + " (PgBouncer, Redis hosts and ports); every credential comes from Secrets Manager as an ECS secret.");
        Nag.ecrAuthorization(taskDefinition);

        this.taskSecurityGroup = SecurityGroup.Builder.create(this, "TaskSecurityGroup").vpc(vpc)
                .description("Superset web tasks: reached only from the load balancer").build();
        this.service = FargateService.Builder.create(this, "Service")
                .cluster(props.getCluster())
                .taskDefinition(taskDefinition)
                .desiredCount(web.minReplicas().intValue())
                .minHealthyPercent(100)
                .maxHealthyPercent(200)
                .circuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(true).build())
                .healthCheckGracePeriod(Duration.seconds(180))
                .availabilityZoneRebalancing(AvailabilityZoneRebalancing.ENABLED)
                .securityGroups(List.of(taskSecurityGroup, props.getRuntime().getAppTier()))
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
                .assignPublicIp(false)
                .build();

        this.loadBalancerSecurityGroup = SecurityGroup.Builder.create(this, "LoadBalancerSecurityGroup").vpc(vpc)
                .description("Superset load balancer").allowAllOutbound(false).build();
        for (String cidr : cidrs) {
            if (https) {
                loadBalancerSecurityGroup.addIngressRule(Peer.ipv4(cidr), Port.tcp(443), "HTTPS from " + cidr);
            }
            loadBalancerSecurityGroup.addIngressRule(Peer.ipv4(cidr), Port.tcp(80), (https ? "HTTP redirect from " : "HTTP from ") + cidr);
        }
        if (cidrs.contains("0.0.0.0/0")) {
            Nag.suppress(loadBalancerSecurityGroup, "AwsSolutions-EC23", "Superset's web UI is meant to be reached by its users"
                    + " from anywhere; narrow it with ingressCidrs. Only the load balancer is open: the tasks admit only its"
                    + " security group.");
        }
        taskSecurityGroup.getConnections().allowFrom(loadBalancerSecurityGroup, Port.tcp(ProcessCommands.WEB_PORT), "load balancer to gunicorn");

        this.loadBalancer = ApplicationLoadBalancer.Builder.create(this, "LoadBalancer")
                .vpc(vpc)
                .internetFacing(internetFacing)
                .vpcSubnets(SubnetSelection.builder().subnetType(internetFacing ? SubnetType.PUBLIC : SubnetType.PRIVATE_WITH_EGRESS).build())
                .securityGroup(loadBalancerSecurityGroup)
                .idleTimeout(Duration.seconds(timeouts.loadBalancerIdleSeconds().intValue()))
                .dropInvalidHeaderFields(true)
                .build();
        this.accessLogBucket = props.getExistingAccessLogBucket() != null ? props.getExistingAccessLogBucket() : newAccessLogBucket();
        logAccessLogs(accessLogBucket);

        this.targetGroup = ApplicationTargetGroup.Builder.create(this, "TargetGroup")
                .vpc(vpc)
                .port(ProcessCommands.WEB_PORT)
                .protocol(ApplicationProtocol.HTTP)
                .targetType(TargetType.IP)
                .loadBalancingAlgorithmType(TargetGroupLoadBalancingAlgorithmType.LEAST_OUTSTANDING_REQUESTS)
                .deregistrationDelay(Duration.seconds(timeouts.gunicornGracefulTimeoutSeconds().intValue()))
                .healthCheck(HealthCheck.builder()
                        .path(HEALTH_CHECK_PATH)
                        .healthyHttpCodes("200")
                        .interval(Duration.seconds(15))
                        .timeout(Duration.seconds(5))
                        .healthyThresholdCount(2)
                        .unhealthyThresholdCount(3)
                        .build())
                .targets(List.of(service))
                .build();

        if (https) {
            loadBalancer.addListener("Https", BaseApplicationListenerProps.builder()
                    .port(443).protocol(ApplicationProtocol.HTTPS)
                    .certificates(List.of(ListenerCertificate.fromArn(certificateArn)))
                    .sslPolicy(SslPolicy.RECOMMENDED_TLS)
                    .defaultTargetGroups(List.of(targetGroup))
                    .open(false)
                    .build());
            loadBalancer.addListener("Http", BaseApplicationListenerProps.builder()
                    .port(80).protocol(ApplicationProtocol.HTTP)
                    .defaultAction(ListenerAction.redirect(RedirectOptions.builder().protocol("HTTPS").port("443").permanent(true).build()))
                    .open(false)
                    .build());
        } else {
            ApplicationListener http = loadBalancer.addListener("Http", BaseApplicationListenerProps.builder()
                    .port(80).protocol(ApplicationProtocol.HTTP)
                    .defaultTargetGroups(List.of(targetGroup))
                    .open(false)
                    .build());
            http.getNode().addDependency(targetGroup);
        }
        this.url = (https ? "https://" : "http://") + loadBalancer.getLoadBalancerDnsName() + "/";

        this.scaling = service.autoScaleTaskCount(EnableScalingProps.builder()
                .minCapacity(web.minReplicas().intValue()).maxCapacity(web.maxReplicas().intValue()).build());
        scaling.scaleOnCpuUtilization("Cpu", CpuUtilizationScalingProps.builder()
                .targetUtilizationPercent(web.scaleOutCpuPercent().intValue())
                .scaleOutCooldown(Duration.seconds(60)).scaleInCooldown(Duration.seconds(300)).build());
        scaling.scaleOnRequestCount("Requests", RequestCountScalingProps.builder()
                .requestsPerTarget(web.requestsPerReplicaPerMinuteTarget().intValue())
                .targetGroup(targetGroup)
                .scaleOutCooldown(Duration.seconds(60)).scaleInCooldown(Duration.seconds(300)).build());
    }

    private Bucket newAccessLogBucket() {
        Bucket bucket = Bucket.Builder.create(this, "AccessLogs")
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .versioned(false)
                .lifecycleRules(List.of(LifecycleRule.builder().expiration(Duration.days(90)).build()))
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Nag.suppress(bucket, "AwsSolutions-S1", "This bucket only receives the load balancer's access logs; logging access to"
                + " a log bucket would need yet another bucket, and nothing reads these objects but operators.");
        return bucket;
    }

    /**
     * ELB access logging without a known region: CDK's logAccessLogs needs the region at synth,
     * so the ELB account comes from CDK's region table as a CloudFormation mapping (regions
     * opened since 2022 use the log-delivery service principal instead, granted too).
     */
    private void logAccessLogs(IBucket bucket) {
        String prefix = "web";
        String elbAccount = Stack.of(this).regionalFact(FactName.ELBV2_ACCOUNT, Aws.ACCOUNT_ID);
        bucket.addToResourcePolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:PutObject"))
                .principals(List.of(new AccountPrincipal(elbAccount), new ServicePrincipal("logdelivery.elasticloadbalancing.amazonaws.com")))
                .resources(List.of(bucket.arnForObjects(prefix + "/AWSLogs/" + Aws.ACCOUNT_ID + "/*")))
                .build());
        loadBalancer.setAttribute("access_logs.s3.enabled", "true");
        loadBalancer.setAttribute("access_logs.s3.bucket", bucket.getBucketName());
        loadBalancer.setAttribute("access_logs.s3.prefix", prefix);
        if (bucket.getPolicy() != null) {
            loadBalancer.getNode().addDependency(bucket.getPolicy());
        }
    }

    /** p95 of the time targets take to answer, in seconds. */
    public IMetric metricP95LatencySeconds() {
        return loadBalancer.getMetrics().targetResponseTime(MetricOptions.builder().statistic("p95").period(Duration.minutes(1)).build());
    }

    /** 5xx answers (from targets and from the balancer) in percent of requests. */
    public IMetric metricErrorRatePercent() {
        MetricOptions sum = MetricOptions.builder().statistic("Sum").period(Duration.minutes(5)).build();
        Map<String, IMetric> using = new TreeMap<>();
        using.put("target5xx", loadBalancer.getMetrics().httpCodeTarget(
                software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget.TARGET_5XX_COUNT, sum));
        using.put("elb5xx", loadBalancer.getMetrics().httpCodeElb(
                software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeElb.ELB_5XX_COUNT, sum));
        using.put("requests", loadBalancer.getMetrics().requestCount(sum));
        return MathExpression.Builder.create()
                .expression("IF(requests > 0, 100 * (FILL(target5xx, 0) + FILL(elb5xx, 0)) / requests, 0)")
                .usingMetrics(using).label("5xx error rate (%)").period(Duration.minutes(5)).build();
    }

    public IMetric metricTasksDown() {
        return EcsMetrics.tasksDown(service);
    }

    /** The URL users open: http(s)://the load balancer's DNS name/. */
    public String getUrl() {
        return url;
    }

    public FargateService getService() {
        return service;
    }

    public FargateTaskDefinition getTaskDefinition() {
        return taskDefinition;
    }

    public ApplicationLoadBalancer getLoadBalancer() {
        return loadBalancer;
    }

    public ApplicationTargetGroup getTargetGroup() {
        return targetGroup;
    }

    public ScalableTaskCount getScaling() {
        return scaling;
    }

    public SecurityGroup getTaskSecurityGroup() {
        return taskSecurityGroup;
    }

    public SecurityGroup getLoadBalancerSecurityGroup() {
        return loadBalancerSecurityGroup;
    }

    public IBucket getAccessLogBucket() {
        return accessLogBucket;
    }

    public CapacityPlan getPlan() {
        return plan;
    }
}
