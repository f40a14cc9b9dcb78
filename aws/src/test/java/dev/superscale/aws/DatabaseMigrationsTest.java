package dev.superscale.aws;

import static dev.superscale.aws.Fixtures.at;
import static dev.superscale.aws.Fixtures.only;
import static dev.superscale.aws.Fixtures.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.MigrationPlan;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.Sized;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class DatabaseMigrationsTest {

    private static Template template() {
        return Synth.preset(Preset.ENTERPRISE).template();
    }

    private static String customResource() {
        List<String> ids = Fixtures.ids(template(), "Custom::SupersetMigrations", "Migrations");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    @Test
    void runsSupersetDbUpgradeAndInitAsAOneOffTask() {
        Map<String, Object> task = only(template(), "AWS::ECS::TaskDefinition", "Migrations");
        assertThat(at(task, "Properties", "ContainerDefinitions", 0, "Command").toString())
                .contains("superset db upgrade && superset init");
        assertThat(Fixtures.ids(template(), "AWS::ECS::Service", "Migrations")).isEmpty();
    }

    @Test
    void reRunsWheneverTheTaskDefinitionChanges() {
        Map<String, Object> resource = Fixtures.resources(template(), "Custom::SupersetMigrations").values().iterator().next();
        assertThat(properties(resource).get("TaskDefinition").toString()).contains("Ref=SupersetMigrationsTaskDefinition");
        assertThat(properties(resource)).containsEntry("ServiceTimeout", "3600").containsKeys("Cluster", "Subnets", "SecurityGroups");
    }

    @Test
    void newWebWorkerAndBeatTasksStartOnlyAfterMigrationsSucceeded() {
        String migrations = customResource();
        for (String service : List.of("WebService", "WorkerInteractiveService", "WorkerReportsService", "BeatService")) {
            assertThat(only(template(), "AWS::ECS::Service", service).get("DependsOn").toString()).as(service).contains(migrations);
        }
    }

    @Test
    void waitsForPgBouncerBeforeMigrating() {
        Object dependsOn = template().findResources("Custom::SupersetMigrations").values().iterator().next();
        assertThat(dependsOn.toString()).contains("SupersetPgBouncerService");
    }

    @Test
    void neverRetriesItsFunctionAsynchronouslyWhichWouldRunTheMigrationTwice() {
        template().hasResourceProperties("AWS::Lambda::EventInvokeConfig", Map.of(
                "FunctionName", Map.of("Ref", Fixtures.ids(template(), "AWS::Lambda::Function", "MigrationsFunction").get(0)),
                "MaximumRetryAttempts", 0, "Qualifier", "$LATEST"));
    }

    @Test
    void givesUpAtThePlansLimitAMarginBeforeCloudFormationsTimeout() {
        Map<String, Object> resource = Fixtures.resources(template(), "Custom::SupersetMigrations").values().iterator().next();
        long limit = Synth.preset(Preset.ENTERPRISE).plan().migrations().timeoutSeconds().value();
        assertThat(properties(resource)).containsEntry("ServiceTimeout", "3600").containsEntry("GiveUpAfterSeconds", Long.toString(limit));
        assertThat(limit).isLessThanOrEqualTo(3600 - DatabaseMigrations.GIVE_UP_MARGIN.toSeconds().longValue());
    }

    @Test
    void mayStopOnlyTasksOfItsClusterWhenItGivesUp() {
        Object taskArn = Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(Match.arrayWith(List.of(":task/"))))));
        Object statement = Match.objectLike(Map.of("Action", List.of("ecs:DescribeTasks", "ecs:StopTask"), "Resource", taskArn));
        Object document = Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(statement))));
        template().hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument", document)));
    }

    @Test
    void inlinesItsPythonResource() {
        Map<String, Object> function = properties(only(template(), "AWS::Lambda::Function", "MigrationsFunction"));
        assertThat(Fixtures.<String>at(function, "Code", "ZipFile")).isEqualTo(InlineSource.read(DatabaseMigrations.HANDLER_RESOURCE));
    }

    @Test
    void failsAtSynthWhenThePlansLimitLeavesNoMarginBeforeTheTimeout() {
        CapacityPlan p = Fixtures.TEAM;
        MigrationPlan tooLong = new MigrationPlan(p.migrations().cpuMillicores(), p.migrations().memoryMiB(),
                new Sized(3_500, "s", "longer than the custom resource can wait"));
        CapacityPlan plan = new CapacityPlan(p.load(), p.highAvailability(), p.peakLoad(), p.chartQueryMode(), p.chartQueryModeReason(),
                p.availabilityZones(), p.web(), p.workerGroups(), p.beat(), tooLong, p.postgres(), p.connectionBudget(), p.pgBouncer(),
                p.redisBroker(), p.redisCache(), p.cachePolicy(), p.limits(), p.alerts(), p.notes());
        Stack stack = Synth.stack();
        var vpc = Fixtures.vpc(stack, plan);
        var props = SupersetServiceProps.builder().cluster(Fixtures.cluster(stack, vpc)).runtime(Fixtures.runtime(stack, vpc, plan)).build();
        assertThatThrownBy(() -> new DatabaseMigrations(stack, "Migrations", props))
                .hasMessageContaining("DatabaseMigrations 'Migrations'").hasMessageContaining("migration limit is 3500 s")
                .hasMessageContaining("3300 s");
    }

    @Test
    void failsWithoutCluster() {
        assertThatThrownBy(() -> new DatabaseMigrations(Synth.stack(), "Migrations", SupersetServiceProps.builder().build()))
                .hasMessageContaining("DatabaseMigrations 'Migrations'").hasMessageContaining("cluster is required");
    }
}
