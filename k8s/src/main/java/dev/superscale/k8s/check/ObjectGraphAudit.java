package dev.superscale.k8s.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks the object graph of a set of manifests, the things a schema cannot see: every Service
 * selects a pod template and targets a declared port; every PodDisruptionBudget, HPA and KEDA
 * ScaledObject targets an existing workload, and no workload has both autoscalers; an autoscaled
 * workload leaves {@code spec.replicas} unset (a re-apply would otherwise reset it); a PDB's
 * {@code minAvailable} stays below the workload's minimum replicas, so it never blocks a drain;
 * every Secret and ConfigMap referenced is created or a documented input; and, under a default-deny
 * NetworkPolicy, every path a pod uses (a Service named in its environment, DNS, the gateway to a
 * routed Service, Prometheus to a monitored port) is allowed both as egress and as ingress.
 */
public final class ObjectGraphAudit {

    /** The cluster DNS pods every pod must reach (kube-dns / CoreDNS labels). */
    static final Pod DNS = new Pod("cluster DNS", "kube-system", Map.of("k8s-app", "kube-dns"),
            Map.of("dns", 53), Map.of(), null);

    private static final Pattern HOST_TOKEN = Pattern.compile("[^A-Za-z0-9.-]+");

    /** A pod template as the audit sees it. */
    record Pod(String owner, String namespace, Map<String, String> labels, Map<String, Integer> namedPorts,
               Map<String, String> environment, JsonNode spec) {
        boolean declaresPort(int port) {
            return namedPorts.containsValue(port);
        }
    }

    private final List<JsonNode> documents;
    private final Set<String> documentedSecrets;
    private final Set<String> documentedConfigMaps;
    private final Map<String, JsonNode> byKindName = new LinkedHashMap<>();
    private final Map<String, Pod> workloads = new LinkedHashMap<>();
    private final Map<String, JsonNode> configMaps = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private ObjectGraphAudit(List<JsonNode> documents, Set<String> documentedSecrets, Set<String> documentedConfigMaps) {
        List<JsonNode> all = new ArrayList<>(documents);
        all.addAll(CloudNativePgObjects.generated(documents));
        this.documents = all;
        this.documentedSecrets = documentedSecrets;
        this.documentedConfigMaps = documentedConfigMaps;
    }

    /**
     * Audits manifests; the problems found, empty when there is none.
     *
     * @param documentedSecrets  Secrets the user creates (documented inputs), by name
     * @param documentedConfigMaps ConfigMaps the user creates, by name
     */
    public static List<String> audit(List<JsonNode> documents, Set<String> documentedSecrets, Set<String> documentedConfigMaps) {
        ObjectGraphAudit audit = new ObjectGraphAudit(documents, documentedSecrets, documentedConfigMaps);
        audit.index();
        audit.services();
        audit.autoscalersAndBudgets();
        audit.references();
        audit.networkPolicies();
        return List.copyOf(audit.problems);
    }

    private void index() {
        for (JsonNode d : documents) {
            if (kind(d).equals("ConfigMap")) {
                configMaps.put(namespace(d) + "/" + name(d), d);
            }
        }
        for (JsonNode d : documents) {
            String id = id(d);
            if (byKindName.put(id, d) != null) {
                problems.add(id + ": defined twice");
            }
            JsonNode template = switch (kind(d)) {
                case "Deployment", "StatefulSet", "Job", "DaemonSet", "ReplicaSet" -> d.path("spec").path("template");
                // The pods CloudNativePG runs for a Cluster, as its documentation labels them.
                case "Cluster" -> CloudNativePgObjects.isCluster(d) ? CloudNativePgObjects.instanceTemplate(d) : null;
                default -> null;
            };
            if (template != null) {
                workloads.put(id, pod(id, namespace(d), template));
            }
        }
    }

