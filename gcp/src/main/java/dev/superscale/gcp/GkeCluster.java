package dev.superscale.gcp;

import com.pulumi.core.Output;
import com.pulumi.gcp.container.Cluster;
import com.pulumi.gcp.container.ClusterArgs;
import com.pulumi.gcp.container.NodePool;
import com.pulumi.gcp.container.NodePoolArgs;
import com.pulumi.gcp.container.inputs.ClusterAddonsConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterAddonsConfigHttpLoadBalancingArgs;
import com.pulumi.gcp.container.inputs.ClusterGatewayApiConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterIpAllocationPolicyArgs;
import com.pulumi.gcp.container.inputs.ClusterMasterAuthorizedNetworksConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterMasterAuthorizedNetworksConfigCidrBlockArgs;
import com.pulumi.gcp.container.inputs.ClusterMonitoringConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterMonitoringConfigManagedPrometheusArgs;
import com.pulumi.gcp.container.inputs.ClusterPrivateClusterConfigArgs;
import com.pulumi.gcp.container.inputs.ClusterReleaseChannelArgs;
import com.pulumi.gcp.container.inputs.ClusterWorkloadIdentityConfigArgs;
import com.pulumi.gcp.container.inputs.NodePoolAutoscalingArgs;
import com.pulumi.gcp.container.inputs.NodePoolManagementArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigShieldedInstanceConfigArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigTaintArgs;
import com.pulumi.gcp.container.inputs.NodePoolNodeConfigWorkloadMetadataConfigArgs;
import com.pulumi.gcp.container.inputs.NodePoolUpgradeSettingsArgs;
import com.pulumi.gcp.projects.IAMMember;
import com.pulumi.gcp.projects.IAMMemberArgs;
import com.pulumi.gcp.serviceaccount.Account;
import com.pulumi.gcp.serviceaccount.AccountArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A regional GKE Standard cluster with private nodes, Workload Identity and the Gateway API, and
 * two autoscaled node pools sized from the topology: an on-demand pool for web, PgBouncer, beat,
 * migrations and the workers' on-demand base, and a Spot pool, tainted so only Celery workers
 * (which tolerate the taint) land there. Node counts come from {@link NodePoolSizing}.
 */
public class GkeCluster extends ComponentResource {

    public static final String TYPE = "superscale:gcp:GkeCluster";
    /** GKE labels every Spot node with this key (value "true"); the Spot pool is also tainted with it. */
    public static final String SPOT_LABEL = "cloud.google.com/gke-spot";
    public static final String SPOT_TAINT_VALUE = "true";
    public static final String SPOT_TAINT_EFFECT = "NO_SCHEDULE";
    /** Our own label on both pools, for node affinity that does not depend on GKE's label. */
    public static final String CAPACITY_LABEL = "superscale.dev/capacity";

    /** What nodes need: write logs and metrics, read images; nothing else (not the Compute default account). */
    static final List<String> NODE_ROLES = List.of("roles/logging.logWriter", "roles/monitoring.metricWriter", "roles/monitoring.viewer",
            "roles/stackdriver.resourceMetadata.writer", "roles/artifactregistry.reader");

    private final Account nodeServiceAccount;
    private final Cluster cluster;
    private final NodePool onDemandPool;
    private final NodePool spotPool;
    private final NodePoolSizing onDemandSizing;
    private final NodePoolSizing spotSizing;

