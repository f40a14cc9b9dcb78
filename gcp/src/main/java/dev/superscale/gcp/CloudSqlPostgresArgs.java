package dev.superscale.gcp;

import com.pulumi.core.Output;
import dev.superscale.capacity.CapacityPlan;
import java.util.List;

/**
 * Inputs of {@link CloudSqlPostgres}.
 *
 * @param plan             sizes, backups, PITR, deletion protection and max_connections (required)
 * @param network          the network whose private service access gives the instance its only address (required)
 * @param region           the instance's region (required)
 * @param zones            the primary's zone first, then the standby's (at least two, required)
 * @param password         the application user's password, a secret (required)
 * @param databaseName     default {@value #DEFAULT_DATABASE}
 * @param userName         default {@value #DEFAULT_USER}
 * @param databaseVersion  default {@value #DEFAULT_VERSION}; a create-time choice: changing it replaces nothing only with a
 *                         major-version upgrade done deliberately
 */
public record CloudSqlPostgresArgs(CapacityPlan plan, Network network, String region, List<String> zones, Output<String> password,
        String databaseName, String userName, String databaseVersion) {

    public static final String DEFAULT_DATABASE = "superset";
    public static final String DEFAULT_USER = "superset";
    public static final String DEFAULT_VERSION = "POSTGRES_16";

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private CapacityPlan plan;
        private Network network;
        private String region;
        private List<String> zones;
        private Output<String> password;
        private String databaseName = DEFAULT_DATABASE;
        private String userName = DEFAULT_USER;
        private String databaseVersion = DEFAULT_VERSION;

        public Builder plan(CapacityPlan plan) {
            this.plan = plan;
            return this;
        }

        public Builder network(Network network) {
            this.network = network;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder zones(List<String> zones) {
            this.zones = zones;
            return this;
        }

        public Builder password(Output<String> password) {
            this.password = password;
            return this;
        }

        public Builder databaseName(String name) {
            this.databaseName = name;
            return this;
        }

        public Builder userName(String name) {
            this.userName = name;
            return this;
        }

        public Builder databaseVersion(String version) {
            this.databaseVersion = version;
            return this;
        }

        public CloudSqlPostgresArgs build() {
            return new CloudSqlPostgresArgs(plan, network, region, zones, password, databaseName, userName, databaseVersion);
        }
    }
}
