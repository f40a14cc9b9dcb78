package dev.superscale.gcp.examples;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.UserLoad;
import dev.superscale.gcp.SupersetGcp;
import dev.superscale.gcp.SupersetGcpArgs;
import dev.superscale.gcp.SupersetSecretValues;
import dev.superscale.topology.SupersetTopology;
import java.util.List;
import java.util.Optional;

/** Superset on GCP inside a team's own Pulumi program (the example in gcp/README.md). */
public final class OwnProgramExample {

    private OwnProgramExample() {
    }

    public static void main(String[] args) {
        Pulumi.run(ctx -> {
            var config = ctx.config("analytics");
            define(ctx, new SupersetSecretValues(config.require("databasePassword"), config.require("secretKey"),
                    Optional.of(config.require("asyncQueriesJwtSecret"))));
        });
    }

    public static SupersetGcp define(Context ctx, SupersetSecretValues secrets) {
        SupersetTopology topology = SupersetTopology.of(CapacityPlanner.planFor(UserLoad.builder(25_000).cacheHitRatio(0.85).build()));
        SupersetGcp superset = new SupersetGcp("superset", SupersetGcpArgs.builder()
                .topology(topology)
                .project("analytics-prod-123")
                .region("europe-west1")
                .zones(List.of("europe-west1-b", "europe-west1-c", "europe-west1-d"))
                .secrets(secrets)
                .notificationChannels(List.of("projects/analytics-prod-123/notificationChannels/1234567890"))
                .hostname("bi.acme.example")
                .warehouseCidrs(List.of("10.40.0.0/16"))
                .build(), null);
        ctx.export("cluster", superset.getGke().clusterName());
        return superset;
    }
}
