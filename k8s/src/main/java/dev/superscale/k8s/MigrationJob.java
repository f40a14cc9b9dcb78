package dev.superscale.k8s;

import dev.superscale.topology.Component;
import imports.k8s.Container;
import imports.k8s.JobSpec;
import imports.k8s.KubeJob;
import imports.k8s.KubeJobProps;
import java.util.List;
import software.constructs.Construct;

/**
 * {@code superset db upgrade && superset init} as a Job named after the digest of the image and
 * superset_config.py: a new image or config gets a new Job (Jobs are immutable), re-applying the
 * same one is a no-op. Every other Superset pod waits in its wait-for-migrations init container until
 * the schema is at the image's head, so {@code kubectl apply -k} of everything at once is safe. The
 * Job itself waits for PgBouncer (the topology starts migrations after it).
 */
public class MigrationJob extends Construct {

    /** Kubernetes retries: a migration that fails three times needs a human. */
    static final int BACKOFF_LIMIT = 3;

    private final KubeJob job;
    private final String jobName;

    public MigrationJob(Construct scope, String id, SupersetK8sProps props) {
        super(scope, id);
        Component migrations = props.getTopology().migrations();
        this.jobName = Labels.name(migrations.name()) + "-" + PodTemplates.supersetConfigDigest(props);
        String waitForPgBouncer = "until python -c \"import os, socket; socket.create_connection((os.environ['DATABASE_HOST'],"
                + " int(os.environ['DATABASE_PORT'])), 5).close()\" 2>/dev/null; do echo 'waiting for PgBouncer'; sleep 2; done";
        Container wait = Container.builder().name("wait-for-pgbouncer").image(props.getSupersetImage())
                .command(List.of("/bin/sh", "-c", waitForPgBouncer))
                .env(PodTemplates.environment(props, migrations))
                .resources(PodTemplates.resources(migrations))
                .securityContext(PodTemplates.restricted())
                .volumeMounts(PodTemplates.supersetMounts(props, migrations)).build();
        this.job = new KubeJob(this, "Job", KubeJobProps.builder()
                .metadata(Objects.meta(jobName, migrations.name()))
                .spec(JobSpec.builder()
                        .backoffLimit(BACKOFF_LIMIT)
                        .activeDeadlineSeconds(migrations.runTimeoutSeconds().orElseThrow().value())
                        .template(PodTemplates.template(props, migrations, PodTemplates.Capacity.ON_DEMAND,
                                List.of(PodTemplates.supersetContainer(props, migrations, null)), List.of(wait),
                                PodTemplates.supersetVolumes(props, migrations), "Never", PodTemplates.supersetConfigDigest(props), 0))
                        .build())
                .build());
    }

    public KubeJob getJob() {
        return job;
    }

    /** superset-migrations-DIGEST. */
    public String getJobName() {
        return jobName;
    }
}
