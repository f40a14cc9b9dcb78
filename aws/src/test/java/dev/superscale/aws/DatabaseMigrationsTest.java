package dev.superscale.aws;

import static dev.superscale.aws.Fixtures.at;
import static dev.superscale.aws.Fixtures.only;
import static dev.superscale.aws.Fixtures.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.Preset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
    void failsWithoutCluster() {
        assertThatThrownBy(() -> new DatabaseMigrations(Synth.stack(), "Migrations", SupersetServiceProps.builder().build()))
                .hasMessageContaining("DatabaseMigrations 'Migrations'").hasMessageContaining("cluster is required");
    }
}
