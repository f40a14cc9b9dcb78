package dev.superscale.k8s;

import dev.superscale.render.PgBouncerBinding;
import dev.superscale.topology.Component;
import dev.superscale.topology.SupersetTopology;
import imports.k8s.ConfigMapVolumeSource;
import imports.k8s.Container;
import imports.k8s.DeploymentSpec;
import imports.k8s.DeploymentStrategy;
import imports.k8s.EmptyDirVolumeSource;
import imports.k8s.IntOrString;
import imports.k8s.KeyToPath;
import imports.k8s.KubeConfigMap;
import imports.k8s.KubeConfigMapProps;
import imports.k8s.KubeDeployment;
import imports.k8s.KubeDeploymentProps;
import imports.k8s.KubeService;
import imports.k8s.KubeServiceProps;
import imports.k8s.LabelSelector;
import imports.k8s.RollingUpdateDeployment;
import imports.k8s.ServicePort;
import imports.k8s.ServiceSpec;
import imports.k8s.Volume;
import imports.k8s.VolumeMount;
import imports.monitoring.com.coreos.monitoring.PodMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * PgBouncer in transaction mode in front of the PostgreSQL you bring or the CloudNativePG Cluster: a ConfigMap with the
 * rendered pgbouncer.ini (pool sizes from the plan), a Deployment of the topology's replicas
 * spread over zones, a ClusterIP Service and a PodDisruptionBudget. Each replica writes its
 * userlist from the database Secret at start; the password never reaches a ConfigMap. A pgbouncer_exporter
 * sidecar ({@link PgBouncerExporter}) reads the admin console, scraped through a PodMonitor.
 */
public class PgBouncerPool extends Construct {

    static final String INI_CONFIG_MAP = "superset-pgbouncer";
    static final String SERVER_CA_FILE = SupersetTopology.PGBOUNCER_DIRECTORY + "/server-ca.pem";
    /** Shared by PgBouncer and its exporter: the admin console's password file, written at start. */
    public static final String STATS_DIRECTORY = "/var/run/pgbouncer-stats";
    public static final String STATS_PASSFILE = STATS_DIRECTORY + "/pgpass";

    /**
     * The start script: writes the userlist from DB_USER/DB_PASSWORD (double quotes doubled, as PgBouncer reads them),
     * adds the admin console user (pgbouncer.ini's admin_users and stats_users) with a random password made for this pod
     * and leaves it, for the exporter beside PgBouncer, in a libpq password file only the pod's user reads; then runs
     * the topology's command. The admin password never leaves the pod.
     */
    public static String start(String adminUser) {
        String userlist = SupersetTopology.PGBOUNCER_DIRECTORY + "/" + SupersetTopology.PGBOUNCER_USERLIST;
        return String.join("\n",
                "set -eu",
                "umask 077",
                "printf '\"%s\" \"%s\"\\n' \"$" + SupersetTopology.PGBOUNCER_USER_VARIABLE + "\" \"$(printf '%s' \"$"
                        + SupersetTopology.PGBOUNCER_PASSWORD_VARIABLE + "\" | sed 's/\"/\"\"/g')\" > " + userlist,
                "unset " + SupersetTopology.PGBOUNCER_PASSWORD_VARIABLE,
                // 18 random bytes in base64: 24 characters without quotes, colons or backslashes.
                "admin_password=\"$(head -c 18 /dev/urandom | base64)\"",
                "printf '\"%s\" \"%s\"\\n' '" + adminUser + "' \"$admin_password\" >> " + userlist,
                "printf '127.0.0.1:*:pgbouncer:%s:%s\\n' '" + adminUser + "' \"$admin_password\" > " + STATS_PASSFILE,
                "unset admin_password",
                "exec \"$@\"");
    }

    private final KubeConfigMap config;
    private final KubeDeployment deployment;
    private final KubeService service;
    private final String ini;
    private final PodMonitor podMonitor;

