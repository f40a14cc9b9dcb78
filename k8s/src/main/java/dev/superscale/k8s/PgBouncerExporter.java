package dev.superscale.k8s;

import dev.superscale.topology.Component;
import dev.superscale.topology.SupersetTopology;
import imports.k8s.Container;
import imports.k8s.ContainerPort;
import imports.k8s.EnvVar;
import imports.k8s.IntOrString;
import imports.k8s.Probe;
import imports.k8s.TcpSocketAction;
import imports.k8s.VolumeMount;
import imports.monitoring.com.coreos.monitoring.PodMonitor;
import imports.monitoring.com.coreos.monitoring.PodMonitorProps;
import imports.monitoring.com.coreos.monitoring.PodMonitorSpec;
import imports.monitoring.com.coreos.monitoring.PodMonitorSpecPodMetricsEndpoints;
import imports.monitoring.com.coreos.monitoring.PodMonitorSpecSelector;
import java.util.List;
import software.constructs.Construct;

/**
 * prometheus-community/pgbouncer_exporter beside each PgBouncer replica: it logs into the admin console on
 * 127.0.0.1 as the ini's stats user, with the password PgBouncer's start script left in a libpq password file
 * (lib/pq reads PGPASSFILE), and serves SHOW POOLS / STATS / DATABASES as {@code pgbouncer_*} metrics
 * (collector.go: {@code pgbouncer_pools_server_active_connections} from sv_active, and so on).
 */
final class PgBouncerExporter {

    public static final String IMAGE = "prometheuscommunity/pgbouncer-exporter:v0.10.2";
    /** pgbouncer_exporter's default metrics port. */
    static final int METRICS_PORT = 9127;

    private PgBouncerExporter() {
    }

    /** The sidecar container; it runs as the pod's user (PgBouncer's), the only one that may read the password file. */
    static Container sidecar(String adminUser) {
        return Container.builder().name("pgbouncer-exporter").image(IMAGE)
                .args(List.of("--pgBouncer.connectionString=postgres://" + adminUser + "@127.0.0.1:" + SupersetTopology.PGBOUNCER_PORT
                                + "/pgbouncer?sslmode=disable",
                        "--web.listen-address=:" + METRICS_PORT))
                .env(List.of(EnvVar.builder().name("PGPASSFILE").value(PgBouncerPool.STATS_PASSFILE).build()))
                .ports(List.of(ContainerPort.builder().name("metrics").containerPort(METRICS_PORT).protocol("TCP").build()))
                .resources(ExporterPods.fixedSize("50m", "64Mi"))
                .securityContext(PodTemplates.restricted())
                .volumeMounts(List.of(VolumeMount.builder().name("stats").mountPath(PgBouncerPool.STATS_DIRECTORY).readOnly(true).build()))
                .readinessProbe(Probe.builder().tcpSocket(TcpSocketAction.builder().port(IntOrString.fromString("metrics")).build()).build())
                .build();
    }

    static PodMonitor podMonitor(Construct scope, Component bouncer) {
        return new PodMonitor(scope, "PodMonitor", PodMonitorProps.builder()
                .metadata(Objects.crdMeta(Labels.name(bouncer.name()), bouncer.name()))
                .spec(PodMonitorSpec.builder().selector(PodMonitorSpecSelector.builder().matchLabels(Labels.selector(bouncer.name())).build())
                        .podMetricsEndpoints(List.of(PodMonitorSpecPodMetricsEndpoints.builder().port("metrics")
                                .interval(Monitoring.SCRAPE_INTERVAL_SECONDS + "s").build())).build())
                .build());
    }
}
