package imports.cnpg.io.cnpg.postgresql;

/**
 * Configuration of the PostgreSQL synchronous replication feature.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.768Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecPostgresqlSynchronous")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecPostgresqlSynchronous.Jsii$Proxy.class)
public interface ClusterSpecPostgresqlSynchronous extends software.amazon.jsii.JsiiSerializable {

    /**
     * Method to select synchronous replication standbys from the listed servers, accepting 'any' (quorum-based synchronous replication) or 'first' (priority-based synchronous replication) as values.
     */
    @org.jetbrains.annotations.NotNull imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronousMethod getMethod();

    /**
     * Specifies the number of synchronous standby servers that transactions must wait for responses from.
     */
    @org.jetbrains.annotations.NotNull java.lang.Number getNumber();

    /**
     * If set to "required", data durability is strictly enforced.
     * <p>
     * Write operations
     * with synchronous commit settings (<code>on</code>, <code>remote_write</code>, or <code>remote_apply</code>) will
     * block if there are insufficient healthy replicas, ensuring data persistence.
     * If set to "preferred", data durability is maintained when healthy replicas
     * are available, but the required number of instances will adjust dynamically
     * if replicas become unavailable. This setting relaxes strict durability enforcement
     * to allow for operational continuity. This setting is only applicable if both
     * <code>standbyNamesPre</code> and <code>standbyNamesPost</code> are unset (empty).
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronousDataDurability getDataDurability() {
        return null;
    }

    /**
     * FailoverQuorum enables a quorum-based check before failover, improving data durability and safety during failover events in CloudNativePG-managed PostgreSQL clusters.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getFailoverQuorum() {
        return null;
    }

    /**
     * Specifies the maximum number of local cluster pods that can be automatically included in the <code>synchronous_standby_names</code> option in PostgreSQL.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getMaxStandbyNamesFromCluster() {
        return null;
    }

    /**
     * NodeFailureDomainKeys is a list of Node label keys used to define failure domains.
     * <p>
     * The values are read exclusively from the labels of the
     * Node hosting each instance Pod: when a Node cannot be found (for
     * example, drained or deleted after the Pod was scheduled), the whole
     * topology extraction fails and the constraint is not applied. When set,
     * the operator selects synchronous replicas from instances running on
     * nodes whose label values differ from the primary's node for all the
     * specified keys, so that synchronous replication spans failure domains
     * such as availability zones or regions.
     * When the replicas in failure domains different from the primary's are
     * not enough to satisfy the configured number of synchronous standbys,
     * the constraint is not applied and synchronous replicas are selected as
     * if this field were not set.
     * Mutually exclusive with <code>podFailureDomainKeys</code>.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getNodeFailureDomainKeys() {
        return null;
    }

    /**
     * PodFailureDomainKeys is a list of Pod label keys used to define failure domains.
     * <p>
     * The values are read exclusively from the labels of each
     * instance Pod: a listed label that is not present on the Pod makes the
     * whole topology extraction fail, so that the constraint is not applied,
     * and the Node hosting the Pod is never consulted. When
     * set, the operator selects synchronous replicas from instances whose
     * label values differ from the primary's for all the specified keys, so
     * that synchronous replication spans failure domains such as availability
     * zones or regions. Starting from Kubernetes 1.35, the
     * <code>topology.kubernetes.io/zone</code> and <code>topology.kubernetes.io/region</code>
     * labels are automatically copied from the Node onto each Pod at
     * scheduling time.
     * When the replicas in failure domains different from the primary's are
     * not enough to satisfy the configured number of synchronous standbys,
     * the constraint is not applied and synchronous replicas are selected as
     * if this field were not set.
     * Mutually exclusive with <code>nodeFailureDomainKeys</code>.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getPodFailureDomainKeys() {
        return null;
    }

    /**
     * A user-defined list of application names to be added to <code>synchronous_standby_names</code> after local cluster pods (the order is only useful for priority-based synchronous replication).
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getStandbyNamesPost() {
        return null;
    }

    /**
     * A user-defined list of application names to be added to <code>synchronous_standby_names</code> before local cluster pods (the order is only useful for priority-based synchronous replication).
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.String> getStandbyNamesPre() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecPostgresqlSynchronous}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecPostgresqlSynchronous}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecPostgresqlSynchronous> {
        imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronousMethod method;
        java.lang.Number number;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronousDataDurability dataDurability;
        java.lang.Boolean failoverQuorum;
        java.lang.Number maxStandbyNamesFromCluster;
        java.util.List<java.lang.String> nodeFailureDomainKeys;
        java.util.List<java.lang.String> podFailureDomainKeys;
        java.util.List<java.lang.String> standbyNamesPost;
        java.util.List<java.lang.String> standbyNamesPre;

        /**
         * Sets the value of {@link ClusterSpecPostgresqlSynchronous#getMethod}
         * @param method Method to select synchronous replication standbys from the listed servers, accepting 'any' (quorum-based synchronous replication) or 'first' (priority-based synchronous replication) as values. This parameter is required.
         * @return {@code this}
         */
        public Builder method(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronousMethod method) {
            this.method = method;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlSynchronous#getNumber}
         * @param number Specifies the number of synchronous standby servers that transactions must wait for responses from. This parameter is required.
         * @return {@code this}
         */
        public Builder number(java.lang.Number number) {
            this.number = number;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlSynchronous#getDataDurability}
         * @param dataDurability If set to "required", data durability is strictly enforced.
         *                       Write operations
         *                       with synchronous commit settings (<code>on</code>, <code>remote_write</code>, or <code>remote_apply</code>) will
         *                       block if there are insufficient healthy replicas, ensuring data persistence.
         *                       If set to "preferred", data durability is maintained when healthy replicas
         *                       are available, but the required number of instances will adjust dynamically
         *                       if replicas become unavailable. This setting relaxes strict durability enforcement
         *                       to allow for operational continuity. This setting is only applicable if both
         *                       <code>standbyNamesPre</code> and <code>standbyNamesPost</code> are unset (empty).
         * @return {@code this}
         */
        public Builder dataDurability(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronousDataDurability dataDurability) {
            this.dataDurability = dataDurability;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlSynchronous#getFailoverQuorum}
         * @param failoverQuorum FailoverQuorum enables a quorum-based check before failover, improving data durability and safety during failover events in CloudNativePG-managed PostgreSQL clusters.
         * @return {@code this}
         */
        public Builder failoverQuorum(java.lang.Boolean failoverQuorum) {
            this.failoverQuorum = failoverQuorum;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlSynchronous#getMaxStandbyNamesFromCluster}
         * @param maxStandbyNamesFromCluster Specifies the maximum number of local cluster pods that can be automatically included in the <code>synchronous_standby_names</code> option in PostgreSQL.
         * @return {@code this}
         */
        public Builder maxStandbyNamesFromCluster(java.lang.Number maxStandbyNamesFromCluster) {
            this.maxStandbyNamesFromCluster = maxStandbyNamesFromCluster;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlSynchronous#getNodeFailureDomainKeys}
         * @param nodeFailureDomainKeys NodeFailureDomainKeys is a list of Node label keys used to define failure domains.
         *                              The values are read exclusively from the labels of the
         *                              Node hosting each instance Pod: when a Node cannot be found (for
         *                              example, drained or deleted after the Pod was scheduled), the whole
         *                              topology extraction fails and the constraint is not applied. When set,
         *                              the operator selects synchronous replicas from instances running on
         *                              nodes whose label values differ from the primary's node for all the
         *                              specified keys, so that synchronous replication spans failure domains
         *                              such as availability zones or regions.
         *                              When the replicas in failure domains different from the primary's are
         *                              not enough to satisfy the configured number of synchronous standbys,
         *                              the constraint is not applied and synchronous replicas are selected as
         *                              if this field were not set.
         *                              Mutually exclusive with <code>podFailureDomainKeys</code>.
         * @return {@code this}
         */
        public Builder nodeFailureDomainKeys(java.util.List<java.lang.String> nodeFailureDomainKeys) {
            this.nodeFailureDomainKeys = nodeFailureDomainKeys;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlSynchronous#getPodFailureDomainKeys}
         * @param podFailureDomainKeys PodFailureDomainKeys is a list of Pod label keys used to define failure domains.
         *                             The values are read exclusively from the labels of each
         *                             instance Pod: a listed label that is not present on the Pod makes the
         *                             whole topology extraction fail, so that the constraint is not applied,
         *                             and the Node hosting the Pod is never consulted. When
         *                             set, the operator selects synchronous replicas from instances whose
         *                             label values differ from the primary's for all the specified keys, so
         *                             that synchronous replication spans failure domains such as availability
         *                             zones or regions. Starting from Kubernetes 1.35, the
         *                             <code>topology.kubernetes.io/zone</code> and <code>topology.kubernetes.io/region</code>
         *                             labels are automatically copied from the Node onto each Pod at
         *                             scheduling time.
         *                             When the replicas in failure domains different from the primary's are
         *                             not enough to satisfy the configured number of synchronous standbys,
         *                             the constraint is not applied and synchronous replicas are selected as
         *                             if this field were not set.
         *                             Mutually exclusive with <code>nodeFailureDomainKeys</code>.
         * @return {@code this}
         */
        public Builder podFailureDomainKeys(java.util.List<java.lang.String> podFailureDomainKeys) {
            this.podFailureDomainKeys = podFailureDomainKeys;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlSynchronous#getStandbyNamesPost}
         * @param standbyNamesPost A user-defined list of application names to be added to <code>synchronous_standby_names</code> after local cluster pods (the order is only useful for priority-based synchronous replication).
         * @return {@code this}
         */
        public Builder standbyNamesPost(java.util.List<java.lang.String> standbyNamesPost) {
            this.standbyNamesPost = standbyNamesPost;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecPostgresqlSynchronous#getStandbyNamesPre}
         * @param standbyNamesPre A user-defined list of application names to be added to <code>synchronous_standby_names</code> before local cluster pods (the order is only useful for priority-based synchronous replication).
         * @return {@code this}
         */
        public Builder standbyNamesPre(java.util.List<java.lang.String> standbyNamesPre) {
            this.standbyNamesPre = standbyNamesPre;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecPostgresqlSynchronous}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecPostgresqlSynchronous build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecPostgresqlSynchronous}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecPostgresqlSynchronous {
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronousMethod method;
        private final java.lang.Number number;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronousDataDurability dataDurability;
        private final java.lang.Boolean failoverQuorum;
        private final java.lang.Number maxStandbyNamesFromCluster;
        private final java.util.List<java.lang.String> nodeFailureDomainKeys;
        private final java.util.List<java.lang.String> podFailureDomainKeys;
        private final java.util.List<java.lang.String> standbyNamesPost;
        private final java.util.List<java.lang.String> standbyNamesPre;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.method = software.amazon.jsii.Kernel.get(this, "method", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronousMethod.class));
            this.number = software.amazon.jsii.Kernel.get(this, "number", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.dataDurability = software.amazon.jsii.Kernel.get(this, "dataDurability", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronousDataDurability.class));
            this.failoverQuorum = software.amazon.jsii.Kernel.get(this, "failoverQuorum", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.maxStandbyNamesFromCluster = software.amazon.jsii.Kernel.get(this, "maxStandbyNamesFromCluster", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.nodeFailureDomainKeys = software.amazon.jsii.Kernel.get(this, "nodeFailureDomainKeys", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.podFailureDomainKeys = software.amazon.jsii.Kernel.get(this, "podFailureDomainKeys", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.standbyNamesPost = software.amazon.jsii.Kernel.get(this, "standbyNamesPost", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.standbyNamesPre = software.amazon.jsii.Kernel.get(this, "standbyNamesPre", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.method = java.util.Objects.requireNonNull(builder.method, "method is required");
            this.number = java.util.Objects.requireNonNull(builder.number, "number is required");
            this.dataDurability = builder.dataDurability;
            this.failoverQuorum = builder.failoverQuorum;
            this.maxStandbyNamesFromCluster = builder.maxStandbyNamesFromCluster;
            this.nodeFailureDomainKeys = builder.nodeFailureDomainKeys;
            this.podFailureDomainKeys = builder.podFailureDomainKeys;
            this.standbyNamesPost = builder.standbyNamesPost;
            this.standbyNamesPre = builder.standbyNamesPre;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronousMethod getMethod() {
            return this.method;
        }

        @Override
        public final java.lang.Number getNumber() {
            return this.number;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecPostgresqlSynchronousDataDurability getDataDurability() {
            return this.dataDurability;
        }

        @Override
        public final java.lang.Boolean getFailoverQuorum() {
            return this.failoverQuorum;
        }

        @Override
        public final java.lang.Number getMaxStandbyNamesFromCluster() {
            return this.maxStandbyNamesFromCluster;
        }

        @Override
        public final java.util.List<java.lang.String> getNodeFailureDomainKeys() {
            return this.nodeFailureDomainKeys;
        }

        @Override
        public final java.util.List<java.lang.String> getPodFailureDomainKeys() {
            return this.podFailureDomainKeys;
        }

        @Override
        public final java.util.List<java.lang.String> getStandbyNamesPost() {
            return this.standbyNamesPost;
        }

        @Override
        public final java.util.List<java.lang.String> getStandbyNamesPre() {
            return this.standbyNamesPre;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("method", om.valueToTree(this.getMethod()));
            data.set("number", om.valueToTree(this.getNumber()));
            if (this.getDataDurability() != null) {
                data.set("dataDurability", om.valueToTree(this.getDataDurability()));
            }
            if (this.getFailoverQuorum() != null) {
                data.set("failoverQuorum", om.valueToTree(this.getFailoverQuorum()));
            }
            if (this.getMaxStandbyNamesFromCluster() != null) {
                data.set("maxStandbyNamesFromCluster", om.valueToTree(this.getMaxStandbyNamesFromCluster()));
            }
            if (this.getNodeFailureDomainKeys() != null) {
                data.set("nodeFailureDomainKeys", om.valueToTree(this.getNodeFailureDomainKeys()));
            }
            if (this.getPodFailureDomainKeys() != null) {
                data.set("podFailureDomainKeys", om.valueToTree(this.getPodFailureDomainKeys()));
            }
            if (this.getStandbyNamesPost() != null) {
                data.set("standbyNamesPost", om.valueToTree(this.getStandbyNamesPost()));
            }
            if (this.getStandbyNamesPre() != null) {
                data.set("standbyNamesPre", om.valueToTree(this.getStandbyNamesPre()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecPostgresqlSynchronous"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecPostgresqlSynchronous.Jsii$Proxy that = (ClusterSpecPostgresqlSynchronous.Jsii$Proxy) o;

            if (!method.equals(that.method)) return false;
            if (!number.equals(that.number)) return false;
            if (this.dataDurability != null ? !this.dataDurability.equals(that.dataDurability) : that.dataDurability != null) return false;
            if (this.failoverQuorum != null ? !this.failoverQuorum.equals(that.failoverQuorum) : that.failoverQuorum != null) return false;
            if (this.maxStandbyNamesFromCluster != null ? !this.maxStandbyNamesFromCluster.equals(that.maxStandbyNamesFromCluster) : that.maxStandbyNamesFromCluster != null) return false;
            if (this.nodeFailureDomainKeys != null ? !this.nodeFailureDomainKeys.equals(that.nodeFailureDomainKeys) : that.nodeFailureDomainKeys != null) return false;
            if (this.podFailureDomainKeys != null ? !this.podFailureDomainKeys.equals(that.podFailureDomainKeys) : that.podFailureDomainKeys != null) return false;
            if (this.standbyNamesPost != null ? !this.standbyNamesPost.equals(that.standbyNamesPost) : that.standbyNamesPost != null) return false;
            return this.standbyNamesPre != null ? this.standbyNamesPre.equals(that.standbyNamesPre) : that.standbyNamesPre == null;
        }

        @Override
        public final int hashCode() {
            int result = this.method.hashCode();
            result = 31 * result + (this.number.hashCode());
            result = 31 * result + (this.dataDurability != null ? this.dataDurability.hashCode() : 0);
            result = 31 * result + (this.failoverQuorum != null ? this.failoverQuorum.hashCode() : 0);
            result = 31 * result + (this.maxStandbyNamesFromCluster != null ? this.maxStandbyNamesFromCluster.hashCode() : 0);
            result = 31 * result + (this.nodeFailureDomainKeys != null ? this.nodeFailureDomainKeys.hashCode() : 0);
            result = 31 * result + (this.podFailureDomainKeys != null ? this.podFailureDomainKeys.hashCode() : 0);
            result = 31 * result + (this.standbyNamesPost != null ? this.standbyNamesPost.hashCode() : 0);
            result = 31 * result + (this.standbyNamesPre != null ? this.standbyNamesPre.hashCode() : 0);
            return result;
        }
    }
}
