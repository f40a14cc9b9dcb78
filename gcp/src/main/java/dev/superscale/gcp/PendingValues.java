package dev.superscale.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.pulumi.core.Output;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values that exist only once GCP has created a resource (Cloud SQL's private IP, Memorystore's
 * endpoints and ports), stood in by documentation-range placeholders while the charts are
 * synthesized, then put back into each manifest as Pulumi outputs. The charts keep one shape for
 * any address, so the manifests (and the number of resources) are known at preview time.
 */
final class PendingValues {

    private final Map<String, Output<String>> byToken = new LinkedHashMap<>();

    /** Registers {@code token} (a string the charts will carry verbatim; no token contains another) for {@code value}. */
    String add(String token, Output<String> value) {
        for (String known : byToken.keySet()) {
            if (known.contains(token) || token.contains(known)) {
                throw new IllegalArgumentException("placeholder '" + token + "' overlaps '" + known + "'");
            }
        }
        byToken.put(token, value);
        return token;
    }

    /**
     * {@code node} as plain Java values (maps, lists, strings, numbers, booleans) in an output that
     * resolves once every pending value it mentions is known: strings have each placeholder replaced,
     * integers equal to a placeholder become the value's number.
     */
    Output<Object> resolve(JsonNode node) {
        List<String> used = new ArrayList<>();
        collect(node, used);
        if (used.isEmpty()) {
            return Output.of(plain(node, Map.of()));
        }
        List<Output<String>> values = used.stream().map(byToken::get).toList();
        return Output.all(values).applyValue(resolved -> {
            Map<String, String> replacements = new LinkedHashMap<>();
            for (int i = 0; i < used.size(); i++) {
                replacements.put(used.get(i), resolved.get(i));
            }
            return plain(node, replacements);
        });
    }

    private void collect(JsonNode node, List<String> used) {
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, used));
            return;
        }
        String text = node.isTextual() ? node.textValue() : node.isIntegralNumber() ? node.asText() : null;
        if (text == null) {
            return;
        }
        for (String token : byToken.keySet()) {
            boolean mentioned = node.isTextual() ? text.contains(token) : text.equals(token);
            if (mentioned && !used.contains(token)) {
                used.add(token);
            }
        }
    }

    private static Object plain(JsonNode node, Map<String, String> replacements) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue(), replacements)));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(child -> list.add(plain(child, replacements)));
            return list;
        }
        if (node.isTextual()) {
            String text = node.textValue();
            for (Map.Entry<String, String> r : replacements.entrySet()) {
                text = text.replace(r.getKey(), r.getValue());
            }
            return text;
        }
        if (node.isIntegralNumber()) {
            String replaced = replacements.get(node.asText());
            return replaced != null ? Integer.parseInt(replaced) : node.asLong() == node.asInt() ? (Object) node.asInt() : (Object) node.asLong();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return null;
    }
}
