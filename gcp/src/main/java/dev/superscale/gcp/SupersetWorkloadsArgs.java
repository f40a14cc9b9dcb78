package dev.superscale.gcp;

import dev.superscale.topology.SupersetTopology;
import java.util.List;

/**
 * Inputs of {@link SupersetWorkloads}: the topology and the managed services the charts are
 * configured for.
 *
 * @param topology       the components (required)
 * @param namespace      the workloads' namespace (required)
 * @param hostname       the public hostname of the web tier (its HTTPRoute and WEBSERVER_URL; required)
 * @param warehouseCidrs where Superset pods may reach the data warehouses; default none
 * @param supersetImage  the Superset image; null for the charts' default
 * @param network        the VPC (its subnet hosts the cache's Private Service Connect endpoints; required)
 * @param gke            the cluster and its node pools (required)
 * @param database       Cloud SQL (required)
 * @param broker         the Memorystore broker (required)
 * @param cache          the Memorystore cache cluster, without AUTH (required)
 * @param secrets        the Secret Manager values the Kubernetes Secrets are made of (required)
 */
public record SupersetWorkloadsArgs(SupersetTopology topology, String namespace, String hostname, List<String> warehouseCidrs, String supersetImage,
        Network network, GkeCluster gke, CloudSqlPostgres database, MemorystoreBroker broker, MemorystoreCache cache, SecretStore secrets) {

    public SupersetWorkloadsArgs {
        warehouseCidrs = warehouseCidrs == null ? List.of() : List.copyOf(warehouseCidrs);
    }
}
