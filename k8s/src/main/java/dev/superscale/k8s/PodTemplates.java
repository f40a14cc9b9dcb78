package dev.superscale.k8s;

import dev.superscale.render.SupersetEnvironment;
import dev.superscale.topology.Component;
import dev.superscale.topology.ConfigFile;
import dev.superscale.topology.EnvSource;
import dev.superscale.topology.HealthProbe;
import dev.superscale.topology.ImageKind;
import dev.superscale.topology.SupersetTopology;
import imports.k8s.Affinity;
import imports.k8s.Capabilities;
import imports.k8s.ConfigMapVolumeSource;
import imports.k8s.Container;
import imports.k8s.EmptyDirVolumeSource;
import imports.k8s.EnvVar;
import imports.k8s.EnvVarSource;
import imports.k8s.ExecAction;
import imports.k8s.HttpGetAction;
import imports.k8s.IntOrString;
import imports.k8s.KeyToPath;
import imports.k8s.LabelSelector;
import imports.k8s.Lifecycle;
import imports.k8s.NodeAffinity;
import imports.k8s.NodeSelector;
import imports.k8s.NodeSelectorRequirement;
import imports.k8s.NodeSelectorTerm;
import imports.k8s.ObjectMeta;
import imports.k8s.PodSecurityContext;
import imports.k8s.PodSpec;
import imports.k8s.PodTemplateSpec;
import imports.k8s.PreferredSchedulingTerm;
import imports.k8s.Probe;
import imports.k8s.Quantity;
import imports.k8s.ResourceRequirements;
import imports.k8s.SeccompProfile;
import imports.k8s.SecretKeySelector;
import imports.k8s.SecurityContext;
import imports.k8s.TcpSocketAction;
import imports.k8s.Toleration;
import imports.k8s.TopologySpreadConstraint;
import imports.k8s.Volume;
import imports.k8s.VolumeMount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pod template of a component, translated from the topology: command, environment, probes,
 * resources, stop grace and placement come from the {@link Component}; this class adds only what
 * Kubernetes itself requires (Pod Security "restricted", writable emptyDirs under a read-only root,
 * spread constraints, the wait-for-migrations init container).
 */
final class PodTemplates {

    /** The official Superset image runs as user superset, uid/gid 1000; numeric so runAsNonRoot can be verified. */
    static final long SUPERSET_UID = 1000;
    /** The PgBouncer image runs as postgres, uid/gid 70 (Alpine). */
    static final long PGBOUNCER_UID = 70;
    static final String SUPERSET_CONFIG_MAP = "superset-config";
    /** The volume of the Redis CA bundle ({@link ExternalRedis#caConfigMap()}). */
    static final String REDIS_CA_VOLUME = "redis-ca";
    static final String SERVICE_ACCOUNT = "superset";
    static final String ZONE_KEY = "topology.kubernetes.io/zone";
    static final String HOST_KEY = "kubernetes.io/hostname";
    /** Kubernetes: endpoints take a few seconds to drop a terminating pod; web keeps serving meanwhile. */
    static final int ENDPOINT_DRAIN_SECONDS = 5;
    /** Superset writes to SUPERSET_HOME (/app/superset_home) and /tmp; the root filesystem is read-only. */
    static final String SUPERSET_HOME = "/app/superset_home";

    private PodTemplates() {
    }

    /** How a pod is placed: on-demand nodes only, or spot nodes preferred (falling back to on-demand) with the spot taint tolerated. */
    enum Capacity {
        ON_DEMAND, SPOT;

        String label() {
            return this == ON_DEMAND ? "on-demand" : "spot";
        }
    }

    static Map<String, String> podLabels(Component component, Capacity capacity) {
        Map<String, String> labels = Labels.of(component.name());
        labels.put(Labels.CAPACITY, capacity.label());
        if (component.image() == ImageKind.SUPERSET) {
            labels.put(Labels.SUPERSET_IMAGE, "true");
        }
        return labels;
    }