    public PgBouncerPool(Construct scope, String id, SupersetK8sProps props) {
        super(scope, id);
        Component bouncer = props.getTopology().pgBouncer();
        ExternalPostgres postgres = Endpoints.postgresServer(props);
        String name = Labels.name(bouncer.name());
        PgBouncerBinding binding = SupersetTopology.pgBouncerBinding(postgres.host(), postgres.port(), postgres.database())
                .withServerTls(postgres.tlsMode(), postgres.verifies() ? SERVER_CA_FILE : null);
        this.ini = props.getTopology().pgBouncerIni(binding);
        this.config = new KubeConfigMap(this, "Config", KubeConfigMapProps.builder()
                .metadata(Objects.meta(INI_CONFIG_MAP, bouncer.name())).data(Map.of(SupersetTopology.PGBOUNCER_INI, ini)).build());

        List<VolumeMount> mounts = new ArrayList<>();
        // PgBouncer's directory is an emptyDir (the userlist is written there); the ini and CA are mounted into it read-only.
        mounts.add(VolumeMount.builder().name("pgbouncer").mountPath(SupersetTopology.PGBOUNCER_DIRECTORY).build());
        mounts.add(VolumeMount.builder().name("ini").mountPath(SupersetTopology.PGBOUNCER_DIRECTORY + "/" + SupersetTopology.PGBOUNCER_INI)
                .subPath(SupersetTopology.PGBOUNCER_INI).readOnly(true).build());
        mounts.add(VolumeMount.builder().name("tmp").mountPath("/tmp").build());
        mounts.add(VolumeMount.builder().name("stats").mountPath(STATS_DIRECTORY).build());
        List<Volume> volumes = new ArrayList<>();
        volumes.add(Volume.builder().name("stats").emptyDir(EmptyDirVolumeSource.builder().medium("Memory").build()).build());
        volumes.add(Volume.builder().name("pgbouncer").emptyDir(EmptyDirVolumeSource.builder().build()).build());
        volumes.add(Volume.builder().name("ini").configMap(ConfigMapVolumeSource.builder().name(INI_CONFIG_MAP).build()).build());
        volumes.add(Volume.builder().name("tmp").emptyDir(EmptyDirVolumeSource.builder().build()).build());
        if (postgres.verifies()) {
            mounts.add(VolumeMount.builder().name("server-ca").mountPath(SERVER_CA_FILE).subPath(ExternalPostgres.CA_KEY).readOnly(true).build());
            if (props.getPostgresChoice() instanceof CloudNativePostgres) {
                // The in-cluster server's certificate is signed by the CA CloudNativePG generates.
                volumes.add(Volume.builder().name("server-ca").secret(imports.k8s.SecretVolumeSource.builder().secretName(CloudNativePgCluster.caSecret())
                        .items(List.of(KeyToPath.builder().key("ca.crt").path(ExternalPostgres.CA_KEY).build())).build()).build());
            } else {
                volumes.add(Volume.builder().name("server-ca").configMap(ConfigMapVolumeSource.builder().name(ExternalPostgres.CA_CONFIG_MAP)
                        .items(List.of(KeyToPath.builder().key(ExternalPostgres.CA_KEY).path(ExternalPostgres.CA_KEY).build())).build()).build());
            }
        }
        Container.Builder container = Container.builder()
                .name(bouncer.name())
                .image(props.getPgBouncerImage())
                .command(List.of("/bin/sh", "-c", start(binding.adminUser()), "pgbouncer-start"))
                .args(bouncer.command())
                .ports(bouncer.ports().stream().map(p -> imports.k8s.ContainerPort.builder().name(p.name()).containerPort(p.port()).build()).toList())
                .env(PodTemplates.environment(props, bouncer))
                .resources(PodTemplates.resources(bouncer))
                .securityContext(PodTemplates.restricted())
                .volumeMounts(mounts);
        bouncer.probe().ifPresent(p -> container.startupProbe(PodTemplates.probe(p, true, false))
                .livenessProbe(PodTemplates.probe(p, false, false)).readinessProbe(PodTemplates.probe(p, false, true)));

        this.deployment = new KubeDeployment(this, "Deployment", KubeDeploymentProps.builder()
                .metadata(Objects.meta(name, bouncer.name()))
                .spec(DeploymentSpec.builder()
                        .replicas(bouncer.replicas().min().value())
                        .selector(LabelSelector.builder().matchLabels(Labels.selector(bouncer.name())).build())
                        // SURGE: a new replica is ready before an old one stops, so the pool never shrinks below the plan.
                        .strategy(DeploymentStrategy.builder().type("RollingUpdate").rollingUpdate(RollingUpdateDeployment.builder()
                                .maxSurge(IntOrString.fromNumber(1)).maxUnavailable(IntOrString.fromNumber(0)).build()).build())
                        .template(PodTemplates.template(props, bouncer, PodTemplates.Capacity.ON_DEMAND,
                                List.of(container.build(), PgBouncerExporter.sidecar(binding.adminUser())), List.of(),
                                volumes, "Always", PodTemplates.digest(props.getPgBouncerImage(), ini), 0))
                        .build())
                .build());
        this.service = new KubeService(this, "Service", KubeServiceProps.builder()
                .metadata(Objects.meta(name, bouncer.name()))
                .spec(ServiceSpec.builder().type("ClusterIP").selector(Labels.selector(bouncer.name()))
                        .ports(bouncer.ports().stream().map(p -> ServicePort.builder().name(p.name()).port(p.port())
                                .targetPort(IntOrString.fromString(p.name())).protocol("TCP").build()).toList()).build())
                .build());
        Budgets.add(this, bouncer);
        this.podMonitor = PgBouncerExporter.podMonitor(this, bouncer);
    }

    /** Scrapes the exporter beside every PgBouncer replica. */
    public PodMonitor getPodMonitor() {
        return podMonitor;
    }

    public KubeConfigMap getConfig() {
        return config;
    }

    public KubeDeployment getDeployment() {
        return deployment;
    }

    public KubeService getService() {
        return service;
    }

    /** The rendered pgbouncer.ini. */
    public String getIni() {
        return ini;
    }
}
