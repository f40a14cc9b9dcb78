package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.TimeoutChain;
import dev.superscale.capacity.WebPlan;
import dev.superscale.topology.HealthProbe;
import dev.superscale.topology.ScalingSignal;
import dev.superscale.topology.SupersetTopology;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.CfnMapping;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
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
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.ecs.CfnService;
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
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.regioninfo.RegionInfo;
import software.constructs.Construct;

/**
 * Superset's gunicorn web tier (the topology's web component) on Fargate behind an Application
 * Load Balancer: least outstanding requests routing, the component's health check, an idle
 * timeout above the gunicorn timeout, target tracking on CPU and on requests per target between
 * the plan's min and max replicas with its cooldowns, rolling deployments that never drop below
 * the running count, and a circuit breaker that rolls back a failing deployment. The balancer is
 * internal unless it is internet-facing with HTTPS (a certificate), or plain HTTP is explicitly
 * allowed; only the web tasks admit it.
 */
public class WebService extends ComponentService {

    public static final String HEALTH_CHECK_PATH = SupersetTopology.HEALTH_PATH;
    static final String CONTAINER = "web";
    private static final Pattern CERTIFICATE_ARN = Pattern.compile("arn:aws[a-z-]*:acm:[a-z0-9-]+:\\d{12}:certificate/[A-Za-z0-9-]+");
    private static final Pattern IPV4_CIDR = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}/\\d{1,2}");

    private final CapacityPlan plan;
    private final FargateTaskDefinition taskDefinition;
    private final FargateService service;
    private final SecurityGroup loadBalancerSecurityGroup;
    private final ApplicationLoadBalancer loadBalancer;
    private final ApplicationTargetGroup targetGroup;
    private final ScalableTaskCount scaling;
    private final IBucket accessLogBucket;
    private final boolean https;
    private final String url;

    public WebService(Construct scope, String id, WebServiceProps props) {
        super(scope, id, validated(props, id).getRuntime().getTopology().web(), props.getCluster().getVpc(), props.getLogRetention(),
                "Superset web tasks: reached only from the load balancer");
        this.plan = props.getRuntime().getPlan();
        TimeoutChain timeouts = plan.web().timeouts();
        this.https = props.getCertificateArn() != null;
        boolean internetFacing = props.getInternetFacing() != null && props.getInternetFacing();
        if (internetFacing && !https) {
            Annotations.of(this).addWarning("The internet-facing load balancer serves plain HTTP (allowPlainHttp): logins and"
                    + " session cookies cross the internet unencrypted. Pass certificateArn for HTTPS.");
        }
        var vpc = props.getCluster().getVpc();
        List<String> cidrs = props.getIngressCidrs() != null ? props.getIngressCidrs() : List.of("0.0.0.0/0");
        HealthProbe probe = component.probe().orElseThrow();
        int port = component.port("http").port();

        this.taskDefinition = fargateTaskDefinition(this, component);
        props.getRuntime().addContainer(taskDefinition, CONTAINER, component, logs, options -> options
                .portMappings(List.of(PortMapping.builder().containerPort(port).build()))
                .stopTimeout(stopTimeout(component)));
        suppressTaskDefinitionFindings(taskDefinition, SUPERSET_ENVIRONMENT);

        this.service = fargateService(props.getCluster(), taskDefinition)
                .healthCheckGracePeriod(Duration.seconds(probe.startGraceSeconds().value()))
                .availabilityZoneRebalancing(AvailabilityZoneRebalancing.ENABLED)
                // Only the task group is known to CDK, so the balancer's ingress rule lands on it alone.
                .securityGroups(List.of(taskSecurityGroup))
                .vpcSubnets(subnetsOrDefault(null))
                .build();
        // The app tier joins through the L1 property: its members (workers, beat) never admit the balancer.
        CfnService cfnService = (CfnService) service.getNode().getDefaultChild();
        cfnService.addPropertyOverride("NetworkConfiguration.AwsvpcConfiguration.SecurityGroups",
                List.of(taskSecurityGroup.getSecurityGroupId(), props.getRuntime().getAppTier().getSecurityGroupId()));

        this.loadBalancerSecurityGroup = SecurityGroup.Builder.create(this, "LoadBalancerSecurityGroup").vpc(vpc)
                .description("Superset load balancer").allowAllOutbound(false).build();
        for (String cidr : cidrs) {
            if (https) {
                loadBalancerSecurityGroup.addIngressRule(Peer.ipv4(cidr), Port.tcp(443), "HTTPS from " + cidr);
            }
            loadBalancerSecurityGroup.addIngressRule(Peer.ipv4(cidr), Port.tcp(80), (https ? "HTTP redirect from " : "HTTP from ") + cidr);
        }
        if (cidrs.contains("0.0.0.0/0")) {
            Nag.suppress(loadBalancerSecurityGroup, "AwsSolutions-EC23", internetFacing
                    ? "Superset's web UI is meant to be reached by its users from anywhere; narrow it with ingressCidrs. Only the"
                            + " load balancer is open: the tasks admit only its security group."
                    : "The load balancer is internal: 0.0.0.0/0 means every network routed to the VPC (peering, VPN, Transit"
                            + " Gateway), never the internet. Narrow it with ingressCidrs.");
        }

        this.loadBalancer = ApplicationLoadBalancer.Builder.create(this, "LoadBalancer")
                .vpc(vpc)
                .internetFacing(internetFacing)
                .vpcSubnets(SubnetSelection.builder().subnetType(internetFacing ? SubnetType.PUBLIC : SubnetType.PRIVATE_WITH_EGRESS).build())
                .securityGroup(loadBalancerSecurityGroup)
                .idleTimeout(Duration.seconds(timeouts.loadBalancerIdleSeconds().intValue()))
                .dropInvalidHeaderFields(true)
                .deletionProtection(props.getDeletionProtection() == null || props.getDeletionProtection())
                .build();
        this.accessLogBucket = props.getExistingAccessLogBucket() != null ? props.getExistingAccessLogBucket() : newAccessLogBucket();
        logAccessLogs(accessLogBucket);

        this.targetGroup = ApplicationTargetGroup.Builder.create(this, "TargetGroup")
                .vpc(vpc)
                .port(port)
                .protocol(ApplicationProtocol.HTTP)
                .targetType(TargetType.IP)
                .loadBalancingAlgorithmType(TargetGroupLoadBalancingAlgorithmType.LEAST_OUTSTANDING_REQUESTS)
                .deregistrationDelay(Duration.seconds(timeouts.gunicornGracefulTimeoutSeconds().intValue()))
                .healthCheck(HealthCheck.builder()
                        .path(probe.path())
                        .healthyHttpCodes("200")
                        .interval(Duration.seconds(probe.periodSeconds().value()))
                        .timeout(Duration.seconds(probe.timeoutSeconds().value()))
                        .healthyThresholdCount(probe.healthyThreshold().intValue())
                        .unhealthyThresholdCount(probe.unhealthyThreshold().intValue())
                        .build())
                .targets(List.of(service))
                .build();

        if (https) {
            loadBalancer.addListener("Https", BaseApplicationListenerProps.builder()
                    .port(443).protocol(ApplicationProtocol.HTTPS)
                    .certificates(List.of(ListenerCertificate.fromArn(props.getCertificateArn())))
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
                .minCapacity(component.replicas().min().intValue()).maxCapacity(component.replicas().max().intValue()).build());
        scaleOnCpu(scaling);
        scaling.scaleOnRequestCount("Requests", RequestCountScalingProps.builder()
                .requestsPerTarget(component.scaling().signal(ScalingSignal.Kind.REQUESTS_PER_REPLICA_PER_MINUTE).orElseThrow().target().intValue())
                .targetGroup(targetGroup)
                .scaleOutCooldown(scaleOutCooldown()).scaleInCooldown(scaleInCooldown()).build());
    }

    private static WebServiceProps validated(WebServiceProps props, String id) {
        Problems problems = new Problems("WebService", id).require(props, "props");
        problems.throwIfAny();
        problems.require(props.getCluster(), "cluster").require(props.getRuntime(), "runtime");
        String certificateArn = props.getCertificateArn();
        problems.check(certificateArn == null || Token.isUnresolved(certificateArn) || CERTIFICATE_ARN.matcher(certificateArn).matches(),
                "certificateArn '" + certificateArn + "' is not an ACM certificate ARN (arn:aws:acm:REGION:ACCOUNT:certificate/ID)");
        problems.check(props.getInternetFacing() == null || !props.getInternetFacing() || certificateArn != null
                        || Boolean.TRUE.equals(props.getAllowPlainHttp()),
                "internetFacing needs certificateArn so logins cross the internet over HTTPS; or set allowPlainHttp(true) to serve"
                        + " plain HTTP knowingly, or leave internetFacing off for an internal load balancer");
        problems.notEmpty(props.getIngressCidrs(), "ingressCidrs");
        if (props.getIngressCidrs() != null) {
            for (String cidr : props.getIngressCidrs()) {
                problems.check(IPV4_CIDR.matcher(cidr).matches(), "ingressCidrs entry '" + cidr + "' is not an IPv4 CIDR such as 203.0.113.0/24");
            }
        }
        problems.throwIfAny();
        WebPlan web = props.getRuntime().getPlan().web();
        TimeoutChain timeouts = web.timeouts();
        problems.check(timeouts.loadBalancerIdleSeconds().value() > timeouts.gunicornTimeoutSeconds().value(),
                "the plan's load balancer idle timeout (" + timeouts.loadBalancerIdleSeconds() + ") must exceed the gunicorn timeout ("
                        + timeouts.gunicornTimeoutSeconds() + ") or the balancer cuts requests gunicorn still serves");
        problems.check(web.minReplicas().value() >= 2, "the plan has " + web.minReplicas() + " minimum web replicas; HA needs at least 2");
        problems.throwIfAny();
        return props;
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
     * ELB access logging without a known region. Regions opened before August 2022 deliver logs as
     * a regional ELB account, newer ones as the log-delivery service principal; both are granted. The
     * account comes from a mapping over every region in CDK's region table, so the lookup resolves
     * in every region, including those without an ELB account (they get us-east-1's, which is unused there).
     */
    private void logAccessLogs(IBucket bucket) {
        String prefix = "web";
        CfnMapping accounts = elbAccountMapping();
        String elbAccount = accounts.findInMap(Aws.REGION, "account");
        bucket.addToResourcePolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:PutObject"))
                .principals(List.of(new AccountPrincipal(elbAccount), new ServicePrincipal(LOG_DELIVERY_PRINCIPAL)))
                .resources(List.of(bucket.arnForObjects(prefix + "/AWSLogs/" + Aws.ACCOUNT_ID + "/*")))
                .build());
        loadBalancer.setAttribute("access_logs.s3.enabled", "true");
        loadBalancer.setAttribute("access_logs.s3.bucket", bucket.getBucketName());
        loadBalancer.setAttribute("access_logs.s3.prefix", prefix);
        if (bucket.getPolicy() != null) {
            loadBalancer.getNode().addDependency(bucket.getPolicy());
        }
    }

    static final String LOG_DELIVERY_PRINCIPAL = "logdelivery.elasticloadbalancing.amazonaws.com";
    /** The ELB account of us-east-1: a harmless placeholder for regions that deliver as the service principal. */
    static final String PLACEHOLDER_ELB_ACCOUNT = "127311923021";

    private CfnMapping elbAccountMapping() {
        Map<String, Map<String, Object>> mapping = new TreeMap<>();
        for (RegionInfo region : RegionInfo.getRegions()) {
            String account = region.getElbv2Account();
            mapping.put(region.getName(), Map.of("account", account != null ? account : PLACEHOLDER_ELB_ACCOUNT));
        }
        return CfnMapping.Builder.create(this, "ElbLogDeliveryAccounts").mapping(mapping).build();
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

    /** The URL users open: http(s)://the load balancer's DNS name/. */
    public String getUrl() {
        return url;
    }

    /** Whether users come over HTTPS (a certificate was given). */
    public boolean isHttps() {
        return https;
    }

    @Override
    public FargateService getService() {
        return service;
    }

    @Override
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
