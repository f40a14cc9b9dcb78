package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.PostgresHaMode;
import java.util.List;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.logs.RetentionDays;

/** Props of {@link HaPostgres}. */
public final class HaPostgresProps {

    private final CapacityPlan plan;
    private final IVpc vpc;
    private final SubnetSelection subnets;
    private final List<String> availabilityZones;
    private final String instanceClass;
    private final String databaseName;
    private final String username;
    private final PostgresHaMode haMode;
    private final RetentionDays logRetention;

    private HaPostgresProps(Builder b) {
        this.plan = b.plan;
        this.vpc = b.vpc;
        this.subnets = b.subnets;
        this.availabilityZones = b.availabilityZones == null ? null : List.copyOf(b.availabilityZones);
        this.instanceClass = b.instanceClass;
        this.databaseName = b.databaseName;
        this.username = b.username;
        this.haMode = b.haMode;
        this.logRetention = b.logRetention;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The capacity plan: vCPU, memory, storage, HA mode, backup retention, max_connections. Required. */
    public CapacityPlan getPlan() {
        return plan;
    }

    /** The VPC. Required. */
    public IVpc getVpc() {
        return vpc;
    }

    /** Where the database goes. Default: the VPC's isolated subnets, or its private subnets if it has none. */
    public SubnetSelection getSubnets() {
        return subnets;
    }

    /**
     * Zones for the Aurora writer and reader, in that order (MULTI_AZ_WITH_READER only).
     * Default: the VPC's first two zones, so the reader is always in another zone than the writer.
     */
    public List<String> getAvailabilityZones() {
        return availabilityZones;
    }

    /**
     * Instance class without the "db." prefix, e.g. "r7g.xlarge". Default: the smallest db.r6g
     * class with the plan's vCPU and memory.
     */
    public String getInstanceClass() {
        return instanceClass;
    }

    /** The database Superset uses. Default {@code superset}. */
    public String getDatabaseName() {
        return databaseName;
    }

    /** The user Superset and PgBouncer log in as (the master user). Default {@code superset}. */
    public String getUsername() {
        return username;
    }

    /**
     * The HA mode. Default: the plan's ({@code MULTI_AZ_STANDBY}, RDS Multi-AZ, at every tier, so a
     * user-count change never swaps the engine). {@code MULTI_AZ_WITH_READER} (Aurora with a reader,
     * faster failover) is a different resource: choose it when the database is created, never by
     * switching an existing stack, which would get a new, empty database (README, "Changing the user count").
     */
    public PostgresHaMode getHaMode() {
        return haMode;
    }

    /**
     * How long the PostgreSQL logs exported to CloudWatch Logs (the postgresql log with its slow
     * statements, and for RDS the upgrade log) are kept. Default one month
     * ({@link HaPostgres#DEFAULT_LOG_RETENTION}), like the other logs; RDS itself never expires them.
     */
    public RetentionDays getLogRetention() {
        return logRetention;
    }

    public static final class Builder {
        private CapacityPlan plan;
        private IVpc vpc;
        private SubnetSelection subnets;
        private List<String> availabilityZones;
        private String instanceClass;
        private String databaseName;
        private String username;
        private PostgresHaMode haMode;
        private RetentionDays logRetention;

        public Builder logRetention(RetentionDays logRetention) {
            this.logRetention = logRetention;
            return this;
        }

        public Builder haMode(PostgresHaMode haMode) {
            this.haMode = haMode;
            return this;
        }

        public Builder plan(CapacityPlan plan) {
            this.plan = plan;
            return this;
        }

        public Builder vpc(IVpc vpc) {
            this.vpc = vpc;
            return this;
        }

        public Builder subnets(SubnetSelection subnets) {
            this.subnets = subnets;
            return this;
        }

        public Builder availabilityZones(List<String> availabilityZones) {
            this.availabilityZones = availabilityZones;
            return this;
        }

        public Builder instanceClass(String instanceClass) {
            this.instanceClass = instanceClass;
            return this;
        }

        public Builder databaseName(String databaseName) {
            this.databaseName = databaseName;
            return this;
        }

        public Builder username(String username) {
            this.username = username;
            return this;
        }

        public HaPostgresProps build() {
            return new HaPostgresProps(this);
        }
    }
}
