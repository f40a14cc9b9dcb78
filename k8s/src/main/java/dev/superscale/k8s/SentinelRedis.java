package dev.superscale.k8s;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.render.RedisSettings;
import dev.superscale.topology.Resources;
import dev.superscale.topology.SelfManagedData;
import dev.superscale.topology.SupersetSecret;
import imports.k8s.ConfigMapVolumeSource;
import imports.k8s.Container;
import imports.k8s.ContainerPort;
import imports.k8s.EmptyDirVolumeSource;
import imports.k8s.EnvVar;
import imports.k8s.EnvVarSource;
import imports.k8s.ExecAction;
import imports.k8s.IntOrString;
import imports.k8s.KubeConfigMap;
import imports.k8s.KubeConfigMapProps;
import imports.k8s.KubePersistentVolumeClaimProps;
import imports.k8s.KubePodDisruptionBudget;
import imports.k8s.KubePodDisruptionBudgetProps;
import imports.k8s.KubeService;
import imports.k8s.KubeServiceProps;
import imports.k8s.KubeStatefulSet;
import imports.k8s.KubeStatefulSetProps;
import imports.k8s.LabelSelector;
import imports.k8s.ObjectMeta;
import imports.k8s.PersistentVolumeClaimSpec;
import imports.k8s.PodDisruptionBudgetSpec;
import imports.k8s.PodSecurityContext;
import imports.k8s.PodSpec;
import imports.k8s.PodTemplateSpec;
import imports.k8s.Probe;
import imports.k8s.Quantity;
import imports.k8s.ResourceRequirements;
import imports.k8s.SeccompProfile;
import imports.k8s.SecretKeySelector;
import imports.k8s.ServicePort;
import imports.k8s.ServiceSpec;
import imports.k8s.StatefulSetPersistentVolumeClaimRetentionPolicy;
import imports.k8s.StatefulSetSpec;
import imports.k8s.TcpSocketAction;
import imports.k8s.Volume;
import imports.k8s.VolumeMount;
import imports.k8s.VolumeResourceRequirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * One in-cluster Redis behind Sentinel: a StatefulSet of the plan's nodes (one primary, the rest
 * replicas), each pod running redis-server and a Sentinel beside it; a headless Service that gives
 * every pod its DNS name (clients list the Sentinels by those names); a PodDisruptionBudget that lets
 * one node go at a time. The broker keeps an append-only file on a retained volume and never evicts;
 * the cache evicts least-recently-used keys and keeps nothing on disk. AUTH comes from the role's Secret.
 */
public class SentinelRedis extends Construct {

    /** Which of the two Redis deployments. */
    public enum Role {
        BROKER("redis-broker", SupersetSecret.REDIS_BROKER_AUTH, true),
        CACHE("redis-cache", SupersetSecret.REDIS_CACHE_AUTH, false);

        final String component;
        final SupersetSecret secret;
        final boolean persistent;

        Role(String component, SupersetSecret secret, boolean persistent) {
            this.component = component;
            this.secret = secret;
            this.persistent = persistent;
        }
    }

    static final int REDIS_PORT = 6379;
    static final int SENTINEL_PORT = 26379;
    /** The official Redis image's redis user. */
    static final long REDIS_UID = 999;
    static final String PASSWORD_VARIABLE = "REDIS_PASSWORD";

    private final KubeConfigMap config;
    private final KubeService service;
    private final KubeStatefulSet statefulSet;
    private final KubePodDisruptionBudget budget;

