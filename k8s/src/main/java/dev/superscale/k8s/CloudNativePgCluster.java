package dev.superscale.k8s;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.PostgresPlan;
import dev.superscale.topology.Resources;
import dev.superscale.topology.SelfManagedData;
import dev.superscale.topology.SupersetSecret;
import imports.cnpg.io.cnpg.postgresql.Cluster;
import imports.cnpg.io.cnpg.postgresql.ClusterProps;
import imports.cnpg.io.cnpg.postgresql.ClusterSpec;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecAffinity;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecBackup;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStore;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3Credentials;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsAccessKeyId;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreS3CredentialsSecretAccessKey;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreWal;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupBarmanObjectStoreWalCompression;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrap;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdb;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrapInitdbSecret;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecInheritedMetadata;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresql;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronous;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronousDataDurability;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronousMethod;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecResources;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesLimits;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecResourcesRequests;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecStorage;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecTopologySpreadConstraints;
import imports.cnpg.io.cnpg.postgresql.ClusterSpecTopologySpreadConstraintsLabelSelector;
import imports.k8s.IntOrString;
import imports.k8s.KubePodDisruptionBudget;
import imports.k8s.KubePodDisruptionBudgetProps;
import imports.k8s.LabelSelector;
import imports.k8s.PodDisruptionBudgetSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cdk8s.ApiObjectMetadata;
import software.constructs.Construct;

/**
 * The metadata database as a CloudNativePG {@code Cluster}: the topology's self-managed instance count
 * (a primary and two standbys on HA tiers) with synchronous replication to any one standby, spread over
 * the plan's zones, the plan's storage, CPU, memory and max_connections, and the backup section you
 * configure. The database owner's credentials come from the {@code superset-database} Secret (the one
 * Superset and PgBouncer read), so CloudNativePG generates no {@code -app} Secret. The topology's
 * PgBouncer fronts the Cluster's read-write Service, verifying its certificate against the CA Secret
 * CloudNativePG generates.
 */
public class CloudNativePgCluster extends Construct {

    static final String NAME = "superset-db";
    static final String COMPONENT = "postgres";
    static final int PORT = 5432;
    /** The instance manager's status endpoint, which the operator polls. */
    static final int STATUS_PORT = 8000;
    /** CloudNativePG labels every instance pod with its cluster's name. */
    static final String CLUSTER_LABEL = "cnpg.io/cluster";
    /** The database owner's name: the username in the superset-database Secret must be this. */
    static final String OWNER = "superset";

    private final Cluster cluster;
    private final Optional<KubePodDisruptionBudget> budget;

