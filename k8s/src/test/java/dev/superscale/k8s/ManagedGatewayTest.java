package dev.superscale.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.Preset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A Gateway whose load balancer lives outside the cluster (GKE's managed classes): its ranges in the web and dashboards policies. */
class ManagedGatewayTest {

    private static final List<String> SOURCES = List.of("203.0.113.0/24", "198.51.100.0/22");
    private static final List<String> ADDRESS = List.of("192.0.2.80/32");

    @Test
    void webAdmitsTheLoadBalancerRangesAndDashboardOpenersReachItsAddress() {
        SupersetK8sProps props = K8sFixtures.builder(Preset.ENTERPRISE)
                .exposure(new WebExposure.Gateway("superset-gateway", "gateway-system", "superset.example.com").withLoadBalancer(SOURCES, ADDRESS))
                .build();
        var files = K8sSynth.render(props);
        assertThat(K8sSynth.check(props, files, Optional.of(K8sFixtures.SCHEMAS))).isEmpty();
        List<JsonNode> all = K8sSynth.manifests(files);

        JsonNode from = SupersetChartsTest.one(all, "NetworkPolicy", "superset-web-ingress").path("spec").path("ingress").get(0).path("from");
        assertThat(from.findValuesAsText("cidr")).containsExactlyElementsOf(SOURCES);
        assertThat(from.get(0).path("namespaceSelector").isObject()).as("the gateway namespace is still admitted").isTrue();

        JsonNode to = SupersetChartsTest.one(all, "NetworkPolicy", "superset-dashboards-egress").path("spec").path("egress").get(0).path("to");
        assertThat(to.findValuesAsText("cidr")).containsExactlyElementsOf(ADDRESS);
        assertThat(to.get(0).path("namespaceSelector").isObject()).isTrue();
    }

    @Test
    void byDefaultOnlyTheGatewayNamespaceIsAdmitted() {
        List<JsonNode> all = SupersetChartsTest.manifests(K8sFixtures.props(Preset.ENTERPRISE));
        for (String policy : List.of("superset-web-ingress", "superset-dashboards-egress")) {
            assertThat(SupersetChartsTest.one(all, "NetworkPolicy", policy).path("spec").findValuesAsText("cidr")).as(policy).isEmpty();
        }
    }

    @Test
    void refusesACidrThatIsNotOne() {
        assertThatThrownBy(() -> K8sFixtures.builder(Preset.TEAM)
                .exposure(new WebExposure.Gateway("g", "gateway-system", "superset.example.com").withLoadBalancer(List.of("35.191.0.0"), List.of()))
                .build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'35.191.0.0' is not an IPv4 CIDR");
    }
}