    public SentinelRedis(Construct scope, String id, SupersetK8sProps props, Role role) {
        super(scope, id);
        InClusterRedis redis = (InClusterRedis) props.getRedisChoice();
        CapacityPlan plan = props.getTopology().plan();
        String name = Labels.name(role.component);
        long nodes = nodes(props);
        long quorum = SelfManagedData.sentinelQuorum(plan).value();
        SortedMap<String, String> settings = role == Role.BROKER ? RedisSettings.broker(plan) : RedisSettings.sentinelCache(plan);
        long maxmemoryMiB = Long.parseLong(settings.get("maxmemory")) / (1024 * 1024);

        Map<String, String> data = new TreeMap<>();
        data.put("redis.conf", RedisSettings.toRedisConf(settings) + "port " + REDIS_PORT + "\ndir /data\n");
        this.config = new KubeConfigMap(this, "Config", KubeConfigMapProps.builder()
                .metadata(Objects.meta(name, role.component)).data(data).build());

        Map<String, String> selector = Labels.selector(role.component);
        this.service = new KubeService(this, "Service", KubeServiceProps.builder()
                .metadata(Objects.meta(name, role.component))
                .spec(ServiceSpec.builder().clusterIp("None").selector(selector)
                        // Sentinels and replicas find each other by pod name before they are ready.
                        .publishNotReadyAddresses(true)
                        .ports(List.of(ServicePort.builder().name("redis").port(REDIS_PORT).targetPort(IntOrString.fromString("redis")).protocol("TCP").build(),
                                ServicePort.builder().name("sentinel").port(SENTINEL_PORT).targetPort(IntOrString.fromString("sentinel")).protocol("TCP").build()))
                        .build())
                .build());

        List<EnvVar> env = List.of(EnvVar.builder().name(PASSWORD_VARIABLE).valueFrom(EnvVarSource.builder().secretKeyRef(
                SecretKeySelector.builder().name(role.secret.defaultName()).key(SupersetSecret.VALUE).build()).build()).build());
        String discover = discoverPrimary(props, role, nodes);
        String redisStart = String.join("\n",
                "set -eu",
                discover,
                "{",
                "  cat /etc/redis/redis.conf",
                "  printf 'requirepass \"%s\"\\nmasterauth \"%s\"\\n' \"$" + PASSWORD_VARIABLE + "\" \"$" + PASSWORD_VARIABLE + "\"",
                "  printf 'replica-announce-ip %s\\n' \"$self\"",
                "  if [ \"$primary\" != \"$self\" ]; then printf 'replicaof %s " + REDIS_PORT + "\\n' \"$primary\"; fi",
                "} > /run/redis/redis.conf",
                "exec redis-server /run/redis/redis.conf");
        String sentinelStart = String.join("\n",
                "set -eu",
                discover,
                "cat > /run/sentinel/sentinel.conf <<EOF",
                "port " + SENTINEL_PORT,
                "dir /run/sentinel",
                "sentinel resolve-hostnames yes",
                "sentinel announce-hostnames yes",
                "sentinel announce-ip $self",
                "requirepass \"$" + PASSWORD_VARIABLE + "\"",
                RedisSettings.toSentinelConf(masterName(role), "$primary", REDIS_PORT, quorum, "\"$" + PASSWORD_VARIABLE + "\"").stripTrailing(),
                "EOF",
                "exec redis-server /run/sentinel/sentinel.conf --sentinel");

        Container redisContainer = Container.builder()
                .name("redis").image(redis.image())
                .command(List.of("/bin/sh", "-c", redisStart))
                .ports(List.of(ContainerPort.builder().name("redis").containerPort(REDIS_PORT).build()))
                .env(env)
                .resources(resources(SelfManagedData.redisResources(maxmemoryMiB)))
                .securityContext(PodTemplates.restricted())
                .readinessProbe(ping(REDIS_PORT))
                .livenessProbe(Probe.builder().tcpSocket(TcpSocketAction.builder().port(IntOrString.fromNumber(REDIS_PORT)).build())
                        .periodSeconds(10).timeoutSeconds(5).failureThreshold(6).build())
                .volumeMounts(List.of(mount("data", "/data"), mount("config", "/etc/redis"), mount("run", "/run/redis"), mount("tmp", "/tmp")))
                .build();
        Container sentinelContainer = Container.builder()
                .name("sentinel").image(redis.image())
                .command(List.of("/bin/sh", "-c", sentinelStart))
                .ports(List.of(ContainerPort.builder().name("sentinel").containerPort(SENTINEL_PORT).build()))
                .env(env)
                .resources(resources(SelfManagedData.sentinelResources()))
                .securityContext(PodTemplates.restricted())
                .readinessProbe(ping(SENTINEL_PORT))
                .livenessProbe(Probe.builder().tcpSocket(TcpSocketAction.builder().port(IntOrString.fromNumber(SENTINEL_PORT)).build())
                        .periodSeconds(10).timeoutSeconds(5).failureThreshold(6).build())
                .volumeMounts(List.of(mount("sentinel", "/run/sentinel"), mount("tmp", "/tmp")))
                .build();

        List<Volume> volumes = new ArrayList<>();
        volumes.add(Volume.builder().name("config").configMap(ConfigMapVolumeSource.builder().name(name).build()).build());
        volumes.add(Volume.builder().name("run").emptyDir(EmptyDirVolumeSource.builder().build()).build());
        volumes.add(Volume.builder().name("sentinel").emptyDir(EmptyDirVolumeSource.builder().build()).build());
        volumes.add(Volume.builder().name("tmp").emptyDir(EmptyDirVolumeSource.builder().build()).build());
        List<KubePersistentVolumeClaimProps> claims = new ArrayList<>();
        if (role.persistent) {
            Map<String, Quantity> size = Map.of("storage", Quantity.fromString(SelfManagedData.brokerVolumeGiB(plan).value() + "Gi"));
            claims.add(KubePersistentVolumeClaimProps.builder()
                    .metadata(ObjectMeta.builder().name("data").labels(Labels.of(role.component)).build())
                    .spec(PersistentVolumeClaimSpec.builder().accessModes(List.of("ReadWriteOnce")).storageClassName(redis.storageClass())
                            .resources(VolumeResourceRequirements.builder().requests(size).build()).build())
                    .build());
        } else {
            // A cache is rebuilt from the warehouses: no volume to keep.
            volumes.add(Volume.builder().name("data").emptyDir(EmptyDirVolumeSource.builder().build()).build());
        }

        Map<String, String> podLabels = Labels.of(role.component);
        PodTemplateSpec template = PodTemplateSpec.builder()
                .metadata(ObjectMeta.builder().labels(podLabels)
                        .annotations(Map.of("superscale.dev/config-digest", PodTemplates.digest(redis.image(), data.get("redis.conf"), redisStart, sentinelStart)))
                        .build())
                .spec(PodSpec.builder()
                        .serviceAccountName(PodTemplates.SERVICE_ACCOUNT)
                        .automountServiceAccountToken(false)
                        .enableServiceLinks(false)
                        .securityContext(PodSecurityContext.builder().runAsNonRoot(true).runAsUser(REDIS_UID).runAsGroup(REDIS_UID).fsGroup(REDIS_UID)
                                .seccompProfile(SeccompProfile.builder().type("RuntimeDefault").build()).build())
                        .terminationGracePeriodSeconds(30)
                        .containers(List.of(redisContainer, sentinelContainer))
                        .volumes(volumes)
                        .topologySpreadConstraints(PodTemplates.spread(selector, plan.availabilityZones().value(), nodes))
                        .affinity(PodTemplates.onDemand(props.getSpotNodes()))
                        .build())
                .build();
        this.statefulSet = new KubeStatefulSet(this, "StatefulSet", KubeStatefulSetProps.builder()
                .metadata(Objects.meta(name, role.component))
                .spec(StatefulSetSpec.builder()
                        .serviceName(name)
                        .replicas(nodes)
                        // All nodes start together: each finds the primary through the Sentinels, or takes node 0 on a first start.
                        .podManagementPolicy("Parallel")
                        .selector(LabelSelector.builder().matchLabels(selector).build())
                        // Deleting or scaling down the StatefulSet keeps the broker's volumes (and queued tasks).
                        .persistentVolumeClaimRetentionPolicy(StatefulSetPersistentVolumeClaimRetentionPolicy.builder()
                                .whenDeleted("Retain").whenScaled("Retain").build())
                        .volumeClaimTemplates(claims.isEmpty() ? null : claims)
                        .template(template)
                        .build())
                .build());
        this.budget = new KubePodDisruptionBudget(this, "DisruptionBudget", KubePodDisruptionBudgetProps.builder()
                .metadata(Objects.meta(name, role.component))
                .spec(PodDisruptionBudgetSpec.builder()
                        .selector(LabelSelector.builder().matchLabels(selector).build())
                        // One node at a time: the Sentinels keep their majority and a replica stays to promote.
                        .minAvailable(IntOrString.fromNumber(nodes - 1))
                        .unhealthyPodEvictionPolicy("AlwaysAllow")
                        .build())
                .build());
    }

