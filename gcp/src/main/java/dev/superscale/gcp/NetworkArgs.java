package dev.superscale.gcp;

/**
 * Inputs of {@link Network}.
 *
 * @param region       the region of the subnet, router and NAT (required)
 * @param nodesCidr    the subnet's primary range, for nodes; default {@value #DEFAULT_NODES_CIDR}
 * @param podsCidr     the secondary range for pods; default {@value #DEFAULT_PODS_CIDR}
 * @param servicesCidr the secondary range for Services; default {@value #DEFAULT_SERVICES_CIDR}
 * @param servicesPeeringPrefixLength the prefix length of the range reserved for private service access (Cloud SQL,
 *                     Memorystore); default {@value #DEFAULT_PEERING_PREFIX}
 */
public record NetworkArgs(String region, String nodesCidr, String podsCidr, String servicesCidr, int servicesPeeringPrefixLength) {

    public static final String DEFAULT_NODES_CIDR = "10.0.0.0/20";
    /** A /14 gives 1,024 nodes x 110 pods: far above any tier. */
    public static final String DEFAULT_PODS_CIDR = "10.4.0.0/14";
    public static final String DEFAULT_SERVICES_CIDR = "10.8.0.0/20";
    /** Google's recommended size: room for Cloud SQL, Memorystore and later services. */
    public static final int DEFAULT_PEERING_PREFIX = 16;

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String region;
        private String nodesCidr = DEFAULT_NODES_CIDR;
        private String podsCidr = DEFAULT_PODS_CIDR;
        private String servicesCidr = DEFAULT_SERVICES_CIDR;
        private int peeringPrefix = DEFAULT_PEERING_PREFIX;

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder nodesCidr(String cidr) {
            this.nodesCidr = cidr;
            return this;
        }

        public Builder podsCidr(String cidr) {
            this.podsCidr = cidr;
            return this;
        }

        public Builder servicesCidr(String cidr) {
            this.servicesCidr = cidr;
            return this;
        }

        public Builder servicesPeeringPrefixLength(int prefix) {
            this.peeringPrefix = prefix;
            return this;
        }

        public NetworkArgs build() {
            return new NetworkArgs(region, nodesCidr, podsCidr, servicesCidr, peeringPrefix);
        }
    }
}
