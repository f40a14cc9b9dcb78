package dev.superscale.k8s;

import imports.k8s.Container;
import imports.k8s.DeploymentSpec;
import imports.k8s.KubeDeployment;
import imports.k8s.KubeDeploymentProps;
import imports.k8s.LabelSelector;
import imports.k8s.ObjectMeta;
import imports.k8s.PodSecurityContext;
import imports.k8s.PodSpec;
import imports.k8s.PodTemplateSpec;
import imports.k8s.Quantity;
import imports.k8s.ResourceRequirements;
import imports.k8s.SeccompProfile;
import imports.k8s.Volume;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * The one-replica Deployment of a third-party exporter the topology does not list: Pod Security "restricted"
 * (the image's numeric user, read-only root, drop ALL, seccomp RuntimeDefault), no service-account token, and the
 * vendor's modest fixed footprint as requests = limits.
 */
final class ExporterPods {

    private ExporterPods() {
    }

    /** Requests = limits of an exporter container: fixed, not sized from the plan (an exporter's load does not grow with users). */
    static ResourceRequirements fixedSize(String cpu, String memory) {
        Map<String, Quantity> amounts = new TreeMap<>();
        amounts.put("cpu", Quantity.fromString(cpu));
        amounts.put("memory", Quantity.fromString(memory));
        return ResourceRequirements.builder().requests(amounts).limits(amounts).build();
    }

    static KubeDeployment deployment(Construct scope, String id, String component, long uid, Container container, List<Volume> volumes,
                                     Map<String, String> annotations) {
        return new KubeDeployment(scope, id, KubeDeploymentProps.builder()
                .metadata(Objects.meta(Labels.name(component), component))
                .spec(DeploymentSpec.builder().replicas(1)
                        .selector(LabelSelector.builder().matchLabels(Labels.selector(component)).build())
                        .template(PodTemplateSpec.builder()
                                .metadata(ObjectMeta.builder().labels(Labels.of(component)).annotations(annotations.isEmpty() ? null : annotations).build())
                                .spec(PodSpec.builder()
                                        .serviceAccountName(PodTemplates.SERVICE_ACCOUNT).automountServiceAccountToken(false).enableServiceLinks(false)
                                        .securityContext(PodSecurityContext.builder().runAsNonRoot(true).runAsUser(uid).runAsGroup(uid)
                                                .seccompProfile(SeccompProfile.builder().type("RuntimeDefault").build()).build())
                                        .containers(List.of(container))
                                        .volumes(volumes.isEmpty() ? null : volumes)
                                        .build())
                                .build())
                        .build())
                .build());
    }
}
