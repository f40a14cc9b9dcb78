package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.PostgresHaMode;
import java.util.List;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.sns.ITopic;

/** Props of {@link SupersetPlatform}: flat, every field optional but the plan; bring-your-own XOR override. */
public final class SupersetPlatformProps {

    private final CapacityPlan plan;
    private final IVpc existingVpc;
    private final List<String> availabilityZones;
    private final String vpcCidr;
    private final Integer natGateways;
    private final DatabaseEndpoint existingDatabase;
    private final String databaseInstanceClass;
    private final PostgresHaMode databaseHaMode;
    private final RedisEndpoint existingBroker;
    private final String brokerNodeType;
    private final RedisEndpoint existingCache;
    private final String cacheNodeType;
    private final SupersetImage supersetImage;
    private final ContainerImage pgBouncerImage;
    private final String certificateArn;
    private final String publicUrl;
    private final Boolean internetFacing;
    private final Boolean allowPlainHttp;
    private final Boolean loadBalancerDeletionProtection;
    private final Boolean manageExistingSecurityGroups;
    private final List<String> ingressCidrs;
    private final ITopic existingAlarmTopic;
    private final String alarmEmail;
    private final RetentionDays logRetention;

    private SupersetPlatformProps(Builder b) {
        this.plan = b.plan;
        this.existingVpc = b.existingVpc;
        this.availabilityZones = b.availabilityZones == null ? null : List.copyOf(b.availabilityZones);
        this.vpcCidr = b.vpcCidr;
        this.natGateways = b.natGateways;
        this.existingDatabase = b.existingDatabase;
        this.databaseInstanceClass = b.databaseInstanceClass;
        this.databaseHaMode = b.databaseHaMode;
        this.existingBroker = b.existingBroker;
        this.brokerNodeType = b.brokerNodeType;
        this.existingCache = b.existingCache;
        this.cacheNodeType = b.cacheNodeType;
        this.supersetImage = b.supersetImage;
        this.pgBouncerImage = b.pgBouncerImage;
        this.certificateArn = b.certificateArn;
        this.publicUrl = b.publicUrl;
        this.internetFacing = b.internetFacing;
        this.allowPlainHttp = b.allowPlainHttp;
        this.loadBalancerDeletionProtection = b.loadBalancerDeletionProtection;
        this.manageExistingSecurityGroups = b.manageExistingSecurityGroups;
        this.ingressCidrs = b.ingressCidrs == null ? null : List.copyOf(b.ingressCidrs);
        this.existingAlarmTopic = b.existingAlarmTopic;
        this.alarmEmail = b.alarmEmail;
        this.logRetention = b.logRetention;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder with this object's values, to derive a variant. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.plan = plan;
        b.existingVpc = existingVpc;
        b.availabilityZones = availabilityZones;
        b.vpcCidr = vpcCidr;
        b.natGateways = natGateways;
        b.existingDatabase = existingDatabase;
        b.databaseInstanceClass = databaseInstanceClass;
        b.databaseHaMode = databaseHaMode;
        b.existingBroker = existingBroker;
        b.brokerNodeType = brokerNodeType;
        b.existingCache = existingCache;
        b.cacheNodeType = cacheNodeType;
        b.supersetImage = supersetImage;
        b.pgBouncerImage = pgBouncerImage;
        b.certificateArn = certificateArn;
        b.publicUrl = publicUrl;
        b.internetFacing = internetFacing;
        b.allowPlainHttp = allowPlainHttp;
        b.loadBalancerDeletionProtection = loadBalancerDeletionProtection;
        b.manageExistingSecurityGroups = manageExistingSecurityGroups;
        b.ingressCidrs = ingressCidrs;
        b.existingAlarmTopic = existingAlarmTopic;
        b.alarmEmail = alarmEmail;
        b.logRetention = logRetention;
        return b;
    }

    /** The capacity plan every size comes from. Required. */
    public CapacityPlan getPlan() {
        return plan;
    }

    /** A VPC you bring, spanning at least the plan's zones, with private subnets with egress (tasks) and public subnets if the load balancer is internet-facing; isolated subnets are used for Postgres and Redis when present. Default: a new {@link Network}. Not together with availabilityZones, vpcCidr or natGateways. */
    public IVpc getExistingVpc() {
        return existingVpc;
    }