    /** Shell that sets $self (this pod's DNS name) and $primary (what a Sentinel names, else node 0 on a first start). */
    private static String discoverPrimary(SupersetK8sProps props, Role role, long nodes) {
        StringBuilder sh = new StringBuilder();
        sh.append("self=\"$(hostname).").append(Labels.name(role.component)).append('.').append(props.getNamespace()).append(".svc.cluster.local\"\n");
        sh.append("primary=\"\"\n");
        sh.append("for sentinel in");
        for (long i = 0; i < nodes; i++) {
            sh.append(' ').append(podHost(props, role, i));
        }
        sh.append("; do\n");
        sh.append("  [ \"$sentinel\" = \"$self\" ] && continue\n");
        sh.append("  primary=\"$(redis-cli -h \"$sentinel\" -p ").append(SENTINEL_PORT).append(" -a \"$").append(PASSWORD_VARIABLE)
                .append("\" --no-auth-warning SENTINEL get-master-addr-by-name ").append(masterName(role))
                .append(" 2>/dev/null | head -n 1 || true)\"\n");
        sh.append("  [ -n \"$primary\" ] && break\n");
        sh.append("done\n");
        sh.append("[ -n \"$primary\" ] || primary=\"").append(podHost(props, role, 0)).append("\"");
        return sh.toString();
    }

