package dev.superscale.gcp;

import com.pulumi.test.Mocks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Pulumi mocks that record every registered resource's type, name and inputs (numbers arrive as
 * Double) and answer with the inputs plus the outputs the provider would compute.
 */
final class RecordingMocks implements Mocks {

    /** One registered resource as the engine would have seen it. */
    record Registered(String type, String name, Map<String, Object> inputs, String provider) {

        @SuppressWarnings("unchecked")
        <T> T at(String... path) {
            Object value = inputs;
            for (String key : path) {
                if (value instanceof List<?> list) {
                    value = list.isEmpty() ? null : list.get(0);
                }
                if (!(value instanceof Map<?, ?> map)) {
                    return null;
                }
                value = map.get(key);
            }
            return (T) value;
        }

        double number(String... path) {
            Object value = at(path);
            if (!(value instanceof Double d)) {
                throw new AssertionError(type + " " + name + ": " + String.join(".", path) + " is " + value + ", not a number");
            }
            return d;
        }
    }

    static final String PROJECT = "analytics-prod-123";
    static final String DATABASE_IP = "10.20.0.3";
    static final String BROKER_IP = "10.20.1.4";
    static final double BROKER_PORT = 6378.0;
    static final String CACHE_IP = "10.0.0.9";
    static final double CACHE_PORT = 6379.0;
    static final String DATABASE_CA = "-----BEGIN CERTIFICATE-----\nMIIcloudsql\n-----END CERTIFICATE-----";
    static final String BROKER_CA = "-----BEGIN CERTIFICATE-----\nMIImemorystore\n-----END CERTIFICATE-----";
    static final String CLUSTER_CA = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==";

    private final List<Registered> registered = new ArrayList<>();

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        Map<String, Object> state = new HashMap<>(args.inputs);
        state.putIfAbsent("name", args.name);
        switch (args.type) {
            case "gcp:sql/databaseInstance:DatabaseInstance" -> {
                state.put("privateIpAddress", DATABASE_IP);
                state.put("serverCaCerts", List.of(Map.of("cert", DATABASE_CA)));
                state.put("connectionName", PROJECT + ":europe-west1:" + args.name);
            }
            case "gcp:redis/instance:Instance" -> {
                state.put("host", BROKER_IP);
                state.put("port", BROKER_PORT);
                state.put("serverCaCerts", List.of(Map.of("cert", BROKER_CA)));
                state.put("authString", "generated-auth-string");
            }
            case "gcp:redis/cluster:Cluster" -> state.put("discoveryEndpoints", List.of(Map.of("address", CACHE_IP, "port", CACHE_PORT)));
            case "gcp:container/cluster:Cluster" -> {
                state.put("endpoint", "34.1.2.3");
                state.put("masterAuth", Map.of("clusterCaCertificate", CLUSTER_CA));
            }
            case "gcp:serviceaccount/account:Account" -> state.put("email", args.inputs.get("accountId") + "@" + PROJECT + ".iam.gserviceaccount.com");
            default -> {
            }
        }
        synchronized (registered) {
            registered.add(new Registered(args.type, args.name, java.util.Collections.unmodifiableMap(new HashMap<>(args.inputs)), args.provider));
        }
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), state));
    }

    List<Registered> registered() {
        synchronized (registered) {
            return List.copyOf(registered);
        }
    }

    List<Registered> ofType(String type) {
        return registered().stream().filter(r -> r.type().equals(type)).toList();
    }

    Registered one(String type) {
        List<Registered> all = ofType(type);
        if (all.size() != 1) {
            throw new AssertionError("expected one " + type + ", got " + all.size());
        }
        return all.get(0);
    }

    Registered named(String name) {
        return registered().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no resource named " + name));
    }
}
