package dev.superscale.k8s;

import dev.superscale.topology.Component;
import imports.k8s.DeploymentSpec;
import imports.k8s.DeploymentStrategy;
import imports.k8s.KubeDeployment;
import imports.k8s.KubeDeploymentProps;
import imports.k8s.LabelSelector;
import java.util.List;
import software.constructs.Construct;

/**
 * Celery beat: the topology's single replica with the Recreate strategy, so a rollout stops the old
 * scheduler before the new one starts (two would send every scheduled report twice). No PDB: a
 * budget on one replica would block every node drain.
 */
public class CeleryBeat extends Construct {

    private final KubeDeployment deployment;

    public CeleryBeat(Construct scope, String id, SupersetK8sProps props) {
        super(scope, id);
        Component beat = props.getTopology().beat();
        if (beat.replicas().max().value() != 1) {
            throw new IllegalArgumentException("beat must run exactly one replica; the topology has " + beat.replicas().max());
        }
        this.deployment = new KubeDeployment(this, "Deployment", KubeDeploymentProps.builder()
                .metadata(Objects.meta(Labels.name(beat.name()), beat.name()))
                .spec(DeploymentSpec.builder()
                        .replicas(1)
                        .selector(LabelSelector.builder().matchLabels(Labels.selector(beat.name())).build())
                        .strategy(DeploymentStrategy.builder().type("Recreate").build())
                        .template(PodTemplates.template(props, beat, PodTemplates.Capacity.ON_DEMAND,
                                List.of(PodTemplates.supersetContainer(props, beat, null)),
                                List.of(PodTemplates.waitForMigrations(props, beat)),
                                PodTemplates.supersetVolumes(props, beat), "Always", PodTemplates.supersetConfigDigest(props), 0))
                        .build())
                .build());
    }

    public KubeDeployment getDeployment() {
        return deployment;
    }
}