    static PodTemplateSpec template(SupersetK8sProps props, Component component, Capacity capacity, List<Container> containers,
                                    List<Container> initContainers, List<Volume> volumes, String restartPolicy, String configDigest,
                                    long extraStopSeconds) {
        Map<String, String> selector = Labels.selector(component.name());
        long uid = component.image() == ImageKind.PGBOUNCER ? PGBOUNCER_UID : SUPERSET_UID;
        List<TopologySpreadConstraint> spread = spread(selector, component.placement().zones().value(), component.replicas().min().value());
        SpotNodes nodes = props.getSpotNodes();
        List<Toleration> tolerations = new ArrayList<>();
        Affinity affinity;
        NodeSelectorRequirement spot = NodeSelectorRequirement.builder().key(nodes.labelKey()).operator("In").values(List.of(nodes.spotValue())).build();
        if (capacity == Capacity.SPOT) {
            affinity = Affinity.builder().nodeAffinity(NodeAffinity.builder().preferredDuringSchedulingIgnoredDuringExecution(List.of(
                    PreferredSchedulingTerm.builder().weight(100).preference(NodeSelectorTerm.builder().matchExpressions(List.of(spot)).build())
                            .build())).build()).build();
            if (nodes.taintKey() != null) {
                tolerations.add(Toleration.builder().key(nodes.taintKey()).operator("Equal").value(nodes.taintValue()).effect("NoSchedule").build());
            }
        } else {
            affinity = onDemand(nodes);
        }
        Map<String, String> annotations = new TreeMap<>();
        annotations.put("superscale.dev/config-digest", configDigest);
        return PodTemplateSpec.builder()
                .metadata(ObjectMeta.builder().labels(podLabels(component, capacity)).annotations(annotations).build())
                .spec(PodSpec.builder()
                        .serviceAccountName(SERVICE_ACCOUNT)
                        .automountServiceAccountToken(false)
                        .enableServiceLinks(false)
                        .securityContext(PodSecurityContext.builder().runAsNonRoot(true).runAsUser(uid).runAsGroup(uid).fsGroup(uid)
                                .seccompProfile(SeccompProfile.builder().type("RuntimeDefault").build()).build())
                        // The topology's stop grace plus what a preStop hook of this target takes first.
                        .terminationGracePeriodSeconds(component.stopGraceSeconds().value() + extraStopSeconds)
                        .restartPolicy(restartPolicy)
                        .initContainers(initContainers.isEmpty() ? null : initContainers)
                        .containers(containers)
                        .volumes(volumes)
                        .topologySpreadConstraints(spread)
                        .affinity(affinity)
                        .tolerations(tolerations.isEmpty() ? null : tolerations)
                        .build())
                .build();
    }

    /** Zones hard (with minDomains = the plan's zones) when a replicated component spans several, nodes soft. */
    static List<TopologySpreadConstraint> spread(Map<String, String> selector, long zones, long replicas) {
        List<TopologySpreadConstraint> spread = new ArrayList<>();
        boolean spreadHard = zones > 1 && replicas > 1;
        spread.add(TopologySpreadConstraint.builder().topologyKey(ZONE_KEY).maxSkew(1)
                // The plan's zone count: a hard spread with minDomains keeps replicas off a single zone.
                .whenUnsatisfiable(spreadHard ? "DoNotSchedule" : "ScheduleAnyway")
                .minDomains(spreadHard ? zones : null)
                .labelSelector(LabelSelector.builder().matchLabels(selector).build()).build());
        spread.add(TopologySpreadConstraint.builder().topologyKey(HOST_KEY).maxSkew(1).whenUnsatisfiable("ScheduleAnyway")
                .labelSelector(LabelSelector.builder().matchLabels(selector).build()).build());
        return spread;
    }

    /** On-demand nodes only: anything not labelled spot. */
    static Affinity onDemand(SpotNodes nodes) {
        return Affinity.builder().nodeAffinity(NodeAffinity.builder().requiredDuringSchedulingIgnoredDuringExecution(
                NodeSelector.builder().nodeSelectorTerms(List.of(NodeSelectorTerm.builder().matchExpressions(List.of(
                        NodeSelectorRequirement.builder().key(nodes.labelKey()).operator("NotIn").values(List.of(nodes.spotValue())).build()))
                        .build())).build()).build()).build();
    }

