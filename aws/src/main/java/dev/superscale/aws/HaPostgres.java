package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.PostgresHaMode;
import dev.superscale.capacity.PostgresPlan;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.ConnectionsProps;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.BackupProps;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.DatabaseSecret;
import software.amazon.awscdk.services.rds.IClusterEngine;
import software.amazon.awscdk.services.rds.IInstanceEngine;
import software.amazon.awscdk.services.rds.ParameterGroup;
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.amazon.awscdk.services.rds.ProvisionedClusterInstanceProps;
import software.amazon.awscdk.services.rds.StorageType;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * Superset's metadata database, highly available as the plan says: RDS for PostgreSQL Multi-AZ
 * (a synchronous standby in another zone) or Aurora PostgreSQL with a reader in another zone.
 * Always encrypted, deletion-protected, snapshotted on removal, with backups and point-in-time
 * recovery for the plan's retention, TLS enforced, credentials generated into Secrets Manager,
 * and max_connections set to the plan's connection budget.
 */
public class HaPostgres extends Construct implements IConnectable {

    public static final int PORT = 5432;
    /** Aurora PostgreSQL version of the MULTI_AZ_WITH_READER mode. */
    public static final AuroraPostgresEngineVersion AURORA_VERSION = AuroraPostgresEngineVersion.VER_17_7;
    /** RDS for PostgreSQL major version of the MULTI_AZ_STANDBY mode (minor versions upgrade automatically). */
    public static final PostgresEngineVersion RDS_VERSION = PostgresEngineVersion.VER_17;
    /** How long the exported PostgreSQL logs are kept unless {@link HaPostgresProps#getLogRetention()} says otherwise. */
    public static final RetentionDays DEFAULT_LOG_RETENTION = RetentionDays.ONE_MONTH;
    /** The construct id CDK gives its per-stack log-retention function. */
    static final String LOG_RETENTION_FUNCTION_ID = "LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a";

    private final CapacityPlan plan;
    private final DatabaseSecret secret;
    private final SecurityGroup securityGroup;
    private final DatabaseInstance instance;
    private final DatabaseCluster cluster;
    private final DatabaseEndpoint endpoint;
    private final Connections connections;
    private final PostgresHaMode haMode;

