package dev.superscale.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.UserLoad;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.ContainerInsights;

/** Plans, stacks and small helpers shared by the construct tests. */
final class Fixtures {

    static final CapacityPlan TEAM = CapacityPlanner.planFor(Preset.TEAM.load());
    static final CapacityPlan ENTERPRISE = CapacityPlanner.planFor(Preset.ENTERPRISE.load());
    static final CapacityPlan GLOBAL = CapacityPlanner.planFor(Preset.GLOBAL.load());

    private Fixtures() {
    }

    static CapacityPlan plan(int users) {
        return CapacityPlanner.planFor(UserLoad.ofUsers(users));
    }

    static Vpc vpc(Stack stack, CapacityPlan plan) {
        return new Network(stack, "Network", NetworkProps.builder().plan(plan).build()).getVpc();
    }

    static Cluster cluster(Stack stack, Vpc vpc) {
        return Cluster.Builder.create(stack, "Cluster").vpc(vpc).containerInsightsV2(ContainerInsights.ENABLED).build();
    }

    /** A runtime with hand-made endpoints, for testing one Superset service without the platform. */
    static SupersetRuntime runtime(Stack stack, Vpc vpc, CapacityPlan plan) {
        RedisBroker broker = new RedisBroker(stack, "Broker", RedisProps.builder().plan(plan).vpc(vpc).build());
        RedisCache cache = new RedisCache(stack, "Cache", RedisProps.builder().plan(plan).vpc(vpc).build());
        HaPostgres database = new HaPostgres(stack, "Database", HaPostgresProps.builder().plan(plan).vpc(vpc).build());
        SecurityGroup appTier = SecurityGroup.Builder.create(stack, "AppTier").vpc(vpc).build();
        return SupersetRuntime.builder().plan(plan)
                .image(ContainerImage.fromRegistry("example/superset:test"))
                .appTier(appTier)
                .database("pgbouncer.example.internal", 6432, "superset", database.getSecret())
                .broker(broker.getEndpoint())
                .cache(cache.getEndpoint())
                .supersetSecrets(new SupersetSecrets(stack, "Secrets", SupersetSecretsProps.builder().plan(plan).build()))
                .build();
    }

    /** Resources of a type: logical id to resource (Type, Properties, DependsOn, DeletionPolicy...). */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> resources(Template template, String type) {
        return (Map<String, Map<String, Object>>) (Map<String, ?>) template.findResources(type);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> resource) {
        return (Map<String, Object>) resource.get("Properties");
    }

    /** The one resource of a type whose logical id contains {@code idPart}. */
    static Map<String, Object> only(Template template, String type, String idPart) {
        List<Map<String, Object>> found = new ArrayList<>();
        resources(template, type).forEach((id, resource) -> {
            if (id.contains(idPart)) {
                found.add(resource);
            }
        });
        assertThat(found).as("%s resources with '%s' in their id", type, idPart).hasSize(1);
        return found.get(0);
    }

    /** Logical ids of a type whose id contains {@code idPart}. */
    static List<String> ids(Template template, String type, String idPart) {
        return resources(template, type).keySet().stream().filter(id -> id.contains(idPart)).sorted().toList();
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            if (step instanceof Integer index) {
                current = ((List<Object>) current).get(index);
            } else {
                current = ((Map<String, Object>) current).get((String) step);
            }
        }
        return (T) current;
    }

    /** A container's environment as a map (name to value, values may be CloudFormation objects). */
    static Map<String, Object> environment(Map<String, Object> taskDefinition, int container) {
        Map<String, Object> env = new java.util.TreeMap<>();
        List<Map<String, Object>> entries = at(taskDefinition, "Properties", "ContainerDefinitions", container, "Environment");
        for (Map<String, Object> entry : entries) {
            env.put((String) entry.get("Name"), entry.get("Value"));
        }
        return env;
    }

    static List<String> secretNames(Map<String, Object> taskDefinition, int container) {
        List<Map<String, Object>> entries = at(taskDefinition, "Properties", "ContainerDefinitions", container, "Secrets");
        return entries.stream().map(e -> (String) e.get("Name")).sorted().toList();
    }
}
