package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.ConnectionsProps;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ec2.ISubnet;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.elasticache.CfnParameterGroup;
import software.amazon.awscdk.services.elasticache.CfnReplicationGroup;
import software.amazon.awscdk.services.elasticache.CfnSubnetGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * What {@link RedisBroker} and {@link RedisCache} share: an ElastiCache for Redis OSS replication
 * group in its own security group and subnet group, TLS in transit with an AUTH token generated
 * into Secrets Manager, encryption at rest, Multi-AZ with automatic failover, a parameter group
 * with the plan's eviction policy, and the slow log in CloudWatch Logs.
 */
public abstract class RedisReplicationGroup extends Construct implements IConnectable {

    public static final int PORT = 6379;
    /** Redis OSS version (parameter family redis7). */
    public static final String ENGINE_VERSION = "7.1";

    protected final CapacityPlan plan;
    protected final SecurityGroup securityGroup;
    protected final Connections connections;
    protected final Secret authToken;
    protected final CfnSubnetGroup subnetGroup;
    protected final CfnParameterGroup parameterGroup;
    protected final LogGroup slowLog;
    protected final List<String> zones;
    protected final String nodeType;
    protected final String engineVersion;

    protected RedisReplicationGroup(Construct scope, String id, RedisProps props, String kind, long dataMiBPerNode,
            Map<String, String> parameters) {
        super(scope, id);
        Problems problems = new Problems(kind, id).require(props, "props");
        problems.throwIfAny();
        problems.require(props.getPlan(), "plan").require(props.getVpc(), "vpc");
        problems.check(props.getNodeType() == null || props.getNodeType().matches("cache\\.[a-z0-9]+\\.[a-z0-9]+"),
                "nodeType '" + props.getNodeType() + "' is not an ElastiCache node type such as cache.r7g.large");
        problems.check(props.getEngineVersion() == null || props.getEngineVersion().matches("7\\.[0-9]+"),
                "engineVersion '" + props.getEngineVersion() + "' is not a Redis OSS 7.x version (the parameter family is redis7)");
        problems.check(props.getSnapshotRetentionDays() == null
                        || (props.getSnapshotRetentionDays() >= 0 && props.getSnapshotRetentionDays() <= 35),
                "snapshotRetentionDays is " + props.getSnapshotRetentionDays() + " but must be from 0 to 35");
        problems.throwIfAny();
        problems.check(props.getVpc().getAvailabilityZones().size() >= 2 || props.getAvailabilityZones() != null,
                "vpc spans " + props.getVpc().getAvailabilityZones().size() + " zone(s) but Multi-AZ failover needs at least 2");
        problems.check(props.getAvailabilityZones() == null || props.getAvailabilityZones().size() >= 2,
                "availabilityZones lists " + props.getAvailabilityZones() + " but Multi-AZ failover needs at least 2 zones");
        problems.throwIfAny();

        this.plan = props.getPlan();
        this.zones = props.getAvailabilityZones() != null ? props.getAvailabilityZones() : props.getVpc().getAvailabilityZones();
        this.nodeType = props.getNodeType() != null ? props.getNodeType() : AwsCatalog.cacheNodeType(dataMiBPerNode);
        this.engineVersion = props.getEngineVersion() != null ? props.getEngineVersion() : ENGINE_VERSION;
        SubnetSelection selection = props.getSubnets() != null ? props.getSubnets()
                : SubnetSelection.builder().subnetType(props.getVpc().getIsolatedSubnets().isEmpty()
                        ? SubnetType.PRIVATE_WITH_EGRESS : SubnetType.PRIVATE_ISOLATED).build();
        List<String> subnetIds = new ArrayList<>();
        for (ISubnet subnet : props.getVpc().selectSubnets(selection).getSubnets()) {
            subnetIds.add(subnet.getSubnetId());
        }

        this.securityGroup = SecurityGroup.Builder.create(this, "SecurityGroup").vpc(props.getVpc())
                .description(kind + ": only the Superset app tier may connect").allowAllOutbound(false).build();
        this.connections = new Connections(ConnectionsProps.builder().securityGroups(List.of(securityGroup))
                .defaultPort(Port.tcp(PORT)).build());
        this.authToken = Secret.Builder.create(this, "AuthToken")
                .description(kind + " AUTH token (TLS is required)")
                .generateSecretString(SecretStringGenerator.builder().passwordLength(64).excludePunctuation(true).build())
                .build();
        Nag.suppress(authToken, "AwsSolutions-SMG4", "ElastiCache changes an AUTH token only through a ROTATE-then-SET"
                + " sequence, and every Superset task reads the token once at start: rotating it on a schedule would disconnect"
                + " them. Rotate deliberately with a rolling restart (README, 'Rotating secrets').");
        this.subnetGroup = CfnSubnetGroup.Builder.create(this, "SubnetGroup")
                .description(kind + " subnets").subnetIds(subnetIds).build();
        this.parameterGroup = CfnParameterGroup.Builder.create(this, "Parameters")
                .cacheParameterGroupFamily("redis7")
                .description(kind + ": eviction policy and cluster mode from the capacity plan")
                .properties(new TreeMap<>(parameters))
                .build();
        this.slowLog = LogGroup.Builder.create(this, "SlowLog").retention(RetentionDays.ONE_MONTH).build();
    }

