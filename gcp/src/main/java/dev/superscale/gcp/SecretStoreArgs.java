package dev.superscale.gcp;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.superscale.topology.SupersetSecret;
import dev.superscale.topology.SupersetTopology;
import java.util.Map;

/**
 * Inputs of {@link SecretStore}.
 *
 * @param topology        which secrets the components read (required)
 * @param project         the project of the Workload Identity pool (required)
 * @param namespace       the Kubernetes namespace of the workloads (required)
 * @param serviceAccount  the Kubernetes service account the workloads run as; default {@value #DEFAULT_KSA}
 * @param values          a value per secret the topology reads, each a secret output; Secret Manager holds it as JSON
 *                        when the secret has several keys (required)
 * @param cluster         the GKE cluster whose Workload Identity pool must exist before the binding (required)
 */
public record SecretStoreArgs(SupersetTopology topology, String project, String namespace, String serviceAccount,
        Map<SupersetSecret, Output<String>> values, Resource cluster) {

    public static final String DEFAULT_KSA = "superset";

    public SecretStoreArgs {
        values = values == null ? null : Map.copyOf(values);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private SupersetTopology topology;
        private String project;
        private String namespace;
        private String serviceAccount = DEFAULT_KSA;
        private Map<SupersetSecret, Output<String>> values;
        private Resource cluster;

        public Builder topology(SupersetTopology topology) {
            this.topology = topology;
            return this;
        }

        public Builder project(String project) {
            this.project = project;
            return this;
        }

        public Builder namespace(String namespace) {
            this.namespace = namespace;
            return this;
        }

        public Builder serviceAccount(String name) {
            this.serviceAccount = name;
            return this;
        }

        public Builder values(Map<SupersetSecret, Output<String>> values) {
            this.values = values;
            return this;
        }

        public Builder cluster(Resource cluster) {
            this.cluster = cluster;
            return this;
        }

        public SecretStoreArgs build() {
            return new SecretStoreArgs(topology, project, namespace, serviceAccount, values, cluster);
        }
    }
}
