package imports.cnpg.io.cnpg.postgresql;

/**
 * Specification of the desired behavior of the cluster.
 * <p>
 * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.408Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpec")
@software.amazon.jsii.Jsii.Proxy(ClusterSpec.Jsii$Proxy.class)
public interface ClusterSpec extends software.amazon.jsii.JsiiSerializable {

    /**
     * Number of instances required in the cluster.
     */
    @org.jetbrains.annotations.NotNull java.lang.Number getInstances();

    /**
     * Affinity/Anti-affinity rules for Pods.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecAffinity getAffinity() {
        return null;
    }

    /**
     * The configuration to be used for backups.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackup getBackup() {
        return null;
    }

    /**
     * Instructions to bootstrap this cluster.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrap getBootstrap() {
        return null;
    }

    /**
     * The configuration for the CA and related certificates.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecCertificates getCertificates() {
        return null;
    }

    /**
     * Description of this PostgreSQL cluster.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getDescription() {
        return null;
    }

    /**
     * Manage the <code>PodDisruptionBudget</code> resources within the cluster.
     * <p>
     * When
     * configured as <code>true</code> (default setting), the pod disruption budgets
     * will safeguard the primary node from being terminated. Conversely,
     * setting it to <code>false</code> will result in the absence of any
     * <code>PodDisruptionBudget</code> resource, permitting the shutdown of all nodes
     * hosting the PostgreSQL cluster. This latter configuration is
     * advisable for any PostgreSQL cluster employed for
     * development/staging purposes.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getEnablePdb() {
        return null;
    }

    /**
     * When this option is enabled, the operator will use the <code>SuperuserSecret</code> to update the <code>postgres</code> user password (if the secret is not present, the operator will automatically create one).
     * <p>
     * When this
     * option is disabled, the operator will ignore the <code>SuperuserSecret</code> content, delete
     * it when automatically created, and then blank the password of the <code>postgres</code>
     * user by setting it to <code>NULL</code>. Disabled by default.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getEnableSuperuserAccess() {
        return null;
    }

    /**
     * Env follows the Env format to pass environment variables to the pods created in the cluster.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecEnv> getEnv() {
        return null;
    }

    /**
     * EnvFrom follows the EnvFrom format to pass environment variables sources to the pods to be used by Env.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecEnvFrom> getEnvFrom() {
        return null;
    }

    /**
     * EphemeralVolumeSource allows the user to configure the source of ephemeral volumes.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSource getEphemeralVolumeSource() {
        return null;
    }

    /**
     * EphemeralVolumesSizeLimit allows the user to set the limits for the ephemeral volumes.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimit getEphemeralVolumesSizeLimit() {
        return null;
    }

    /**
     * The list of external clusters which are used in the configuration.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClusters> getExternalClusters() {
        return null;
    }

    /**
     * The amount of time (in seconds) to wait before triggering a failover after the primary PostgreSQL instance in the cluster was detected to be unhealthy.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getFailoverDelay() {
        return null;
    }

    /**
     * Defines the major PostgreSQL version we want to use within an ImageCatalog.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecImageCatalogRef getImageCatalogRef() {
        return null;
    }

    /**
     * Name of the container image, supporting both tags (<code>&lt;image&gt;:&lt;tag&gt;</code>) and digests for deterministic and repeatable deployments (<code>&lt;image&gt;:&lt;tag&gt;&#64;sha256:&lt;digestValue&gt;</code>).
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getImageName() {
        return null;
    }

    /**
     * Image pull policy.
     * <p>
     * One of <code>Always</code>, <code>Never</code> or <code>IfNotPresent</code>.
     * If not defined, it defaults to <code>IfNotPresent</code>.
     * Cannot be updated.
     * More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getImagePullPolicy() {
        return null;
    }

    /**
     * The list of pull secrets to be used to pull the images.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecImagePullSecrets> getImagePullSecrets() {
        return null;
    }

    /**
     * Metadata that will be inherited by all objects related to the Cluster.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecInheritedMetadata getInheritedMetadata() {
        return null;
    }

    /**
     * LivenessProbeTimeout is the time (in seconds) that is allowed for a PostgreSQL instance to successfully respond to the liveness probe (default 30).
     * <p>
     * The Liveness probe failure threshold is derived from this value using the formula:
     * ceiling(livenessProbe / 10).
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getLivenessProbeTimeout() {
        return null;
    }

    /**
     * The instances' log level, one of the following values: error, warning, info (default), debug, trace.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecLogLevel getLogLevel() {
        return null;
    }

    /**
     * The configuration that is used by the portions of PostgreSQL that are managed by the instance manager.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecManaged getManaged() {
        return null;
    }

    /**
     * The target value for the synchronous replication quorum, that can be decreased if the number of ready standbys is lower than this.
     * <p>
     * Undefined or 0 disable synchronous replication.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getMaxSyncReplicas() {
        return null;
    }

    /**
     * Minimum number of instances required in synchronous replication with the primary.
     * <p>
     * Undefined or 0 allow writes to complete when no standby is
     * available.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getMinSyncReplicas() {
        return null;
    }

    /**
     * The configuration of the monitoring infrastructure of this cluster.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoring getMonitoring() {
        return null;
    }

    /**
     * Define a maintenance window for the Kubernetes nodes.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecNodeMaintenanceWindow getNodeMaintenanceWindow() {
        return null;
    }

    /**
     * The plugins configuration, containing any plugin to be loaded with the corresponding configuration.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPlugins> getPlugins() {
        return null;
    }

    /**
     * Override the PodSecurityContext applied to every Pod of the cluster.
     * <p>
     * When set, this overrides the operator's default PodSecurityContext for the cluster.
     * If omitted, the operator defaults are used.
     * This field doesn't have any effect if SecurityContextConstraints are present.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSecurityContext getPodSecurityContext() {
        return null;
    }

    /**
     * PodSelectorRefs defines named pod label selectors that can be referenced in pg_hba rules using the ${podselector:NAME} syntax in the address field.
     * <p>
     * The operator resolves matching pod IPs and the instance manager expands
     * pg_hba lines accordingly. Only pods in the Cluster's own namespace are considered.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSelectorRefs> getPodSelectorRefs() {
        return null;
    }

    /**
     * The GID of the <code>postgres</code> user inside the image, defaults to <code>26</code>.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getPostgresGid() {
        return null;
    }

    /**
     * Configuration of the PostgreSQL server.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresql getPostgresql() {
        return null;
    }

    /**
     * The UID of the <code>postgres</code> user inside the image, defaults to <code>26</code>.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getPostgresUid() {
        return null;
    }

    /**
     * Configuration of the Kubernetes <code>Lease</code> used to coordinate safe primary election within the cluster.
     * <p>
     * When omitted, the operator applies built-in
     * defaults; tune these values only if you understand the consequences for
     * failover timing.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryLease getPrimaryLease() {
        return null;
    }

    /**
     * Method to follow to upgrade the primary server during a rolling update procedure, after all replicas have been successfully updated: it can be with a switchover (<code>switchover</code>) or in-place (<code>restart</code> - default).
     * <p>
     * Note: when using <code>switchover</code>, the operator will reject updates that change both
     * the image name and PostgreSQL configuration parameters simultaneously to avoid
     * configuration mismatches during the switchover process.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryUpdateMethod getPrimaryUpdateMethod() {
        return null;
    }

    /**
     * Deployment strategy to follow to upgrade the primary server during a rolling update procedure, after all replicas have been successfully updated: it can be automated (<code>unsupervised</code> - default) or manual (<code>supervised</code>).
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryUpdateStrategy getPrimaryUpdateStrategy() {
        return null;
    }

    /**
     * Name of the priority class which will be used in every generated Pod, if the PriorityClass specified does not exist, the pod will not be able to schedule.
     * <p>
     * Please refer to
     * https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/#priorityclass
     * for more information
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getPriorityClassName() {
        return null;
    }

    /**
     * The configuration of the probes to be injected in the PostgreSQL Pods.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecProbes getProbes() {
        return null;
    }

    /**
     * Template to be used to define projected volumes, projected volumes will be mounted under <code>/projected</code> base folder.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplate getProjectedVolumeTemplate() {
        return null;
    }

    /**
     * Replica cluster configuration.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecReplica getReplica() {
        return null;
    }

    /**
     * Replication slots management configuration.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlots getReplicationSlots() {
        return null;
    }

    /**
     * Resources requirements of every generated Pod.
     * <p>
     * Please refer to
     * https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     * for more information.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecResources getResources() {
        return null;
    }

    /**
     * If specified, the pod will be dispatched by specified Kubernetes scheduler.
     * <p>
     * If not specified, the pod will be dispatched by the default
     * scheduler. More info:
     * https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getSchedulerName() {
        return null;
    }

    /**
     * The SeccompProfile applied to every Pod and Container.
     * <p>
     * Defaults to: <code>RuntimeDefault</code>
     * <p>
     * Default: RuntimeDefault`
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecSeccompProfile getSeccompProfile() {
        return null;
    }

    /**
     * Override the SecurityContext applied to every Container in the Pod of the cluster.
     * <p>
     * When set, this overrides the operator's default Container SecurityContext.
     * If omitted, the operator defaults are used.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecSecurityContext getSecurityContext() {
        return null;
    }

    /**
     * Name of an existing ServiceAccount in the same namespace to use for the cluster.
     * <p>
     * When specified, the operator will not create a new ServiceAccount
     * but will use the provided one. This is useful for sharing a single
     * ServiceAccount across multiple clusters (e.g., for cloud IAM configurations).
     * If not specified, a ServiceAccount will be created with the cluster name.
     * Mutually exclusive with ServiceAccountTemplate.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getServiceAccountName() {
        return null;
    }

    /**
     * Configure the generation of the service account.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecServiceAccountTemplate getServiceAccountTemplate() {
        return null;
    }

    /**
     * The time in seconds that controls the window of time reserved for the smart shutdown of Postgres to complete.
     * <p>
     * Make sure you reserve enough time for the operator to request a fast shutdown of Postgres
     * (that is: <code>stopDelay</code> - <code>smartShutdownTimeout</code>). Default is 180 seconds.
     * <p>
     * Default: 180 seconds.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getSmartShutdownTimeout() {
        return null;
    }

    /**
     * The time in seconds that is allowed for a PostgreSQL instance to successfully start up (default 3600).
     * <p>
     * The startup probe failure threshold is derived from this value using the formula:
     * ceiling(startDelay / 10).
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getStartDelay() {
        return null;
    }

    /**
     * The time in seconds that is allowed for a PostgreSQL instance to gracefully shutdown (default 1800).
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getStopDelay() {
        return null;
    }

    /**
     * Configuration of the storage of the instances.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecStorage getStorage() {
        return null;
    }

    /**
     * The secret containing the superuser password.
     * <p>
     * If not defined a new
     * secret will be created with a randomly generated password
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecSuperuserSecret getSuperuserSecret() {
        return null;
    }

    /**
     * The time in seconds that is allowed for a primary PostgreSQL instance to gracefully shutdown during a switchover.
     * <p>
     * Default value is 3600 seconds (1 hour).
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getSwitchoverDelay() {
        return null;
    }

    /**
     * The tablespaces configuration.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespaces> getTablespaces() {
        return null;
    }

    /**
     * TopologySpreadConstraints specifies how to spread matching pods among the given topology.
     * <p>
     * More info:
     * https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecTopologySpreadConstraints> getTopologySpreadConstraints() {
        return null;
    }

    /**
     * Configuration of the storage for PostgreSQL WAL (Write-Ahead Log).
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecWalStorage getWalStorage() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpec}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpec}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpec> {
        java.lang.Number instances;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecAffinity affinity;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackup backup;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrap bootstrap;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecCertificates certificates;
        java.lang.String description;
        java.lang.Boolean enablePdb;
        java.lang.Boolean enableSuperuserAccess;
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecEnv> env;
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecEnvFrom> envFrom;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSource ephemeralVolumeSource;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimit ephemeralVolumesSizeLimit;
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClusters> externalClusters;
        java.lang.Number failoverDelay;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecImageCatalogRef imageCatalogRef;
        java.lang.String imageName;
        java.lang.String imagePullPolicy;
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecImagePullSecrets> imagePullSecrets;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecInheritedMetadata inheritedMetadata;
        java.lang.Number livenessProbeTimeout;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecLogLevel logLevel;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecManaged managed;
        java.lang.Number maxSyncReplicas;
        java.lang.Number minSyncReplicas;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoring monitoring;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecNodeMaintenanceWindow nodeMaintenanceWindow;
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPlugins> plugins;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSecurityContext podSecurityContext;
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSelectorRefs> podSelectorRefs;
        java.lang.Number postgresGid;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresql postgresql;
        java.lang.Number postgresUid;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryLease primaryLease;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryUpdateMethod primaryUpdateMethod;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryUpdateStrategy primaryUpdateStrategy;
        java.lang.String priorityClassName;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecProbes probes;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplate projectedVolumeTemplate;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecReplica replica;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlots replicationSlots;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecResources resources;
        java.lang.String schedulerName;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecSeccompProfile seccompProfile;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecSecurityContext securityContext;
        java.lang.String serviceAccountName;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecServiceAccountTemplate serviceAccountTemplate;
        java.lang.Number smartShutdownTimeout;
        java.lang.Number startDelay;
        java.lang.Number stopDelay;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecStorage storage;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecSuperuserSecret superuserSecret;
        java.lang.Number switchoverDelay;
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespaces> tablespaces;
        java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecTopologySpreadConstraints> topologySpreadConstraints;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecWalStorage walStorage;

        /**
         * Sets the value of {@link ClusterSpec#getInstances}
         * @param instances Number of instances required in the cluster. This parameter is required.
         * @return {@code this}
         */
        public Builder instances(java.lang.Number instances) {
            this.instances = instances;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getAffinity}
         * @param affinity Affinity/Anti-affinity rules for Pods.
         * @return {@code this}
         */
        public Builder affinity(imports.cnpg.io.cnpg.postgresql.ClusterSpecAffinity affinity) {
            this.affinity = affinity;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getBackup}
         * @param backup The configuration to be used for backups.
         * @return {@code this}
         */
        public Builder backup(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackup backup) {
            this.backup = backup;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getBootstrap}
         * @param bootstrap Instructions to bootstrap this cluster.
         * @return {@code this}
         */
        public Builder bootstrap(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrap bootstrap) {
            this.bootstrap = bootstrap;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getCertificates}
         * @param certificates The configuration for the CA and related certificates.
         * @return {@code this}
         */
        public Builder certificates(imports.cnpg.io.cnpg.postgresql.ClusterSpecCertificates certificates) {
            this.certificates = certificates;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getDescription}
         * @param description Description of this PostgreSQL cluster.
         * @return {@code this}
         */
        public Builder description(java.lang.String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getEnablePdb}
         * @param enablePdb Manage the <code>PodDisruptionBudget</code> resources within the cluster.
         *                  When
         *                  configured as <code>true</code> (default setting), the pod disruption budgets
         *                  will safeguard the primary node from being terminated. Conversely,
         *                  setting it to <code>false</code> will result in the absence of any
         *                  <code>PodDisruptionBudget</code> resource, permitting the shutdown of all nodes
         *                  hosting the PostgreSQL cluster. This latter configuration is
         *                  advisable for any PostgreSQL cluster employed for
         *                  development/staging purposes.
         * @return {@code this}
         */
        public Builder enablePdb(java.lang.Boolean enablePdb) {
            this.enablePdb = enablePdb;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getEnableSuperuserAccess}
         * @param enableSuperuserAccess When this option is enabled, the operator will use the <code>SuperuserSecret</code> to update the <code>postgres</code> user password (if the secret is not present, the operator will automatically create one).
         *                              When this
         *                              option is disabled, the operator will ignore the <code>SuperuserSecret</code> content, delete
         *                              it when automatically created, and then blank the password of the <code>postgres</code>
         *                              user by setting it to <code>NULL</code>. Disabled by default.
         * @return {@code this}
         */
        public Builder enableSuperuserAccess(java.lang.Boolean enableSuperuserAccess) {
            this.enableSuperuserAccess = enableSuperuserAccess;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getEnv}
         * @param env Env follows the Env format to pass environment variables to the pods created in the cluster.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder env(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecEnv> env) {
            this.env = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecEnv>)env;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getEnvFrom}
         * @param envFrom EnvFrom follows the EnvFrom format to pass environment variables sources to the pods to be used by Env.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder envFrom(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecEnvFrom> envFrom) {
            this.envFrom = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecEnvFrom>)envFrom;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getEphemeralVolumeSource}
         * @param ephemeralVolumeSource EphemeralVolumeSource allows the user to configure the source of ephemeral volumes.
         * @return {@code this}
         */
        public Builder ephemeralVolumeSource(imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSource ephemeralVolumeSource) {
            this.ephemeralVolumeSource = ephemeralVolumeSource;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getEphemeralVolumesSizeLimit}
         * @param ephemeralVolumesSizeLimit EphemeralVolumesSizeLimit allows the user to set the limits for the ephemeral volumes.
         * @return {@code this}
         */
        public Builder ephemeralVolumesSizeLimit(imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimit ephemeralVolumesSizeLimit) {
            this.ephemeralVolumesSizeLimit = ephemeralVolumesSizeLimit;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getExternalClusters}
         * @param externalClusters The list of external clusters which are used in the configuration.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder externalClusters(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClusters> externalClusters) {
            this.externalClusters = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClusters>)externalClusters;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getFailoverDelay}
         * @param failoverDelay The amount of time (in seconds) to wait before triggering a failover after the primary PostgreSQL instance in the cluster was detected to be unhealthy.
         * @return {@code this}
         */
        public Builder failoverDelay(java.lang.Number failoverDelay) {
            this.failoverDelay = failoverDelay;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getImageCatalogRef}
         * @param imageCatalogRef Defines the major PostgreSQL version we want to use within an ImageCatalog.
         * @return {@code this}
         */
        public Builder imageCatalogRef(imports.cnpg.io.cnpg.postgresql.ClusterSpecImageCatalogRef imageCatalogRef) {
            this.imageCatalogRef = imageCatalogRef;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getImageName}
         * @param imageName Name of the container image, supporting both tags (<code>&lt;image&gt;:&lt;tag&gt;</code>) and digests for deterministic and repeatable deployments (<code>&lt;image&gt;:&lt;tag&gt;&#64;sha256:&lt;digestValue&gt;</code>).
         * @return {@code this}
         */
        public Builder imageName(java.lang.String imageName) {
            this.imageName = imageName;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getImagePullPolicy}
         * @param imagePullPolicy Image pull policy.
         *                        One of <code>Always</code>, <code>Never</code> or <code>IfNotPresent</code>.
         *                        If not defined, it defaults to <code>IfNotPresent</code>.
         *                        Cannot be updated.
         *                        More info: https://kubernetes.io/docs/concepts/containers/images#updating-images
         * @return {@code this}
         */
        public Builder imagePullPolicy(java.lang.String imagePullPolicy) {
            this.imagePullPolicy = imagePullPolicy;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getImagePullSecrets}
         * @param imagePullSecrets The list of pull secrets to be used to pull the images.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder imagePullSecrets(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecImagePullSecrets> imagePullSecrets) {
            this.imagePullSecrets = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecImagePullSecrets>)imagePullSecrets;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getInheritedMetadata}
         * @param inheritedMetadata Metadata that will be inherited by all objects related to the Cluster.
         * @return {@code this}
         */
        public Builder inheritedMetadata(imports.cnpg.io.cnpg.postgresql.ClusterSpecInheritedMetadata inheritedMetadata) {
            this.inheritedMetadata = inheritedMetadata;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getLivenessProbeTimeout}
         * @param livenessProbeTimeout LivenessProbeTimeout is the time (in seconds) that is allowed for a PostgreSQL instance to successfully respond to the liveness probe (default 30).
         *                             The Liveness probe failure threshold is derived from this value using the formula:
         *                             ceiling(livenessProbe / 10).
         * @return {@code this}
         */
        public Builder livenessProbeTimeout(java.lang.Number livenessProbeTimeout) {
            this.livenessProbeTimeout = livenessProbeTimeout;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getLogLevel}
         * @param logLevel The instances' log level, one of the following values: error, warning, info (default), debug, trace.
         * @return {@code this}
         */
        public Builder logLevel(imports.cnpg.io.cnpg.postgresql.ClusterSpecLogLevel logLevel) {
            this.logLevel = logLevel;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getManaged}
         * @param managed The configuration that is used by the portions of PostgreSQL that are managed by the instance manager.
         * @return {@code this}
         */
        public Builder managed(imports.cnpg.io.cnpg.postgresql.ClusterSpecManaged managed) {
            this.managed = managed;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getMaxSyncReplicas}
         * @param maxSyncReplicas The target value for the synchronous replication quorum, that can be decreased if the number of ready standbys is lower than this.
         *                        Undefined or 0 disable synchronous replication.
         * @return {@code this}
         */
        public Builder maxSyncReplicas(java.lang.Number maxSyncReplicas) {
            this.maxSyncReplicas = maxSyncReplicas;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getMinSyncReplicas}
         * @param minSyncReplicas Minimum number of instances required in synchronous replication with the primary.
         *                        Undefined or 0 allow writes to complete when no standby is
         *                        available.
         * @return {@code this}
         */
        public Builder minSyncReplicas(java.lang.Number minSyncReplicas) {
            this.minSyncReplicas = minSyncReplicas;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getMonitoring}
         * @param monitoring The configuration of the monitoring infrastructure of this cluster.
         * @return {@code this}
         */
        public Builder monitoring(imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoring monitoring) {
            this.monitoring = monitoring;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getNodeMaintenanceWindow}
         * @param nodeMaintenanceWindow Define a maintenance window for the Kubernetes nodes.
         * @return {@code this}
         */
        public Builder nodeMaintenanceWindow(imports.cnpg.io.cnpg.postgresql.ClusterSpecNodeMaintenanceWindow nodeMaintenanceWindow) {
            this.nodeMaintenanceWindow = nodeMaintenanceWindow;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getPlugins}
         * @param plugins The plugins configuration, containing any plugin to be loaded with the corresponding configuration.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder plugins(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecPlugins> plugins) {
            this.plugins = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPlugins>)plugins;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getPodSecurityContext}
         * @param podSecurityContext Override the PodSecurityContext applied to every Pod of the cluster.
         *                           When set, this overrides the operator's default PodSecurityContext for the cluster.
         *                           If omitted, the operator defaults are used.
         *                           This field doesn't have any effect if SecurityContextConstraints are present.
         * @return {@code this}
         */
        public Builder podSecurityContext(imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSecurityContext podSecurityContext) {
            this.podSecurityContext = podSecurityContext;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getPodSelectorRefs}
         * @param podSelectorRefs PodSelectorRefs defines named pod label selectors that can be referenced in pg_hba rules using the ${podselector:NAME} syntax in the address field.
         *                        The operator resolves matching pod IPs and the instance manager expands
         *                        pg_hba lines accordingly. Only pods in the Cluster's own namespace are considered.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder podSelectorRefs(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSelectorRefs> podSelectorRefs) {
            this.podSelectorRefs = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSelectorRefs>)podSelectorRefs;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getPostgresGid}
         * @param postgresGid The GID of the <code>postgres</code> user inside the image, defaults to <code>26</code>.
         * @return {@code this}
         */
        public Builder postgresGid(java.lang.Number postgresGid) {
            this.postgresGid = postgresGid;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getPostgresql}
         * @param postgresql Configuration of the PostgreSQL server.
         * @return {@code this}
         */
        public Builder postgresql(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresql postgresql) {
            this.postgresql = postgresql;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getPostgresUid}
         * @param postgresUid The UID of the <code>postgres</code> user inside the image, defaults to <code>26</code>.
         * @return {@code this}
         */
        public Builder postgresUid(java.lang.Number postgresUid) {
            this.postgresUid = postgresUid;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getPrimaryLease}
         * @param primaryLease Configuration of the Kubernetes <code>Lease</code> used to coordinate safe primary election within the cluster.
         *                     When omitted, the operator applies built-in
         *                     defaults; tune these values only if you understand the consequences for
         *                     failover timing.
         * @return {@code this}
         */
        public Builder primaryLease(imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryLease primaryLease) {
            this.primaryLease = primaryLease;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getPrimaryUpdateMethod}
         * @param primaryUpdateMethod Method to follow to upgrade the primary server during a rolling update procedure, after all replicas have been successfully updated: it can be with a switchover (<code>switchover</code>) or in-place (<code>restart</code> - default).
         *                            Note: when using <code>switchover</code>, the operator will reject updates that change both
         *                            the image name and PostgreSQL configuration parameters simultaneously to avoid
         *                            configuration mismatches during the switchover process.
         * @return {@code this}
         */
        public Builder primaryUpdateMethod(imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryUpdateMethod primaryUpdateMethod) {
            this.primaryUpdateMethod = primaryUpdateMethod;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getPrimaryUpdateStrategy}
         * @param primaryUpdateStrategy Deployment strategy to follow to upgrade the primary server during a rolling update procedure, after all replicas have been successfully updated: it can be automated (<code>unsupervised</code> - default) or manual (<code>supervised</code>).
         * @return {@code this}
         */
        public Builder primaryUpdateStrategy(imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryUpdateStrategy primaryUpdateStrategy) {
            this.primaryUpdateStrategy = primaryUpdateStrategy;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getPriorityClassName}
         * @param priorityClassName Name of the priority class which will be used in every generated Pod, if the PriorityClass specified does not exist, the pod will not be able to schedule.
         *                          Please refer to
         *                          https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/#priorityclass
         *                          for more information
         * @return {@code this}
         */
        public Builder priorityClassName(java.lang.String priorityClassName) {
            this.priorityClassName = priorityClassName;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getProbes}
         * @param probes The configuration of the probes to be injected in the PostgreSQL Pods.
         * @return {@code this}
         */
        public Builder probes(imports.cnpg.io.cnpg.postgresql.ClusterSpecProbes probes) {
            this.probes = probes;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getProjectedVolumeTemplate}
         * @param projectedVolumeTemplate Template to be used to define projected volumes, projected volumes will be mounted under <code>/projected</code> base folder.
         * @return {@code this}
         */
        public Builder projectedVolumeTemplate(imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplate projectedVolumeTemplate) {
            this.projectedVolumeTemplate = projectedVolumeTemplate;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getReplica}
         * @param replica Replica cluster configuration.
         * @return {@code this}
         */
        public Builder replica(imports.cnpg.io.cnpg.postgresql.ClusterSpecReplica replica) {
            this.replica = replica;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getReplicationSlots}
         * @param replicationSlots Replication slots management configuration.
         * @return {@code this}
         */
        public Builder replicationSlots(imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlots replicationSlots) {
            this.replicationSlots = replicationSlots;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getResources}
         * @param resources Resources requirements of every generated Pod.
         *                  Please refer to
         *                  https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
         *                  for more information.
         * @return {@code this}
         */
        public Builder resources(imports.cnpg.io.cnpg.postgresql.ClusterSpecResources resources) {
            this.resources = resources;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getSchedulerName}
         * @param schedulerName If specified, the pod will be dispatched by specified Kubernetes scheduler.
         *                      If not specified, the pod will be dispatched by the default
         *                      scheduler. More info:
         *                      https://kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/
         * @return {@code this}
         */
        public Builder schedulerName(java.lang.String schedulerName) {
            this.schedulerName = schedulerName;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getSeccompProfile}
         * @param seccompProfile The SeccompProfile applied to every Pod and Container.
         *                       Defaults to: <code>RuntimeDefault</code>
         * @return {@code this}
         */
        public Builder seccompProfile(imports.cnpg.io.cnpg.postgresql.ClusterSpecSeccompProfile seccompProfile) {
            this.seccompProfile = seccompProfile;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getSecurityContext}
         * @param securityContext Override the SecurityContext applied to every Container in the Pod of the cluster.
         *                        When set, this overrides the operator's default Container SecurityContext.
         *                        If omitted, the operator defaults are used.
         * @return {@code this}
         */
        public Builder securityContext(imports.cnpg.io.cnpg.postgresql.ClusterSpecSecurityContext securityContext) {
            this.securityContext = securityContext;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getServiceAccountName}
         * @param serviceAccountName Name of an existing ServiceAccount in the same namespace to use for the cluster.
         *                           When specified, the operator will not create a new ServiceAccount
         *                           but will use the provided one. This is useful for sharing a single
         *                           ServiceAccount across multiple clusters (e.g., for cloud IAM configurations).
         *                           If not specified, a ServiceAccount will be created with the cluster name.
         *                           Mutually exclusive with ServiceAccountTemplate.
         * @return {@code this}
         */
        public Builder serviceAccountName(java.lang.String serviceAccountName) {
            this.serviceAccountName = serviceAccountName;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getServiceAccountTemplate}
         * @param serviceAccountTemplate Configure the generation of the service account.
         * @return {@code this}
         */
        public Builder serviceAccountTemplate(imports.cnpg.io.cnpg.postgresql.ClusterSpecServiceAccountTemplate serviceAccountTemplate) {
            this.serviceAccountTemplate = serviceAccountTemplate;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getSmartShutdownTimeout}
         * @param smartShutdownTimeout The time in seconds that controls the window of time reserved for the smart shutdown of Postgres to complete.
         *                             Make sure you reserve enough time for the operator to request a fast shutdown of Postgres
         *                             (that is: <code>stopDelay</code> - <code>smartShutdownTimeout</code>). Default is 180 seconds.
         * @return {@code this}
         */
        public Builder smartShutdownTimeout(java.lang.Number smartShutdownTimeout) {
            this.smartShutdownTimeout = smartShutdownTimeout;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getStartDelay}
         * @param startDelay The time in seconds that is allowed for a PostgreSQL instance to successfully start up (default 3600).
         *                   The startup probe failure threshold is derived from this value using the formula:
         *                   ceiling(startDelay / 10).
         * @return {@code this}
         */
        public Builder startDelay(java.lang.Number startDelay) {
            this.startDelay = startDelay;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getStopDelay}
         * @param stopDelay The time in seconds that is allowed for a PostgreSQL instance to gracefully shutdown (default 1800).
         * @return {@code this}
         */
        public Builder stopDelay(java.lang.Number stopDelay) {
            this.stopDelay = stopDelay;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getStorage}
         * @param storage Configuration of the storage of the instances.
         * @return {@code this}
         */
        public Builder storage(imports.cnpg.io.cnpg.postgresql.ClusterSpecStorage storage) {
            this.storage = storage;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getSuperuserSecret}
         * @param superuserSecret The secret containing the superuser password.
         *                        If not defined a new
         *                        secret will be created with a randomly generated password
         * @return {@code this}
         */
        public Builder superuserSecret(imports.cnpg.io.cnpg.postgresql.ClusterSpecSuperuserSecret superuserSecret) {
            this.superuserSecret = superuserSecret;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getSwitchoverDelay}
         * @param switchoverDelay The time in seconds that is allowed for a primary PostgreSQL instance to gracefully shutdown during a switchover.
         *                        Default value is 3600 seconds (1 hour).
         * @return {@code this}
         */
        public Builder switchoverDelay(java.lang.Number switchoverDelay) {
            this.switchoverDelay = switchoverDelay;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getTablespaces}
         * @param tablespaces The tablespaces configuration.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder tablespaces(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespaces> tablespaces) {
            this.tablespaces = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespaces>)tablespaces;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getTopologySpreadConstraints}
         * @param topologySpreadConstraints TopologySpreadConstraints specifies how to spread matching pods among the given topology.
         *                                  More info:
         *                                  https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder topologySpreadConstraints(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.ClusterSpecTopologySpreadConstraints> topologySpreadConstraints) {
            this.topologySpreadConstraints = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecTopologySpreadConstraints>)topologySpreadConstraints;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpec#getWalStorage}
         * @param walStorage Configuration of the storage for PostgreSQL WAL (Write-Ahead Log).
         * @return {@code this}
         */
        public Builder walStorage(imports.cnpg.io.cnpg.postgresql.ClusterSpecWalStorage walStorage) {
            this.walStorage = walStorage;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpec}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpec build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpec}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpec {
        private final java.lang.Number instances;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecAffinity affinity;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackup backup;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrap bootstrap;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecCertificates certificates;
        private final java.lang.String description;
        private final java.lang.Boolean enablePdb;
        private final java.lang.Boolean enableSuperuserAccess;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecEnv> env;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecEnvFrom> envFrom;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSource ephemeralVolumeSource;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimit ephemeralVolumesSizeLimit;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClusters> externalClusters;
        private final java.lang.Number failoverDelay;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecImageCatalogRef imageCatalogRef;
        private final java.lang.String imageName;
        private final java.lang.String imagePullPolicy;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecImagePullSecrets> imagePullSecrets;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecInheritedMetadata inheritedMetadata;
        private final java.lang.Number livenessProbeTimeout;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecLogLevel logLevel;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecManaged managed;
        private final java.lang.Number maxSyncReplicas;
        private final java.lang.Number minSyncReplicas;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoring monitoring;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecNodeMaintenanceWindow nodeMaintenanceWindow;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPlugins> plugins;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSecurityContext podSecurityContext;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSelectorRefs> podSelectorRefs;
        private final java.lang.Number postgresGid;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresql postgresql;
        private final java.lang.Number postgresUid;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryLease primaryLease;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryUpdateMethod primaryUpdateMethod;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryUpdateStrategy primaryUpdateStrategy;
        private final java.lang.String priorityClassName;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecProbes probes;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplate projectedVolumeTemplate;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecReplica replica;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlots replicationSlots;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecResources resources;
        private final java.lang.String schedulerName;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecSeccompProfile seccompProfile;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecSecurityContext securityContext;
        private final java.lang.String serviceAccountName;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecServiceAccountTemplate serviceAccountTemplate;
        private final java.lang.Number smartShutdownTimeout;
        private final java.lang.Number startDelay;
        private final java.lang.Number stopDelay;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecStorage storage;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecSuperuserSecret superuserSecret;
        private final java.lang.Number switchoverDelay;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespaces> tablespaces;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecTopologySpreadConstraints> topologySpreadConstraints;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecWalStorage walStorage;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.instances = software.amazon.jsii.Kernel.get(this, "instances", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.affinity = software.amazon.jsii.Kernel.get(this, "affinity", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecAffinity.class));
            this.backup = software.amazon.jsii.Kernel.get(this, "backup", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackup.class));
            this.bootstrap = software.amazon.jsii.Kernel.get(this, "bootstrap", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrap.class));
            this.certificates = software.amazon.jsii.Kernel.get(this, "certificates", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecCertificates.class));
            this.description = software.amazon.jsii.Kernel.get(this, "description", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.enablePdb = software.amazon.jsii.Kernel.get(this, "enablePdb", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.enableSuperuserAccess = software.amazon.jsii.Kernel.get(this, "enableSuperuserAccess", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.env = software.amazon.jsii.Kernel.get(this, "env", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecEnv.class)));
            this.envFrom = software.amazon.jsii.Kernel.get(this, "envFrom", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecEnvFrom.class)));
            this.ephemeralVolumeSource = software.amazon.jsii.Kernel.get(this, "ephemeralVolumeSource", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSource.class));
            this.ephemeralVolumesSizeLimit = software.amazon.jsii.Kernel.get(this, "ephemeralVolumesSizeLimit", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimit.class));
            this.externalClusters = software.amazon.jsii.Kernel.get(this, "externalClusters", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClusters.class)));
            this.failoverDelay = software.amazon.jsii.Kernel.get(this, "failoverDelay", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.imageCatalogRef = software.amazon.jsii.Kernel.get(this, "imageCatalogRef", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecImageCatalogRef.class));
            this.imageName = software.amazon.jsii.Kernel.get(this, "imageName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.imagePullPolicy = software.amazon.jsii.Kernel.get(this, "imagePullPolicy", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.imagePullSecrets = software.amazon.jsii.Kernel.get(this, "imagePullSecrets", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecImagePullSecrets.class)));
            this.inheritedMetadata = software.amazon.jsii.Kernel.get(this, "inheritedMetadata", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecInheritedMetadata.class));
            this.livenessProbeTimeout = software.amazon.jsii.Kernel.get(this, "livenessProbeTimeout", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.logLevel = software.amazon.jsii.Kernel.get(this, "logLevel", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecLogLevel.class));
            this.managed = software.amazon.jsii.Kernel.get(this, "managed", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecManaged.class));
            this.maxSyncReplicas = software.amazon.jsii.Kernel.get(this, "maxSyncReplicas", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.minSyncReplicas = software.amazon.jsii.Kernel.get(this, "minSyncReplicas", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.monitoring = software.amazon.jsii.Kernel.get(this, "monitoring", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoring.class));
            this.nodeMaintenanceWindow = software.amazon.jsii.Kernel.get(this, "nodeMaintenanceWindow", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecNodeMaintenanceWindow.class));
            this.plugins = software.amazon.jsii.Kernel.get(this, "plugins", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPlugins.class)));
            this.podSecurityContext = software.amazon.jsii.Kernel.get(this, "podSecurityContext", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSecurityContext.class));
            this.podSelectorRefs = software.amazon.jsii.Kernel.get(this, "podSelectorRefs", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSelectorRefs.class)));
            this.postgresGid = software.amazon.jsii.Kernel.get(this, "postgresGid", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.postgresql = software.amazon.jsii.Kernel.get(this, "postgresql", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresql.class));
            this.postgresUid = software.amazon.jsii.Kernel.get(this, "postgresUid", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.primaryLease = software.amazon.jsii.Kernel.get(this, "primaryLease", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryLease.class));
            this.primaryUpdateMethod = software.amazon.jsii.Kernel.get(this, "primaryUpdateMethod", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryUpdateMethod.class));
            this.primaryUpdateStrategy = software.amazon.jsii.Kernel.get(this, "primaryUpdateStrategy", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryUpdateStrategy.class));
            this.priorityClassName = software.amazon.jsii.Kernel.get(this, "priorityClassName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.probes = software.amazon.jsii.Kernel.get(this, "probes", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecProbes.class));
            this.projectedVolumeTemplate = software.amazon.jsii.Kernel.get(this, "projectedVolumeTemplate", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplate.class));
            this.replica = software.amazon.jsii.Kernel.get(this, "replica", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecReplica.class));
            this.replicationSlots = software.amazon.jsii.Kernel.get(this, "replicationSlots", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlots.class));
            this.resources = software.amazon.jsii.Kernel.get(this, "resources", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecResources.class));
            this.schedulerName = software.amazon.jsii.Kernel.get(this, "schedulerName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.seccompProfile = software.amazon.jsii.Kernel.get(this, "seccompProfile", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecSeccompProfile.class));
            this.securityContext = software.amazon.jsii.Kernel.get(this, "securityContext", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecSecurityContext.class));
            this.serviceAccountName = software.amazon.jsii.Kernel.get(this, "serviceAccountName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.serviceAccountTemplate = software.amazon.jsii.Kernel.get(this, "serviceAccountTemplate", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecServiceAccountTemplate.class));
            this.smartShutdownTimeout = software.amazon.jsii.Kernel.get(this, "smartShutdownTimeout", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.startDelay = software.amazon.jsii.Kernel.get(this, "startDelay", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.stopDelay = software.amazon.jsii.Kernel.get(this, "stopDelay", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.storage = software.amazon.jsii.Kernel.get(this, "storage", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecStorage.class));
            this.superuserSecret = software.amazon.jsii.Kernel.get(this, "superuserSecret", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecSuperuserSecret.class));
            this.switchoverDelay = software.amazon.jsii.Kernel.get(this, "switchoverDelay", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.tablespaces = software.amazon.jsii.Kernel.get(this, "tablespaces", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespaces.class)));
            this.topologySpreadConstraints = software.amazon.jsii.Kernel.get(this, "topologySpreadConstraints", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecTopologySpreadConstraints.class)));
            this.walStorage = software.amazon.jsii.Kernel.get(this, "walStorage", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecWalStorage.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.instances = java.util.Objects.requireNonNull(builder.instances, "instances is required");
            this.affinity = builder.affinity;
            this.backup = builder.backup;
            this.bootstrap = builder.bootstrap;
            this.certificates = builder.certificates;
            this.description = builder.description;
            this.enablePdb = builder.enablePdb;
            this.enableSuperuserAccess = builder.enableSuperuserAccess;
            this.env = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecEnv>)builder.env;
            this.envFrom = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecEnvFrom>)builder.envFrom;
            this.ephemeralVolumeSource = builder.ephemeralVolumeSource;
            this.ephemeralVolumesSizeLimit = builder.ephemeralVolumesSizeLimit;
            this.externalClusters = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClusters>)builder.externalClusters;
            this.failoverDelay = builder.failoverDelay;
            this.imageCatalogRef = builder.imageCatalogRef;
            this.imageName = builder.imageName;
            this.imagePullPolicy = builder.imagePullPolicy;
            this.imagePullSecrets = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecImagePullSecrets>)builder.imagePullSecrets;
            this.inheritedMetadata = builder.inheritedMetadata;
            this.livenessProbeTimeout = builder.livenessProbeTimeout;
            this.logLevel = builder.logLevel;
            this.managed = builder.managed;
            this.maxSyncReplicas = builder.maxSyncReplicas;
            this.minSyncReplicas = builder.minSyncReplicas;
            this.monitoring = builder.monitoring;
            this.nodeMaintenanceWindow = builder.nodeMaintenanceWindow;
            this.plugins = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPlugins>)builder.plugins;
            this.podSecurityContext = builder.podSecurityContext;
            this.podSelectorRefs = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSelectorRefs>)builder.podSelectorRefs;
            this.postgresGid = builder.postgresGid;
            this.postgresql = builder.postgresql;
            this.postgresUid = builder.postgresUid;
            this.primaryLease = builder.primaryLease;
            this.primaryUpdateMethod = builder.primaryUpdateMethod;
            this.primaryUpdateStrategy = builder.primaryUpdateStrategy;
            this.priorityClassName = builder.priorityClassName;
            this.probes = builder.probes;
            this.projectedVolumeTemplate = builder.projectedVolumeTemplate;
            this.replica = builder.replica;
            this.replicationSlots = builder.replicationSlots;
            this.resources = builder.resources;
            this.schedulerName = builder.schedulerName;
            this.seccompProfile = builder.seccompProfile;
            this.securityContext = builder.securityContext;
            this.serviceAccountName = builder.serviceAccountName;
            this.serviceAccountTemplate = builder.serviceAccountTemplate;
            this.smartShutdownTimeout = builder.smartShutdownTimeout;
            this.startDelay = builder.startDelay;
            this.stopDelay = builder.stopDelay;
            this.storage = builder.storage;
            this.superuserSecret = builder.superuserSecret;
            this.switchoverDelay = builder.switchoverDelay;
            this.tablespaces = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespaces>)builder.tablespaces;
            this.topologySpreadConstraints = (java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecTopologySpreadConstraints>)builder.topologySpreadConstraints;
            this.walStorage = builder.walStorage;
        }

        @Override
        public final java.lang.Number getInstances() {
            return this.instances;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecAffinity getAffinity() {
            return this.affinity;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackup getBackup() {
            return this.backup;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBootstrap getBootstrap() {
            return this.bootstrap;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecCertificates getCertificates() {
            return this.certificates;
        }

        @Override
        public final java.lang.String getDescription() {
            return this.description;
        }

        @Override
        public final java.lang.Boolean getEnablePdb() {
            return this.enablePdb;
        }

        @Override
        public final java.lang.Boolean getEnableSuperuserAccess() {
            return this.enableSuperuserAccess;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecEnv> getEnv() {
            return this.env;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecEnvFrom> getEnvFrom() {
            return this.envFrom;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumeSource getEphemeralVolumeSource() {
            return this.ephemeralVolumeSource;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecEphemeralVolumesSizeLimit getEphemeralVolumesSizeLimit() {
            return this.ephemeralVolumesSizeLimit;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecExternalClusters> getExternalClusters() {
            return this.externalClusters;
        }

        @Override
        public final java.lang.Number getFailoverDelay() {
            return this.failoverDelay;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecImageCatalogRef getImageCatalogRef() {
            return this.imageCatalogRef;
        }

        @Override
        public final java.lang.String getImageName() {
            return this.imageName;
        }

        @Override
        public final java.lang.String getImagePullPolicy() {
            return this.imagePullPolicy;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecImagePullSecrets> getImagePullSecrets() {
            return this.imagePullSecrets;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecInheritedMetadata getInheritedMetadata() {
            return this.inheritedMetadata;
        }

        @Override
        public final java.lang.Number getLivenessProbeTimeout() {
            return this.livenessProbeTimeout;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecLogLevel getLogLevel() {
            return this.logLevel;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecManaged getManaged() {
            return this.managed;
        }

        @Override
        public final java.lang.Number getMaxSyncReplicas() {
            return this.maxSyncReplicas;
        }

        @Override
        public final java.lang.Number getMinSyncReplicas() {
            return this.minSyncReplicas;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecMonitoring getMonitoring() {
            return this.monitoring;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecNodeMaintenanceWindow getNodeMaintenanceWindow() {
            return this.nodeMaintenanceWindow;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPlugins> getPlugins() {
            return this.plugins;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSecurityContext getPodSecurityContext() {
            return this.podSecurityContext;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecPodSelectorRefs> getPodSelectorRefs() {
            return this.podSelectorRefs;
        }

        @Override
        public final java.lang.Number getPostgresGid() {
            return this.postgresGid;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresql getPostgresql() {
            return this.postgresql;
        }

        @Override
        public final java.lang.Number getPostgresUid() {
            return this.postgresUid;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryLease getPrimaryLease() {
            return this.primaryLease;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryUpdateMethod getPrimaryUpdateMethod() {
            return this.primaryUpdateMethod;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecPrimaryUpdateStrategy getPrimaryUpdateStrategy() {
            return this.primaryUpdateStrategy;
        }

        @Override
        public final java.lang.String getPriorityClassName() {
            return this.priorityClassName;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecProbes getProbes() {
            return this.probes;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplate getProjectedVolumeTemplate() {
            return this.projectedVolumeTemplate;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecReplica getReplica() {
            return this.replica;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecReplicationSlots getReplicationSlots() {
            return this.replicationSlots;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecResources getResources() {
            return this.resources;
        }

        @Override
        public final java.lang.String getSchedulerName() {
            return this.schedulerName;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecSeccompProfile getSeccompProfile() {
            return this.seccompProfile;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecSecurityContext getSecurityContext() {
            return this.securityContext;
        }

        @Override
        public final java.lang.String getServiceAccountName() {
            return this.serviceAccountName;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecServiceAccountTemplate getServiceAccountTemplate() {
            return this.serviceAccountTemplate;
        }

        @Override
        public final java.lang.Number getSmartShutdownTimeout() {
            return this.smartShutdownTimeout;
        }

        @Override
        public final java.lang.Number getStartDelay() {
            return this.startDelay;
        }

        @Override
        public final java.lang.Number getStopDelay() {
            return this.stopDelay;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecStorage getStorage() {
            return this.storage;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecSuperuserSecret getSuperuserSecret() {
            return this.superuserSecret;
        }

        @Override
        public final java.lang.Number getSwitchoverDelay() {
            return this.switchoverDelay;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecTablespaces> getTablespaces() {
            return this.tablespaces;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.ClusterSpecTopologySpreadConstraints> getTopologySpreadConstraints() {
            return this.topologySpreadConstraints;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecWalStorage getWalStorage() {
            return this.walStorage;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("instances", om.valueToTree(this.getInstances()));
            if (this.getAffinity() != null) {
                data.set("affinity", om.valueToTree(this.getAffinity()));
            }
            if (this.getBackup() != null) {
                data.set("backup", om.valueToTree(this.getBackup()));
            }
            if (this.getBootstrap() != null) {
                data.set("bootstrap", om.valueToTree(this.getBootstrap()));
            }
            if (this.getCertificates() != null) {
                data.set("certificates", om.valueToTree(this.getCertificates()));
            }
            if (this.getDescription() != null) {
                data.set("description", om.valueToTree(this.getDescription()));
            }
            if (this.getEnablePdb() != null) {
                data.set("enablePdb", om.valueToTree(this.getEnablePdb()));
            }
            if (this.getEnableSuperuserAccess() != null) {
                data.set("enableSuperuserAccess", om.valueToTree(this.getEnableSuperuserAccess()));
            }
            if (this.getEnv() != null) {
                data.set("env", om.valueToTree(this.getEnv()));
            }
            if (this.getEnvFrom() != null) {
                data.set("envFrom", om.valueToTree(this.getEnvFrom()));
            }
            if (this.getEphemeralVolumeSource() != null) {
                data.set("ephemeralVolumeSource", om.valueToTree(this.getEphemeralVolumeSource()));
            }
            if (this.getEphemeralVolumesSizeLimit() != null) {
                data.set("ephemeralVolumesSizeLimit", om.valueToTree(this.getEphemeralVolumesSizeLimit()));
            }
            if (this.getExternalClusters() != null) {
                data.set("externalClusters", om.valueToTree(this.getExternalClusters()));
            }
            if (this.getFailoverDelay() != null) {
                data.set("failoverDelay", om.valueToTree(this.getFailoverDelay()));
            }
            if (this.getImageCatalogRef() != null) {
                data.set("imageCatalogRef", om.valueToTree(this.getImageCatalogRef()));
            }
            if (this.getImageName() != null) {
                data.set("imageName", om.valueToTree(this.getImageName()));
            }
            if (this.getImagePullPolicy() != null) {
                data.set("imagePullPolicy", om.valueToTree(this.getImagePullPolicy()));
            }
            if (this.getImagePullSecrets() != null) {
                data.set("imagePullSecrets", om.valueToTree(this.getImagePullSecrets()));
            }
            if (this.getInheritedMetadata() != null) {
                data.set("inheritedMetadata", om.valueToTree(this.getInheritedMetadata()));
            }
            if (this.getLivenessProbeTimeout() != null) {
                data.set("livenessProbeTimeout", om.valueToTree(this.getLivenessProbeTimeout()));
            }
            if (this.getLogLevel() != null) {
                data.set("logLevel", om.valueToTree(this.getLogLevel()));
            }
            if (this.getManaged() != null) {
                data.set("managed", om.valueToTree(this.getManaged()));
            }
            if (this.getMaxSyncReplicas() != null) {
                data.set("maxSyncReplicas", om.valueToTree(this.getMaxSyncReplicas()));
            }
            if (this.getMinSyncReplicas() != null) {
                data.set("minSyncReplicas", om.valueToTree(this.getMinSyncReplicas()));
            }
            if (this.getMonitoring() != null) {
                data.set("monitoring", om.valueToTree(this.getMonitoring()));
            }
            if (this.getNodeMaintenanceWindow() != null) {
                data.set("nodeMaintenanceWindow", om.valueToTree(this.getNodeMaintenanceWindow()));
            }
            if (this.getPlugins() != null) {
                data.set("plugins", om.valueToTree(this.getPlugins()));
            }
            if (this.getPodSecurityContext() != null) {
                data.set("podSecurityContext", om.valueToTree(this.getPodSecurityContext()));
            }
            if (this.getPodSelectorRefs() != null) {
                data.set("podSelectorRefs", om.valueToTree(this.getPodSelectorRefs()));
            }
            if (this.getPostgresGid() != null) {
                data.set("postgresGid", om.valueToTree(this.getPostgresGid()));
            }
            if (this.getPostgresql() != null) {
                data.set("postgresql", om.valueToTree(this.getPostgresql()));
            }
            if (this.getPostgresUid() != null) {
                data.set("postgresUid", om.valueToTree(this.getPostgresUid()));
            }
            if (this.getPrimaryLease() != null) {
                data.set("primaryLease", om.valueToTree(this.getPrimaryLease()));
            }
            if (this.getPrimaryUpdateMethod() != null) {
                data.set("primaryUpdateMethod", om.valueToTree(this.getPrimaryUpdateMethod()));
            }
            if (this.getPrimaryUpdateStrategy() != null) {
                data.set("primaryUpdateStrategy", om.valueToTree(this.getPrimaryUpdateStrategy()));
            }
            if (this.getPriorityClassName() != null) {
                data.set("priorityClassName", om.valueToTree(this.getPriorityClassName()));
            }
            if (this.getProbes() != null) {
                data.set("probes", om.valueToTree(this.getProbes()));
            }
            if (this.getProjectedVolumeTemplate() != null) {
                data.set("projectedVolumeTemplate", om.valueToTree(this.getProjectedVolumeTemplate()));
            }
            if (this.getReplica() != null) {
                data.set("replica", om.valueToTree(this.getReplica()));
            }
            if (this.getReplicationSlots() != null) {
                data.set("replicationSlots", om.valueToTree(this.getReplicationSlots()));
            }
            if (this.getResources() != null) {
                data.set("resources", om.valueToTree(this.getResources()));
            }
            if (this.getSchedulerName() != null) {
                data.set("schedulerName", om.valueToTree(this.getSchedulerName()));
            }
            if (this.getSeccompProfile() != null) {
                data.set("seccompProfile", om.valueToTree(this.getSeccompProfile()));
            }
            if (this.getSecurityContext() != null) {
                data.set("securityContext", om.valueToTree(this.getSecurityContext()));
            }
            if (this.getServiceAccountName() != null) {
                data.set("serviceAccountName", om.valueToTree(this.getServiceAccountName()));
            }
            if (this.getServiceAccountTemplate() != null) {
                data.set("serviceAccountTemplate", om.valueToTree(this.getServiceAccountTemplate()));
            }
            if (this.getSmartShutdownTimeout() != null) {
                data.set("smartShutdownTimeout", om.valueToTree(this.getSmartShutdownTimeout()));
            }
            if (this.getStartDelay() != null) {
                data.set("startDelay", om.valueToTree(this.getStartDelay()));
            }
            if (this.getStopDelay() != null) {
                data.set("stopDelay", om.valueToTree(this.getStopDelay()));
            }
            if (this.getStorage() != null) {
                data.set("storage", om.valueToTree(this.getStorage()));
            }
            if (this.getSuperuserSecret() != null) {
                data.set("superuserSecret", om.valueToTree(this.getSuperuserSecret()));
            }
            if (this.getSwitchoverDelay() != null) {
                data.set("switchoverDelay", om.valueToTree(this.getSwitchoverDelay()));
            }
            if (this.getTablespaces() != null) {
                data.set("tablespaces", om.valueToTree(this.getTablespaces()));
            }
            if (this.getTopologySpreadConstraints() != null) {
                data.set("topologySpreadConstraints", om.valueToTree(this.getTopologySpreadConstraints()));
            }
            if (this.getWalStorage() != null) {
                data.set("walStorage", om.valueToTree(this.getWalStorage()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpec"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpec.Jsii$Proxy that = (ClusterSpec.Jsii$Proxy) o;

            if (!instances.equals(that.instances)) return false;
            if (this.affinity != null ? !this.affinity.equals(that.affinity) : that.affinity != null) return false;
            if (this.backup != null ? !this.backup.equals(that.backup) : that.backup != null) return false;
            if (this.bootstrap != null ? !this.bootstrap.equals(that.bootstrap) : that.bootstrap != null) return false;
            if (this.certificates != null ? !this.certificates.equals(that.certificates) : that.certificates != null) return false;
            if (this.description != null ? !this.description.equals(that.description) : that.description != null) return false;
            if (this.enablePdb != null ? !this.enablePdb.equals(that.enablePdb) : that.enablePdb != null) return false;
            if (this.enableSuperuserAccess != null ? !this.enableSuperuserAccess.equals(that.enableSuperuserAccess) : that.enableSuperuserAccess != null) return false;
            if (this.env != null ? !this.env.equals(that.env) : that.env != null) return false;
            if (this.envFrom != null ? !this.envFrom.equals(that.envFrom) : that.envFrom != null) return false;
            if (this.ephemeralVolumeSource != null ? !this.ephemeralVolumeSource.equals(that.ephemeralVolumeSource) : that.ephemeralVolumeSource != null) return false;
            if (this.ephemeralVolumesSizeLimit != null ? !this.ephemeralVolumesSizeLimit.equals(that.ephemeralVolumesSizeLimit) : that.ephemeralVolumesSizeLimit != null) return false;
            if (this.externalClusters != null ? !this.externalClusters.equals(that.externalClusters) : that.externalClusters != null) return false;
            if (this.failoverDelay != null ? !this.failoverDelay.equals(that.failoverDelay) : that.failoverDelay != null) return false;
            if (this.imageCatalogRef != null ? !this.imageCatalogRef.equals(that.imageCatalogRef) : that.imageCatalogRef != null) return false;
            if (this.imageName != null ? !this.imageName.equals(that.imageName) : that.imageName != null) return false;
            if (this.imagePullPolicy != null ? !this.imagePullPolicy.equals(that.imagePullPolicy) : that.imagePullPolicy != null) return false;
            if (this.imagePullSecrets != null ? !this.imagePullSecrets.equals(that.imagePullSecrets) : that.imagePullSecrets != null) return false;
            if (this.inheritedMetadata != null ? !this.inheritedMetadata.equals(that.inheritedMetadata) : that.inheritedMetadata != null) return false;
            if (this.livenessProbeTimeout != null ? !this.livenessProbeTimeout.equals(that.livenessProbeTimeout) : that.livenessProbeTimeout != null) return false;
            if (this.logLevel != null ? !this.logLevel.equals(that.logLevel) : that.logLevel != null) return false;
            if (this.managed != null ? !this.managed.equals(that.managed) : that.managed != null) return false;
            if (this.maxSyncReplicas != null ? !this.maxSyncReplicas.equals(that.maxSyncReplicas) : that.maxSyncReplicas != null) return false;
            if (this.minSyncReplicas != null ? !this.minSyncReplicas.equals(that.minSyncReplicas) : that.minSyncReplicas != null) return false;
            if (this.monitoring != null ? !this.monitoring.equals(that.monitoring) : that.monitoring != null) return false;
            if (this.nodeMaintenanceWindow != null ? !this.nodeMaintenanceWindow.equals(that.nodeMaintenanceWindow) : that.nodeMaintenanceWindow != null) return false;
            if (this.plugins != null ? !this.plugins.equals(that.plugins) : that.plugins != null) return false;
            if (this.podSecurityContext != null ? !this.podSecurityContext.equals(that.podSecurityContext) : that.podSecurityContext != null) return false;
            if (this.podSelectorRefs != null ? !this.podSelectorRefs.equals(that.podSelectorRefs) : that.podSelectorRefs != null) return false;
            if (this.postgresGid != null ? !this.postgresGid.equals(that.postgresGid) : that.postgresGid != null) return false;
            if (this.postgresql != null ? !this.postgresql.equals(that.postgresql) : that.postgresql != null) return false;
            if (this.postgresUid != null ? !this.postgresUid.equals(that.postgresUid) : that.postgresUid != null) return false;
            if (this.primaryLease != null ? !this.primaryLease.equals(that.primaryLease) : that.primaryLease != null) return false;
            if (this.primaryUpdateMethod != null ? !this.primaryUpdateMethod.equals(that.primaryUpdateMethod) : that.primaryUpdateMethod != null) return false;
            if (this.primaryUpdateStrategy != null ? !this.primaryUpdateStrategy.equals(that.primaryUpdateStrategy) : that.primaryUpdateStrategy != null) return false;
            if (this.priorityClassName != null ? !this.priorityClassName.equals(that.priorityClassName) : that.priorityClassName != null) return false;
            if (this.probes != null ? !this.probes.equals(that.probes) : that.probes != null) return false;
            if (this.projectedVolumeTemplate != null ? !this.projectedVolumeTemplate.equals(that.projectedVolumeTemplate) : that.projectedVolumeTemplate != null) return false;
            if (this.replica != null ? !this.replica.equals(that.replica) : that.replica != null) return false;
            if (this.replicationSlots != null ? !this.replicationSlots.equals(that.replicationSlots) : that.replicationSlots != null) return false;
            if (this.resources != null ? !this.resources.equals(that.resources) : that.resources != null) return false;
            if (this.schedulerName != null ? !this.schedulerName.equals(that.schedulerName) : that.schedulerName != null) return false;
            if (this.seccompProfile != null ? !this.seccompProfile.equals(that.seccompProfile) : that.seccompProfile != null) return false;
            if (this.securityContext != null ? !this.securityContext.equals(that.securityContext) : that.securityContext != null) return false;
            if (this.serviceAccountName != null ? !this.serviceAccountName.equals(that.serviceAccountName) : that.serviceAccountName != null) return false;
            if (this.serviceAccountTemplate != null ? !this.serviceAccountTemplate.equals(that.serviceAccountTemplate) : that.serviceAccountTemplate != null) return false;
            if (this.smartShutdownTimeout != null ? !this.smartShutdownTimeout.equals(that.smartShutdownTimeout) : that.smartShutdownTimeout != null) return false;
            if (this.startDelay != null ? !this.startDelay.equals(that.startDelay) : that.startDelay != null) return false;
            if (this.stopDelay != null ? !this.stopDelay.equals(that.stopDelay) : that.stopDelay != null) return false;
            if (this.storage != null ? !this.storage.equals(that.storage) : that.storage != null) return false;
            if (this.superuserSecret != null ? !this.superuserSecret.equals(that.superuserSecret) : that.superuserSecret != null) return false;
            if (this.switchoverDelay != null ? !this.switchoverDelay.equals(that.switchoverDelay) : that.switchoverDelay != null) return false;
            if (this.tablespaces != null ? !this.tablespaces.equals(that.tablespaces) : that.tablespaces != null) return false;
            if (this.topologySpreadConstraints != null ? !this.topologySpreadConstraints.equals(that.topologySpreadConstraints) : that.topologySpreadConstraints != null) return false;
            return this.walStorage != null ? this.walStorage.equals(that.walStorage) : that.walStorage == null;
        }

        @Override
        public final int hashCode() {
            int result = this.instances.hashCode();
            result = 31 * result + (this.affinity != null ? this.affinity.hashCode() : 0);
            result = 31 * result + (this.backup != null ? this.backup.hashCode() : 0);
            result = 31 * result + (this.bootstrap != null ? this.bootstrap.hashCode() : 0);
            result = 31 * result + (this.certificates != null ? this.certificates.hashCode() : 0);
            result = 31 * result + (this.description != null ? this.description.hashCode() : 0);
            result = 31 * result + (this.enablePdb != null ? this.enablePdb.hashCode() : 0);
            result = 31 * result + (this.enableSuperuserAccess != null ? this.enableSuperuserAccess.hashCode() : 0);
            result = 31 * result + (this.env != null ? this.env.hashCode() : 0);
            result = 31 * result + (this.envFrom != null ? this.envFrom.hashCode() : 0);
            result = 31 * result + (this.ephemeralVolumeSource != null ? this.ephemeralVolumeSource.hashCode() : 0);
            result = 31 * result + (this.ephemeralVolumesSizeLimit != null ? this.ephemeralVolumesSizeLimit.hashCode() : 0);
            result = 31 * result + (this.externalClusters != null ? this.externalClusters.hashCode() : 0);
            result = 31 * result + (this.failoverDelay != null ? this.failoverDelay.hashCode() : 0);
            result = 31 * result + (this.imageCatalogRef != null ? this.imageCatalogRef.hashCode() : 0);
            result = 31 * result + (this.imageName != null ? this.imageName.hashCode() : 0);
            result = 31 * result + (this.imagePullPolicy != null ? this.imagePullPolicy.hashCode() : 0);
            result = 31 * result + (this.imagePullSecrets != null ? this.imagePullSecrets.hashCode() : 0);
            result = 31 * result + (this.inheritedMetadata != null ? this.inheritedMetadata.hashCode() : 0);
            result = 31 * result + (this.livenessProbeTimeout != null ? this.livenessProbeTimeout.hashCode() : 0);
            result = 31 * result + (this.logLevel != null ? this.logLevel.hashCode() : 0);
            result = 31 * result + (this.managed != null ? this.managed.hashCode() : 0);
            result = 31 * result + (this.maxSyncReplicas != null ? this.maxSyncReplicas.hashCode() : 0);
            result = 31 * result + (this.minSyncReplicas != null ? this.minSyncReplicas.hashCode() : 0);
            result = 31 * result + (this.monitoring != null ? this.monitoring.hashCode() : 0);
            result = 31 * result + (this.nodeMaintenanceWindow != null ? this.nodeMaintenanceWindow.hashCode() : 0);
            result = 31 * result + (this.plugins != null ? this.plugins.hashCode() : 0);
            result = 31 * result + (this.podSecurityContext != null ? this.podSecurityContext.hashCode() : 0);
            result = 31 * result + (this.podSelectorRefs != null ? this.podSelectorRefs.hashCode() : 0);
            result = 31 * result + (this.postgresGid != null ? this.postgresGid.hashCode() : 0);
            result = 31 * result + (this.postgresql != null ? this.postgresql.hashCode() : 0);
            result = 31 * result + (this.postgresUid != null ? this.postgresUid.hashCode() : 0);
            result = 31 * result + (this.primaryLease != null ? this.primaryLease.hashCode() : 0);
            result = 31 * result + (this.primaryUpdateMethod != null ? this.primaryUpdateMethod.hashCode() : 0);
            result = 31 * result + (this.primaryUpdateStrategy != null ? this.primaryUpdateStrategy.hashCode() : 0);
            result = 31 * result + (this.priorityClassName != null ? this.priorityClassName.hashCode() : 0);
            result = 31 * result + (this.probes != null ? this.probes.hashCode() : 0);
            result = 31 * result + (this.projectedVolumeTemplate != null ? this.projectedVolumeTemplate.hashCode() : 0);
            result = 31 * result + (this.replica != null ? this.replica.hashCode() : 0);
            result = 31 * result + (this.replicationSlots != null ? this.replicationSlots.hashCode() : 0);
            result = 31 * result + (this.resources != null ? this.resources.hashCode() : 0);
            result = 31 * result + (this.schedulerName != null ? this.schedulerName.hashCode() : 0);
            result = 31 * result + (this.seccompProfile != null ? this.seccompProfile.hashCode() : 0);
            result = 31 * result + (this.securityContext != null ? this.securityContext.hashCode() : 0);
            result = 31 * result + (this.serviceAccountName != null ? this.serviceAccountName.hashCode() : 0);
            result = 31 * result + (this.serviceAccountTemplate != null ? this.serviceAccountTemplate.hashCode() : 0);
            result = 31 * result + (this.smartShutdownTimeout != null ? this.smartShutdownTimeout.hashCode() : 0);
            result = 31 * result + (this.startDelay != null ? this.startDelay.hashCode() : 0);
            result = 31 * result + (this.stopDelay != null ? this.stopDelay.hashCode() : 0);
            result = 31 * result + (this.storage != null ? this.storage.hashCode() : 0);
            result = 31 * result + (this.superuserSecret != null ? this.superuserSecret.hashCode() : 0);
            result = 31 * result + (this.switchoverDelay != null ? this.switchoverDelay.hashCode() : 0);
            result = 31 * result + (this.tablespaces != null ? this.tablespaces.hashCode() : 0);
            result = 31 * result + (this.topologySpreadConstraints != null ? this.topologySpreadConstraints.hashCode() : 0);
            result = 31 * result + (this.walStorage != null ? this.walStorage.hashCode() : 0);
            return result;
        }
    }
}
