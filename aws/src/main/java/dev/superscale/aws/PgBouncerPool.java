package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.PgBouncerPlan;
import dev.superscale.render.PgBouncerBinding;
import dev.superscale.render.PgBouncerBinding.ServerTlsMode;
import dev.superscale.render.PgBouncerIniRenderer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.ConnectionsProps;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ecs.AvailabilityZoneRebalancing;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.FargateService;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.LoadBalancerTargetOptions;
import software.amazon.awscdk.services.ecs.LogDrivers;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.PortMapping;
import software.amazon.awscdk.services.ecs.Protocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddNetworkTargetsProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.BaseNetworkListenerProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.NetworkListener;
import software.amazon.awscdk.services.elasticloadbalancingv2.NetworkLoadBalancer;
import software.amazon.awscdk.services.elasticloadbalancingv2.NetworkTargetGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * PgBouncer in transaction mode on Fargate, the plan's replicas (at least two) spread over the
 * zones behind an internal Network Load Balancer with TCP health checks. pgbouncer.ini is
 * rendered from the plan by {@link PgBouncerIniRenderer}; each task writes it, its auth file
 * (from the database secret) and the server CA bundle at start. Only clients you allow through
 * {@link #getConnections()} reach the NLB, and only these tasks reach PostgreSQL.
 */
public class PgBouncerPool extends Construct implements IConnectable {

    public static final int PORT = 6432;
    public static final String DEFAULT_IMAGE = "edoburu/pgbouncer:v1.25.1-p0";
    static final String CONTAINER = "pgbouncer";
    static final String CONFIG_DIR = "/tmp/pgbouncer";

    /** Writes the config, auth file and CA bundle from the environment, then runs PgBouncer in the foreground. */
    static final String ENTRYPOINT = String.join("\n",
            "set -eu",
            "umask 077",
            "mkdir -p " + CONFIG_DIR,
            "printf '%s' \"$PGBOUNCER_INI\" > " + CONFIG_DIR + "/pgbouncer.ini",
            "printf '\"%s\" \"%s\"\\n' \"$DB_USER\" \"$(printf '%s' \"$DB_PASSWORD\" | sed 's/\"/\"\"/g')\" > " + CONFIG_DIR + "/userlist.txt",
            "if [ -n \"${SERVER_CA_BUNDLE_URL:-}\" ]; then wget -q -T 30 -O " + CONFIG_DIR + "/server-ca.pem \"$SERVER_CA_BUNDLE_URL\"; fi",
            "unset DB_PASSWORD PGBOUNCER_INI",
            "exec pgbouncer " + CONFIG_DIR + "/pgbouncer.ini");

    private final CapacityPlan plan;
    private final SecurityGroup taskSecurityGroup;
    private final SecurityGroup loadBalancerSecurityGroup;
    private final Connections connections;
    private final FargateTaskDefinition taskDefinition;
    private final FargateService service;
    private final NetworkLoadBalancer loadBalancer;
    private final NetworkTargetGroup targetGroup;
    private final String pgBouncerIni;

    public PgBouncerPool(Construct scope, String id, PgBouncerPoolProps props) {
        super(scope, id);
        Problems problems = new Problems("PgBouncerPool", id).require(props, "props");
        problems.throwIfAny();
        problems.require(props.getPlan(), "plan").require(props.getCluster(), "cluster").require(props.getDatabase(), "database");
        problems.check(props.getServerCaBundleUrl() == null || props.getServerCaBundleUrl().startsWith("https://"),
                "serverCaBundleUrl '" + props.getServerCaBundleUrl() + "' must be an https:// URL");
        problems.check(props.getServerCaBundleUrl() == null || props.getServerTlsMode() == null
                        || props.getServerTlsMode() == ServerTlsMode.VERIFY_CA || props.getServerTlsMode() == ServerTlsMode.VERIFY_FULL,
                "serverCaBundleUrl is only used with serverTlsMode VERIFY_CA or VERIFY_FULL, not " + props.getServerTlsMode());
        problems.throwIfAny();
        this.plan = props.getPlan();
        PgBouncerPlan bouncer = plan.pgBouncer();
        problems.check(bouncer.replicas().value() >= 2, "the plan has " + bouncer.replicas().value()
                + " PgBouncer replica(s); PgBouncerPool needs at least 2 so one zone can fail");
        problems.throwIfAny();

        DatabaseEndpoint database = props.getDatabase();
        var vpc = props.getCluster().getVpc();
        SubnetSelection subnets = props.getSubnets() != null ? props.getSubnets()
                : SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();
        ServerTlsMode tls = props.getServerTlsMode() != null ? props.getServerTlsMode() : ServerTlsMode.VERIFY_FULL;
        boolean verifies = tls == ServerTlsMode.VERIFY_CA || tls == ServerTlsMode.VERIFY_FULL;
        String caUrl = props.getServerCaBundleUrl() != null ? props.getServerCaBundleUrl()
                : Fn.join("", List.of("https://truststore.pki.rds.amazonaws.com/", Aws.REGION, "/", Aws.REGION, "-bundle.pem"));

        PgBouncerBinding binding = PgBouncerBinding.forDatabase(database.getHostname())
                .withListen("0.0.0.0", PORT)
                .withDatabase(database.getHostname(), database.getPort(), database.getDatabaseName())
                .withAuthFile(CONFIG_DIR + "/userlist.txt")
                .withServerTls(tls, verifies ? CONFIG_DIR + "/server-ca.pem" : null);
        this.pgBouncerIni = PgBouncerIniRenderer.render(plan, binding);

        this.taskSecurityGroup = SecurityGroup.Builder.create(this, "TaskSecurityGroup").vpc(vpc)
                .description("PgBouncer tasks: reached only through the NLB").build();
        this.loadBalancerSecurityGroup = SecurityGroup.Builder.create(this, "LoadBalancerSecurityGroup").vpc(vpc)
                .description("PgBouncer NLB: only the Superset app tier may connect").allowAllOutbound(false).build();
        this.connections = new Connections(ConnectionsProps.builder()
                .securityGroups(List.of(loadBalancerSecurityGroup)).defaultPort(Port.tcp(PORT)).build());
        taskSecurityGroup.getConnections().allowFrom(loadBalancerSecurityGroup, Port.tcp(PORT), "NLB to PgBouncer and its health checks");
        database.getConnections().allowFrom(taskSecurityGroup, Port.tcp(database.getPort()), "PgBouncer to PostgreSQL");

        AwsCatalog.FargateSize size = AwsCatalog.fargate(bouncer.cpuMillicores().value(), bouncer.memoryMiB().value());
        this.taskDefinition = FargateTaskDefinition.Builder.create(this, "TaskDefinition")
                .cpu(size.cpuUnits()).memoryLimitMiB(size.memoryMiB()).build();
        Map<String, String> environment = new TreeMap<>();
        environment.put("PGBOUNCER_INI", pgBouncerIni);
        if (verifies) {
            environment.put("SERVER_CA_BUNDLE_URL", caUrl);
        }
        Map<String, software.amazon.awscdk.services.ecs.Secret> secrets = new TreeMap<>();
        secrets.put("DB_USER", software.amazon.awscdk.services.ecs.Secret.fromSecretsManager(database.getCredentials(), "username"));
        secrets.put("DB_PASSWORD", software.amazon.awscdk.services.ecs.Secret.fromSecretsManager(database.getCredentials(), "password"));
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .retention(props.getLogRetention() != null ? props.getLogRetention() : RetentionDays.ONE_MONTH).build();
        taskDefinition.addContainer(CONTAINER, ContainerDefinitionOptions.builder()
                .image(props.getImage() != null ? props.getImage() : ContainerImage.fromRegistry(DEFAULT_IMAGE))
                .entryPoint(List.of("/bin/sh", "-c", ENTRYPOINT))
                .environment(environment)
                .secrets(secrets)
                .portMappings(List.of(PortMapping.builder().containerPort(PORT).protocol(Protocol.TCP).build()))
                .logging(LogDrivers.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix(CONTAINER).build()))
                .essential(true)
                .stopTimeout(Duration.seconds(bouncer.queryWaitTimeoutSeconds().intValue()))
                .build());
        Nag.suppress(taskDefinition, "AwsSolutions-ECS2", "The environment holds only pgbouncer.ini (pool sizes and the database host)"
                + " and the CA bundle URL; the database credentials come from Secrets Manager as ECS secrets.");

        this.service = FargateService.Builder.create(this, "Service")
                .cluster(props.getCluster())
                .taskDefinition(taskDefinition)
                .desiredCount(bouncer.replicas().intValue())
                .minHealthyPercent(100)
                .maxHealthyPercent(200)
                .circuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(true).build())
                .availabilityZoneRebalancing(AvailabilityZoneRebalancing.ENABLED)
                .securityGroups(List.of(taskSecurityGroup))
                .vpcSubnets(subnets)
                .assignPublicIp(false)
                .build();

        this.loadBalancer = NetworkLoadBalancer.Builder.create(this, "LoadBalancer")
                .vpc(vpc)
                .vpcSubnets(subnets)
                .internetFacing(false)
                .crossZoneEnabled(true)
                .securityGroups(List.of(loadBalancerSecurityGroup))
                .build();
        Nag.suppress(loadBalancer, "AwsSolutions-ELB2", "NLB access logs are only written for TLS listeners; this internal NLB"
                + " forwards PostgreSQL's own protocol on TCP. PgBouncer logs every pool event to CloudWatch Logs.");
        NetworkListener listener = loadBalancer.addListener("Listener", BaseNetworkListenerProps.builder().port(PORT).build());
        this.targetGroup = listener.addTargets("Pool", AddNetworkTargetsProps.builder()
                .port(PORT)
                .targets(List.of(service.loadBalancerTarget(LoadBalancerTargetOptions.builder()
                        .containerName(CONTAINER).containerPort(PORT).build())))
                .healthCheck(HealthCheck.builder()
                        .protocol(software.amazon.awscdk.services.elasticloadbalancingv2.Protocol.TCP)
                        .interval(Duration.seconds(10)).healthyThresholdCount(2).unhealthyThresholdCount(2).build())
                .deregistrationDelay(Duration.seconds(bouncer.queryWaitTimeoutSeconds().intValue()))
                .build());
    }

    /** Let a client (the Superset app tier) connect to the pool. */
    public void allowClientsFrom(IConnectable client) {
        connections.allowDefaultPortFrom(client, "Superset app tier to PgBouncer");
    }

    /** The NLB's security group with port 6432. */
    @Override
    public Connections getConnections() {
        return connections;
    }

    /** Host Superset connects to (the NLB's DNS name). */
    public String getHostname() {
        return loadBalancer.getLoadBalancerDnsName();
    }

    public int getPort() {
        return PORT;
    }

    /** The rendered pgbouncer.ini (its database host is a CloudFormation token until deploy). */
    public String getPgBouncerIni() {
        return pgBouncerIni;
    }

    public FargateService getService() {
        return service;
    }

    public FargateTaskDefinition getTaskDefinition() {
        return taskDefinition;
    }

    public NetworkLoadBalancer getLoadBalancer() {
        return loadBalancer;
    }

    public NetworkTargetGroup getTargetGroup() {
        return targetGroup;
    }

    public SecurityGroup getTaskSecurityGroup() {
        return taskSecurityGroup;
    }

    public IMetric metricTasksDown() {
        return EcsMetrics.tasksDown(service);
    }

    public CapacityPlan getPlan() {
        return plan;
    }
}