    public GkeCluster(String name, GkeClusterArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        Children.require(args, "GkeCluster", name, "args");
        Children.require(args.topology(), "GkeCluster", name, "topology");
        Children.require(args.network(), "GkeCluster", name, "network");
        Children.require(args.project(), "GkeCluster", name, "project");
        Children.require(args.region(), "GkeCluster", name, "region");
        Children.require(args.zones(), "GkeCluster", name, "zones");
        long planZones = args.topology().plan().availabilityZones().value();
        if (args.zones().size() != planZones) {
            throw new IllegalArgumentException("GkeCluster '" + name + "': zones " + args.zones() + " must name the plan's " + planZones + " zones");
        }
        this.onDemandSizing = NodePoolSizing.onDemand(args.topology());
        this.spotSizing = NodePoolSizing.spot(args.topology());

        this.nodeServiceAccount = new Account(name + "-nodes", AccountArgs.builder()
                .accountId(accountId(name, "-nodes"))
                .displayName("GKE nodes of " + name)
                .build(), Children.of(this));
        List<IAMMember> nodeRoles = new ArrayList<>();
        for (String role : NODE_ROLES) {
            nodeRoles.add(new IAMMember(name + "-nodes-" + role.substring(role.indexOf('/') + 1).replace('.', '-'), IAMMemberArgs.builder()
                    .project(args.project())
                    .role(role)
                    .member(nodeServiceAccount.email().applyValue(email -> "serviceAccount:" + email))
                    .build(), Children.of(this)));
        }

        ClusterArgs.Builder cluster = ClusterArgs.builder()
                .location(args.region())
                .nodeLocations(args.zones())
                .network(args.network().networkId())
                .subnetwork(args.network().getSubnet().id())
                .networkingMode("VPC_NATIVE")
                .ipAllocationPolicy(ClusterIpAllocationPolicyArgs.builder()
                        .clusterSecondaryRangeName(Network.PODS_RANGE)
                        .servicesSecondaryRangeName(Network.SERVICES_RANGE)
                        .build())
                // The default pool cannot be configured like ours: create it with one node and remove it.
                .removeDefaultNodePool(true)
                .initialNodeCount(1)
                .privateClusterConfig(ClusterPrivateClusterConfigArgs.builder()
                        .enablePrivateNodes(true)
                        .enablePrivateEndpoint(false)
                        .masterIpv4CidrBlock(args.masterCidr())
                        .build())
                .workloadIdentityConfig(ClusterWorkloadIdentityConfigArgs.builder().workloadPool(workloadPool(args.project())).build())
                .gatewayApiConfig(ClusterGatewayApiConfigArgs.builder().channel("CHANNEL_STANDARD").build())
                .addonsConfig(ClusterAddonsConfigArgs.builder()
                        .httpLoadBalancing(ClusterAddonsConfigHttpLoadBalancingArgs.builder().disabled(false).build())
                        .build())
                .releaseChannel(ClusterReleaseChannelArgs.builder().channel("REGULAR").build())
                // Managed Prometheus and kube-state metrics for deployments feed the workers-down and queue alerts.
                .monitoringConfig(ClusterMonitoringConfigArgs.builder()
                        .enableComponents(List.of("SYSTEM_COMPONENTS", "DEPLOYMENT"))
                        .managedPrometheus(ClusterMonitoringConfigManagedPrometheusArgs.builder().enabled(true).build())
                        .build())
                .deletionProtection(true);
        if (!args.controlPlaneAuthorizedCidrs().isEmpty()) {
            cluster.masterAuthorizedNetworksConfig(ClusterMasterAuthorizedNetworksConfigArgs.builder()
                    .cidrBlocks(args.controlPlaneAuthorizedCidrs().stream()
                            .map(cidr -> ClusterMasterAuthorizedNetworksConfigCidrBlockArgs.builder().cidrBlock(cidr).build()).toList())
                    .build());
        }
        this.cluster = new Cluster(name + "-cluster", cluster.build(), Children.of(this));

        this.onDemandPool = nodePool(name + "-on-demand", args, onDemandSizing, false, "BALANCED");
        // ANY lets the autoscaler take Spot capacity from whichever zone has it (Google's advice for Spot).
        this.spotPool = nodePool(name + "-spot", args, spotSizing, true, "ANY");

        registerOutputs(Map.of("clusterName", this.cluster.name(), "endpoint", this.cluster.endpoint()));
    }

