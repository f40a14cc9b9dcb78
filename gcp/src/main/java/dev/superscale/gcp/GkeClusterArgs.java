package dev.superscale.gcp;

import dev.superscale.topology.SupersetTopology;
import java.util.List;

/**
 * Inputs of {@link GkeCluster}.
 *
 * @param topology   the components the node pools are sized for (required)
 * @param network    the network to run in (required)
 * @param project    the project, for the Workload Identity pool and the node service account's roles (required)
 * @param region     the cluster's region: the control plane is regional (required)
 * @param zones      the zones of the nodes, as many as the plan's zones (required)
 * @param masterCidr the /28 of the control plane's private endpoint; default {@value #DEFAULT_MASTER_CIDR}
 * @param controlPlaneAuthorizedCidrs CIDRs allowed to reach the public control-plane endpoint; default none, which leaves it
 *                   reachable by any authenticated caller (Google's default), so `pulumi up` works from anywhere
 */
public record GkeClusterArgs(SupersetTopology topology, Network network, String project, String region, List<String> zones,
        String masterCidr, List<String> controlPlaneAuthorizedCidrs) {

    public static final String DEFAULT_MASTER_CIDR = "172.16.0.0/28";

    public GkeClusterArgs {
        zones = zones == null ? null : List.copyOf(zones);
        controlPlaneAuthorizedCidrs = List.copyOf(controlPlaneAuthorizedCidrs);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private SupersetTopology topology;
        private Network network;
        private String project;
        private String region;
        private List<String> zones;
        private String masterCidr = DEFAULT_MASTER_CIDR;
        private List<String> authorized = List.of();

        public Builder topology(SupersetTopology topology) {
            this.topology = topology;
            return this;
        }

        public Builder network(Network network) {
            this.network = network;
            return this;
        }

        public Builder project(String project) {
            this.project = project;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder zones(List<String> zones) {
            this.zones = zones;
            return this;
        }

        public Builder masterCidr(String cidr) {
            this.masterCidr = cidr;
            return this;
        }

        public Builder controlPlaneAuthorizedCidrs(List<String> cidrs) {
            this.authorized = cidrs;
            return this;
        }

        public GkeClusterArgs build() {
            return new GkeClusterArgs(topology, network, project, region, zones, masterCidr, authorized);
        }
    }
}