    private Pod pod(String owner, String namespace, JsonNode template) {
        Map<String, String> labels = strings(template.path("metadata").path("labels"));
        Map<String, Integer> ports = new TreeMap<>();
        Map<String, String> env = new TreeMap<>();
        JsonNode spec = template.path("spec");
        for (JsonNode container : containers(spec)) {
            int unnamed = 0;
            for (JsonNode port : container.path("ports")) {
                ports.put(port.path("name").asText("#" + container.path("name").asText() + (unnamed++)), port.path("containerPort").asInt());
            }
            for (JsonNode var : container.path("env")) {
                if (var.has("value")) {
                    env.put(var.path("name").asText(), var.path("value").asText());
                }
                JsonNode ref = var.path("valueFrom").path("configMapKeyRef");
                if (ref.isObject()) {
                    JsonNode cm = configMaps.get(namespace + "/" + ref.path("name").asText());
                    if (cm != null && cm.path("data").has(ref.path("key").asText())) {
                        env.put(var.path("name").asText(), cm.path("data").path(ref.path("key").asText()).asText());
                    }
                }
            }
            for (JsonNode mount : container.path("volumeMounts")) {
                // A mounted ConfigMap (pgbouncer.ini names its server) counts as what the pod is told to reach.
                for (JsonNode volume : spec.path("volumes")) {
                    JsonNode cm = volume.path("name").asText().equals(mount.path("name").asText())
                            ? configMaps.get(namespace + "/" + volume.path("configMap").path("name").asText()) : null;
                    if (cm != null) {
                        strings(cm.path("data")).forEach((key, value) -> env.put("configMap " + key, value));
                    }
                }
            }
            for (JsonNode from : container.path("envFrom")) {
                JsonNode cm = configMaps.get(namespace + "/" + from.path("configMapRef").path("name").asText());
                if (cm != null) {
                    env.putAll(strings(cm.path("data")));
                }
            }
        }
        return new Pod(owner, namespace, labels, ports, env, spec);
    }

    private void services() {
        for (JsonNode service : ofKind("Service")) {
            String id = id(service);
            Map<String, String> selector = strings(service.path("spec").path("selector"));
            if (selector.isEmpty()) {
                problems.add(id + ": selects no pods (empty selector)");
                continue;
            }
            List<Pod> backends = backends(service);
            if (backends.isEmpty()) {
                problems.add(id + ": selector " + selector + " matches no pod template");
                continue;
            }
            for (JsonNode port : service.path("spec").path("ports")) {
                for (Pod backend : backends) {
                    if (targetPort(port, backend).isEmpty()) {
                        problems.add(id + ": port " + port.path("port").asInt() + " targets " + target(port)
                                + ", which " + backend.owner() + " does not declare");
                    }
                }
            }
        }
    }

    private void autoscalersAndBudgets() {
        Map<String, String> scaledBy = new HashMap<>();
        Map<String, Integer> minimum = new HashMap<>();
        for (JsonNode hpa : ofKind("HorizontalPodAutoscaler")) {
            JsonNode ref = hpa.path("spec").path("scaleTargetRef");
            String target = ref.path("kind").asText() + "/" + namespace(hpa) + "/" + ref.path("name").asText();
            scale(id(hpa), target, scaledBy, minimum, hpa.path("spec").path("minReplicas").asInt(1));
        }
        for (JsonNode scaledObject : ofKind("ScaledObject")) {
            JsonNode ref = scaledObject.path("spec").path("scaleTargetRef");
            String target = ref.path("kind").asText("Deployment") + "/" + namespace(scaledObject) + "/" + ref.path("name").asText();
            scale(id(scaledObject), target, scaledBy, minimum, scaledObject.path("spec").path("minReplicaCount").asInt(0));
        }
        for (Map.Entry<String, Pod> workload : workloads.entrySet()) {
            JsonNode spec = byKindName.get(workload.getKey()).path("spec");
            if (!minimum.containsKey(workload.getKey()) && spec.has("replicas")) {
                minimum.put(workload.getKey(), spec.path("replicas").asInt());
            }
            if (!minimum.containsKey(workload.getKey()) && CloudNativePgObjects.isCluster(byKindName.get(workload.getKey()))) {
                minimum.put(workload.getKey(), spec.path("instances").asInt(1));
            }
        }
        for (JsonNode pdb : ofKind("PodDisruptionBudget")) {
            JsonNode selector = pdb.path("spec").path("selector");
            List<String> targets = workloads.entrySet().stream()
                    .filter(w -> w.getValue().namespace().equals(namespace(pdb)) && matches(selector, w.getValue().labels()))
                    .map(Map.Entry::getKey).toList();
            if (targets.isEmpty()) {
                problems.add(id(pdb) + ": selector matches no workload");
            }
            // A budget counts every pod it selects, across workloads: compare with their summed minimum.
            JsonNode minAvailable = pdb.path("spec").path("minAvailable");
            boolean known = !targets.isEmpty() && targets.stream().allMatch(minimum::containsKey);
            int replicas = targets.stream().mapToInt(t -> minimum.getOrDefault(t, 0)).sum();
            if (minAvailable.isInt() && known && minAvailable.asInt() >= replicas) {
                problems.add(id(pdb) + ": minAvailable " + minAvailable.asInt() + " is not below the " + replicas
                        + " minimum replica(s) of " + String.join(" + ", targets) + ", so a node drain would block");
            }
        }
    }