    public CloudNativePgCluster(Construct scope, String id, SupersetK8sProps props) {
        super(scope, id);
        CloudNativePostgres cnpg = (CloudNativePostgres) props.getPostgresChoice();
        CapacityPlan plan = props.getTopology().plan();
        PostgresPlan postgres = plan.postgres();
        long instances = SelfManagedData.postgresInstances(plan).value();
        long synchronous = SelfManagedData.synchronousStandbys(plan).value();

        ClusterSpecPostgresql.Builder postgresql = ClusterSpecPostgresql.builder()
                .parameters(Map.of("max_connections", Long.toString(postgres.maxConnections().value())));
        if (synchronous > 0) {
            // Quorum commit: a write returns once ANY one standby has it; "required" refuses writes rather than lose that guarantee.
            postgresql.synchronous(ClusterSpecPostgresqlSynchronous.builder()
                    .method(ClusterSpecPostgresqlSynchronousMethod.ANY).number(synchronous)
                    .dataDurability(ClusterSpecPostgresqlSynchronousDataDurability.REQUIRED).build());
        }
        Resources size = SelfManagedData.postgresResources(plan);
        Map<String, ClusterSpecResourcesRequests> requests = new TreeMap<>();
        requests.put("cpu", ClusterSpecResourcesRequests.fromString(size.cpuMillicores().value() + "m"));
        requests.put("memory", ClusterSpecResourcesRequests.fromString(size.memoryMiB().value() + "Mi"));
        Map<String, ClusterSpecResourcesLimits> limits = new TreeMap<>();
        limits.put("cpu", ClusterSpecResourcesLimits.fromString(size.cpuMillicores().value() + "m"));
        limits.put("memory", ClusterSpecResourcesLimits.fromString(size.memoryMiB().value() + "Mi"));

        long zones = plan.availabilityZones().value();
        boolean spreadHard = zones > 1 && instances > 1;
        Map<String, String> selector = Map.of(CLUSTER_LABEL, NAME);
        List<ClusterSpecTopologySpreadConstraints> spread = List.of(
                ClusterSpecTopologySpreadConstraints.builder().topologyKey(PodTemplates.ZONE_KEY).maxSkew(1)
                        .whenUnsatisfiable(spreadHard ? "DoNotSchedule" : "ScheduleAnyway").minDomains(spreadHard ? zones : null)
                        .labelSelector(ClusterSpecTopologySpreadConstraintsLabelSelector.builder().matchLabels(selector).build()).build());

        ClusterSpec.Builder spec = ClusterSpec.builder()
                .instances(instances)
                .postgresql(postgresql.build())
                .bootstrap(ClusterSpecBootstrap.builder().initdb(ClusterSpecBootstrapInitdb.builder()
                        .database(cnpg.database()).owner(OWNER)
                        .secret(ClusterSpecBootstrapInitdbSecret.builder().name(SupersetSecret.DATABASE_CREDENTIALS.defaultName()).build())
                        .build()).build())
                .enableSuperuserAccess(false)
                .storage(ClusterSpecStorage.builder().size(postgres.storageGiB().value() + "Gi").storageClass(cnpg.storageClass())
                        .resizeInUseVolumes(true).build())
                .resources(ClusterSpecResources.builder().requests(requests).limits(limits).build())
                // Instances on different nodes (CNPG's anti-affinity) and spread over zones (below).
                .affinity(ClusterSpecAffinity.builder().enablePodAntiAffinity(true).topologyKey(PodTemplates.HOST_KEY)
                        .podAntiAffinityType(instances > 1 ? "required" : "preferred").build())
                .topologySpreadConstraints(spread)
                // CNPG's own primary budget (minAvailable 1 over one pod) would hold a drain; the budget below never does.
                .enablePdb(false)
                .inheritedMetadata(ClusterSpecInheritedMetadata.builder().labels(Labels.of(COMPONENT)).build());
        backup(cnpg.backup(), postgres).ifPresent(spec::backup);

        Map<String, String> annotations = new TreeMap<>();
        // GitOps tools never prune the database when it leaves the rendered set.
        annotations.put("argocd.argoproj.io/sync-options", "Delete=false,Prune=false");
        annotations.put("kustomize.toolkit.fluxcd.io/prune", "disabled");
        this.cluster = new Cluster(this, "Cluster", ClusterProps.builder()
                .metadata(ApiObjectMetadata.builder().name(NAME).labels(Labels.of(COMPONENT)).annotations(annotations).build())
                .spec(spec.build())
                .build());
        this.budget = instances < 2 ? Optional.empty() : Optional.of(new KubePodDisruptionBudget(this, "DisruptionBudget",
                KubePodDisruptionBudgetProps.builder()
                        .metadata(Objects.meta(NAME, COMPONENT))
                        .spec(PodDisruptionBudgetSpec.builder()
                                .selector(LabelSelector.builder().matchLabels(selector).build())
                                // One instance at a time; if it is the primary, CNPG promotes the synchronous standby.
                                .minAvailable(IntOrString.fromNumber(instances - 1))
                                .unhealthyPodEvictionPolicy("AlwaysAllow")
                                .build())
                        .build()));
    }

    private static Optional<ClusterSpecBackup> backup(PostgresBackup backup, PostgresPlan postgres) {
        if (!(backup instanceof PostgresBackup.ObjectStore store)) {
            return Optional.empty();
        }
        String secret = PostgresBackup.ObjectStore.CREDENTIALS_SECRET;
        return Optional.of(ClusterSpecBackup.builder()
                .retentionPolicy(postgres.backupRetentionDays().value() + "d")
                .barmanObjectStore(ClusterSpecBackupBarmanObjectStore.builder()
                        .destinationPath(store.destinationPath())
                        .endpointUrl(store.endpointUrl())
                        .s3Credentials(ClusterSpecBackupBarmanObjectStoreS3Credentials.builder()
                                .accessKeyId(ClusterSpecBackupBarmanObjectStoreS3CredentialsAccessKeyId.builder()
                                        .name(secret).key(PostgresBackup.ObjectStore.ACCESS_KEY_ID).build())
                                .secretAccessKey(ClusterSpecBackupBarmanObjectStoreS3CredentialsSecretAccessKey.builder()
                                        .name(secret).key(PostgresBackup.ObjectStore.SECRET_ACCESS_KEY).build())
                                .build())
                        .wal(ClusterSpecBackupBarmanObjectStoreWal.builder().compression(ClusterSpecBackupBarmanObjectStoreWalCompression.GZIP).build())
                        .build())
                .build());
    }

    /** The read-write Service CloudNativePG creates for the primary. */
    static String readWriteService(SupersetK8sProps props) {
        return NAME + "-rw";
    }

    /** The CA Secret CloudNativePG creates (key ca.crt): PgBouncer verifies the server against it. */
    static String caSecret() {
        return NAME + "-ca";
    }

    public Cluster getCluster() {
        return cluster;
    }

    public Optional<KubePodDisruptionBudget> getBudget() {
        return budget;
    }
}
