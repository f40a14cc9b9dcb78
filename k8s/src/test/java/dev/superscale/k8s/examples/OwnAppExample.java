package dev.superscale.k8s.examples;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.UserLoad;
import dev.superscale.k8s.ExternalPostgres;
import dev.superscale.k8s.ExternalRedis;
import dev.superscale.k8s.SpotNodes;
import dev.superscale.k8s.SupersetCharts;
import dev.superscale.k8s.SupersetK8sProps;
import dev.superscale.k8s.WebExposure;
import dev.superscale.topology.SupersetTopology;
import java.util.List;
import org.cdk8s.App;

/** Superset's charts in a platform team's own cdk8s app: Cloud SQL and Memorystore, GKE Spot, the team's Gateway. */
public class OwnAppExample {

    public static App build(String outdir) {
        App app = App.Builder.create().outdir(outdir).build();
        CapacityPlan plan = CapacityPlanner.planFor(UserLoad.ofUsers(10_000));
        SupersetCharts.addTo(app, SupersetK8sProps.builder()
                .topology(SupersetTopology.of(plan))
                .namespace("analytics")
                .supersetImage("europe-docker.pkg.dev/acme/images/superset:6.0.0-psycopg2")
                .postgres(ExternalPostgres.of("10.20.0.5", List.of("10.20.0.0/24")))             // Cloud SQL private IP
                .redis(ExternalRedis.of("10.30.0.4", "10.30.1.4:6379", List.of("10.30.0.0/23")))  // Memorystore broker, cache
                .exposure(WebExposure.gateway("shared-gateway", "gateway-infra", "bi.acme.example"))
                .webUrl("https://bi.acme.example/")
                .spotNodes(SpotNodes.gke())
                .warehouseCidrs(List.of("10.40.0.0/16"))
                .build());
        return app;
    }

    public static void main(String[] args) {
        build("dist").synth();
    }
}
