package dev.superscale.k8s;

import imports.k8s.KubeConfigMap;
import imports.k8s.KubeConfigMapProps;
import imports.k8s.KubeServiceAccount;
import imports.k8s.KubeServiceAccountProps;
import dev.superscale.topology.SupersetTopology;
import java.util.Map;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * What every Superset pod shares: the service account (no token mounted: Superset never talks to
 * the Kubernetes API) and superset_config.py as a ConfigMap.
 */
public class NamespaceBase extends Construct {

    private final KubeServiceAccount serviceAccount;
    private final KubeConfigMap supersetConfig;

    public NamespaceBase(Construct scope, String id, SupersetK8sProps props) {
        super(scope, id);
        this.serviceAccount = new KubeServiceAccount(this, "ServiceAccount", KubeServiceAccountProps.builder()
                .metadata(Objects.meta(PodTemplates.SERVICE_ACCOUNT, "base")).automountServiceAccountToken(false).build());
        Map<String, String> data = new TreeMap<>();
        data.put(SupersetTopology.SUPERSET_CONFIG_FILE,
                props.getTopology().web().configFile(SupersetTopology.SUPERSET_CONFIG_FILE).orElseThrow().content());
        this.supersetConfig = new KubeConfigMap(this, "SupersetConfig", KubeConfigMapProps.builder()
                .metadata(Objects.meta(PodTemplates.SUPERSET_CONFIG_MAP, "base")).data(data).build());
    }

    public KubeServiceAccount getServiceAccount() {
        return serviceAccount;
    }

    public KubeConfigMap getSupersetConfig() {
        return supersetConfig;
    }
}
