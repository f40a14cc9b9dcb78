package dev.superscale.gcp;

import com.pulumi.core.Output;
import com.pulumi.gcp.compute.GlobalAddress;
import com.pulumi.gcp.compute.GlobalAddressArgs;
import com.pulumi.gcp.compute.Router;
import com.pulumi.gcp.compute.RouterArgs;
import com.pulumi.gcp.compute.RouterNat;
import com.pulumi.gcp.compute.RouterNatArgs;
import com.pulumi.gcp.compute.Subnetwork;
import com.pulumi.gcp.compute.SubnetworkArgs;
import com.pulumi.gcp.compute.inputs.RouterNatLogConfigArgs;
import com.pulumi.gcp.compute.inputs.SubnetworkSecondaryIpRangeArgs;
import com.pulumi.gcp.servicenetworking.Connection;
import com.pulumi.gcp.servicenetworking.ConnectionArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import java.util.List;
import java.util.Map;

/**
 * The VPC of the deployment: a custom-mode network, one regional subnet with secondary ranges
 * for GKE pods and Services, a Cloud Router with Cloud NAT (private nodes pull images and reach
 * warehouses without public IPs), and private service access so Cloud SQL and Memorystore get
 * private addresses only.
 */
public class Network extends ComponentResource {

    public static final String TYPE = "superscale:gcp:Network";
    public static final String PODS_RANGE = "pods";
    public static final String SERVICES_RANGE = "services";

    private final com.pulumi.gcp.compute.Network network;
    private final Subnetwork subnet;
    private final Router router;
    private final RouterNat nat;
    private final GlobalAddress servicesRange;
    private final Connection privateServiceAccess;

    public Network(String name, NetworkArgs args, ComponentResourceOptions options) {
        super(TYPE, name, options);
        Children.require(args, "Network", name, "args");
        Children.require(args.region(), "Network", name, "region");

        this.network = new com.pulumi.gcp.compute.Network(name + "-vpc", com.pulumi.gcp.compute.NetworkArgs.builder()
                .autoCreateSubnetworks(false)
                .routingMode("REGIONAL")
                .build(), Children.of(this));
        this.subnet = new Subnetwork(name + "-subnet", SubnetworkArgs.builder()
                .network(network.id())
                .region(args.region())
                .ipCidrRange(args.nodesCidr())
                .privateIpGoogleAccess(true)
                .secondaryIpRanges(List.of(
                        SubnetworkSecondaryIpRangeArgs.builder().rangeName(PODS_RANGE).ipCidrRange(args.podsCidr()).build(),
                        SubnetworkSecondaryIpRangeArgs.builder().rangeName(SERVICES_RANGE).ipCidrRange(args.servicesCidr()).build()))
                .build(), Children.of(this));
        this.router = new Router(name + "-router", RouterArgs.builder()
                .network(network.id())
                .region(args.region())
                .build(), Children.of(this));
        this.nat = new RouterNat(name + "-nat", RouterNatArgs.builder()
                .router(router.name())
                .region(args.region())
                .natIpAllocateOption("AUTO_ONLY")
                .sourceSubnetworkIpRangesToNat("ALL_SUBNETWORKS_ALL_IP_RANGES")
                .logConfig(RouterNatLogConfigArgs.builder().enable(true).filter("ERRORS_ONLY").build())
                .build(), Children.of(this));
        this.servicesRange = new GlobalAddress(name + "-services-range", GlobalAddressArgs.builder()
                .network(network.id())
                .purpose("VPC_PEERING")
                .addressType("INTERNAL")
                .prefixLength(args.servicesPeeringPrefixLength())
                .build(), Children.of(this));
        this.privateServiceAccess = new Connection(name + "-private-service-access", ConnectionArgs.builder()
                .network(network.id())
                .service("servicenetworking.googleapis.com")
                .reservedPeeringRanges(servicesRange.name().applyValue(List::of))
                .build(), Children.of(this));

        registerOutputs(Map.of("networkId", network.id(), "subnetId", subnet.id()));
    }

    public com.pulumi.gcp.compute.Network getNetwork() {
        return network;
    }

    public Output<String> networkId() {
        return network.id();
    }

    public Subnetwork getSubnet() {
        return subnet;
    }

    public Router getRouter() {
        return router;
    }

    public RouterNat getNat() {
        return nat;
    }

    public GlobalAddress getServicesRange() {
        return servicesRange;
    }

    /** Cloud SQL and Memorystore instances depend on this peering being in place. */
    public Connection getPrivateServiceAccess() {
        return privateServiceAccess;
    }
}