    /**
     * The replication group's builder with what both kinds share: Multi-AZ automatic failover,
     * TLS required with the AUTH token, encryption at rest, this construct's parameter group,
     * subnets, security group and slow log. Subclasses add the cluster layout.
     */
    protected CfnReplicationGroup.Builder securedReplicationGroup(String description, int snapshotRetentionDays) {
        return CfnReplicationGroup.Builder.create(this, "ReplicationGroup")
                .replicationGroupDescription(description)
                .engine("redis")
                .engineVersion(engineVersion)
                .cacheNodeType(nodeType)
                .automaticFailoverEnabled(true)
                .multiAzEnabled(true)
                .transitEncryptionEnabled(true)
                .transitEncryptionMode("required")
                .authToken(authToken.getSecretValue().unsafeUnwrap())
                .atRestEncryptionEnabled(true)
                .snapshotRetentionLimit(snapshotRetentionDays)
                .cacheParameterGroupName(parameterGroup.getRef())
                .cacheSubnetGroupName(subnetGroup.getRef())
                .securityGroupIds(List.of(securityGroup.getSecurityGroupId()))
                .port(PORT)
                .autoMinorVersionUpgrade(true)
                .logDeliveryConfigurations(List.of(slowLogDelivery(slowLog)));
    }

    protected static CfnReplicationGroup.LogDeliveryConfigurationRequestProperty slowLogDelivery(LogGroup group) {
        return CfnReplicationGroup.LogDeliveryConfigurationRequestProperty.builder()
                .destinationType("cloudwatch-logs")
                .logFormat("json")
                .logType("slow-log")
                .destinationDetails(CfnReplicationGroup.DestinationDetailsProperty.builder()
                        .cloudWatchLogsDetails(CfnReplicationGroup.CloudWatchLogsDestinationDetailsProperty.builder()
                                .logGroup(group.getLogGroupName()).build())
                        .build())
                .build();
    }

    protected static void suppressDefaultPort(CfnReplicationGroup group) {
        Nag.suppress(group, "AwsSolutions-AEC5", "The standard port 6379 is kept: only the app tier's security group may"
                + " connect, TLS is required and every client needs the AUTH token; a non-standard port adds no protection.");
    }

    /** The replication group resource. */
    public abstract CfnReplicationGroup getReplicationGroup();

    /** The endpoint Superset connects to, with the AUTH token secret and this security group. */
    public abstract RedisEndpoint getEndpoint();

    /** Cache cluster ids of every node (CloudWatch's CacheClusterId dimension). */
    protected abstract List<String> nodeIds();

    /** The fullest node's memory use in percent of its maxmemory (ElastiCache's DatabaseMemoryUsagePercentage). */
    public IMetric metricMemoryPercent() {
        return maxOverNodes("DatabaseMemoryUsagePercentage", "Memory used, fullest node (%)");
    }

    protected IMetric maxOverNodes(String metricName, String label) {
        Map<String, IMetric> using = new TreeMap<>();
        List<String> ids = nodeIds();
        for (int i = 0; i < ids.size() && i < 10; i++) {
            using.put("n" + i, nodeMetric(ids.get(i), metricName, "Maximum"));
        }
        return MathExpression.Builder.create().expression("MAX([" + String.join(", ", using.keySet()) + "])")
                .usingMetrics(using).label(label).period(Duration.minutes(1)).build();
    }

    protected static Metric nodeMetric(String cacheClusterId, String metricName, String statistic) {
        return nodeMetric(cacheClusterId, metricName, statistic, Duration.minutes(1));
    }

    protected static Metric nodeMetric(String cacheClusterId, String metricName, String statistic, Duration period) {
        return Metric.Builder.create().namespace("AWS/ElastiCache").metricName(metricName)
                .dimensionsMap(Map.of("CacheClusterId", cacheClusterId)).statistic(statistic).period(period).build();
    }

    /** Let a client in on the Redis port. */
    public void allowClientsFrom(IConnectable client, String description) {
        connections.allowDefaultPortFrom(client, description);
    }

    @Override
    public Connections getConnections() {
        return connections;
    }

    public Secret getAuthToken() {
        return authToken;
    }

    public SecurityGroup getSecurityGroup() {
        return securityGroup;
    }

    public CfnParameterGroup getParameterGroup() {
        return parameterGroup;
    }

    public String getNodeType() {
        return nodeType;
    }

    public CapacityPlan getPlan() {
        return plan;
    }
}
