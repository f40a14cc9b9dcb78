package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.render.PgBouncerBinding.ServerTlsMode;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.logs.RetentionDays;

/** Props of {@link PgBouncerPool}. */
public final class PgBouncerPoolProps {

    private final CapacityPlan plan;
    private final ICluster cluster;
    private final DatabaseEndpoint database;
    private final ContainerImage image;
    private final SubnetSelection subnets;
    private final ServerTlsMode serverTlsMode;
    private final String serverCaBundleUrl;
    private final RetentionDays logRetention;
    private final Boolean manageDatabaseSecurityGroup;

    private PgBouncerPoolProps(Builder b) {
        this.plan = b.plan;
        this.cluster = b.cluster;
        this.database = b.database;
        this.image = b.image;
        this.subnets = b.subnets;
        this.serverTlsMode = b.serverTlsMode;
        this.serverCaBundleUrl = b.serverCaBundleUrl;
        this.logRetention = b.logRetention;
        this.manageDatabaseSecurityGroup = b.manageDatabaseSecurityGroup;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The capacity plan: replicas, pool sizes (pgbouncer.ini), CPU and memory. Required. */
    public CapacityPlan getPlan() {
        return plan;
    }

    /** The ECS cluster the Fargate service runs in (its VPC is used). Required. */
    public ICluster getCluster() {
        return cluster;
    }

    /** The PostgreSQL it pools: {@link HaPostgres#getEndpoint()} or {@link DatabaseEndpoint#of}. Required. */
    public DatabaseEndpoint getDatabase() {
        return database;
    }

    /**
     * PgBouncer image: it needs /bin/sh, sed, pgbouncer on PATH, a writable /etc/pgbouncer and, for
     * verify-ca/verify-full, the database's CA bundle at /etc/pgbouncer/server-ca.pem. Default: built
     * from {@link PgBouncerPool#BASE_IMAGE} with the CA bundle baked in, pushed to ECR by cdk deploy.
     */
    public ContainerImage getImage() {
        return image;
    }

    /** Subnets of the tasks and the internal NLB. Default: the VPC's private subnets with egress. */
    public SubnetSelection getSubnets() {
        return subnets;
    }

    /**
     * TLS towards PostgreSQL. Default {@code VERIFY_FULL}: the server certificate must be signed by the
     * CA bundle and match the host name.
     */
    public ServerTlsMode getServerTlsMode() {
        return serverTlsMode;
    }

    /**
     * The CA bundle the default image bakes in (downloaded once, when the image is built by cdk deploy;
     * tasks never download at start). Default {@link PgBouncerPool#DEFAULT_CA_BUNDLE_URL}, RDS's bundle for every region.
     */
    public String getServerCaBundleUrl() {
        return serverCaBundleUrl;
    }

    /** How long container logs are kept. Default one month. */
    public RetentionDays getLogRetention() {
        return logRetention;
    }

    /**
     * Whether PgBouncer adds an ingress rule to the database's security group. Default true; a
     * database you bring in a security group you own gets none when false (allow the pool's task
     * security group yourself).
     */
    public Boolean getManageDatabaseSecurityGroup() {
        return manageDatabaseSecurityGroup;
    }

    public static final class Builder {
        private CapacityPlan plan;
        private ICluster cluster;
        private DatabaseEndpoint database;
        private ContainerImage image;
        private SubnetSelection subnets;
        private ServerTlsMode serverTlsMode;
        private String serverCaBundleUrl;
        private RetentionDays logRetention;
        private Boolean manageDatabaseSecurityGroup;

        public Builder manageDatabaseSecurityGroup(Boolean manageDatabaseSecurityGroup) {
            this.manageDatabaseSecurityGroup = manageDatabaseSecurityGroup;
            return this;
        }

        public Builder plan(CapacityPlan plan) {
            this.plan = plan;
            return this;
        }

        public Builder cluster(ICluster cluster) {
            this.cluster = cluster;
            return this;
        }

        public Builder database(DatabaseEndpoint database) {
            this.database = database;
            return this;
        }

        public Builder image(ContainerImage image) {
            this.image = image;
            return this;
        }

        public Builder subnets(SubnetSelection subnets) {
            this.subnets = subnets;
            return this;
        }

        public Builder serverTlsMode(ServerTlsMode serverTlsMode) {
            this.serverTlsMode = serverTlsMode;
            return this;
        }

        public Builder serverCaBundleUrl(String serverCaBundleUrl) {
            this.serverCaBundleUrl = serverCaBundleUrl;
            return this;
        }

        public Builder logRetention(RetentionDays logRetention) {
            this.logRetention = logRetention;
            return this;
        }

        public PgBouncerPoolProps build() {
            return new PgBouncerPoolProps(this);
        }
    }
}
