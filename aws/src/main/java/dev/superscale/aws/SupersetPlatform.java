package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.WorkerGroupPlan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerInsights;
import software.constructs.Construct;

/**
 * The whole Superset deployment for one capacity plan, composed from this package's constructs:
 * {@link Network} (or your VPC), {@link HaPostgres} (or your database) behind a
 * {@link PgBouncerPool}, {@link RedisBroker} and {@link RedisCache} (or yours),
 * {@link DatabaseMigrations} that gate every rollout, the {@link WebService}, one
 * {@link SpotWorkerGroup} per Celery queue with its {@link QueueDepthPublisher}, one
 * {@link CeleryBeat}, and {@link Monitoring}. Add it to any Stack: it reads no environment,
 * looks nothing up, and needs no region at synth.
 */
public class SupersetPlatform extends Construct implements IConnectable {

    private final CapacityPlan plan;
    private final Network network;
    private final IVpc vpc;
    private final Cluster cluster;
    private final SecurityGroup appTier;
    private final HaPostgres database;
    private final DatabaseEndpoint databaseEndpoint;
    private final PgBouncerPool pgBouncer;
    private final RedisBroker broker;
    private final RedisEndpoint brokerEndpoint;
    private final RedisCache cache;
    private final RedisEndpoint cacheEndpoint;
    private final SupersetSecrets secrets;
    private final SupersetRuntime runtime;
    private final DatabaseMigrations migrations;
    private final WebService web;
    private final List<SpotWorkerGroup> workers;
    private final CeleryBeat beat;
    private final QueueDepthPublisher queueDepth;
    private final Monitoring monitoring;
    private final String url;

