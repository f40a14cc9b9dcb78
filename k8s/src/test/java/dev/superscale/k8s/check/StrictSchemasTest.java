package dev.superscale.k8s.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StrictSchemasTest {

    static final StrictSchemas SCHEMAS = StrictSchemas.load(StrictSchemas.locate(Path.of(""))
            .orElseThrow(() -> new IllegalStateException("../shared/k8s-schemas not found beside the repository")));

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              selector: {matchLabels: {app: web}}
              strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 1, maxUnavailable: "25%"}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  containers:
                  - name: web
                    image: apache/superset:6.0.0
                    ports: [{containerPort: 8088, name: http}]
                    resources: {requests: {cpu: 500m, memory: 1Gi}, limits: {cpu: 2, memory: 4Gi}}
            """;

    @Test
    void acceptsAValidDeploymentWithIntOrStringAndQuantities() {
        assertThat(SCHEMAS.validateAll(Manifests.parse(DEPLOYMENT))).isEmpty();
    }

    @Test
    void rejectsAnUnknownFieldInsideAContainer() {
        String typo = DEPLOYMENT.replace("image: apache", "imagePullPolicyy: Always\n        image: apache");
        assertThat(SCHEMAS.validateAll(Manifests.parse(typo)))
                .singleElement().asString().contains("Deployment/web").contains("imagePullPolicyy");
    }

    @Test
    void rejectsAWrongTypeInsideAContainer() {
        String wrong = DEPLOYMENT.replace("containerPort: 8088", "containerPort: [8088]");
        assertThat(SCHEMAS.validateAll(Manifests.parse(wrong))).isNotEmpty();
    }

    @Test
    void rejectsAnUnknownFieldInACrdSpecButAcceptsAValidOne() {
        String scaledObject = """
                apiVersion: keda.sh/v1alpha1
                kind: ScaledObject
                metadata: {name: worker}
                spec:
                  scaleTargetRef: {name: worker}
                  minReplicaCount: 2
                  triggers:
                  - type: redis
                    metadata: {listName: interactive, listLength: "10"}
                """;
        assertThat(SCHEMAS.validateAll(Manifests.parse(scaledObject))).isEmpty();
        assertThat(SCHEMAS.validateAll(Manifests.parse(scaledObject.replace("minReplicaCount", "minReplicas"))))
                .singleElement().asString().contains("minReplicas");
    }

    @Test
    void refusesAKindItHasNoSchemaFor() {
        assertThat(SCHEMAS.validateAll(Manifests.parse("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n")))
                .singleElement().asString().contains("no schema");
    }

    @Test
    void knowsTheCoreKindsAndEveryCrd() {
        assertThat(SCHEMAS.kinds()).contains("apps/v1/Deployment", "autoscaling/v2/HorizontalPodAutoscaler",
                "gateway.networking.k8s.io/v1/HTTPRoute", "keda.sh/v1alpha1/ScaledObject", "keda.sh/v1alpha1/TriggerAuthentication",
                "monitoring.coreos.com/v1/PrometheusRule", "postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/Pooler");
    }
}
