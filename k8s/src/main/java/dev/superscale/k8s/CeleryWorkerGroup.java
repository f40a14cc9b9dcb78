package dev.superscale.k8s;

import dev.superscale.render.ProcessCommands;
import dev.superscale.render.RedisDatabases;
import dev.superscale.topology.Component;
import dev.superscale.topology.ScalingSignal;
import dev.superscale.topology.SupersetSecret;
import imports.k8s.DeploymentSpec;
import imports.k8s.DeploymentStrategy;
import imports.k8s.ExecAction;
import imports.k8s.IntOrString;
import imports.k8s.KubeDeployment;
import imports.k8s.KubeDeploymentProps;
import imports.k8s.LabelSelector;
import imports.k8s.Lifecycle;
import imports.k8s.LifecycleHandler;
import imports.k8s.PodTemplateSpec;
import imports.k8s.RollingUpdateDeployment;
import imports.keda.sh.keda.ScaledObject;
import imports.keda.sh.keda.ScaledObjectProps;
import imports.keda.sh.keda.ScaledObjectSpec;
import imports.keda.sh.keda.ScaledObjectSpecAdvanced;
import imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig;
import imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior;
import imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown;
import imports.keda.sh.keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp;
import imports.keda.sh.keda.ScaledObjectSpecScaleTargetRef;
import imports.keda.sh.keda.ScaledObjectSpecTriggers;
import imports.keda.sh.keda.ScaledObjectSpecTriggersAuthenticationRef;
import imports.keda.sh.keda.TriggerAuthentication;
import imports.keda.sh.keda.TriggerAuthenticationProps;
import imports.keda.sh.keda.TriggerAuthenticationSpec;
import imports.keda.sh.keda.TriggerAuthenticationSpecConfigMapTargetRef;
import imports.keda.sh.keda.TriggerAuthenticationSpecSecretTargetRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * One Celery queue's workers. The topology's on-demand base runs as its own Deployment on
 * on-demand nodes (Kubernetes cannot pin part of one Deployment to a node kind); the rest is a
 * Deployment that prefers spot nodes, scaled by a KEDA ScaledObject on the Redis list length of
 * the queue (plus the CPU signal), authenticated by a TriggerAuthentication from the broker's
 * Secret. No HPA targets either Deployment. On stop a preStop hook cancels the queue's consumer
 * first, then Celery's warm shutdown finishes running tasks within the stop grace.
 */
public class CeleryWorkerGroup extends Construct {

    /** Kubernetes-side time the preStop cancel_consumer call may take, added to the topology's stop grace. */
    static final int CANCEL_CONSUMER_SECONDS = 15;

    private final Optional<KubeDeployment> onDemandBase;
    private final Optional<KubeDeployment> scaled;
    private final ScaledObject scaledObject;
    private final TriggerAuthentication triggerAuthentication;

    public CeleryWorkerGroup(Construct scope, String id, SupersetK8sProps props, Component worker) {
        super(scope, id);
        String queue = worker.scaling().signal(ScalingSignal.Kind.QUEUE_LENGTH_PER_REPLICA)
                .orElseThrow(() -> new IllegalArgumentException(worker.name() + " has no queue-length signal in the topology")).queue();
        String name = Labels.name(worker.name());
        long min = worker.replicas().min().value();
        long max = worker.replicas().max().value();
        long base = Math.min(max, worker.placement().spot() ? worker.placement().onDemandBaseReplicas().value() : max);
        Lifecycle stopConsumingFirst = Lifecycle.builder().preStop(LifecycleHandler.builder().exec(ExecAction.builder().command(List.of(
                "/bin/sh", "-c", "celery " + ProcessCommands.CELERY_APP + " control cancel_consumer " + queue + " --destination=" + queue
                        + "@\"$(hostname)\" --timeout=10 || true")).build()).build()).build();

        this.onDemandBase = base > 0
                ? Optional.of(deployment(props, worker, name + (base < max ? "-on-demand" : ""), PodTemplates.Capacity.ON_DEMAND,
                stopConsumingFirst, base < max ? base : null))
                : Optional.empty();
        // KEDA's Redis scaler reads the broker's AUTH token from its Secret, never from the manifest.
        this.triggerAuthentication = new TriggerAuthentication(this, "TriggerAuthentication", TriggerAuthenticationProps.builder()
                .metadata(Objects.crdMeta(name + "-redis", worker.name()))
                .spec(TriggerAuthenticationSpec.builder().secretTargetRef(authentication(props))
                        // KEDA's Redis scaler reads the CA PEM (parameter "ca") from the same ConfigMap the pods mount.
                        .configMapTargetRef(PodTemplates.redisCa(props).map(redis -> List.of(TriggerAuthenticationSpecConfigMapTargetRef.builder()
                                .parameter("ca").name(redis.caConfigMap()).key(redis.caKey()).build())).orElse(null))
                        .build())
                .build());
        if (base < max) {
            String scaledName = name + (base > 0 ? "-spot" : "");
            this.scaled = Optional.of(deployment(props, worker, scaledName, PodTemplates.Capacity.SPOT, stopConsumingFirst, null));
            this.scaledObject = scaledObject(props, worker, scaledName, name + "-redis", queue, Math.max(0, min - base), max - base);
        } else {
            // The whole group is on-demand: KEDA scales that Deployment.
            this.scaled = Optional.empty();
            this.scaledObject = scaledObject(props, worker, name, name + "-redis", queue, min, max);
        }
        Budgets.add(this, worker);
    }

