package dev.superscale.aws;

import static dev.superscale.aws.Fixtures.only;
import static dev.superscale.aws.Fixtures.properties;
import static dev.superscale.aws.Fixtures.resources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.PostgresHaMode;
import dev.superscale.capacity.Preset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.logs.RetentionDays;

/** Postgres as every tier builds it by default (RDS Multi-AZ), and as the opt-in Aurora-with-a-reader mode builds it. */
class HaPostgresTest {

    private static Template rds() {
        return Synth.preset(Preset.TEAM).template();
    }

    private static Template aurora() {
        return Synth.aurora().template();
    }

    @Test
    void everyTierUsesRdsMultiAzWithASynchronousStandbyByDefault() {
        for (Preset preset : Preset.values()) {
            Template template = Synth.preset(preset).template();
            template.hasResourceProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of("MultiAZ", true, "Engine", "postgres")));
            // One engine at every tier: growing past any user count never replaces the database.
            assertThat(resources(template, "AWS::RDS::DBCluster")).as(preset.name()).isEmpty();
        }
    }

    @Test
    void optInAuroraHasAReaderInAnotherZone() {
        Template template = aurora();
        Object writerZone = properties(only(template, "AWS::RDS::DBInstance", "Writer")).get("AvailabilityZone");
        Object readerZone = properties(only(template, "AWS::RDS::DBInstance", "Reader")).get("AvailabilityZone");
        assertThat(writerZone).isNotNull();
        assertThat(readerZone).isNotNull().isNotEqualTo(writerZone);
        assertThat(properties(only(template, "AWS::RDS::DBInstance", "Reader")).get("PromotionTier")).isEqualTo(0);
    }

    private static Template bare(PostgresHaMode mode, RetentionDays retention) {
        Stack stack = Synth.stack();
        new HaPostgres(stack, "Database", HaPostgresProps.builder().plan(Fixtures.TEAM).vpc(Fixtures.vpc(stack, Fixtures.TEAM))
                .haMode(mode).logRetention(retention).build());
        return Template.fromStack(stack);
    }

    /** A Custom::LogRetention for the log group RDS names {@code prefix<identifier>suffix}, kept {@code days} days. */
    private static Object logRetention(String prefix, String suffix, int days) {
        Object name = Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of(prefix, suffix))))));
        return Match.objectLike(Map.of("RetentionInDays", days, "LogGroupName", name));
    }

    @Test
    void exportedLogsExpireAfterAMonthLikeTheOtherLogs() {
        Template template = bare(null, null);
        template.hasResourceProperties("Custom::LogRetention", logRetention("/aws/rds/instance/", "/postgresql", 30));
        template.hasResourceProperties("Custom::LogRetention", logRetention("/aws/rds/instance/", "/upgrade", 30));
        assertThat(resources(template, "Custom::LogRetention")).hasSize(2);
    }

    @Test
    void exportedLogRetentionIsAPropForRdsAndAurora() {
        bare(null, RetentionDays.THREE_MONTHS).hasResourceProperties("Custom::LogRetention",
                logRetention("/aws/rds/instance/", "/postgresql", 90));
        bare(PostgresHaMode.MULTI_AZ_WITH_READER, RetentionDays.ONE_YEAR).hasResourceProperties("Custom::LogRetention",
                logRetention("/aws/rds/cluster/", "/postgresql", 365));
    }

    @Test
    void encryptsStorage() {
        rds().hasResourceProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of("StorageEncrypted", true)));
        aurora().hasResourceProperties("AWS::RDS::DBCluster", Match.objectLike(Map.of("StorageEncrypted", true)));
    }

    @Test
    void protectsAgainstDeletion() {
        rds().hasResourceProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of("DeletionProtection", true)));
        aurora().hasResourceProperties("AWS::RDS::DBCluster", Match.objectLike(Map.of("DeletionProtection", true)));
    }

    @Test
    void keepsASnapshotWhenRemoved() {
        rds().hasResource("AWS::RDS::DBInstance", Match.objectLike(Map.of("DeletionPolicy", "Snapshot", "UpdateReplacePolicy", "Snapshot")));
        aurora().hasResource("AWS::RDS::DBCluster", Match.objectLike(Map.of("DeletionPolicy", "Snapshot", "UpdateReplacePolicy", "Snapshot")));
    }

    @Test
    void keepsBackupsForThePlansRetentionWhichEnablesPointInTimeRecovery() {
        int small = Synth.preset(Preset.TEAM).plan().postgres().backupRetentionDays().intValue();
        int large = Synth.preset(Preset.ENTERPRISE).plan().postgres().backupRetentionDays().intValue();
        assertThat(small).isPositive();
        rds().hasResourceProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of("BackupRetentionPeriod", small)));
        aurora().hasResourceProperties("AWS::RDS::DBCluster", Match.objectLike(Map.of("BackupRetentionPeriod", large)));
    }

    @Test
    void sizesStorageFromThePlan() {
        var pg = Synth.preset(Preset.TEAM).plan().postgres();
        rds().hasResourceProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of(
                "AllocatedStorage", Long.toString(pg.storageGiB().value()), "MaxAllocatedStorage", (int) pg.maxStorageGiB().value())));
    }

    @Test
    void generatesCredentialsIntoSecretsManager() {
        Template template = rds();
        Map<String, Object> secret = only(template, "AWS::SecretsManager::Secret", "DatabaseCredentials");
        assertThat(properties(secret)).containsKey("GenerateSecretString");
        Map<String, Object> instance = resources(template, "AWS::RDS::DBInstance").values().iterator().next();
        assertThat(properties(instance).get("MasterUserPassword").toString()).contains("resolve:secretsmanager");
    }

    @Test
    void setsMaxConnectionsToThePlansConnectionBudget() {
        long small = Synth.preset(Preset.TEAM).plan().postgres().maxConnections().value();
        long large = Synth.preset(Preset.ENTERPRISE).plan().postgres().maxConnections().value();
        assertThat(small).isEqualTo(Synth.preset(Preset.TEAM).plan().connectionBudget().maxConnections().value());
        rds().hasResourceProperties("AWS::RDS::DBParameterGroup", Match.objectLike(Map.of(
                "Parameters", Match.objectLike(Map.of("max_connections", Long.toString(small))))));
        aurora().hasResourceProperties("AWS::RDS::DBParameterGroup", Match.objectLike(Map.of(
                "Parameters", Match.objectLike(Map.of("max_connections", Long.toString(large))))));
    }

    @Test
    void requiresTls() {
        rds().hasResourceProperties("AWS::RDS::DBParameterGroup", Match.objectLike(Map.of(
                "Parameters", Match.objectLike(Map.of("rds.force_ssl", "1")))));
        aurora().hasResourceProperties("AWS::RDS::DBClusterParameterGroup", Match.objectLike(Map.of(
                "Parameters", Match.objectLike(Map.of("rds.force_ssl", "1")))));
    }

    @Test
    void isNeverPubliclyAccessibleAndLivesInIsolatedSubnets() {
        rds().hasResourceProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of("PubliclyAccessible", false)));
        rds().hasResourceProperties("AWS::RDS::DBSubnetGroup", Match.objectLike(Map.of(
                "SubnetIds", Match.arrayWith(java.util.List.of(Map.of("Ref", Match.stringLikeRegexp(".*VpcDataSubnet1.*")))))));
    }

    @Test
    void failsWithoutPlanOrVpcNamingBoth() {
        assertThatThrownBy(() -> new HaPostgres(Synth.stack(), "Db", HaPostgresProps.builder().build()))
                .hasMessageContaining("HaPostgres 'Db'").hasMessageContaining("plan is required").hasMessageContaining("vpc is required");
    }

    @Test
    void failsOnAnInstanceClassWithTheDbPrefix() {
        var stack = Synth.stack();
        var vpc = Fixtures.vpc(stack, Fixtures.TEAM);
        assertThatThrownBy(() -> new HaPostgres(stack, "Db", HaPostgresProps.builder().plan(Fixtures.TEAM).vpc(vpc)
                .instanceClass("db.r6g.large").build())).hasMessageContaining("instanceClass 'db.r6g.large'");
    }
}