    public SupersetPlatform(Construct scope, String id, SupersetPlatformProps props) {
        super(scope, id);
        Problems problems = new Problems("SupersetPlatform", id).require(props, "props");
        problems.throwIfAny();
        problems.require(props.getPlan(), "plan");
        Object networkSettings = props.getAvailabilityZones() != null ? "availabilityZones"
                : props.getVpcCidr() != null ? "vpcCidr" : props.getNatGateways() != null ? "natGateways" : null;
        problems.notBoth(props.getExistingVpc(), "existingVpc", networkSettings, networkSettings == null ? "" : (String) networkSettings);
        problems.notBoth(props.getExistingDatabase(), "existingDatabase", props.getDatabaseInstanceClass(), "databaseInstanceClass");
        problems.notBoth(props.getExistingDatabase(), "existingDatabase", props.getDatabaseHaMode(), "databaseHaMode");
        problems.notBoth(props.getExistingBroker(), "existingBroker", props.getBrokerNodeType(), "brokerNodeType");
        problems.notBoth(props.getExistingCache(), "existingCache", props.getCacheNodeType(), "cacheNodeType");
        problems.notBoth(props.getExistingAlarmTopic(), "existingAlarmTopic", props.getAlarmEmail(), "alarmEmail");
        problems.check(props.getPublicUrl() == null || props.getPublicUrl().matches("https?://[^\\s/]+(/\\S*)?"),
                "publicUrl '" + props.getPublicUrl() + "' is not an http(s) URL such as https://superset.example.com/");
        problems.throwIfAny();
        this.plan = props.getPlan();
        int zones = plan.availabilityZones().intValue();
        if (props.getExistingVpc() != null) {
            int vpcZones = props.getExistingVpc().getAvailabilityZones().size();
            problems.check(vpcZones >= zones, "existingVpc spans " + vpcZones + " availability zone(s) but the plan for "
                    + plan.load().registeredUsers() + " users needs " + zones + " (" + plan.availabilityZones().reason() + ")");
            problems.check(!props.getExistingVpc().getPrivateSubnets().isEmpty(),
                    "existingVpc has no private subnets with egress: the tasks need them to pull images and reach warehouses");
            problems.throwIfAny();
            this.network = null;
            this.vpc = props.getExistingVpc();
        } else {
            this.network = new Network(this, "Network", NetworkProps.builder().plan(plan)
                    .availabilityZones(props.getAvailabilityZones()).cidr(props.getVpcCidr()).natGateways(props.getNatGateways()).build());
            this.vpc = network.getVpc();
        }

        this.cluster = Cluster.Builder.create(this, "Cluster").vpc(vpc).containerInsightsV2(ContainerInsights.ENABLED).build();
        this.appTier = SecurityGroup.Builder.create(this, "AppTier").vpc(vpc)
                .description("Superset tasks (web, workers, beat, migrations): PgBouncer and Redis admit this group").build();

        if (props.getExistingDatabase() != null) {
            this.database = null;
            this.databaseEndpoint = props.getExistingDatabase();
        } else {
            this.database = new HaPostgres(this, "Database", HaPostgresProps.builder().plan(plan).vpc(vpc)
                    .instanceClass(props.getDatabaseInstanceClass()).haMode(props.getDatabaseHaMode()).build());
            this.databaseEndpoint = database.getEndpoint();
        }
        boolean manageExisting = Boolean.TRUE.equals(props.getManageExistingSecurityGroups());
        this.pgBouncer = new PgBouncerPool(this, "PgBouncer", PgBouncerPoolProps.builder().plan(plan).cluster(cluster)
                .database(databaseEndpoint).image(props.getPgBouncerImage()).logRetention(props.getLogRetention())
                .manageDatabaseSecurityGroup(database != null || manageExisting).build());
        pgBouncer.allowClientsFrom(appTier);

        if (props.getExistingBroker() != null) {
            this.broker = null;
            this.brokerEndpoint = props.getExistingBroker();
        } else {
            this.broker = new RedisBroker(this, "Broker", RedisProps.builder().plan(plan).vpc(vpc).nodeType(props.getBrokerNodeType()).build());
            this.brokerEndpoint = broker.getEndpoint();
        }
        if (broker != null || manageExisting) {
            brokerEndpoint.getConnections().allowDefaultPortFrom(appTier, "Superset app tier to the Celery broker");
        }
        if (props.getExistingCache() != null) {
            this.cache = null;
            this.cacheEndpoint = props.getExistingCache();
        } else {
            this.cache = new RedisCache(this, "Cache", RedisProps.builder().plan(plan).vpc(vpc).nodeType(props.getCacheNodeType()).build());
            this.cacheEndpoint = cache.getEndpoint();
        }
        if (cache != null || manageExisting) {
            cacheEndpoint.getConnections().allowDefaultPortFrom(appTier, "Superset app tier to the cache");
        }

        this.secrets = new SupersetSecrets(this, "Secrets", SupersetSecretsProps.builder().plan(plan).build());
        SupersetImage image = props.getSupersetImage() != null ? props.getSupersetImage() : SupersetImage.officialWithPostgresDriver();
        boolean https = props.getCertificateArn() != null;
        // Report and alert workers open dashboards through the public address to take screenshots and write links.
        String givenUrl = props.getPublicUrl();
        this.runtime = SupersetRuntime.builder()
                .plan(plan)
                .https(givenUrl != null ? givenUrl.startsWith("https://") : https)
                .webUrl(givenUrl)
                .secretEncryptionKey(databaseEndpoint.getEncryptionKey())
                .image(image.bind(this))
                .appTier(appTier)
                .database(pgBouncer.getHostname(), pgBouncer.getPort(), databaseEndpoint.getDatabaseName(), databaseEndpoint.getCredentials())
                .broker(brokerEndpoint)
                .cache(cacheEndpoint)
                .supersetSecrets(secrets)
                .build();

        SupersetServiceProps oneOff = SupersetServiceProps.builder().cluster(cluster).runtime(runtime).logRetention(props.getLogRetention()).build();
        this.migrations = new DatabaseMigrations(this, "Migrations", oneOff);
        migrations.getCustomResource().getNode().addDependency(pgBouncer.getService(), pgBouncer.getLoadBalancer());

        this.web = new WebService(this, "Web", WebServiceProps.builder().cluster(cluster).runtime(runtime)
                .certificateArn(props.getCertificateArn()).internetFacing(props.getInternetFacing()).ingressCidrs(props.getIngressCidrs())
                .allowPlainHttp(props.getAllowPlainHttp()).deletionProtection(props.getLoadBalancerDeletionProtection())
                .logRetention(props.getLogRetention()).build());
        web.getService().getNode().addDependency(migrations.getCompletion());

        this.url = givenUrl != null ? givenUrl : web.getUrl();
        SupersetRuntime withUrl = givenUrl != null ? runtime : runtime.withWebUrl(url);
        List<SpotWorkerGroup> groups = new ArrayList<>();
        for (WorkerGroupPlan group : plan.workerGroups()) {
            SpotWorkerGroup worker = new SpotWorkerGroup(this, "Worker" + Monitoring.pascal(group.queue()), SpotWorkerGroupProps.builder()
                    .cluster(cluster).runtime(withUrl).group(group).logRetention(props.getLogRetention()).build());
            worker.getService().getNode().addDependency(migrations.getCompletion());
            groups.add(worker);
        }
        this.workers = Collections.unmodifiableList(groups);
        this.beat = new CeleryBeat(this, "Beat", SupersetServiceProps.builder().cluster(cluster).runtime(withUrl)
                .logRetention(props.getLogRetention()).build());
        beat.getService().getNode().addDependency(migrations.getCompletion());

        this.queueDepth = new QueueDepthPublisher(this, "QueueDepth", cluster, brokerEndpoint, workers);
        this.monitoring = new Monitoring(this, "Monitoring", MonitoringProps.builder()
                .plan(plan).web(web).workers(workers).beat(beat).pgBouncer(pgBouncer)
                .database(database).broker(broker).cache(cache)
                .existingTopic(props.getExistingAlarmTopic()).alarmEmail(props.getAlarmEmail())
                .build());
    }

