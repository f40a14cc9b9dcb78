package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.PgBouncerPlan;
import dev.superscale.render.PgBouncerBinding;
import dev.superscale.render.PgBouncerBinding.ServerTlsMode;
import dev.superscale.render.PgBouncerIniRenderer;
import dev.superscale.topology.Component;
import dev.superscale.topology.EnvSource;
import dev.superscale.topology.EnvVar;
import dev.superscale.topology.SupersetTopology;
import software.amazon.awscdk.services.ecr.assets.DockerImageAsset;
import software.amazon.awscdk.services.ecr.assets.Platform;
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
public class PgBouncerPool extends ComponentService {

    public static final int PORT = SupersetTopology.PGBOUNCER_PORT;
    /** The PgBouncer release the default image starts from. */
    public static final String BASE_IMAGE = "edoburu/pgbouncer:v1.25.1-p0";
    /** Amazon RDS's CA bundle for every region, baked into the default image when it is built. */
    public static final String DEFAULT_CA_BUNDLE_URL = "https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem";
    static final String CONTAINER = "pgbouncer";
    static final String CONFIG_DIR = SupersetTopology.PGBOUNCER_DIRECTORY;
    static final String CA_FILE = CONFIG_DIR + "/server-ca.pem";
    static final String INI_VARIABLE = "PGBOUNCER_INI";

    /** Writes the config and the auth file (the topology's userlist format) from the environment, then runs the command. */
    static final String ENTRYPOINT = String.join("\n",
            "set -eu",
            "umask 077",
            "printf '%s' \"$" + INI_VARIABLE + "\" > " + CONFIG_DIR + "/" + SupersetTopology.PGBOUNCER_INI,
            "printf '\"%s\" \"%s\"\\n' \"$" + SupersetTopology.PGBOUNCER_USER_VARIABLE + "\" \"$(printf '%s' \"$"
                    + SupersetTopology.PGBOUNCER_PASSWORD_VARIABLE + "\" | sed 's/\"/\"\"/g')\" > " + CONFIG_DIR + "/"
                    + SupersetTopology.PGBOUNCER_USERLIST,
            "unset " + SupersetTopology.PGBOUNCER_PASSWORD_VARIABLE + " " + INI_VARIABLE,
            "exec \"$@\"");

    private final CapacityPlan plan;
    private final SecurityGroup loadBalancerSecurityGroup;
    private final Connections connections;
    private final FargateTaskDefinition taskDefinition;
    private final FargateService service;
    private final NetworkLoadBalancer loadBalancer;
    private final NetworkTargetGroup targetGroup;
    private final String pgBouncerIni;

    public PgBouncerPool(Construct scope, String id, PgBouncerPoolProps props) {
        super(scope, id, component(props, id), props.getCluster().getVpc(), props.getLogRetention(),
                "PgBouncer tasks: reached only through the NLB");
        Problems problems = new Problems("PgBouncerPool", id);
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
        String caUrl = props.getServerCaBundleUrl() != null ? props.getServerCaBundleUrl() : DEFAULT_CA_BUNDLE_URL;
        PgBouncerBinding binding = SupersetTopology.pgBouncerBinding(database.getHostname(), database.getPort(), database.getDatabaseName())
                .withServerTls(tls, verifies ? CA_FILE : null);
        this.pgBouncerIni = PgBouncerIniRenderer.render(plan, binding);

        this.loadBalancerSecurityGroup = SecurityGroup.Builder.create(this, "LoadBalancerSecurityGroup").vpc(vpc)
                .description("PgBouncer NLB: only the Superset app tier may connect").allowAllOutbound(false).build();
        this.connections = new Connections(ConnectionsProps.builder()
                .securityGroups(List.of(loadBalancerSecurityGroup)).defaultPort(Port.tcp(PORT)).build());
        taskSecurityGroup.getConnections().allowFrom(loadBalancerSecurityGroup, Port.tcp(PORT), "NLB to PgBouncer and its health checks");
        if (props.getManageDatabaseSecurityGroup() == null || props.getManageDatabaseSecurityGroup()) {
            database.getConnections().allowFrom(taskSecurityGroup, Port.tcp(database.getPort()), "PgBouncer to PostgreSQL");
        }

        this.taskDefinition = fargateTaskDefinition(this, component);
        Map<String, String> environment = new TreeMap<>();
        environment.put(INI_VARIABLE, pgBouncerIni);
        Map<String, software.amazon.awscdk.services.ecs.Secret> secrets = new TreeMap<>();
        for (EnvVar variable : component.environment()) {
            EnvSource.FromSecret secret = (EnvSource.FromSecret) variable.source();
            secrets.put(variable.name(), software.amazon.awscdk.services.ecs.Secret.fromSecretsManager(database.getCredentials(), secret.key()));
        }
        taskDefinition.addContainer(CONTAINER, ContainerDefinitionOptions.builder()
                .image(props.getImage() != null ? props.getImage() : defaultImage(caUrl))
                .entryPoint(List.of("/bin/sh", "-c", ENTRYPOINT, "pgbouncer-entrypoint"))
                .command(component.command())
                .environment(environment)
                .secrets(secrets)
                .portMappings(List.of(PortMapping.builder().containerPort(PORT).protocol(Protocol.TCP).build()))
                .logging(LogDrivers.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix(CONTAINER).build()))
                .essential(true)
                .stopTimeout(stopTimeout(component))
                .build());
        if (database.getEncryptionKey() != null) {
            database.getEncryptionKey().grantDecrypt(taskDefinition.obtainExecutionRole());
        }
        Nag.suppress(taskDefinition, "AwsSolutions-ECS2", "The environment holds only pgbouncer.ini (pool sizes and the database"
                + " host); the database credentials come from Secrets Manager as ECS secrets.");
        Nag.ecrAuthorization(taskDefinition);

