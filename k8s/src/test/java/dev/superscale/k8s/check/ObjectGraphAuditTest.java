package dev.superscale.k8s.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObjectGraphAuditTest {

    /** A small graph that passes: web behind a Service used by a worker, default deny plus the allows it needs. */
    static final String CLEAN = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: s}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                  - name: web
                    image: i
                    ports: [{name: http, containerPort: 8088}]
                    env: [{name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: db, key: password}}}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: s}
            spec:
              selector: {app: web}
              ports: [{name: http, port: 80, targetPort: http}]
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: worker, namespace: s}
            spec:
              selector: {matchLabels: {app: worker}}
              template:
                metadata: {labels: {app: worker}}
                spec:
                  containers:
                  - name: worker
                    image: i
                    envFrom: [{configMapRef: {name: endpoints}}]
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: endpoints, namespace: s}
            data: {WEB_URL: "http://web.s.svc.cluster.local:80/"}
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: web, namespace: s}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              minReplicas: 3
              maxReplicas: 5
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: web, namespace: s}
            spec:
              selector: {matchLabels: {app: web}}
              minAvailable: 2
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: default-deny, namespace: s}
            spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: dns, namespace: s}
            spec:
              podSelector: {}
              policyTypes: [Egress]
              egress:
              - to: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: kube-system}}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]
                ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: worker-to-web, namespace: s}
            spec:
              podSelector: {matchLabels: {app: worker}}
              policyTypes: [Egress]
              egress: [{to: [{podSelector: {matchLabels: {app: web}}}], ports: [{port: 8088}]}]
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: web-from-worker, namespace: s}
            spec:
              podSelector: {matchLabels: {app: web}}
              policyTypes: [Ingress]
              ingress: [{from: [{podSelector: {matchLabels: {app: worker}}}], ports: [{port: http}]}]
            """;

    private static List<String> audit(String yaml) {
        return ObjectGraphAudit.audit(Manifests.parse(yaml), Set.of("db"), Set.of());
    }

    @Test
    void acceptsAConsistentGraph() {
        assertThat(audit(CLEAN)).isEmpty();
    }

    @Test
    void flagsAServiceWhoseSelectorMatchesNoPodTemplate() {
        assertThat(audit(CLEAN.replace("selector: {app: web}", "selector: {app: wbe}")))
                .anyMatch(p -> p.contains("Service/s/web") && p.contains("matches no pod template"));
    }

    @Test
    void flagsAServiceTargetingAnUndeclaredPort() {
        assertThat(audit(CLEAN.replace("targetPort: http", "targetPort: 9090")))
                .anyMatch(p -> p.contains("Service/s/web") && p.contains("9090") && p.contains("does not declare"));
    }

    @Test
    void flagsAnAutoscalerTargetingAMissingWorkload() {
        assertThat(audit(CLEAN.replace("kind: Deployment, name: web}", "kind: Deployment, name: webb}")))
                .anyMatch(p -> p.contains("HorizontalPodAutoscaler/s/web") && p.contains("not defined"));
    }

    @Test
    void flagsAWorkloadWithBothAnHpaAndAScaledObject() {
        String keda = CLEAN + """
                ---
                apiVersion: keda.sh/v1alpha1
                kind: ScaledObject
                metadata: {name: web, namespace: s}
                spec: {scaleTargetRef: {name: web}, minReplicaCount: 3, triggers: []}
                """;
        assertThat(audit(keda)).anyMatch(p -> p.contains("scaled by both"));
    }

    @Test
    void flagsReplicasSetOnAnAutoscaledWorkload() {
        assertThat(audit(CLEAN.replace("metadata: {name: web, namespace: s}\nspec:\n  selector",
                "metadata: {name: web, namespace: s}\nspec:\n  replicas: 3\n  selector")))
                .anyMatch(p -> p.contains("sets spec.replicas"));
    }

    @Test
    void flagsAPdbThatWouldBlockADrain() {
        assertThat(audit(CLEAN.replace("minAvailable: 2", "minAvailable: 3")))
                .anyMatch(p -> p.contains("minAvailable 3") && p.contains("drain"));
    }

    @Test
    void flagsAPdbSelectingNothing() {
        assertThat(audit(CLEAN.replace("selector: {matchLabels: {app: web}}\n  minAvailable", "selector: {matchLabels: {app: x}}\n  minAvailable")))
                .anyMatch(p -> p.contains("PodDisruptionBudget/s/web") && p.contains("matches no workload"));
    }

    @Test
    void flagsASecretThatIsNeitherCreatedNorDocumented() {
        assertThat(ObjectGraphAudit.audit(Manifests.parse(CLEAN), Set.of(), Set.of()))
                .singleElement().asString().contains("Secret db").contains("neither created nor a documented input");
    }

    @Test
    void flagsScrapeCredentialsFromASecretThatIsNeitherCreatedNorDocumented() {
        String monitor = CLEAN + """
                ---
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata: {name: flower, namespace: s}
                spec:
                  selector: {matchLabels: {app: flower}}
                  endpoints:
                  - port: http
                    basicAuth: {username: {name: flower-auth, key: username}, password: {name: flower-pass, key: password}}
                """;
        assertThat(audit(monitor)).anyMatch(p -> p.contains("Secret flower-auth")).anyMatch(p -> p.contains("Secret flower-pass"));
        assertThat(ObjectGraphAudit.audit(Manifests.parse(monitor), Set.of("db", "flower-auth", "flower-pass"), Set.of()))
                .noneMatch(p -> p.contains("Secret flower-"));
    }

    @Test
    void flagsAConfigMapThatIsNotCreated() {
        assertThat(audit(CLEAN.replace("configMapRef: {name: endpoints}", "configMapRef: {name: endpointz}")))
                .anyMatch(p -> p.contains("ConfigMap endpointz"));
    }

    @Test
    void flagsAMissingDefaultDeny() {
        assertThat(audit(CLEAN.replace("podSelector: {}, policyTypes: [Ingress, Egress]", "podSelector: {}, policyTypes: [Ingress]")))
                .anyMatch(p -> p.contains("no default-deny"));
    }

    @Test
    void flagsAUsedServiceWithoutAnEgressAllow() {
        assertThat(audit(CLEAN.replace("ports: [{port: 8088}]", "ports: [{port: 8089}]")))
                .singleElement().asString().contains("Deployment/s/worker uses Service/s/web").contains("connect out");
    }

    @Test
    void flagsAUsedServiceWithoutAnIngressAllow() {
        assertThat(audit(CLEAN.replace("ingress: [{from: [{podSelector: {matchLabels: {app: worker}}}]", "ingress: [{from: [{podSelector: {matchLabels: {app: beat}}}]")))
                .singleElement().asString().contains("accept it on 8088");
    }

    @Test
    void flagsPodsThatCannotResolveNames() {
        assertThat(audit(CLEAN.replace("{port: 53, protocol: UDP}, ", "")))
                .anyMatch(p -> p.contains("cannot reach cluster DNS on UDP 53"));
    }

    @Test
    void flagsARouteToAServiceTheGatewayCannotReach() {
        String routed = CLEAN + """
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: web, namespace: s}
                spec:
                  rules: [{backendRefs: [{name: web, port: 80}]}]
                """;
        assertThat(audit(routed)).singleElement().asString().contains("HTTPRoute/s/web routes to Service/s/web");
    }
}