    private void scale(String autoscaler, String target, Map<String, String> scaledBy, Map<String, Integer> minimum, int min) {
        if (!byKindName.containsKey(target)) {
            problems.add(autoscaler + ": targets " + target + ", which is not defined");
            return;
        }
        String previous = scaledBy.put(target, autoscaler);
        if (previous != null) {
            problems.add(target + ": scaled by both " + previous + " and " + autoscaler);
        }
        if (byKindName.get(target).path("spec").has("replicas")) {
            problems.add(target + ": sets spec.replicas although " + autoscaler + " scales it (every apply would reset the count)");
        }
        minimum.put(target, min);
    }

    private void references() {
        Set<String> secrets = new TreeSet<>();
        Set<String> maps = new TreeSet<>();
        for (JsonNode d : documents) {
            String ns = namespace(d);
            if (kind(d).equals("Secret")) {
                secrets.add(ns + "/" + name(d));
            }
            if (kind(d).equals("ConfigMap")) {
                maps.add(ns + "/" + name(d));
            }
        }
        for (JsonNode d : documents) {
            String ns = namespace(d);
            Map<String, String> wanted = new LinkedHashMap<>();
            collectReferences(d, wanted);
            for (Map.Entry<String, String> ref : wanted.entrySet()) {
                String kind = ref.getValue();
                String name = ref.getKey().substring(kind.length() + 1);
                boolean created = (kind.equals("Secret") ? secrets : maps).contains(ns + "/" + name);
                boolean documented = (kind.equals("Secret") ? documentedSecrets : documentedConfigMaps).contains(name);
                if (!created && !documented) {
                    problems.add(id(d) + ": references " + kind + " " + name + ", which is neither created nor a documented input");
                }
            }
        }
    }