    /** Zones of the new VPC. Default: see {@link NetworkProps#getAvailabilityZones()}. */
    public List<String> getAvailabilityZones() {
        return availabilityZones;
    }

    /** IPv4 range of the new VPC. Default 10.0.0.0/16. */
    public String getVpcCidr() {
        return vpcCidr;
    }

    /** NAT gateways of the new VPC. Default: see {@link NetworkProps#getNatGateways()}. */
    public Integer getNatGateways() {
        return natGateways;
    }

    /** A PostgreSQL you bring (PgBouncer is allowed into its security group). Default: a new {@link HaPostgres}. Not together with databaseInstanceClass. */
    public DatabaseEndpoint getExistingDatabase() {
        return existingDatabase;
    }

    /** Instance class of the new database, e.g. r7g.xlarge. Default: from the plan. */
    public String getDatabaseInstanceClass() {
        return databaseInstanceClass;
    }

    /** Pins the new database's HA mode (RDS Multi-AZ or Aurora). Default: the plan's. See {@link HaPostgresProps#getHaMode()}. Not together with existingDatabase. */
    public PostgresHaMode getDatabaseHaMode() {
        return databaseHaMode;
    }

    /** A non-cluster Redis you bring for Celery (TLS, AUTH, noeviction). Default: a new {@link RedisBroker}. Not together with brokerNodeType. */
    public RedisEndpoint getExistingBroker() {
        return existingBroker;
    }

    /** Node type of the new broker. Default: from the plan. */
    public String getBrokerNodeType() {
        return brokerNodeType;
    }

    /** A cluster-mode Redis you bring for the caches (TLS, AUTH). Default: a new {@link RedisCache}. Not together with cacheNodeType. */
    public RedisEndpoint getExistingCache() {
        return existingCache;
    }

    /** Node type of the new cache. Default: from the plan. */
    public String getCacheNodeType() {
        return cacheNodeType;
    }

    /** The Superset image. Default {@link SupersetImage#officialWithPostgresDriver()}. */
    public SupersetImage getSupersetImage() {
        return supersetImage;
    }

    /** The PgBouncer image. Default {@link PgBouncerPool#DEFAULT_IMAGE}. */
    public ContainerImage getPgBouncerImage() {
        return pgBouncerImage;
    }

    /** ACM certificate for HTTPS on the load balancer. Default: none (HTTP only). */
    public String getCertificateArn() {
        return certificateArn;
    }

    /**
     * The address users open, e.g. https://superset.example.com/ (a DNS name you point at the load
     * balancer, matching the certificate): report workers open it for screenshots and put it in
     * links. Default: the load balancer's own URL.
     */
    public String getPublicUrl() {
        return publicUrl;
    }

    /**
     * Whether the load balancer is public. Default false: internal, reachable from the VPC and the
     * networks joined to it. Internet-facing needs certificateArn, or allowPlainHttp.
     */
    public Boolean getInternetFacing() {
        return internetFacing;
    }

    /** Serve an internet-facing load balancer over plain HTTP; synth warns. Default false. */
    public Boolean getAllowPlainHttp() {
        return allowPlainHttp;
    }

    /** Deletion protection of the load balancer. Default true. */
    public Boolean getLoadBalancerDeletionProtection() {
        return loadBalancerDeletionProtection;
    }

    /**
     * Whether ingress rules for the Superset tasks and PgBouncer are added to the security groups of
     * a database, broker or cache you bring. Default false: the platform never changes a security
     * group you own; allow {@code getConnections()} (the app tier) and the PgBouncer tasks yourself.
     */
    public Boolean getManageExistingSecurityGroups() {
        return manageExistingSecurityGroups;
    }

    /** Who may reach the load balancer. Default [0.0.0.0/0]. */
    public List<String> getIngressCidrs() {
        return ingressCidrs;
    }

    /** SNS topic for alarms. Default: a new encrypted topic. Not together with alarmEmail. */
    public ITopic getExistingAlarmTopic() {
        return existingAlarmTopic;
    }

    /** E-mail address subscribed to the new alarm topic. Default: none. */
    public String getAlarmEmail() {
        return alarmEmail;
    }

    /** Retention of container logs. Default one month. */
    public RetentionDays getLogRetention() {
        return logRetention;
    }