    private NodePool nodePool(String poolName, GkeClusterArgs args, NodePoolSizing sizing, boolean spot, String locationPolicy) {
        NodePoolNodeConfigArgs.Builder node = NodePoolNodeConfigArgs.builder()
                .machineType(sizing.machineType().name())
                .spot(spot)
                .serviceAccount(nodeServiceAccount.email())
                .oauthScopes(List.of("https://www.googleapis.com/auth/cloud-platform"))
                .workloadMetadataConfig(NodePoolNodeConfigWorkloadMetadataConfigArgs.builder().mode("GKE_METADATA").build())
                .shieldedInstanceConfig(NodePoolNodeConfigShieldedInstanceConfigArgs.builder()
                        .enableSecureBoot(true).enableIntegrityMonitoring(true).build())
                .diskType("pd-balanced")
                .labels(Map.of(CAPACITY_LABEL, spot ? "spot" : "on-demand"));
        if (spot) {
            node.taints(List.of(NodePoolNodeConfigTaintArgs.builder().key(SPOT_LABEL).value(SPOT_TAINT_VALUE).effect(SPOT_TAINT_EFFECT).build()));
        }
        return new NodePool(poolName, NodePoolArgs.builder()
                .cluster(cluster.id())
                .location(args.region())
                .nodeLocations(args.zones())
                // Per zone, and a create-time input: constant, so a new user count never replaces the pool.
                .initialNodeCount(1)
                .autoscaling(NodePoolAutoscalingArgs.builder()
                        .totalMinNodeCount((int) sizing.minNodes())
                        .totalMaxNodeCount((int) sizing.maxNodes())
                        .locationPolicy(locationPolicy)
                        .build())
                .management(NodePoolManagementArgs.builder().autoRepair(true).autoUpgrade(true).build())
                .upgradeSettings(NodePoolUpgradeSettingsArgs.builder().maxSurge(1).maxUnavailable(0).build())
                .nodeConfig(node.build())
                .build(), Children.of(this));
    }

    /** The Workload Identity pool of a project. */
    public static String workloadPool(String project) {
        return project + ".svc.id.goog";
    }

    /** A service account id (6-30 characters) derived from the component name. */
    static String accountId(String name, String suffix) {
        String base = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        String id = (base.length() + suffix.length() > 30 ? base.substring(0, 30 - suffix.length()) : base) + suffix;
        return id.length() < 6 ? (id + "-sa-sa").substring(0, 6) : id;
    }

    public Cluster getCluster() {
        return cluster;
    }

    public Output<String> clusterName() {
        return cluster.name();
    }

    /**
     * A kubeconfig for the Pulumi Kubernetes provider: the cluster's public endpoint and CA, and
     * credentials from {@code gke-gcloud-auth-plugin} (the caller's gcloud login), never a stored token.
     */
    public Output<String> kubeconfig() {
        return Output.tuple(cluster.name(), cluster.endpoint(), cluster.masterAuth()).applyValue(t -> kubeconfig(t.t1, t.t2,
                t.t3.clusterCaCertificate().orElseThrow(() -> new IllegalStateException("GKE returned no cluster CA certificate"))));
    }

    static String kubeconfig(String clusterName, String endpoint, String caBase64) {
        return String.join("\n",
                "apiVersion: v1",
                "kind: Config",
                "clusters:",
                "- name: " + clusterName,
                "  cluster:",
                "    server: https://" + endpoint,
                "    certificate-authority-data: " + caBase64,
                "contexts:",
                "- name: " + clusterName,
                "  context:",
                "    cluster: " + clusterName,
                "    user: " + clusterName,
                "current-context: " + clusterName,
                "users:",
                "- name: " + clusterName,
                "  user:",
                "    exec:",
                "      apiVersion: client.authentication.k8s.io/v1beta1",
                "      command: gke-gcloud-auth-plugin",
                "      installHint: gcloud components install gke-gcloud-auth-plugin",
                "      provideClusterInfo: true",
                "");
    }

    public NodePool getOnDemandPool() {
        return onDemandPool;
    }

    public NodePool getSpotPool() {
        return spotPool;
    }

    public Account getNodeServiceAccount() {
        return nodeServiceAccount;
    }

    public NodePoolSizing onDemandSizing() {
        return onDemandSizing;
    }

    public NodePoolSizing spotSizing() {
        return spotSizing;
    }
}