    private static Probe ping(int port) {
        return Probe.builder().exec(ExecAction.builder().command(List.of("/bin/sh", "-c",
                        "redis-cli -p " + port + " -a \"$" + PASSWORD_VARIABLE + "\" --no-auth-warning ping | grep -q PONG")).build())
                .periodSeconds(10).timeoutSeconds(5).failureThreshold(3).build();
    }

    private static VolumeMount mount(String volume, String path) {
        return VolumeMount.builder().name(volume).mountPath(path).build();
    }

    private static ResourceRequirements resources(Resources resources) {
        Map<String, Quantity> amounts = new TreeMap<>();
        amounts.put("cpu", Quantity.fromString(resources.cpuMillicores().value() + "m"));
        amounts.put("memory", Quantity.fromString(resources.memoryMiB().value() + "Mi"));
        return ResourceRequirements.builder().requests(amounts).limits(amounts).build();
    }

    /** Redis nodes (and Sentinels) per deployment, from the topology's self-managed data counts. */
    static long nodes(SupersetK8sProps props) {
        return SelfManagedData.sentinelRedisNodes(props.getTopology().plan()).value();
    }

    /** The name the Sentinels monitor the primary under. */
    static String masterName(Role role) {
        return Labels.name(role.component);
    }

    /** A node's stable DNS name (StatefulSet pod under the headless Service). */
    static String podHost(SupersetK8sProps props, Role role, long ordinal) {
        String name = Labels.name(role.component);
        return name + "-" + ordinal + "." + name + "." + props.getNamespace() + ".svc.cluster.local";
    }

    /** The headless Service's DNS name (every node's address). */
    static String serviceHost(SupersetK8sProps props, Role role) {
        return Labels.name(role.component) + "." + props.getNamespace() + ".svc.cluster.local";
    }

    /** The pods' selector labels. */
    static Map<String, String> selector(Role role) {
        return Labels.selector(role.component);
    }

    public KubeConfigMap getConfig() {
        return config;
    }

    public KubeService getService() {
        return service;
    }

    public KubeStatefulSet getStatefulSet() {
        return statefulSet;
    }

    public KubePodDisruptionBudget getBudget() {
        return budget;
    }
}