    /** The address users open: publicUrl, or the load balancer's URL. */
    public String getUrl() {
        return url;
    }

    public CapacityPlan getPlan() {
        return plan;
    }

    /** The new network, or null when you brought a VPC. */
    public Network getNetwork() {
        return network;
    }

    public IVpc getVpc() {
        return vpc;
    }

    public Cluster getCluster() {
        return cluster;
    }

    /**
     * The app tier every Superset task (web, workers, beat, migrations) is in: reach a warehouse with
     * {@code platform.getConnections().allowTo(warehouse, Port.tcp(5439), "Superset to Redshift")}.
     */
    @Override
    public Connections getConnections() {
        return appTier.getConnections();
    }

    /** The security group every Superset task joins. */
    public SecurityGroup getAppTier() {
        return appTier;
    }

    /** The new database, or null when you brought one. */
    public HaPostgres getDatabase() {
        return database;
    }

    public DatabaseEndpoint getDatabaseEndpoint() {
        return databaseEndpoint;
    }

    public PgBouncerPool getPgBouncer() {
        return pgBouncer;
    }

    /** The new broker, or null when you brought one. */
    public RedisBroker getBroker() {
        return broker;
    }

    public RedisEndpoint getBrokerEndpoint() {
        return brokerEndpoint;
    }

    /** The new cache, or null when you brought one. */
    public RedisCache getCache() {
        return cache;
    }

    public RedisEndpoint getCacheEndpoint() {
        return cacheEndpoint;
    }

    public SupersetSecrets getSecrets() {
        return secrets;
    }

    public SupersetRuntime getRuntime() {
        return runtime;
    }

    public DatabaseMigrations getMigrations() {
        return migrations;
    }

    public WebService getWeb() {
        return web;
    }

    public List<SpotWorkerGroup> getWorkers() {
        return workers;
    }

    public CeleryBeat getBeat() {
        return beat;
    }

    public QueueDepthPublisher getQueueDepth() {
        return queueDepth;
    }

    public Monitoring getMonitoring() {
        return monitoring;
    }
}
