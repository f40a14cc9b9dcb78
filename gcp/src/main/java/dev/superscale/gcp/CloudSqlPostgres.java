package dev.superscale.gcp;

import com.pulumi.core.Output;
import com.pulumi.gcp.sql.Database;
import com.pulumi.gcp.sql.DatabaseArgs;
import com.pulumi.gcp.sql.DatabaseInstance;
import com.pulumi.gcp.sql.DatabaseInstanceArgs;
import com.pulumi.gcp.sql.User;
import com.pulumi.gcp.sql.UserArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsBackupConfigurationArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsDatabaseFlagArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsInsightsConfigArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsIpConfigurationArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsLocationPreferenceArgs;
import com.pulumi.gcp.sql.inputs.DatabaseInstanceSettingsMaintenanceWindowArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.superscale.capacity.PostgresPlan;
import java.util.List;
import java.util.Map;

/**
 * Superset's metadata database on Cloud SQL for PostgreSQL: REGIONAL (a synchronous standby in a
 * second zone), a private IP only, automated backups with point-in-time recovery, deletion
 * protection both in Cloud SQL and in Pulumi, and max_connections from the plan's connection
 * budget. Query Insights is on: the latency alert reads its metric.
 */
public class CloudSqlPostgres extends ComponentResource {

    public static final String TYPE = "superscale:gcp:CloudSqlPostgres";
    public static final int PORT = 5432;
    /** Cloud SQL Enterprise keeps transaction logs (the PITR window) for at most 7 days. */
    static final int MAX_TRANSACTION_LOG_DAYS = 7;

    private final DatabaseInstance instance;
    private final Database database;
    private final User user;
    private final GcpCatalog.SqlTier tier;

    public CloudSqlPostgres(String name, CloudSqlPostgresArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        Children.require(args, "CloudSqlPostgres", name, "args");
        Children.require(args.plan(), "CloudSqlPostgres", name, "plan");
        Children.require(args.network(), "CloudSqlPostgres", name, "network");
        Children.require(args.region(), "CloudSqlPostgres", name, "region");
        Children.require(args.password(), "CloudSqlPostgres", name, "password");
        if (args.zones() == null || args.zones().size() < 2) {
            throw new IllegalArgumentException("CloudSqlPostgres '" + name + "': zones must name the primary's and the standby's zones, got "
                    + args.zones());
        }
        PostgresPlan pg = args.plan().postgres();
        if (!pg.pointInTimeRecovery().value().equals("enabled") || !pg.deletionProtection().value().equals("enabled")) {
            throw new IllegalArgumentException("CloudSqlPostgres '" + name + "': the plan turns off point-in-time recovery or deletion protection ("
                    + pg.pointInTimeRecovery() + ", " + pg.deletionProtection() + "); this component always keeps both");
        }
        this.tier = GcpCatalog.sqlTier(pg.vcpu().value(), pg.memoryMiB().value());

        DatabaseInstanceSettingsArgs settings = DatabaseInstanceSettingsArgs.builder()
                .tier(tier.name())
                .edition("ENTERPRISE")
                // REGIONAL is Cloud SQL's synchronous standby in another zone: the plan's MULTI_AZ_STANDBY at every tier.
                .availabilityType("REGIONAL")
                .locationPreference(DatabaseInstanceSettingsLocationPreferenceArgs.builder()
                        .zone(args.zones().get(0)).secondaryZone(args.zones().get(1)).build())
                .diskType("PD_SSD")
                .diskSize(pg.storageGiB().intValue())
                .diskAutoresize(true)
                .diskAutoresizeLimit(pg.maxStorageGiB().intValue())
                .deletionProtectionEnabled(true)
                .ipConfiguration(DatabaseInstanceSettingsIpConfigurationArgs.builder()
                        .ipv4Enabled(false)
                        .privateNetwork(args.network().networkId())
                        .requireSsl(true)
                        .build())
                .backupConfiguration(DatabaseInstanceSettingsBackupConfigurationArgs.builder()
                        .enabled(true)
                        .pointInTimeRecoveryEnabled(true)
                        .startTime("02:00")
                        .transactionLogRetentionDays(Math.min(pg.backupRetentionDays().intValue(), MAX_TRANSACTION_LOG_DAYS))
                        // Daily backups: keeping N of them keeps N days.
                        .backupRetentionSettings(DatabaseInstanceSettingsBackupConfigurationBackupRetentionSettingsArgs.builder()
                                .retainedBackups(pg.backupRetentionDays().intValue())
                                .retentionUnit("COUNT")
                                .build())
                        .build())
                .databaseFlags(List.of(DatabaseInstanceSettingsDatabaseFlagArgs.builder()
                        .name("max_connections").value(String.valueOf(pg.maxConnections().value())).build()))
                .insightsConfig(DatabaseInstanceSettingsInsightsConfigArgs.builder()
                        .queryInsightsEnabled(true).recordApplicationTags(true).recordClientAddress(false).build())
                .maintenanceWindow(DatabaseInstanceSettingsMaintenanceWindowArgs.builder().day(7).hour(3).updateTrack("stable").build())
                .build();
        this.instance = new DatabaseInstance(name + "-instance", DatabaseInstanceArgs.builder()
                .databaseVersion(args.databaseVersion())
                .region(args.region())
                .deletionProtection(true)
                .settings(settings)
                .build(), Children.stateful(this, args.network().getPrivateServiceAccess()));
        this.database = new Database(name + "-database", DatabaseArgs.builder()
                .instance(instance.name())
                .name(args.databaseName())
                .build(), Children.of(this));
        this.user = new User(name + "-user", UserArgs.builder()
                .instance(instance.name())
                .name(args.userName())
                .password(args.password().asSecret())
                .build(), Children.of(this));

        registerOutputs(Map.of("privateIpAddress", instance.privateIpAddress(), "connectionName", instance.connectionName()));
    }

    public DatabaseInstance getInstance() {
        return instance;
    }

    public Database getDatabase() {
        return database;
    }

    public User getUser() {
        return user;
    }

    /** The custom tier the plan's vCPUs and memory map to. */
    public GcpCatalog.SqlTier tier() {
        return tier;
    }

    /** The private address PgBouncer connects to. */
    public Output<String> privateIpAddress() {
        return instance.privateIpAddress();
    }
}