    /** The restricted-profile container security context. */
    static SecurityContext restricted() {
        return SecurityContext.builder().allowPrivilegeEscalation(false).readOnlyRootFilesystem(true).runAsNonRoot(true)
                .capabilities(Capabilities.builder().drop(List.of("ALL")).build())
                .seccompProfile(SeccompProfile.builder().type("RuntimeDefault").build()).build();
    }

    static ResourceRequirements resources(Component component) {
        Map<String, Quantity> amounts = new TreeMap<>();
        amounts.put("cpu", Quantity.fromString(component.resources().cpuMillicores().value() + "m"));
        amounts.put("memory", Quantity.fromString(component.resources().memoryMiB().value() + "Mi"));
        // Limits equal requests: Guaranteed QoS, so a busy neighbour never squeezes a sized replica.
        return ResourceRequirements.builder().requests(amounts).limits(amounts).build();
    }

    /** The component's environment: literals and endpoints inline, secrets by reference, config paths where this target mounts them. */
    static List<EnvVar> environment(SupersetK8sProps props, Component component) {
        List<EnvVar> env = new ArrayList<>();
        for (dev.superscale.topology.EnvVar variable : component.environment()) {
            EnvVar.Builder b = EnvVar.builder().name(variable.name());
            EnvSource source = variable.source();
            if (source instanceof EnvSource.Literal literal) {
                b.value(literal.value());
            } else if (source instanceof EnvSource.FromEndpoint endpoint) {
                b.value(Endpoints.value(props, endpoint.endpoint(), endpoint.part()));
            } else if (source instanceof EnvSource.FromSecret secret) {
                b.valueFrom(EnvVarSource.builder().secretKeyRef(
                        SecretKeySelector.builder().name(secret.secret().defaultName()).key(secret.key()).build()).build());
            } else if (source instanceof EnvSource.ConfigFilePath path) {
                b.value(component.configFile(path.fileName()).orElseThrow().path());
            }
            env.add(b.build());
        }
        // Every Redis client of the container verifies the servers against the mounted CA bundle.
        if (redisCa(props).isPresent() && component.environment().stream().anyMatch(v -> v.name().equals(SupersetEnvironment.REDIS_TLS))) {
            env.add(EnvVar.builder().name(SupersetEnvironment.REDIS_CA_FILE).value(redisCa(props).get().caFile()).build());
        }
        // Superset writes its home (uploads, cached assets) there; an emptyDir under the read-only root.
        if (component.image() == ImageKind.SUPERSET) {
            env.add(EnvVar.builder().name("SUPERSET_HOME").value(SUPERSET_HOME).build());
        }
        return env;
    }

    static Probe probe(HealthProbe probe, boolean startup, boolean readiness) {
        Probe.Builder b = Probe.builder()
                .periodSeconds(probe.periodSeconds().value())
                .timeoutSeconds(probe.timeoutSeconds().value());
        if (startup) {
            // Kubernetes expresses a start grace as failures allowed at the probe period.
            b.failureThreshold(Math.max(1, (probe.startGraceSeconds().value() + probe.periodSeconds().value() - 1) / probe.periodSeconds().value()));
        } else if (readiness) {
            b.successThreshold(probe.healthyThreshold().value()).failureThreshold(probe.unhealthyThreshold().value());
        } else {
            // Kubernetes requires successThreshold 1 on liveness probes.
            b.failureThreshold(probe.unhealthyThreshold().value());
        }
        switch (probe.kind()) {
            case HTTP -> b.httpGet(HttpGetAction.builder().path(probe.path()).port(IntOrString.fromNumber(probe.port())).build());
            case TCP -> b.tcpSocket(TcpSocketAction.builder().port(IntOrString.fromNumber(probe.port())).build());
            case COMMAND -> b.exec(ExecAction.builder().command(probe.command()).build());
        }
        return b.build();
    }