    private KubeDeployment deployment(SupersetK8sProps props, Component worker, String name, PodTemplates.Capacity capacity,
                                      Lifecycle lifecycle, Long fixedReplicas) {
        PodTemplateSpec template = PodTemplates.template(props, worker, capacity,
                List.of(PodTemplates.supersetContainer(props, worker, lifecycle)),
                List.of(PodTemplates.waitForMigrations(props, worker)),
                PodTemplates.supersetVolumes(props, worker), "Always", PodTemplates.supersetConfigDigest(props),
                // Warm shutdown: after the preStop cancels the consumer, Celery finishes running tasks within the topology's stop grace.
                CANCEL_CONSUMER_SECONDS);
        Map<String, String> selector = Labels.selector(worker.name());
        selector.put(Labels.CAPACITY, capacity.label());
        return new KubeDeployment(this, capacity == PodTemplates.Capacity.SPOT ? "SpotDeployment" : "OnDemandDeployment",
                KubeDeploymentProps.builder()
                        .metadata(Objects.meta(name, worker.name()))
                        .spec(DeploymentSpec.builder()
                                .replicas(fixedReplicas)
                                .selector(LabelSelector.builder().matchLabels(selector).build())
                                .strategy(DeploymentStrategy.builder().type("RollingUpdate").rollingUpdate(RollingUpdateDeployment.builder()
                                        .maxSurge(IntOrString.fromString("25%")).maxUnavailable(IntOrString.fromNumber(0)).build()).build())
                                .template(template)
                                .build())
                        .build());
    }

    /** The broker's AUTH token for KEDA; in-cluster, the Sentinels ask for the same token. */
    private static List<TriggerAuthenticationSpecSecretTargetRef> authentication(SupersetK8sProps props) {
        List<String> parameters = props.getRedisChoice() instanceof InClusterRedis ? List.of("password", "sentinelPassword") : List.of("password");
        return parameters.stream().map(p -> TriggerAuthenticationSpecSecretTargetRef.builder()
                .parameter(p).name(SupersetSecret.REDIS_BROKER_AUTH.defaultName()).key(SupersetSecret.VALUE).build()).toList();
    }

    private ScaledObject scaledObject(SupersetK8sProps props, Component worker, String target, String authentication, String queue,
                                      long min, long max) {
        Map<String, String> metadata = new TreeMap<>();
        String trigger;
        if (props.getRedisChoice() instanceof ExternalRedis redis) {
            trigger = "redis";
            metadata.put("address", redis.brokerHost() + ":" + redis.brokerPort());
            metadata.put("enableTLS", Boolean.toString(redis.tls()));
        } else {
            // KEDA asks the Sentinels for the primary, as the workers do.
            trigger = "redis-sentinel";
            metadata.put("addresses", Endpoints.sentinels(props, SentinelRedis.Role.BROKER));
            metadata.put("sentinelMaster", SentinelRedis.masterName(SentinelRedis.Role.BROKER));
            metadata.put("enableTLS", "false");
        }
        metadata.put("listName", queue);
        metadata.put("listLength", Long.toString(worker.scaling().signal(ScalingSignal.Kind.QUEUE_LENGTH_PER_REPLICA).orElseThrow().target().value()));
        metadata.put("databaseIndex", Integer.toString(RedisDatabases.CELERY_BROKER.index()));
        List<ScaledObjectSpecTriggers> triggers = new ArrayList<>();
        triggers.add(ScaledObjectSpecTriggers.builder().type(trigger).name("queue-length").metadata(metadata)
                .authenticationRef(ScaledObjectSpecTriggersAuthenticationRef.builder().name(authentication).build()).build());
        worker.scaling().signal(ScalingSignal.Kind.CPU_PERCENT).ifPresent(cpu -> triggers.add(ScaledObjectSpecTriggers.builder()
                .type("cpu").name("cpu").metricType("Utilization").metadata(Map.of("value", Long.toString(cpu.target().value()))).build()));
        var cooldowns = worker.scaling().cooldowns();
        return new ScaledObject(this, "ScaledObject", ScaledObjectProps.builder()
                .metadata(Objects.crdMeta(Labels.name(worker.name()), worker.name()))
                .spec(ScaledObjectSpec.builder()
                        .scaleTargetRef(ScaledObjectSpecScaleTargetRef.builder().apiVersion("apps/v1").kind("Deployment").name(target).build())
                        .minReplicaCount(min)
                        .maxReplicaCount(max)
                        .cooldownPeriod(cooldowns.scaleInSeconds().value())
                        .triggers(triggers)
                        .advanced(ScaledObjectSpecAdvanced.builder().horizontalPodAutoscalerConfig(
                                ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig.builder().behavior(
                                        ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior.builder()
                                                .scaleUp(ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp.builder()
                                                        .stabilizationWindowSeconds(Math.min(WebTier.MAX_STABILIZATION_SECONDS, cooldowns.scaleOutSeconds().value())).build())
                                                .scaleDown(ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown.builder()
                                                        .stabilizationWindowSeconds(Math.min(WebTier.MAX_STABILIZATION_SECONDS, cooldowns.scaleInSeconds().value())).build())
                                                .build()).build()).build())
                        .build())
                .build());
    }

    /** The on-demand base Deployment, when the topology keeps one. */
    public Optional<KubeDeployment> getOnDemandBase() {
        return onDemandBase;
    }

    /** The KEDA-scaled Deployment (spot-preferring), when part of the group may run on spot. */
    public Optional<KubeDeployment> getScaled() {
        return scaled;
    }

    public ScaledObject getScaledObject() {
        return scaledObject;
    }

    public TriggerAuthentication getTriggerAuthentication() {
        return triggerAuthentication;
    }
}