    public HaPostgres(Construct scope, String id, HaPostgresProps props) {
        super(scope, id);
        Problems problems = new Problems("HaPostgres", id).require(props, "props");
        problems.throwIfAny();
        problems.require(props.getPlan(), "plan").require(props.getVpc(), "vpc");
        problems.check(props.getInstanceClass() == null || props.getInstanceClass().matches("[a-z][a-z0-9]*\\.[a-z0-9]+"),
                "instanceClass '" + props.getInstanceClass() + "' is not an instance class such as r6g.large (without the db. prefix)");
        problems.check(props.getDatabaseName() == null || props.getDatabaseName().matches("[A-Za-z_][A-Za-z0-9_]{0,62}"),
                "databaseName '" + props.getDatabaseName() + "' is not a plain PostgreSQL identifier");
        problems.check(props.getUsername() == null || props.getUsername().matches("[A-Za-z_][A-Za-z0-9_]{0,15}"),
                "username '" + props.getUsername() + "' is not a plain identifier of at most 16 characters");
        problems.check(props.getAvailabilityZones() == null || props.getAvailabilityZones().size() == 2,
                "availabilityZones must list exactly two zones (writer, reader), got " + props.getAvailabilityZones());
        problems.throwIfAny();
        problems.check(props.getVpc().getAvailabilityZones().size() >= 2,
                "vpc spans " + props.getVpc().getAvailabilityZones().size() + " zone(s) but a Multi-AZ database needs at least 2");
        problems.throwIfAny();

        this.plan = props.getPlan();
        PostgresPlan pg = plan.postgres();
        String databaseName = props.getDatabaseName() != null ? props.getDatabaseName() : "superset";
        String username = props.getUsername() != null ? props.getUsername() : "superset";
        SubnetSelection subnets = props.getSubnets() != null ? props.getSubnets()
                : SubnetSelection.builder().subnetType(props.getVpc().getIsolatedSubnets().isEmpty()
                        ? SubnetType.PRIVATE_WITH_EGRESS : SubnetType.PRIVATE_ISOLATED).build();
        InstanceType instanceType = new InstanceType(props.getInstanceClass() != null ? props.getInstanceClass()
                : AwsCatalog.databaseInstanceClass(pg.vcpu().value(), pg.memoryMiB().value()));

        this.secret = DatabaseSecret.Builder.create(this, "Credentials").username(username).build();
        Nag.suppress(secret, "AwsSolutions-SMG4", "PgBouncer writes this password into its auth file and every Superset task reads it"
                + " once at start: a scheduled rotation would lock them out until restarted. Rotate deliberately with a rolling"
                + " restart (README, 'Rotating secrets').");
        this.securityGroup = SecurityGroup.Builder.create(this, "SecurityGroup").vpc(props.getVpc())
                .description("Superset metadata database: only PgBouncer may connect").allowAllOutbound(false).build();
        this.connections = new Connections(ConnectionsProps.builder().securityGroups(List.of(securityGroup)).defaultPort(Port.tcp(PORT)).build());

        Map<String, String> parameters = new TreeMap<>();
        parameters.put("max_connections", Long.toString(pg.maxConnections().value()));
        parameters.put("rds.force_ssl", "1");
        parameters.put("log_min_duration_statement", Long.toString(plan.alerts().databaseP95QueryMilliseconds().value()));

        // RDS creates the export log groups itself, without a retention: CDK's log-retention function sets it.
        RetentionDays logRetention = props.getLogRetention() != null ? props.getLogRetention() : DEFAULT_LOG_RETENTION;
        this.haMode = props.getHaMode() != null ? props.getHaMode() : pg.haMode();
        if (haMode == PostgresHaMode.MULTI_AZ_STANDBY) {
            IInstanceEngine engine = DatabaseInstanceEngine.postgres(PostgresInstanceEngineProps.builder().version(RDS_VERSION).build());
            ParameterGroup parameterGroup = ParameterGroup.Builder.create(this, "Parameters").engine(engine)
                    .description("Superset metadata: max_connections from the connection budget, TLS only").parameters(parameters).build();
            this.instance = DatabaseInstance.Builder.create(this, "Instance")
                    .engine(engine)
                    .instanceType(instanceType)
                    .vpc(props.getVpc())
                    .vpcSubnets(subnets)
                    .securityGroups(List.of(securityGroup))
                    .port(PORT)
                    .multiAz(true)
                    .allocatedStorage(pg.storageGiB().intValue())
                    .maxAllocatedStorage(pg.maxStorageGiB().intValue())
                    .storageType(StorageType.GP3)
                    .storageEncrypted(true)
                    .deletionProtection(true)
                    .removalPolicy(RemovalPolicy.SNAPSHOT)
                    .backupRetention(Duration.days(pg.backupRetentionDays().intValue()))
                    .deleteAutomatedBackups(false)
                    .copyTagsToSnapshot(true)
                    .credentials(Credentials.fromSecret(secret))
                    .databaseName(databaseName)
                    .parameterGroup(parameterGroup)
                    .cloudwatchLogsExports(List.of("postgresql", "upgrade"))
                    .cloudwatchLogsRetention(logRetention)
                    .enablePerformanceInsights(true)
                    .autoMinorVersionUpgrade(true)
                    .publiclyAccessible(false)
                    .build();
            this.cluster = null;
            Nag.suppress(instance, "AwsSolutions-RDS11", "The standard port 5432 is kept: only PgBouncer's security group may connect,"
                    + " and TLS is enforced (rds.force_ssl); a non-standard port adds no protection.");
            Nag.suppress(instance, "AwsSolutions-RDS6", "PgBouncer authenticates to PostgreSQL with the SCRAM password from Secrets"
                    + " Manager; IAM tokens expire after 15 minutes and PgBouncer cannot refresh them.");
            this.endpoint = DatabaseEndpoint.of(instance.getDbInstanceEndpointAddress(), PORT, secret, this).withDatabaseName(databaseName);
        } else {
            IClusterEngine engine = DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder().version(AURORA_VERSION).build());
            ParameterGroup clusterParameters = ParameterGroup.Builder.create(this, "ClusterParameters").engine(engine)
                    .description("Superset metadata cluster: TLS only").parameters(Map.of("rds.force_ssl", "1")).build();
            ParameterGroup instanceParameters = ParameterGroup.Builder.create(this, "Parameters").engine(engine)
                    .description("Superset metadata instances: max_connections from the connection budget").parameters(parameters).build();
            List<String> zones = props.getAvailabilityZones() != null ? props.getAvailabilityZones()
                    : props.getVpc().getAvailabilityZones().subList(0, 2);
            this.cluster = DatabaseCluster.Builder.create(this, "Cluster")
                    .engine(engine)
                    .vpc(props.getVpc())
                    .vpcSubnets(subnets)
                    .securityGroups(List.of(securityGroup))
                    .port(PORT)
                    .writer(ClusterInstance.provisioned("Writer", ProvisionedClusterInstanceProps.builder()
                            .instanceType(instanceType).availabilityZone(zones.get(0)).parameterGroup(instanceParameters)
                            .enablePerformanceInsights(true).publiclyAccessible(false).autoMinorVersionUpgrade(true).build()))
                    .readers(List.of(ClusterInstance.provisioned("Reader", ProvisionedClusterInstanceProps.builder()
                            .instanceType(instanceType).availabilityZone(zones.get(1)).parameterGroup(instanceParameters)
                            .promotionTier(0).enablePerformanceInsights(true).publiclyAccessible(false).autoMinorVersionUpgrade(true).build())))
                    .storageEncrypted(true)
                    .deletionProtection(true)
                    .removalPolicy(RemovalPolicy.SNAPSHOT)
                    .backup(BackupProps.builder().retention(Duration.days(pg.backupRetentionDays().intValue())).build())
                    .copyTagsToSnapshot(true)
                    .credentials(Credentials.fromSecret(secret))
                    .defaultDatabaseName(databaseName)
                    .parameterGroup(clusterParameters)
                    .cloudwatchLogsExports(List.of("postgresql"))
                    .cloudwatchLogsRetention(logRetention)
                    .build();
            this.instance = null;
            Nag.suppress(cluster, "AwsSolutions-RDS11", "The standard port 5432 is kept: only PgBouncer's security group may connect,"
                    + " and TLS is enforced (rds.force_ssl); a non-standard port adds no protection.");
            Nag.suppress(cluster, "AwsSolutions-RDS6", "PgBouncer authenticates to PostgreSQL with the SCRAM password from Secrets"
                    + " Manager; IAM tokens expire after 15 minutes and PgBouncer cannot refresh them.");
            this.endpoint = DatabaseEndpoint.of(cluster.getClusterEndpoint().getHostname(), PORT, secret, this).withDatabaseName(databaseName);
        }
        suppressLogRetentionFunction(this);
    }

    /**
     * The function CDK adds once per stack to set the retention of log groups that a service
     * creates on its own (here RDS's exports): its findings are about that function alone.
     */
    private static void suppressLogRetentionFunction(Construct scope) {
        IConstruct function = Stack.of(scope).getNode().tryFindChild(LOG_RETENTION_FUNCTION_ID);
        if (function == null) {
            return;
        }
        Nag.suppress(function, "AwsSolutions-IAM4", "CDK's log-retention function uses AWSLambdaBasicExecutionRole, the minimal"
                + " AWS-maintained policy for a function's own logs.",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"));
        Nag.suppress(function, "AwsSolutions-IAM5", "CDK's log-retention function sets the retention of log groups RDS creates"
                + " at run time, whose names are unknown to the policy; it may only put and delete retention policies.",
                List.of("Resource::*"));
    }

    /** Host, port, database name, credentials and network of the writer: what PgBouncer connects to. */
    public DatabaseEndpoint getEndpoint() {
        return endpoint;
    }

    /** The database's security group with port 5432: {@code allowDefaultPortFrom} lets a client in. */
    @Override
    public Connections getConnections() {
        return connections;
    }

    public DatabaseSecret getSecret() {
        return secret;
    }

    public SecurityGroup getSecurityGroup() {
        return securityGroup;
    }

    /** The RDS instance (MULTI_AZ_STANDBY), or null. */
    public DatabaseInstance getInstance() {
        return instance;
    }

    /** The Aurora cluster (MULTI_AZ_WITH_READER), or null. */
    public DatabaseCluster getCluster() {
        return cluster;
    }

    /** Client connections to PostgreSQL (PgBouncer's server connections plus administration). */
    public IMetric metricConnections() {
        MetricOptions options = MetricOptions.builder().period(Duration.minutes(1)).statistic("Maximum").build();
        return instance != null ? instance.metricDatabaseConnections(options) : cluster.metricDatabaseConnections(options);
    }

    /**
     * The closest CloudWatch has to query latency, in milliseconds: Aurora's commit latency
     * (p95), or for RDS the larger of read and write I/O latency. Neither is the p95 of query
     * time; PostgreSQL logs every statement slower than the alert threshold (log_min_duration_statement).
     */
    public IMetric metricQueryLatencyMilliseconds() {
        if (cluster != null) {
            return Metric.Builder.create().namespace("AWS/RDS").metricName("CommitLatency")
                    .dimensionsMap(Map.of("DBClusterIdentifier", cluster.getClusterIdentifier()))
                    .statistic("p95").period(Duration.minutes(1)).label("Commit latency p95 (ms)").build();
        }
        Map<String, IMetric> using = new TreeMap<>();
        using.put("r", instance.metric("ReadLatency", MetricOptions.builder().statistic("Average").period(Duration.minutes(1)).build()));
        using.put("w", instance.metric("WriteLatency", MetricOptions.builder().statistic("Average").period(Duration.minutes(1)).build()));
        return MathExpression.Builder.create().expression("1000 * MAX([r, w])").usingMetrics(using)
                .label("Storage latency (ms)").period(Duration.minutes(1)).build();
    }

    /** The HA mode in effect (the plan's unless pinned). */
    public PostgresHaMode getHaMode() {
        return haMode;
    }

    public CapacityPlan getPlan() {
        return plan;
    }
}
