package imports.cnpg.io.cnpg.postgresql;

/**
 * Specification of the desired behavior of the Pooler.
 * <p>
 * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.866Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpec")
@software.amazon.jsii.Jsii.Proxy(PoolerSpec.Jsii$Proxy.class)
public interface PoolerSpec extends software.amazon.jsii.JsiiSerializable {

    /**
     * This is the cluster reference on which the Pooler will work.
     * <p>
     * Pooler name should never match with any cluster name within the same namespace.
     */
    @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.PoolerSpecCluster getCluster();

    /**
     * The PgBouncer configuration.
     */
    @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncer getPgbouncer();

    /**
     * The deployment strategy to use for pgbouncer to replace existing pods with new ones.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategy getDeploymentStrategy() {
        return null;
    }

    /**
     * The number of replicas we want.
     * <p>
     * Default: 1.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getInstances() {
        return null;
    }

    /**
     * The configuration of the monitoring infrastructure of this pooler.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoring getMonitoring() {
        return null;
    }

    /**
     * Name of an existing ServiceAccount in the same namespace to use for the pooler.
     * <p>
     * When specified, the operator will not create a new ServiceAccount
     * but will use the provided one. This is useful for sharing a single
     * ServiceAccount across multiple poolers (e.g., for cloud IAM configurations).
     * If not specified, a ServiceAccount will be created with the pooler name.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getServiceAccountName() {
        return null;
    }

    /**
     * Template for the Service to be created.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecServiceTemplate getServiceTemplate() {
        return null;
    }

    /**
     * The template of the Pod to be created.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplate getTemplate() {
        return null;
    }

    /**
     * Type of service to forward traffic to.
     * <p>
     * Default: <code>rw</code>.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecType getType() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpec}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpec}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpec> {
        imports.cnpg.io.cnpg.postgresql.PoolerSpecCluster cluster;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncer pgbouncer;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategy deploymentStrategy;
        java.lang.Number instances;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoring monitoring;
        java.lang.String serviceAccountName;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecServiceTemplate serviceTemplate;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplate template;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecType type;

        /**
         * Sets the value of {@link PoolerSpec#getCluster}
         * @param cluster This is the cluster reference on which the Pooler will work. This parameter is required.
         *                Pooler name should never match with any cluster name within the same namespace.
         * @return {@code this}
         */
        public Builder cluster(imports.cnpg.io.cnpg.postgresql.PoolerSpecCluster cluster) {
            this.cluster = cluster;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpec#getPgbouncer}
         * @param pgbouncer The PgBouncer configuration. This parameter is required.
         * @return {@code this}
         */
        public Builder pgbouncer(imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncer pgbouncer) {
            this.pgbouncer = pgbouncer;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpec#getDeploymentStrategy}
         * @param deploymentStrategy The deployment strategy to use for pgbouncer to replace existing pods with new ones.
         * @return {@code this}
         */
        public Builder deploymentStrategy(imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategy deploymentStrategy) {
            this.deploymentStrategy = deploymentStrategy;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpec#getInstances}
         * @param instances The number of replicas we want.
         *                  Default: 1.
         * @return {@code this}
         */
        public Builder instances(java.lang.Number instances) {
            this.instances = instances;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpec#getMonitoring}
         * @param monitoring The configuration of the monitoring infrastructure of this pooler.
         * @return {@code this}
         */
        public Builder monitoring(imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoring monitoring) {
            this.monitoring = monitoring;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpec#getServiceAccountName}
         * @param serviceAccountName Name of an existing ServiceAccount in the same namespace to use for the pooler.
         *                           When specified, the operator will not create a new ServiceAccount
         *                           but will use the provided one. This is useful for sharing a single
         *                           ServiceAccount across multiple poolers (e.g., for cloud IAM configurations).
         *                           If not specified, a ServiceAccount will be created with the pooler name.
         * @return {@code this}
         */
        public Builder serviceAccountName(java.lang.String serviceAccountName) {
            this.serviceAccountName = serviceAccountName;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpec#getServiceTemplate}
         * @param serviceTemplate Template for the Service to be created.
         * @return {@code this}
         */
        public Builder serviceTemplate(imports.cnpg.io.cnpg.postgresql.PoolerSpecServiceTemplate serviceTemplate) {
            this.serviceTemplate = serviceTemplate;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpec#getTemplate}
         * @param template The template of the Pod to be created.
         * @return {@code this}
         */
        public Builder template(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplate template) {
            this.template = template;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpec#getType}
         * @param type Type of service to forward traffic to.
         *             Default: <code>rw</code>.
         * @return {@code this}
         */
        public Builder type(imports.cnpg.io.cnpg.postgresql.PoolerSpecType type) {
            this.type = type;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpec}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpec build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpec}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpec {
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecCluster cluster;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncer pgbouncer;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategy deploymentStrategy;
        private final java.lang.Number instances;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoring monitoring;
        private final java.lang.String serviceAccountName;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecServiceTemplate serviceTemplate;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplate template;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecType type;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.cluster = software.amazon.jsii.Kernel.get(this, "cluster", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecCluster.class));
            this.pgbouncer = software.amazon.jsii.Kernel.get(this, "pgbouncer", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncer.class));
            this.deploymentStrategy = software.amazon.jsii.Kernel.get(this, "deploymentStrategy", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategy.class));
            this.instances = software.amazon.jsii.Kernel.get(this, "instances", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.monitoring = software.amazon.jsii.Kernel.get(this, "monitoring", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoring.class));
            this.serviceAccountName = software.amazon.jsii.Kernel.get(this, "serviceAccountName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.serviceTemplate = software.amazon.jsii.Kernel.get(this, "serviceTemplate", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecServiceTemplate.class));
            this.template = software.amazon.jsii.Kernel.get(this, "template", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplate.class));
            this.type = software.amazon.jsii.Kernel.get(this, "type", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecType.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.cluster = java.util.Objects.requireNonNull(builder.cluster, "cluster is required");
            this.pgbouncer = java.util.Objects.requireNonNull(builder.pgbouncer, "pgbouncer is required");
            this.deploymentStrategy = builder.deploymentStrategy;
            this.instances = builder.instances;
            this.monitoring = builder.monitoring;
            this.serviceAccountName = builder.serviceAccountName;
            this.serviceTemplate = builder.serviceTemplate;
            this.template = builder.template;
            this.type = builder.type;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecCluster getCluster() {
            return this.cluster;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecPgbouncer getPgbouncer() {
            return this.pgbouncer;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecDeploymentStrategy getDeploymentStrategy() {
            return this.deploymentStrategy;
        }

        @Override
        public final java.lang.Number getInstances() {
            return this.instances;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecMonitoring getMonitoring() {
            return this.monitoring;
        }

        @Override
        public final java.lang.String getServiceAccountName() {
            return this.serviceAccountName;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecServiceTemplate getServiceTemplate() {
            return this.serviceTemplate;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplate getTemplate() {
            return this.template;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecType getType() {
            return this.type;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("cluster", om.valueToTree(this.getCluster()));
            data.set("pgbouncer", om.valueToTree(this.getPgbouncer()));
            if (this.getDeploymentStrategy() != null) {
                data.set("deploymentStrategy", om.valueToTree(this.getDeploymentStrategy()));
            }
            if (this.getInstances() != null) {
                data.set("instances", om.valueToTree(this.getInstances()));
            }
            if (this.getMonitoring() != null) {
                data.set("monitoring", om.valueToTree(this.getMonitoring()));
            }
            if (this.getServiceAccountName() != null) {
                data.set("serviceAccountName", om.valueToTree(this.getServiceAccountName()));
            }
            if (this.getServiceTemplate() != null) {
                data.set("serviceTemplate", om.valueToTree(this.getServiceTemplate()));
            }
            if (this.getTemplate() != null) {
                data.set("template", om.valueToTree(this.getTemplate()));
            }
            if (this.getType() != null) {
                data.set("type", om.valueToTree(this.getType()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpec"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpec.Jsii$Proxy that = (PoolerSpec.Jsii$Proxy) o;

            if (!cluster.equals(that.cluster)) return false;
            if (!pgbouncer.equals(that.pgbouncer)) return false;
            if (this.deploymentStrategy != null ? !this.deploymentStrategy.equals(that.deploymentStrategy) : that.deploymentStrategy != null) return false;
            if (this.instances != null ? !this.instances.equals(that.instances) : that.instances != null) return false;
            if (this.monitoring != null ? !this.monitoring.equals(that.monitoring) : that.monitoring != null) return false;
            if (this.serviceAccountName != null ? !this.serviceAccountName.equals(that.serviceAccountName) : that.serviceAccountName != null) return false;
            if (this.serviceTemplate != null ? !this.serviceTemplate.equals(that.serviceTemplate) : that.serviceTemplate != null) return false;
            if (this.template != null ? !this.template.equals(that.template) : that.template != null) return false;
            return this.type != null ? this.type.equals(that.type) : that.type == null;
        }

        @Override
        public final int hashCode() {
            int result = this.cluster.hashCode();
            result = 31 * result + (this.pgbouncer.hashCode());
            result = 31 * result + (this.deploymentStrategy != null ? this.deploymentStrategy.hashCode() : 0);
            result = 31 * result + (this.instances != null ? this.instances.hashCode() : 0);
            result = 31 * result + (this.monitoring != null ? this.monitoring.hashCode() : 0);
            result = 31 * result + (this.serviceAccountName != null ? this.serviceAccountName.hashCode() : 0);
            result = 31 * result + (this.serviceTemplate != null ? this.serviceTemplate.hashCode() : 0);
            result = 31 * result + (this.template != null ? this.template.hashCode() : 0);
            result = 31 * result + (this.type != null ? this.type.hashCode() : 0);
            return result;
        }
    }
}