    /** A Superset-image container: the component's command, environment, probes, resources, config and scratch mounts. */
    static Container supersetContainer(SupersetK8sProps props, Component component, Lifecycle lifecycle) {
        Container.Builder b = Container.builder()
                .name(component.name())
                .image(props.getSupersetImage())
                .command(component.command())
                .env(environment(props, component))
                .resources(resources(component))
                .securityContext(restricted())
                .volumeMounts(supersetMounts(props, component))
                .lifecycle(lifecycle);
        if (!component.ports().isEmpty()) {
            b.ports(component.ports().stream().map(p -> imports.k8s.ContainerPort.builder().name(p.name()).containerPort(p.port()).build()).toList());
        }
        component.probe().ifPresent(p -> {
            b.startupProbe(probe(p, true, false));
            b.livenessProbe(probe(p, false, false));
            if (!component.ports().isEmpty()) {
                b.readinessProbe(probe(p, false, true));
            }
        });
        return b.build();
    }

    /** The Redis you bring, when its certificates are verified against a CA bundle from a ConfigMap. */
    static java.util.Optional<ExternalRedis> redisCa(SupersetK8sProps props) {
        return props.getRedisChoice() instanceof ExternalRedis redis && redis.mountsCa() ? java.util.Optional.of(redis) : java.util.Optional.empty();
    }

    /** The CA bundle's read-only mount, for a container whose pod has {@link #redisCaVolume}. */
    static VolumeMount redisCaMount() {
        return VolumeMount.builder().name(REDIS_CA_VOLUME).mountPath(ExternalRedis.CA_DIRECTORY).readOnly(true).build();
    }

    /** The volume holding only the CA bundle's key from the user's ConfigMap. */
    static Volume redisCaVolume(ExternalRedis redis) {
        return Volume.builder().name(REDIS_CA_VOLUME).configMap(ConfigMapVolumeSource.builder().name(redis.caConfigMap())
                .items(List.of(KeyToPath.builder().key(redis.caKey()).path(redis.caKey()).build())).build()).build();
    }

    static List<VolumeMount> supersetMounts(SupersetK8sProps props, Component component) {
        List<VolumeMount> mounts = new ArrayList<>();
        redisCa(props).ifPresent(redis -> mounts.add(redisCaMount()));
        mounts.add(VolumeMount.builder().name("tmp").mountPath("/tmp").build());
        mounts.add(VolumeMount.builder().name("superset-home").mountPath(SUPERSET_HOME).build());
        for (ConfigFile file : component.configFiles()) {
            mounts.add(VolumeMount.builder().name("superset-config").mountPath(file.path()).subPath(file.fileName()).readOnly(true).build());
        }
        return mounts;
    }

    static List<Volume> supersetVolumes(SupersetK8sProps props, Component component) {
        List<Volume> volumes = new ArrayList<>();
        redisCa(props).ifPresent(redis -> volumes.add(redisCaVolume(redis)));
        volumes.add(Volume.builder().name("tmp").emptyDir(EmptyDirVolumeSource.builder().build()).build());
        volumes.add(Volume.builder().name("superset-home").emptyDir(EmptyDirVolumeSource.builder().build()).build());
        if (!component.configFiles().isEmpty()) {
            volumes.add(Volume.builder().name("superset-config").configMap(ConfigMapVolumeSource.builder().name(SUPERSET_CONFIG_MAP)
                    .items(component.configFiles().stream().map(f -> KeyToPath.builder().key(f.fileName()).path(f.fileName()).build()).toList())
                    .build()).build());
        }
        return volumes;
    }

    /**
     * Holds a Superset pod until the database is at the image's migration head (alembic marks it
     * "(head)"), so applying everything at once is safe: new code never runs on an old schema.
     */
    static Container waitForMigrations(SupersetK8sProps props, Component component) {
        return Container.builder()
                .name("wait-for-migrations")
                .image(props.getSupersetImage())
                .command(List.of("/bin/sh", "-c",
                        "until superset db current 2>/dev/null | grep -q '(head)'; do echo 'waiting for migrations to reach the image head'; sleep 5; done"))
                .env(environment(props, component))
                .resources(resources(component))
                .securityContext(restricted())
                .volumeMounts(supersetMounts(props, component))
                .build();
    }

    /** Short digest of the inputs that change what a pod runs (image, rendered config): rollouts and the migration Job name follow it. */
    static String digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String supersetConfigDigest(SupersetK8sProps props) {
        SupersetTopology topology = props.getTopology();
        return digest(props.getSupersetImage(), topology.web().configFile(SupersetTopology.SUPERSET_CONFIG_FILE).orElseThrow().content());
    }
}
