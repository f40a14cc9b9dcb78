package dev.superscale.aws;

import static dev.superscale.aws.Fixtures.only;
import static dev.superscale.aws.Fixtures.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.Preset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class RedisTest {

    private static Template template(Preset preset) {
        return Synth.preset(preset).template();
    }

    private static Map<String, Object> broker(Preset preset) {
        return properties(only(template(preset), "AWS::ElastiCache::ReplicationGroup", "Broker"));
    }

    private static Map<String, Object> cache(Preset preset) {
        return properties(only(template(preset), "AWS::ElastiCache::ReplicationGroup", "Cache"));
    }

    @Test
    void brokerNeverRunsInClusterModeBecauseKombuCannot() {
        assertThat(broker(Preset.ENTERPRISE)).containsEntry("ClusterMode", "disabled").doesNotContainKey("NumNodeGroups");
        Map<String, Object> parameters = properties(only(template(Preset.ENTERPRISE), "AWS::ElastiCache::ParameterGroup", "Broker"));
        assertThat(parameters.get("Properties").toString()).contains("cluster-enabled=no");
    }

    /** The broker alone in a bare stack with the plan's VPC. */
    private static Template bareBroker(CapacityPlan plan) {
        Stack stack = Synth.stack();
        new RedisBroker(stack, "Broker", RedisProps.builder().plan(plan).vpc(Fixtures.vpc(stack, plan)).build());
        return Template.fromStack(stack);
    }

    @Test
    void brokerHasThePlansReplicasWithAutomaticFailoverOverEverySubnetZone() {
        long replicas = Fixtures.ENTERPRISE.redisBroker().replicasPerPrimary().value();
        Template template = bareBroker(Fixtures.ENTERPRISE);
        template.hasResourceProperties("AWS::ElastiCache::ReplicationGroup", Match.objectLike(Map.of(
                "NumCacheClusters", (int) (1 + replicas), "AutomaticFailoverEnabled", true, "MultiAZEnabled", true)));
        List<Object> subnets = Fixtures.at(properties(only(template, "AWS::ElastiCache::SubnetGroup", "Broker")), "SubnetIds");
        assertThat(subnets).hasSize(3);
    }

    @Test
    void brokerPlacementIsLeftToElastiCacheSoAddingAReplicaNeverReplacesIt() {
        // PreferredCacheClusterAZs is create-only and has one zone per node: 1k has one replica, 10k two.
        assertThat(Fixtures.plan(1_000).redisBroker().replicasPerPrimary().value())
                .isLessThan(Fixtures.ENTERPRISE.redisBroker().replicasPerPrimary().value());
        for (CapacityPlan plan : List.of(Fixtures.TEAM, Fixtures.plan(1_000), Fixtures.ENTERPRISE, Fixtures.GLOBAL)) {
            bareBroker(plan).hasResourceProperties("AWS::ElastiCache::ReplicationGroup",
                    Match.objectLike(Map.of("PreferredCacheClusterAZs", Match.absent())));
        }
    }

    @Test
    void brokerKeepsAFinalSnapshotWhenDeletedOrReplaced() {
        bareBroker(Fixtures.TEAM).hasResource("AWS::ElastiCache::ReplicationGroup", Match.objectLike(Map.of(
                "DeletionPolicy", "Snapshot", "UpdateReplacePolicy", "Snapshot",
                "Properties", Match.objectLike(Map.of("SnapshotRetentionLimit", RedisBroker.DEFAULT_SNAPSHOT_RETENTION_DAYS)))));
    }

    @Test
    void cacheIsNotSnapshottedOnDeleteBecauseTheWarehouseRebuildsIt() {
        Map<String, Object> cache = only(template(Preset.ENTERPRISE), "AWS::ElastiCache::ReplicationGroup", "Cache");
        assertThat(cache.get("DeletionPolicy")).isNotEqualTo("Snapshot");
    }

    @Test
    void thePlanClaimsOnlyTheDurabilityTheBrokerHas() {
        var persistence = Fixtures.ENTERPRISE.redisBroker().persistence();
        assertThat(persistence.value()).doesNotContain("appendonly");
        assertThat(persistence.reason()).contains("asynchronous").contains("snapshots").contains("MemoryDB");
        // Neither the parameter group nor the replication group configures an append-only file.
        Template template = bareBroker(Fixtures.ENTERPRISE);
        assertThat(properties(only(template, "AWS::ElastiCache::ParameterGroup", "Broker")).toString()).doesNotContain("appendonly");
        template.hasResourceProperties("AWS::ElastiCache::ReplicationGroup", Match.objectLike(Map.of(
                "MultiAZEnabled", true, "AutomaticFailoverEnabled", true, "SnapshotRetentionLimit", Match.anyValue())));
    }

    @Test
    void brokerNeverEvicts() {
        Map<String, Object> parameters = properties(only(template(Preset.ENTERPRISE), "AWS::ElastiCache::ParameterGroup", "Broker"));
        assertThat(parameters.get("Properties").toString()).contains("maxmemory-policy=noeviction");
    }

    @Test
    void brokerKeepsDailySnapshots() {
        assertThat((Integer) broker(Preset.ENTERPRISE).get("SnapshotRetentionLimit")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void bothRequireTlsAndAnAuthTokenFromSecretsManagerAndEncryptAtRest() {
        for (Map<String, Object> group : List.of(broker(Preset.ENTERPRISE), cache(Preset.ENTERPRISE), broker(Preset.TEAM))) {
            assertThat(group).containsEntry("TransitEncryptionEnabled", true).containsEntry("TransitEncryptionMode", "required")
                    .containsEntry("AtRestEncryptionEnabled", true);
            assertThat(group.get("AuthToken").toString()).contains("resolve:secretsmanager");
        }
    }

    @Test
    void cacheRunsInClusterModeWithThePlansShardsAndReplicas() {
        for (Preset preset : List.of(Preset.ENTERPRISE, Preset.GLOBAL)) {
            var plan = Synth.preset(preset).plan().redisCache();
            Map<String, Object> cache = cache(preset);
            assertThat(cache).containsEntry("ClusterMode", "enabled")
                    .containsEntry("NumNodeGroups", plan.shards().intValue())
                    .containsEntry("ReplicasPerNodeGroup", plan.replicasPerShard().intValue())
                    .containsEntry("AutomaticFailoverEnabled", true).containsEntry("MultiAZEnabled", true);
            List<Map<String, Object>> groups = Fixtures.at(cache, "NodeGroupConfiguration");
            assertThat(groups).hasSize(plan.shards().intValue());
            for (Map<String, Object> group : groups) {
                List<Object> replicaZones = Fixtures.at(group, "ReplicaAvailabilityZones");
                assertThat(replicaZones).doesNotContain(group.get("PrimaryAvailabilityZone"));
            }
        }
    }

    @Test
    void cacheEvictsLeastRecentlyUsed() {
        Map<String, Object> parameters = properties(only(template(Preset.ENTERPRISE), "AWS::ElastiCache::ParameterGroup", "Cache"));
        assertThat(parameters.get("Properties").toString()).contains("maxmemory-policy=allkeys-lru").contains("cluster-enabled=yes");
    }

    @Test
    void nodeTypeHoldsThePlannedMemory() {
        var plan = Synth.preset(Preset.GLOBAL).plan();
        assertThat(broker(Preset.GLOBAL)).containsEntry("CacheNodeType", AwsCatalog.cacheNodeType(plan.redisBroker().memoryMiBPerNode().value()));
        assertThat(cache(Preset.GLOBAL)).containsEntry("CacheNodeType", AwsCatalog.cacheNodeType(plan.redisCache().memoryMiBPerShard().value()));
    }

    @Test
    void failsOnABadNodeTypeAndSnapshotRetention() {
        var stack = Synth.stack();
        var vpc = Fixtures.vpc(stack, Fixtures.TEAM);
        assertThatThrownBy(() -> new RedisBroker(stack, "Broker", RedisProps.builder().plan(Fixtures.TEAM).vpc(vpc)
                .nodeType("r7g.large").snapshotRetentionDays(90).build()))
                .hasMessageContaining("RedisBroker 'Broker'").hasMessageContaining("nodeType 'r7g.large'")
                .hasMessageContaining("snapshotRetentionDays is 90");
    }
}
