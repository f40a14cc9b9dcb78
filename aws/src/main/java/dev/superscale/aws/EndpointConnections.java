package dev.superscale.aws;

import software.amazon.awscdk.services.ec2.Connections;
import software.amazon.awscdk.services.ec2.ConnectionsProps;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ec2.Port;

/** Connections of an endpoint: the network's security groups with the endpoint's port as default. */
final class EndpointConnections {

    private EndpointConnections() {
    }

    /** So that {@code allowDefaultPortFrom} opens exactly the endpoint's port. */
    static Connections onPort(IConnectable network, int port) {
        return new Connections(ConnectionsProps.builder()
                .securityGroups(network.getConnections().getSecurityGroups())
                .defaultPort(Port.tcp(port)).build());
    }
}
