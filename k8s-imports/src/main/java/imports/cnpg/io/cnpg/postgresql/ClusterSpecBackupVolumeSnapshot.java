package imports.cnpg.io.cnpg.postgresql;

/**
 * VolumeSnapshot provides the configuration for the execution of volume snapshot backups.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.516Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecBackupVolumeSnapshot")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecBackupVolumeSnapshot.Jsii$Proxy.class)
public interface ClusterSpecBackupVolumeSnapshot extends software.amazon.jsii.JsiiSerializable {

    /**
     * Annotations key-value pairs that will be added to .metadata.annotations snapshot resources.
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getAnnotations() {
        return null;
    }

    /**
     * ClassName specifies the Snapshot Class to be used for PG_DATA PersistentVolumeClaim.
     * <p>
     * It is the default class for the other types if no specific class is present
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getClassName() {
        return null;
    }

    /**
     * Labels are key-value pairs that will be added to .metadata.labels snapshot resources.
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getLabels() {
        return null;
    }

    /**
     * Whether the default type of backup with volume snapshots is online/hot (<code>true</code>, default) or offline/cold (<code>false</code>).
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getOnline() {
        return null;
    }

    /**
     * Configuration parameters to control the online/hot backup with volume snapshots.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshotOnlineConfiguration getOnlineConfiguration() {
        return null;
    }

    /**
     * SnapshotOwnerReference indicates the type of owner reference the snapshot should have.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference getSnapshotOwnerReference() {
        return null;
    }

    /**
     * TablespaceClassName specifies the Snapshot Class to be used for the tablespaces.
     * <p>
     * defaults to the PGDATA Snapshot Class, if set
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getTablespaceClassName() {
        return null;
    }

    /**
     * WalClassName specifies the Snapshot Class to be used for the PG_WAL PersistentVolumeClaim.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getWalClassName() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecBackupVolumeSnapshot}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecBackupVolumeSnapshot}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecBackupVolumeSnapshot> {
        java.util.Map<java.lang.String, java.lang.String> annotations;
        java.lang.String className;
        java.util.Map<java.lang.String, java.lang.String> labels;
        java.lang.Boolean online;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshotOnlineConfiguration onlineConfiguration;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference snapshotOwnerReference;
        java.util.Map<java.lang.String, java.lang.String> tablespaceClassName;
        java.lang.String walClassName;

        /**
         * Sets the value of {@link ClusterSpecBackupVolumeSnapshot#getAnnotations}
         * @param annotations Annotations key-value pairs that will be added to .metadata.annotations snapshot resources.
         * @return {@code this}
         */
        public Builder annotations(java.util.Map<java.lang.String, java.lang.String> annotations) {
            this.annotations = annotations;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupVolumeSnapshot#getClassName}
         * @param className ClassName specifies the Snapshot Class to be used for PG_DATA PersistentVolumeClaim.
         *                  It is the default class for the other types if no specific class is present
         * @return {@code this}
         */
        public Builder className(java.lang.String className) {
            this.className = className;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupVolumeSnapshot#getLabels}
         * @param labels Labels are key-value pairs that will be added to .metadata.labels snapshot resources.
         * @return {@code this}
         */
        public Builder labels(java.util.Map<java.lang.String, java.lang.String> labels) {
            this.labels = labels;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupVolumeSnapshot#getOnline}
         * @param online Whether the default type of backup with volume snapshots is online/hot (<code>true</code>, default) or offline/cold (<code>false</code>).
         * @return {@code this}
         */
        public Builder online(java.lang.Boolean online) {
            this.online = online;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupVolumeSnapshot#getOnlineConfiguration}
         * @param onlineConfiguration Configuration parameters to control the online/hot backup with volume snapshots.
         * @return {@code this}
         */
        public Builder onlineConfiguration(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshotOnlineConfiguration onlineConfiguration) {
            this.onlineConfiguration = onlineConfiguration;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupVolumeSnapshot#getSnapshotOwnerReference}
         * @param snapshotOwnerReference SnapshotOwnerReference indicates the type of owner reference the snapshot should have.
         * @return {@code this}
         */
        public Builder snapshotOwnerReference(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference snapshotOwnerReference) {
            this.snapshotOwnerReference = snapshotOwnerReference;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupVolumeSnapshot#getTablespaceClassName}
         * @param tablespaceClassName TablespaceClassName specifies the Snapshot Class to be used for the tablespaces.
         *                            defaults to the PGDATA Snapshot Class, if set
         * @return {@code this}
         */
        public Builder tablespaceClassName(java.util.Map<java.lang.String, java.lang.String> tablespaceClassName) {
            this.tablespaceClassName = tablespaceClassName;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecBackupVolumeSnapshot#getWalClassName}
         * @param walClassName WalClassName specifies the Snapshot Class to be used for the PG_WAL PersistentVolumeClaim.
         * @return {@code this}
         */
        public Builder walClassName(java.lang.String walClassName) {
            this.walClassName = walClassName;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecBackupVolumeSnapshot}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecBackupVolumeSnapshot build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecBackupVolumeSnapshot}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecBackupVolumeSnapshot {
        private final java.util.Map<java.lang.String, java.lang.String> annotations;
        private final java.lang.String className;
        private final java.util.Map<java.lang.String, java.lang.String> labels;
        private final java.lang.Boolean online;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshotOnlineConfiguration onlineConfiguration;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference snapshotOwnerReference;
        private final java.util.Map<java.lang.String, java.lang.String> tablespaceClassName;
        private final java.lang.String walClassName;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.annotations = software.amazon.jsii.Kernel.get(this, "annotations", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.className = software.amazon.jsii.Kernel.get(this, "className", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.labels = software.amazon.jsii.Kernel.get(this, "labels", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.online = software.amazon.jsii.Kernel.get(this, "online", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.onlineConfiguration = software.amazon.jsii.Kernel.get(this, "onlineConfiguration", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshotOnlineConfiguration.class));
            this.snapshotOwnerReference = software.amazon.jsii.Kernel.get(this, "snapshotOwnerReference", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference.class));
            this.tablespaceClassName = software.amazon.jsii.Kernel.get(this, "tablespaceClassName", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
            this.walClassName = software.amazon.jsii.Kernel.get(this, "walClassName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.annotations = builder.annotations;
            this.className = builder.className;
            this.labels = builder.labels;
            this.online = builder.online;
            this.onlineConfiguration = builder.onlineConfiguration;
            this.snapshotOwnerReference = builder.snapshotOwnerReference;
            this.tablespaceClassName = builder.tablespaceClassName;
            this.walClassName = builder.walClassName;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getAnnotations() {
            return this.annotations;
        }

        @Override
        public final java.lang.String getClassName() {
            return this.className;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getLabels() {
            return this.labels;
        }

        @Override
        public final java.lang.Boolean getOnline() {
            return this.online;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshotOnlineConfiguration getOnlineConfiguration() {
            return this.onlineConfiguration;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecBackupVolumeSnapshotSnapshotOwnerReference getSnapshotOwnerReference() {
            return this.snapshotOwnerReference;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getTablespaceClassName() {
            return this.tablespaceClassName;
        }

        @Override
        public final java.lang.String getWalClassName() {
            return this.walClassName;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAnnotations() != null) {
                data.set("annotations", om.valueToTree(this.getAnnotations()));
            }
            if (this.getClassName() != null) {
                data.set("className", om.valueToTree(this.getClassName()));
            }
            if (this.getLabels() != null) {
                data.set("labels", om.valueToTree(this.getLabels()));
            }
            if (this.getOnline() != null) {
                data.set("online", om.valueToTree(this.getOnline()));
            }
            if (this.getOnlineConfiguration() != null) {
                data.set("onlineConfiguration", om.valueToTree(this.getOnlineConfiguration()));
            }
            if (this.getSnapshotOwnerReference() != null) {
                data.set("snapshotOwnerReference", om.valueToTree(this.getSnapshotOwnerReference()));
            }
            if (this.getTablespaceClassName() != null) {
                data.set("tablespaceClassName", om.valueToTree(this.getTablespaceClassName()));
            }
            if (this.getWalClassName() != null) {
                data.set("walClassName", om.valueToTree(this.getWalClassName()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecBackupVolumeSnapshot"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecBackupVolumeSnapshot.Jsii$Proxy that = (ClusterSpecBackupVolumeSnapshot.Jsii$Proxy) o;

            if (this.annotations != null ? !this.annotations.equals(that.annotations) : that.annotations != null) return false;
            if (this.className != null ? !this.className.equals(that.className) : that.className != null) return false;
            if (this.labels != null ? !this.labels.equals(that.labels) : that.labels != null) return false;
            if (this.online != null ? !this.online.equals(that.online) : that.online != null) return false;
            if (this.onlineConfiguration != null ? !this.onlineConfiguration.equals(that.onlineConfiguration) : that.onlineConfiguration != null) return false;
            if (this.snapshotOwnerReference != null ? !this.snapshotOwnerReference.equals(that.snapshotOwnerReference) : that.snapshotOwnerReference != null) return false;
            if (this.tablespaceClassName != null ? !this.tablespaceClassName.equals(that.tablespaceClassName) : that.tablespaceClassName != null) return false;
            return this.walClassName != null ? this.walClassName.equals(that.walClassName) : that.walClassName == null;
        }

        @Override
        public final int hashCode() {
            int result = this.annotations != null ? this.annotations.hashCode() : 0;
            result = 31 * result + (this.className != null ? this.className.hashCode() : 0);
            result = 31 * result + (this.labels != null ? this.labels.hashCode() : 0);
            result = 31 * result + (this.online != null ? this.online.hashCode() : 0);
            result = 31 * result + (this.onlineConfiguration != null ? this.onlineConfiguration.hashCode() : 0);
            result = 31 * result + (this.snapshotOwnerReference != null ? this.snapshotOwnerReference.hashCode() : 0);
            result = 31 * result + (this.tablespaceClassName != null ? this.tablespaceClassName.hashCode() : 0);
            result = 31 * result + (this.walClassName != null ? this.walClassName.hashCode() : 0);
            return result;
        }
    }
}