    public static final class Builder {
        private CapacityPlan plan;
        private IVpc existingVpc;
        private List<String> availabilityZones;
        private String vpcCidr;
        private Integer natGateways;
        private DatabaseEndpoint existingDatabase;
        private String databaseInstanceClass;
        private PostgresHaMode databaseHaMode;
        private RedisEndpoint existingBroker;
        private String brokerNodeType;
        private RedisEndpoint existingCache;
        private String cacheNodeType;
        private SupersetImage supersetImage;
        private ContainerImage pgBouncerImage;
        private String certificateArn;
        private String publicUrl;

        public Builder publicUrl(String publicUrl) {
            this.publicUrl = publicUrl;
            return this;
        }
        private Boolean internetFacing;
        private Boolean allowPlainHttp;
        private Boolean loadBalancerDeletionProtection;
        private Boolean manageExistingSecurityGroups;

        public Builder allowPlainHttp(Boolean allowPlainHttp) {
            this.allowPlainHttp = allowPlainHttp;
            return this;
        }

        public Builder loadBalancerDeletionProtection(Boolean loadBalancerDeletionProtection) {
            this.loadBalancerDeletionProtection = loadBalancerDeletionProtection;
            return this;
        }

        public Builder manageExistingSecurityGroups(Boolean manageExistingSecurityGroups) {
            this.manageExistingSecurityGroups = manageExistingSecurityGroups;
            return this;
        }
        private List<String> ingressCidrs;
        private ITopic existingAlarmTopic;
        private String alarmEmail;
        private RetentionDays logRetention;

        public Builder plan(CapacityPlan plan) {
            this.plan = plan;
            return this;
        }

        public Builder existingVpc(IVpc existingVpc) {
            this.existingVpc = existingVpc;
            return this;
        }

        public Builder availabilityZones(List<String> availabilityZones) {
            this.availabilityZones = availabilityZones;
            return this;
        }

        public Builder vpcCidr(String vpcCidr) {
            this.vpcCidr = vpcCidr;
            return this;
        }

        public Builder natGateways(Integer natGateways) {
            this.natGateways = natGateways;
            return this;
        }

        public Builder existingDatabase(DatabaseEndpoint existingDatabase) {
            this.existingDatabase = existingDatabase;
            return this;
        }

        public Builder databaseInstanceClass(String databaseInstanceClass) {
            this.databaseInstanceClass = databaseInstanceClass;
            return this;
        }

        public Builder existingBroker(RedisEndpoint existingBroker) {
            this.existingBroker = existingBroker;
            return this;
        }

        public Builder databaseHaMode(PostgresHaMode databaseHaMode) {
            this.databaseHaMode = databaseHaMode;
            return this;
        }

        public Builder brokerNodeType(String brokerNodeType) {
            this.brokerNodeType = brokerNodeType;
            return this;
        }

        public Builder existingCache(RedisEndpoint existingCache) {
            this.existingCache = existingCache;
            return this;
        }

        public Builder cacheNodeType(String cacheNodeType) {
            this.cacheNodeType = cacheNodeType;
            return this;
        }

        public Builder supersetImage(SupersetImage supersetImage) {
            this.supersetImage = supersetImage;
            return this;
        }

        public Builder pgBouncerImage(ContainerImage pgBouncerImage) {
            this.pgBouncerImage = pgBouncerImage;
            return this;
        }

        public Builder certificateArn(String certificateArn) {
            this.certificateArn = certificateArn;
            return this;
        }

        public Builder internetFacing(Boolean internetFacing) {
            this.internetFacing = internetFacing;
            return this;
        }

        public Builder ingressCidrs(List<String> ingressCidrs) {
            this.ingressCidrs = ingressCidrs;
            return this;
        }

        public Builder existingAlarmTopic(ITopic existingAlarmTopic) {
            this.existingAlarmTopic = existingAlarmTopic;
            return this;
        }

        public Builder alarmEmail(String alarmEmail) {
            this.alarmEmail = alarmEmail;
            return this;
        }

        public Builder logRetention(RetentionDays logRetention) {
            this.logRetention = logRetention;
            return this;
        }

        public SupersetPlatformProps build() {
            return new SupersetPlatformProps(this);
        }
    }
}
