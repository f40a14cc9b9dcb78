package dev.superscale.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.Preset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Changing the user count must never replace a resource by surprise. Every preset is synthesized
 * in order of size; for each resource whose logical id survives into the next tier, a change to
 * any of its type's createOnlyProperties (CloudFormation replaces the resource to apply it) is a
 * violation, reported with tier, logical id, type and property.
 *
 * <p>Before issue 8 this failed with three violations: 100 -> 1k moved both Data subnets' CidrBlock
 * (two zones grew to three and the isolated ranges shifted), and 1k -> 10k changed the broker's
 * PreferredCacheClusterAZs (a second replica; replacing the broker loses every queued task). It
 * passes once subnets are laid out for three zones at every tier and the broker's zones are left
 * to ElastiCache.
 */
class TierCrossingTest {

    /**
     * Types CloudFormation replaces as a matter of course, holding no state: a task definition
     * is an immutable revision (every property is create-only) and the services roll onto the new one.
     */
    static final Set<String> REPLACED_BY_DESIGN = Set.of("AWS::ECS::TaskDefinition");

    @Test
    void growingTheTierNeverChangesACreateOnlyPropertyOfAResourceThatKeepsItsId() throws Exception {
        List<Map<String, Map<String, Object>>> tiers = new ArrayList<>();
        Set<String> types = new TreeSet<>();
        for (Preset preset : Preset.values()) {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> resources = (Map<String, Map<String, Object>>) Synth.preset(preset).template()
                    .toJSON().get("Resources");
            tiers.add(resources);
            resources.values().forEach(r -> types.add((String) r.get("Type")));
        }
        CreateOnlyProperties schemas = CreateOnlyProperties.load(types);

        List<String> violations = new ArrayList<>();
        for (int t = 1; t < tiers.size(); t++) {
            String crossing = Preset.values()[t - 1].cliName() + " -> " + Preset.values()[t].cliName();
            violations.addAll(violations(crossing, tiers.get(t - 1), tiers.get(t), schemas));
        }
        System.out.println("tier-crossing: schemas from " + schemas.source() + ", " + types.size() + " types, "
                + violations.size() + " violation(s)");
        violations.forEach(v -> System.out.println("tier-crossing: " + v));
        assertThat(violations).as("resources CloudFormation would replace when the tier grows (schemas: %s)", schemas.source())
                .isEmpty();
    }

    @Test
    void growingTheTierNeverDeletesAResource() {
        List<String> removed = new ArrayList<>();
        Preset[] presets = Preset.values();
        for (int t = 1; t < presets.length; t++) {
            Map<String, Object> before = Synth.preset(presets[t - 1]).template().toJSON();
            Map<String, Object> after = Synth.preset(presets[t]).template().toJSON();
            @SuppressWarnings("unchecked")
            Set<String> kept = ((Map<String, Object>) after.get("Resources")).keySet();
            @SuppressWarnings("unchecked")
            Set<String> had = new TreeSet<>(((Map<String, Object>) before.get("Resources")).keySet());
            had.removeAll(kept);
            for (String id : had) {
                removed.add(presets[t - 1].cliName() + " -> " + presets[t].cliName() + ": " + id);
            }
        }
        removed.forEach(r -> System.out.println("tier-crossing removed: " + r));
        assertThat(removed).as("resources deleted when the tier grows").isEmpty();
    }

    static List<String> violations(String crossing, Map<String, Map<String, Object>> before,
            Map<String, Map<String, Object>> after, CreateOnlyProperties schemas) {
        List<String> found = new ArrayList<>();
        for (var entry : new java.util.TreeMap<>(after).entrySet()) {
            String id = entry.getKey();
            Map<String, Object> previous = before.get(id);
            if (previous == null) {
                continue;
            }
            String type = (String) entry.getValue().get("Type");
            if (!type.equals(previous.get("Type"))) {
                found.add(crossing + ": " + id + " changes type " + previous.get("Type") + " -> " + type);
                continue;
            }
            if (REPLACED_BY_DESIGN.contains(type)) {
                continue;
            }
            Object oldProperties = previous.get("Properties");
            Object newProperties = entry.getValue().get("Properties");
            for (String pointer : schemas.of(type)) {
                Object was = CreateOnlyProperties.select(oldProperties, pointer);
                Object is = CreateOnlyProperties.select(newProperties, pointer);
                if (!Objects.equals(was, is)) {
                    found.add(crossing + ": " + id + " (" + type + ") " + pointer.replaceFirst("^/properties/", "")
                            + ": " + was + " -> " + is);
                }
            }
        }
        return found;
    }
}