        this.service = fargateService(props.getCluster(), taskDefinition)
                .availabilityZoneRebalancing(AvailabilityZoneRebalancing.ENABLED)
                .securityGroups(List.of(taskSecurityGroup))
                .vpcSubnets(subnets)
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

    private static Component component(PgBouncerPoolProps props, String id) {
        Problems problems = new Problems("PgBouncerPool", id).require(props, "props");
        problems.throwIfAny();
        problems.require(props.getPlan(), "plan").require(props.getCluster(), "cluster").require(props.getDatabase(), "database");
        problems.check(props.getServerCaBundleUrl() == null || props.getServerCaBundleUrl().startsWith("https://"),
                "serverCaBundleUrl '" + props.getServerCaBundleUrl() + "' must be an https:// URL");
        problems.check(props.getServerCaBundleUrl() == null || props.getServerTlsMode() == null
                        || props.getServerTlsMode() == ServerTlsMode.VERIFY_CA || props.getServerTlsMode() == ServerTlsMode.VERIFY_FULL,
                "serverCaBundleUrl is only used with serverTlsMode VERIFY_CA or VERIFY_FULL, not " + props.getServerTlsMode());
        problems.check(props.getServerCaBundleUrl() == null || props.getImage() == null,
                "serverCaBundleUrl is baked into the default image; with your own image, put the CA bundle at " + CA_FILE
                        + " and leave serverCaBundleUrl unset");
        problems.throwIfAny();
        return SupersetTopology.of(props.getPlan()).pgBouncer();
    }

    /**
     * PgBouncer with the database's CA bundle baked in, built for x86-64 by cdk deploy and pushed to ECR:
     * tasks never pull from Docker Hub and never download at start.
     */
    private ContainerImage defaultImage(String caBundleUrl) {
        String dockerfile = "# Built by Superscale: PgBouncer with the database CA bundle, so tasks start without the internet.\n"
                + "FROM " + BASE_IMAGE + "\n"
                + "USER root\n"
                + "ADD " + caBundleUrl + " " + CA_FILE + "\n"
                + "RUN chmod 644 " + CA_FILE + " && chown -R postgres " + CONFIG_DIR + "\n"
                + "USER postgres\n";
        DockerImageAsset asset = DockerImageAsset.Builder.create(this, "Image")
                .directory(SupersetImage.dockerContext(dockerfile, "pgbouncer").toString())
                .platform(Platform.LINUX_AMD64)
                .build();
        return ContainerImage.fromDockerImageAsset(asset);
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

    @Override
    public FargateService getService() {
        return service;
    }

    @Override
    public FargateTaskDefinition getTaskDefinition() {
        return taskDefinition;
    }

    public NetworkLoadBalancer getLoadBalancer() {
        return loadBalancer;
    }

    public NetworkTargetGroup getTargetGroup() {
        return targetGroup;
    }

    public CapacityPlan getPlan() {
        return plan;
    }
}