    /** Secret and ConfigMap names a document references, keyed "Kind/name" (optional references skipped). */
    private static void collectReferences(JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                boolean optional = value.path("optional").asBoolean(false);
                if (!optional) {
                    switch (field.getKey()) {
                        case "secretKeyRef", "secretRef", "superuserSecret", "authQuerySecret" -> add(out, "Secret", value.path("name"));
                        case "configMapKeyRef", "configMapRef" -> add(out, "ConfigMap", value.path("name"));
                        case "secret" -> add(out, "Secret", value.has("secretName") ? value.path("secretName") : value.path("name"));
                        case "configMap" -> add(out, "ConfigMap", value.path("name"));
                        case "secretTargetRef", "imagePullSecrets" -> value.forEach(v -> add(out, "Secret", v.path("name")));
                        // prometheus-operator's scrape credentials: two Secret key selectors.
                        case "basicAuth" -> {
                            add(out, "Secret", value.path("username").path("name"));
                            add(out, "Secret", value.path("password").path("name"));
                        }
                        default -> { }
                    }
                }
                collectReferences(value, out);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectReferences(n, out));
        }
    }

    private static void add(Map<String, String> out, String kind, JsonNode name) {
        if (name.isTextual() && !name.asText().isEmpty()) {
            out.put(kind + "/" + name.asText(), kind);
        }
    }

    private void networkPolicies() {
        List<JsonNode> policies = ofKind("NetworkPolicy");
        if (policies.isEmpty()) {
            return;
        }
        Set<String> namespaces = new TreeSet<>();
        workloads.values().forEach(p -> namespaces.add(p.namespace()));
        for (String ns : namespaces) {
            boolean defaultDeny = policies.stream().anyMatch(p -> namespace(p).equals(ns)
                    && p.path("spec").path("podSelector").isEmpty()
                    && policyTypes(p).containsAll(List.of("Ingress", "Egress"))
                    && p.path("spec").path("ingress").isEmpty() && p.path("spec").path("egress").isEmpty());
            if (!defaultDeny) {
                problems.add("namespace '" + ns + "': no default-deny NetworkPolicy (empty podSelector, Ingress and Egress, no rules)");
            }
        }
        for (Pod pod : workloads.values()) {
            for (String protocol : List.of("UDP", "TCP")) {
                if (!egressAllowed(policies, pod, DNS, 53, protocol)) {
                    problems.add(pod.owner() + ": cannot reach cluster DNS on " + protocol + " 53");
                }
            }
        }
        for (JsonNode service : ofKind("Service")) {
            List<Pod> backends = backends(service);
            for (Pod client : workloads.values()) {
                if (!uses(client, service) || backends.contains(client)) {
                    continue;
                }
                for (JsonNode port : service.path("spec").path("ports")) {
                    for (Pod backend : backends) {
                        Optional<Integer> number = targetPort(port, backend);
                        String protocol = port.path("protocol").asText("TCP");
                        if (number.isPresent() && !egressAllowed(policies, client, backend, number.get(), protocol)) {
                            problems.add(client.owner() + " uses " + id(service) + " but no NetworkPolicy lets it connect out to "
                                    + backend.owner() + " on " + number.get());
                        }
                        if (number.isPresent() && !ingressAllowed(policies, backend, client, number.get(), protocol)) {
                            problems.add(client.owner() + " uses " + id(service) + " but no NetworkPolicy lets " + backend.owner()
                                    + " accept it on " + number.get());
                        }
                    }
                }
            }
        }
        for (JsonNode route : ofKinds("HTTPRoute", "Ingress")) {
            for (JsonNode backendRef : route.findValues("backendRefs")) {
                backendRef.forEach(ref -> external(policies, route, ref.path("name").asText(), ref.path("port").asInt(), "routes to"));
            }
            for (JsonNode service : route.findValues("service")) {
                external(policies, route, service.path("name").asText(), service.path("port").path("number").asInt(), "routes to");
            }
        }
        for (JsonNode monitor : ofKind("ServiceMonitor")) {
            Map<String, String> selector = strings(monitor.path("spec").path("selector").path("matchLabels"));
            for (JsonNode service : ofKind("Service")) {
                if (!namespace(service).equals(namespace(monitor)) || selector.isEmpty()
                        || !strings(service.path("metadata").path("labels")).entrySet().containsAll(selector.entrySet())) {
                    continue;
                }
                for (JsonNode endpoint : monitor.path("spec").path("endpoints")) {
                    for (JsonNode port : service.path("spec").path("ports")) {
                        if (port.path("name").asText().equals(endpoint.path("port").asText())) {
                            external(policies, monitor, name(service), port.path("port").asInt(), "scrapes");
                        }
                    }
                }
            }
        }
        for (JsonNode monitor : ofKind("PodMonitor")) {
            JsonNode selector = monitor.path("spec").path("selector");
            for (Pod pod : workloads.values()) {
                if (!pod.namespace().equals(namespace(monitor)) || !matches(selector, pod.labels())) {
                    continue;
                }
                for (JsonNode endpoint : monitor.path("spec").path("podMetricsEndpoints")) {
                    Integer number = pod.namedPorts().get(endpoint.path("port").asText());
                    if (number == null) {
                        problems.add(id(monitor) + ": scrapes port '" + endpoint.path("port").asText() + "', which " + pod.owner() + " does not name");
                    } else if (!ingressFromOtherNamespaceAllowed(policies, pod, number)) {
                        problems.add(id(monitor) + " scrapes " + pod.owner() + " on " + number + " but no NetworkPolicy admits it");
                    }
                }
            }
        }
    }

    /** A Service reached from outside the namespace (the gateway, Prometheus) must admit a namespace-selected peer. */
    private void external(List<JsonNode> policies, JsonNode from, String serviceName, int servicePort, String verb) {
        JsonNode service = byKindName.get("Service/" + namespace(from) + "/" + serviceName);
        if (service == null) {
            problems.add(id(from) + ": " + verb + " Service " + serviceName + ", which is not defined");
            return;
        }
        for (JsonNode port : service.path("spec").path("ports")) {
            if (port.path("port").asInt() != servicePort) {
                continue;
            }
            for (Pod backend : backends(service)) {
                Optional<Integer> number = targetPort(port, backend);
                if (number.isPresent() && !ingressFromOtherNamespaceAllowed(policies, backend, number.get())) {
                    problems.add(id(from) + " " + verb + " " + id(service) + " but no NetworkPolicy lets " + backend.owner()
                            + " accept it on " + number.get());
                }
            }
            return;
        }
        problems.add(id(from) + ": " + verb + " port " + servicePort + " of " + id(service) + ", which it does not expose");
    }

    private boolean ingressFromOtherNamespaceAllowed(List<JsonNode> policies, Pod target, int port) {
        List<JsonNode> selecting = selecting(policies, target, "Ingress");
        if (selecting.isEmpty()) {
            return true;
        }
        for (JsonNode policy : selecting) {
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                if (portsMatch(rule.path("ports"), target, port, "TCP")
                        && (rule.path("from").isEmpty() || hasNamespacePeer(rule.path("from")))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasNamespacePeer(JsonNode peers) {
        for (JsonNode peer : peers) {
            if (peer.has("namespaceSelector") || peer.has("ipBlock")) {
                return true;
            }
        }
        return false;
    }

    private boolean egressAllowed(List<JsonNode> policies, Pod source, Pod target, int port, String protocol) {
        List<JsonNode> selecting = selecting(policies, source, "Egress");
        if (selecting.isEmpty()) {
            return true;
        }
        for (JsonNode policy : selecting) {
            for (JsonNode rule : policy.path("spec").path("egress")) {
                if (portsMatch(rule.path("ports"), target, port, protocol) && peersMatch(rule.path("to"), policy, target)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean ingressAllowed(List<JsonNode> policies, Pod target, Pod source, int port, String protocol) {
        List<JsonNode> selecting = selecting(policies, target, "Ingress");
        if (selecting.isEmpty()) {
            return true;
        }
        for (JsonNode policy : selecting) {
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                if (portsMatch(rule.path("ports"), target, port, protocol) && peersMatch(rule.path("from"), policy, source)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<JsonNode> selecting(List<JsonNode> policies, Pod pod, String type) {
        return policies.stream().filter(p -> namespace(p).equals(pod.namespace()) && policyTypes(p).contains(type)
                && matches(p.path("spec").path("podSelector"), pod.labels())).toList();
    }

    private static Set<String> policyTypes(JsonNode policy) {
        Set<String> types = new LinkedHashSet<>();
        policy.path("spec").path("policyTypes").forEach(t -> types.add(t.asText()));
        if (types.isEmpty()) {
            types.add("Ingress");
            if (policy.path("spec").has("egress")) {
                types.add("Egress");
            }
        }
        return types;
    }

    /** Whether a rule's ports admit {@code port}; named ports resolve against the destination pod. */
    private static boolean portsMatch(JsonNode ports, Pod destination, int port, String protocol) {
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        for (JsonNode p : ports) {
            if (!p.path("protocol").asText("TCP").equals(protocol)) {
                continue;
            }
            JsonNode value = p.path("port");
            if (value.isMissingNode()) {
                return true;
            }
            int number = value.isInt() ? value.asInt() : destination.namedPorts().getOrDefault(value.asText(), -1);
            int end = p.path("endPort").asInt(number);
            if (port >= number && port <= end) {
                return true;
            }
        }
        return false;
    }

    private static boolean peersMatch(JsonNode peers, JsonNode policy, Pod other) {
        if (peers.isMissingNode() || peers.isEmpty()) {
            return true;
        }
        for (JsonNode peer : peers) {
            boolean namespaceOk = peer.has("namespaceSelector")
                    ? matches(peer.path("namespaceSelector"), Map.of("kubernetes.io/metadata.name", other.namespace()))
                    : other.namespace().equals(namespace(policy));
            boolean podOk = !peer.has("podSelector") || matches(peer.path("podSelector"), other.labels());
            if (!peer.has("ipBlock") && (peer.has("namespaceSelector") || peer.has("podSelector")) && namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    /** A label selector (matchLabels and matchExpressions) against labels; an empty selector matches everything. */
    static boolean matches(JsonNode selector, Map<String, String> labels) {
        if (!strings(selector.path("matchLabels")).entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())))) {
            return false;
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            Set<String> values = new TreeSet<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> values.contains(labels.get(key));
                case "NotIn" -> !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private boolean uses(Pod client, JsonNode service) {
        String name = name(service);
        String ns = namespace(service);
        for (String value : client.environment().values()) {
            for (String token : HOST_TOKEN.split(value)) {
                // The Service's own name, or a pod's name under a headless Service (POD.SERVICE.NAMESPACE.svc).
                if (token.equals(name) || token.equals(name + "." + ns) || token.startsWith(name + "." + ns + ".svc")
                        || token.contains("." + name + "." + ns + ".svc")) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Pod> backends(JsonNode service) {
        Map<String, String> selector = strings(service.path("spec").path("selector"));
        if (selector.isEmpty()) {
            return List.of();
        }
        return workloads.values().stream().filter(p -> p.namespace().equals(namespace(service))
                && p.labels().entrySet().containsAll(selector.entrySet())).toList();
    }

    private static Optional<Integer> targetPort(JsonNode servicePort, Pod backend) {
        JsonNode target = servicePort.has("targetPort") ? servicePort.path("targetPort") : servicePort.path("port");
        if (target.isInt()) {
            return backend.declaresPort(target.asInt()) ? Optional.of(target.asInt()) : Optional.empty();
        }
        return Optional.ofNullable(backend.namedPorts().get(target.asText()));
    }

    private static String target(JsonNode servicePort) {
        return servicePort.has("targetPort") ? servicePort.path("targetPort").asText() : servicePort.path("port").asText();
    }

    private static List<JsonNode> containers(JsonNode podSpec) {
        List<JsonNode> all = new ArrayList<>();
        podSpec.path("initContainers").forEach(all::add);
        podSpec.path("containers").forEach(all::add);
        return all;
    }

    private List<JsonNode> ofKind(String kind) {
        return documents.stream().filter(d -> kind(d).equals(kind)).toList();
    }

    private List<JsonNode> ofKinds(String... kinds) {
        Set<String> wanted = Set.of(kinds);
        return documents.stream().filter(d -> wanted.contains(kind(d))).toList();
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> out = new TreeMap<>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static String kind(JsonNode d) {
        return d.path("kind").asText();
    }

    private static String name(JsonNode d) {
        return d.path("metadata").path("name").asText();
    }

    private static String namespace(JsonNode d) {
        return d.path("metadata").path("namespace").asText("");
    }

    private static String id(JsonNode d) {
        return kind(d) + "/" + namespace(d) + "/" + name(d);
    }
}
