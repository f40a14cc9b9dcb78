package dev.superscale.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.kubernetes.core.v1.ConfigMap;
import com.pulumi.kubernetes.core.v1.ConfigMapArgs;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.core.v1.SecretArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.superscale.k8s.ExternalPostgres;
import dev.superscale.k8s.ExternalRedis;
import dev.superscale.k8s.K8sSynth;
import dev.superscale.k8s.SpotNodes;
import dev.superscale.k8s.SupersetK8sProps;
import dev.superscale.k8s.WebExposure;
import dev.superscale.render.PgBouncerBinding.ServerTlsMode;
import dev.superscale.topology.SupersetSecret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code k8s/} charts on the GKE cluster through the Pulumi Kubernetes provider, configured for
 * the managed services: PgBouncer in front of Cloud SQL's private IP (server TLS verified against
 * Cloud SQL's CA), the Memorystore broker and cache over TLS, GKE Spot labels for the workers. Every
 * synthesized manifest is one resource; the Secrets the charts read are made of the Secret Manager
 * values, and the CA bundles come from the services' {@code serverCaCerts}.
 */
public class SupersetWorkloads extends ComponentResource {

    public static final String TYPE = "superscale:gcp:SupersetWorkloads";
    /** The Memorystore broker's CA bundle (key {@value ExternalPostgres#CA_KEY}), which every Redis client of the charts verifies against. */
    public static final String REDIS_CA_CONFIG_MAP = "superset-redis-ca";
    /**
     * Where a GKE Gateway's load balancers and their health checks reach the pods from: Google's front ends.
     * Source: Google Cloud docs, "Firewall rules" for health checks and Google front ends,
     * https://cloud.google.com/load-balancing/docs/health-check-concepts#ip-ranges (and
     * https://cloud.google.com/load-balancing/docs/firewall-rules).
     */
    public static final List<String> GOOGLE_FRONT_END_RANGES = List.of("35.191.0.0/16", "130.211.0.0/22");

    // Documentation addresses (RFC 5737) and unassigned ports stand in for values GCP assigns; no token contains another.
    static final String DATABASE_HOST = "192.0.2.11";
    static final String BROKER_HOST = "192.0.2.22";
    static final String BROKER_PORT = "65022";
    static final String CACHE_HOST = "192.0.2.33";
    static final String CACHE_PORT = "65033";
    static final String SUBNET_CIDR = "198.51.100.0/24";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Provider provider;
    private final SupersetK8sProps props;
    private final List<JsonNode> documents;
    private final List<KubernetesManifest> manifests = new ArrayList<>();
    private final Map<SupersetSecret, Secret> secrets = new LinkedHashMap<>();
    private final Map<SupersetSecret, Output<Map<String, String>>> secretData = new LinkedHashMap<>();
    private final ConfigMap databaseCa;
    private final ConfigMap redisCa;

