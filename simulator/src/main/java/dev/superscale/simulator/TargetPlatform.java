package dev.superscale.simulator;

/**
 * How late new capacity serves on each target, and how the target's autoscaler samples its
 * metrics. The delays count from the moment the autoscaler (or the platform replacing a lost
 * zone) asks for a replica until it takes work.
 *
 * <p>Sources, and what is an estimate:
 * <ul>
 * <li>ECS target tracking: Application Auto Scaling's scale-out alarm needs 3 consecutive
 *     1-minute datapoints above the target, scale-in 15 below it
 *     (docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-target-tracking.html).
 * <li>ECS task start (web on Fargate): image pull, ENI attachment and container start take
 *     30-60 s (docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/task-launch.html), then
 *     Superset loads its app (~20 s) and the ALB needs 2 passing health checks at 15 s before it
 *     routes to the task: 120 s in total, our estimate from those parts.
 * <li>EC2 Spot launch plus ECS registration (workers): the capacity provider's managed scaling
 *     reacts to CapacityProviderReservation on 1-minute datapoints
 *     (docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-auto-scaling.html), an
 *     instance boots and its ECS agent registers in 1-3 minutes, then the task pulls and starts:
 *     300 s in total, our estimate.
 * <li>Kubernetes: the HPA syncs every 15 s and waits out a 300 s scale-down stabilization
 *     window (kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/); KEDA polls
 *     every 30 s (keda.sh/docs/2.x/reference/scaledobject-spec/). A web pod on an existing node
 *     starts and passes readiness in about 60 s; a worker pod on a new spot node (cluster
 *     autoscaler or Karpenter: node launch and join ~90-120 s) in about 180 s; our estimates.
 * </ul>
 * Override them with {@link #withDelays} when measured on your own platform.
 *
 * @param label                 as printed
 * @param webStartSeconds       request to serving, web replica
 * @param workerStartSeconds    request to serving, worker replica (on a new machine)
 * @param scaleOutDatapoints    consecutive 1-minute evaluations above target before a scale-out
 */
public record TargetPlatform(String label, double webStartSeconds, double workerStartSeconds, int scaleOutDatapoints) {

    public static final TargetPlatform ECS = new TargetPlatform("AWS ECS (Fargate web, EC2 Spot workers)", 120, 300, 3);
    public static final TargetPlatform KUBERNETES = new TargetPlatform("Kubernetes (HPA web, KEDA workers on spot nodes)", 60, 180, 1);

    public TargetPlatform {
        if (!(webStartSeconds >= 0) || !(workerStartSeconds >= 0) || scaleOutDatapoints < 1) {
            throw new IllegalArgumentException("start delays must be >= 0 and datapoints >= 1, got " + webStartSeconds + ", "
                    + workerStartSeconds + ", " + scaleOutDatapoints);
        }
    }

    public TargetPlatform withDelays(double webSeconds, double workerSeconds) {
        return new TargetPlatform(label, webSeconds, workerSeconds, scaleOutDatapoints);
    }

    double startSeconds(Pool.Kind kind) {
        return kind == Pool.Kind.WEB_THREADS ? webStartSeconds : workerStartSeconds;
    }
}
