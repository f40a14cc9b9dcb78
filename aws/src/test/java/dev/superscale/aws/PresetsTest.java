package dev.superscale.aws;

import static dev.superscale.aws.Fixtures.resources;
import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CloudFormationValidatePlugin;
import software.amazon.awscdk.Validations;
import software.amazon.awscdk.assertions.Template;

class PresetsTest {

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyPresetSynthesizesTheWholeTopology(Preset preset) {
        Template template = Synth.preset(preset).template();
        assertThat(resources(template, "AWS::ECS::Service")).hasSize(5);
        assertThat(resources(template, "AWS::ElastiCache::ReplicationGroup")).hasSize(2);
        assertThat(resources(template, "Custom::SupersetMigrations")).hasSize(1);
        assertThat(resources(template, "AWS::ElasticLoadBalancingV2::LoadBalancer")).hasSize(2);
        assertThat(resources(template, "AWS::CloudWatch::Dashboard")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyPresetHasZeroUnsuppressedAwsSolutionsFindings(Preset preset) {
        assertThat(Synth.preset(preset).nagFindings()).as("cdk-nag AwsSolutions errors and warnings for %s", preset).isEmpty();
    }

    @Test
    void optInAuroraHasZeroUnsuppressedAwsSolutionsFindings() {
        assertThat(Synth.aurora().nagFindings()).as("cdk-nag AwsSolutions errors and warnings for Aurora at 10k").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everySuppressionNamesItsReason(Preset preset) {
        Map<String, Object> json = Synth.preset(preset).template().toJSON();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> all = (Map<String, Map<String, Object>>) json.get("Resources");
        all.forEach((id, resource) -> {
            Object metadata = resource.get("Metadata");
            if (metadata != null && metadata.toString().contains("rules_to_suppress")) {
                List<Map<String, Object>> rules = Fixtures.at(metadata, "cdk_nag", "rules_to_suppress");
                rules.forEach(rule -> assertThat(rule.get("reason").toString()).as(id + " " + rule.get("id")).hasSizeGreaterThan(40));
            }
        });
    }

    @Test
    void statefulLogicalIdsArePinned() {
        Template small = Synth.preset(Preset.TEAM).template();
        Template large = Synth.preset(Preset.ENTERPRISE).template();
        Template aurora = Synth.aurora().template();
        // The same database id at every tier: a user-count change resizes it in place.
        for (Preset preset : Preset.values()) {
            assertThat(Fixtures.ids(Synth.preset(preset).template(), "AWS::RDS::DBInstance", ""))
                    .as(preset.name()).containsExactly("SupersetDatabaseInstanceE473EBCA");
        }
        assertThat(Fixtures.ids(aurora, "AWS::RDS::DBCluster", "")).containsExactly("SupersetDatabaseCluster40BCF865");
        assertThat(Fixtures.ids(aurora, "AWS::RDS::DBInstance", ""))
                .containsExactly("SupersetDatabaseClusterReader596C7AAC", "SupersetDatabaseClusterWriter23F973AC");
        for (Template template : List.of(small, large)) {
            assertThat(Fixtures.ids(template, "AWS::ElastiCache::ReplicationGroup", ""))
                    .containsExactly("SupersetBrokerReplicationGroup0C1EEF31", "SupersetCacheReplicationGroup34E65B70");
            assertThat(Fixtures.ids(template, "AWS::SecretsManager::Secret", "")).contains("SupersetBrokerAuthTokenB2308393",
                    "SupersetCacheAuthTokenE933F394", "SupersetDatabaseCredentialsFDB82A6E", "SupersetSecretsSecretKey9DD185D1");
            assertThat(Fixtures.ids(template, "AWS::S3::Bucket", "")).containsExactly("SupersetWebAccessLogsE9AA6695");
        }
        assertThat(Fixtures.ids(large, "AWS::SecretsManager::Secret", "")).contains("SupersetSecretsAsyncQueriesJwtSecret811D74E1");
    }

    @Test
    void twoSynthsGiveByteIdenticalTemplates() throws Exception {
        String first = synthTemplate();
        String second = synthTemplate();
        assertThat(second).isEqualTo(first);
        assertThat(first).contains("AWS::RDS::DBInstance");
    }

    private static String synthTemplate() throws Exception {
        App app = Synth.app();
        new SupersetStack(app, "Superset", SupersetPlatformProps.builder().plan(CapacityPlanner.planFor(Preset.ENTERPRISE.load())).build());
        Path dir = Path.of(app.synth().getDirectory());
        return Files.readString(dir.resolve("Superset.template.json"));
    }

    /** CDK's CloudFormation schema validation (off by default in this module's tests for speed) finds nothing. */
    @Test
    void everyPresetPassesCloudFormationSchemaValidation() throws Exception {
        for (Preset preset : Preset.values()) {
            Path outdir = Files.createTempDirectory("superscale-validate");
            App app = App.Builder.create().outdir(outdir.toString()).build();
            Validations.of(app).addPlugins(new CloudFormationValidatePlugin());
            new SupersetStack(app, "Superset", SupersetPlatformProps.builder().plan(CapacityPlanner.planFor(preset.load())).build());
            app.synth();
            Path report = outdir.resolve("validation-report.json");
            String violations = Files.exists(report) ? Files.readString(report) : "";
            assertThat(violations).as("%s: %s", preset, violations).doesNotContain("\"violations\"");
        }
    }

    /** Resources per type and tier, for the docs; also a guard against a component silently disappearing. */
    @Test
    void resourceCountsPerTier() {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Preset preset : Preset.values()) {
            resources(Synth.preset(preset).template(), "").size();
            Map<String, Object> json = Synth.preset(preset).template().toJSON();
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> all = (Map<String, Map<String, Object>>) json.get("Resources");
            all.values().forEach(r -> counts.computeIfAbsent((String) r.get("Type"), t -> new TreeMap<>())
                    .merge(preset.cliName(), 1, Integer::sum));
            System.out.println("resources " + preset.cliName() + " " + all.size());
            assertThat(all.size()).isBetween(150, 260);
        }
        counts.forEach((type, perTier) -> System.out.println("resources-by-type " + type + " " + perTier));
    }
}