    public SupersetWorkloads(String name, SupersetWorkloadsArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        Children.require(args, "SupersetWorkloads", name, "args");
        for (var required : new Object[][] {{args.topology(), "topology"}, {args.namespace(), "namespace"}, {args.hostname(), "hostname"},
                {args.network(), "network"}, {args.gke(), "gke"}, {args.database(), "database"}, {args.broker(), "broker"},
                {args.cache(), "cache"}, {args.secrets(), "secrets"}}) {
            Children.require(required[0], "SupersetWorkloads", name, (String) required[1]);
        }

        PendingValues pending = new PendingValues();
        pending.add(DATABASE_HOST, args.database().privateIpAddress());
        pending.add(BROKER_HOST, args.broker().host());
        pending.add(BROKER_PORT, args.broker().port().applyValue(String::valueOf));
        pending.add(CACHE_HOST, args.cache().discoveryAddress());
        pending.add(CACHE_PORT, args.cache().discoveryPort().applyValue(String::valueOf));
        pending.add(SUBNET_CIDR, args.network().getSubnet().ipCidrRange());

        SupersetK8sProps.Builder props = SupersetK8sProps.builder()
                .topology(args.topology())
                .namespace(args.namespace())
                .hostname(args.hostname())
                // verify-ca: Cloud SQL's server certificate names the instance, not its private IP, so verify-full cannot match.
                .postgres(new ExternalPostgres(DATABASE_HOST, 5432, "superset", ServerTlsMode.VERIFY_CA, List.of(DATABASE_HOST + "/32")))
                // The broker's primary endpoint keeps its address on failover; the cache's PSC endpoints live in the subnet.
                .redis(new ExternalRedis(BROKER_HOST, Integer.parseInt(BROKER_PORT), CACHE_HOST + ":" + CACHE_PORT, true,
                        List.of(BROKER_HOST + "/32", SUBNET_CIDR)).withCa(REDIS_CA_CONFIG_MAP, ExternalPostgres.CA_KEY))
                // GKE's managed Gateway classes send traffic and health checks from Google's front ends, not from gateway-system.
                .exposure(new WebExposure.Gateway("superset-gateway", "gateway-system", args.hostname())
                        .withLoadBalancer(GOOGLE_FRONT_END_RANGES, List.of()))
                .spotNodes(SpotNodes.gke())
                .warehouseCidrs(args.warehouseCidrs());
        if (args.supersetImage() != null) {
            props.supersetImage(args.supersetImage());
        }
        this.props = props.build();
        this.documents = K8sSynth.manifests(K8sSynth.render(this.props));

        this.provider = new Provider(name + "-k8s", ProviderArgs.builder()
                .kubeconfig(args.gke().kubeconfig())
                .build(), CustomResourceOptions.builder().parent(this).build());

        // The namespace first, then what pods read at start (Secrets, CA bundles), then the workloads on the node pools.
        JsonNode namespaceDocument = documents.stream().filter(d -> d.path("kind").asText().equals("Namespace")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the charts rendered no Namespace"));
        KubernetesManifest namespace = manifest(name, namespaceDocument, pending, List.of(args.gke().getOnDemandPool(), args.gke().getSpotPool()));

        List<Resource> startInputs = new ArrayList<>(List.of(namespace));
        this.databaseCa = caConfigMap(name, ExternalPostgres.CA_CONFIG_MAP, args.database().getInstance().serverCaCerts()
                .applyValue(certs -> certs.stream().map(c -> c.cert().orElse("")).toList()), namespace);
        this.redisCa = caConfigMap(name, REDIS_CA_CONFIG_MAP, args.broker().getInstance().serverCaCerts()
                .applyValue(certs -> certs.stream().map(c -> c.cert().orElse("")).toList()), namespace);
        startInputs.add(databaseCa);
        startInputs.add(redisCa);
        for (String secretName : K8sSynth.documentedSecrets(this.props)) {
            SupersetSecret secret = bySecretName(secretName);
            Output<Map<String, String>> data = secretData(name, secret, args.secrets()).asSecret();
            secretData.put(secret, data);
            Secret created = new Secret(name + "-secret-" + secretName, SecretArgs.builder()
                    .metadata(ObjectMetaArgs.builder().name(secretName).namespace(args.namespace()).labels(Map.of("app.kubernetes.io/part-of", "superset"))
                            .build())
                    .type("Opaque")
                    .stringData(data)
                    .build(), CustomResourceOptions.builder().parent(this).provider(provider).dependsOn(namespace)
                    .additionalSecretOutputs("data", "stringData").build());
            secrets.put(secret, created);
            startInputs.add(created);
        }

        List<Resource> workloadInputs = new ArrayList<>(startInputs);
        workloadInputs.add(args.gke().getOnDemandPool());
        workloadInputs.add(args.gke().getSpotPool());
        for (JsonNode document : documents) {
            if (document != namespaceDocument) {
                manifest(name, document, pending, workloadInputs);
            }
        }
        registerOutputs(Map.of("manifests", Output.of(manifests.size())));
    }

    private KubernetesManifest manifest(String name, JsonNode document, PendingValues pending, List<Resource> dependsOn) {
        String apiVersion = document.path("apiVersion").asText();
        String kind = document.path("kind").asText();
        String objectName = document.path("metadata").path("name").asText();
        Map<String, Output<Object>> body = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = document.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("apiVersion") && !field.getKey().equals("kind")) {
                body.put(field.getKey(), pending.resolve(field.getValue()));
            }
        }
        KubernetesManifest manifest = KubernetesManifest.of(name + "-" + kind.toLowerCase() + "-" + objectName, apiVersion, kind, body,
                CustomResourceOptions.builder().parent(this).provider(provider), dependsOn);
        manifests.add(manifest);
        return manifest;
    }

    private ConfigMap caConfigMap(String name, String configMapName, Output<List<String>> certs, Resource namespace) {
        return new ConfigMap(name + "-configmap-" + configMapName, ConfigMapArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(configMapName).namespace(props.getNamespace())
                        .labels(Map.of("app.kubernetes.io/part-of", "superset")).build())
                .data(certs.applyValue(list -> {
                    if (list.isEmpty() || list.stream().anyMatch(String::isBlank)) {
                        throw new IllegalStateException(configMapName + ": the service returned no CA certificate");
                    }
                    return Map.of(ExternalPostgres.CA_KEY, String.join("\n", list.stream().map(String::strip).toList()) + "\n");
                }))
                .build(), CustomResourceOptions.builder().parent(this).provider(provider).dependsOn(namespace).build());
    }

    /** A Kubernetes Secret's keys from the value stored in Secret Manager. */
    private static Output<Map<String, String>> secretData(String name, SupersetSecret secret, SecretStore store) {
        if (secret == SupersetSecret.REDIS_CACHE_AUTH) {
            // Memorystore for Redis Cluster has no static password (see gcp/README.md, "The cache's AUTH"): the cache runs
            // without AUTH, and an empty password makes redis-py send no AUTH command.
            return Output.of(Map.of(SupersetSecret.VALUE, ""));
        }
        Output<String> stored = store.value(secret).orElseThrow(() -> new IllegalArgumentException(
                "SupersetWorkloads '" + name + "': the charts read " + secret.defaultName() + " but Secret Manager holds no value for it"));
        if (secret.singleValue()) {
            return stored.applyValue(v -> Map.of(SupersetSecret.VALUE, v));
        }
        return stored.applyValue(json -> {
            try {
                JsonNode parsed = JSON.readTree(json);
                Map<String, String> keys = new LinkedHashMap<>();
                for (String key : secret.keys()) {
                    if (!parsed.path(key).isTextual()) {
                        throw new IllegalStateException(secret.defaultName() + ": the stored JSON has no string '" + key + "'");
                    }
                    keys.put(key, parsed.path(key).textValue());
                }
                return keys;
            } catch (IOException e) {
                throw new UncheckedIOException(secret.defaultName() + ": the stored value is not JSON", e);
            }
        });
    }

    private static SupersetSecret bySecretName(String secretName) {
        for (SupersetSecret s : SupersetSecret.values()) {
            if (s.defaultName().equals(secretName)) {
                return s;
            }
        }
        throw new IllegalStateException("the charts read an unknown Secret " + secretName);
    }

    public Provider getProvider() {
        return provider;
    }

    /** The props the charts were synthesized with (placeholders where GCP assigns the value). */
    public SupersetK8sProps props() {
        return props;
    }

    /** The synthesized manifests, in apply order, before the GCP values are put in. */
    public List<JsonNode> documents() {
        return documents;
    }

    public List<KubernetesManifest> getManifests() {
        return List.copyOf(manifests);
    }

    public Map<SupersetSecret, Secret> getSecrets() {
        return java.util.Collections.unmodifiableMap(secrets);
    }

    /** Each Secret's keys as handed to the provider (secret outputs). */
    public Map<SupersetSecret, Output<Map<String, String>>> secretData() {
        return java.util.Collections.unmodifiableMap(secretData);
    }

    public ConfigMap getDatabaseCa() {
        return databaseCa;
    }

    public ConfigMap getRedisCa() {
        return redisCa;
    }
}
