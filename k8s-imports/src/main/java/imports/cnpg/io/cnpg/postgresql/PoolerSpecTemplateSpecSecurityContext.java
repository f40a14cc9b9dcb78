package imports.cnpg.io.cnpg.postgresql;

/**
 * SecurityContext holds pod-level security attributes and common container settings.
 * <p>
 * Optional: Defaults to empty.  See type description for default values of each field.
 * <p>
 * Default: empty.  See type description for default values of each field.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:49.202Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecSecurityContext")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecTemplateSpecSecurityContext.Jsii$Proxy.class)
public interface PoolerSpecTemplateSpecSecurityContext extends software.amazon.jsii.JsiiSerializable {

    /**
     * appArmorProfile is the AppArmor options to use by the containers in this pod.
     * <p>
     * Note that this field cannot be set when spec.os.name is windows.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextAppArmorProfile getAppArmorProfile() {
        return null;
    }

    /**
     * A special supplemental group that applies to all containers in a pod.
     * <p>
     * Some volume types allow the Kubelet to change the ownership of that volume
     * to be owned by the pod:
     * <p>
     * <ol>
     * <li>The owning GID will be the FSGroup</li>
     * <li>The setgid bit is set (new files created in the volume will be owned by FSGroup)</li>
     * <li>The permission bits are OR'd with rw-rw----</li>
     * </ol>
     * <p>
     * If unset, the Kubelet will not modify the ownership and permissions of any volume.
     * Note that this field cannot be set when spec.os.name is windows.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getFsGroup() {
        return null;
    }

    /**
     * fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod.
     * <p>
     * This field will only apply to
     * volume types which support fsGroup based ownership(and permissions).
     * It will have no effect on ephemeral volume types such as: secret, configmaps
     * and emptydir.
     * Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used.
     * Note that this field cannot be set when spec.os.name is windows.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getFsGroupChangePolicy() {
        return null;
    }

    /**
     * The GID to run the entrypoint of the container process.
     * <p>
     * Uses runtime default if unset.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence
     * for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getRunAsGroup() {
        return null;
    }

    /**
     * Indicates that the container must run as a non-root user.
     * <p>
     * If true, the Kubelet will validate the image at runtime to ensure that it
     * does not run as UID 0 (root) and fail to start the container if it does.
     * If unset or false, no such validation will be performed.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Boolean getRunAsNonRoot() {
        return null;
    }

    /**
     * The UID to run the entrypoint of the container process.
     * <p>
     * Defaults to user specified in image metadata if unspecified.
     * May also be set in SecurityContext.  If set in both SecurityContext and
     * PodSecurityContext, the value specified in SecurityContext takes precedence
     * for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     * <p>
     * Default: user specified in image metadata if unspecified.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getRunAsUser() {
        return null;
    }

    /**
     * The seccomp options to use by the containers in this pod.
     * <p>
     * Note that this field cannot be set when spec.os.name is windows.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSeccompProfile getSeccompProfile() {
        return null;
    }

    /**
     * seLinuxChangePolicy defines how the container's SELinux label is applied to all volumes used by the Pod.
     * <p>
     * It has no effect on nodes that do not support SELinux or to volumes does not support SELinux.
     * Valid values are "MountOption" and "Recursive".
     * <p>
     * "Recursive" means relabeling of all files on all Pod volumes by the container runtime.
     * This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.
     * <p>
     * "MountOption" mounts all eligible Pod volumes with <code>-o context</code> mount option.
     * This requires all Pods that share the same volume to use the same SELinux label.
     * It is not possible to share the same volume among privileged and unprivileged Pods.
     * Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes
     * whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their
     * CSIDriver instance. Other volumes are always re-labelled recursively.
     * "MountOption" value is allowed only when SELinuxMount feature gate is enabled.
     * <p>
     * If not specified and SELinuxMount feature gate is enabled, "MountOption" is used.
     * If not specified and SELinuxMount feature gate is disabled, "MountOption" is used for ReadWriteOncePod volumes
     * and "Recursive" for all other volumes.
     * <p>
     * This field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.
     * <p>
     * All Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state.
     * Note that this field cannot be set when spec.os.name is windows.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getSeLinuxChangePolicy() {
        return null;
    }

    /**
     * The SELinux context to be applied to all containers.
     * <p>
     * If unspecified, the container runtime will allocate a random SELinux context for each
     * container.  May also be set in SecurityContext.  If set in
     * both SecurityContext and PodSecurityContext, the value specified in SecurityContext
     * takes precedence for that container.
     * Note that this field cannot be set when spec.os.name is windows.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSeLinuxOptions getSeLinuxOptions() {
        return null;
    }

    /**
     * A list of groups applied to the first process run in each container, in addition to the container's primary GID and fsGroup (if specified).
     * <p>
     * If
     * the SupplementalGroupsPolicy feature is enabled, the
     * supplementalGroupsPolicy field determines whether these are in addition
     * to or instead of any group memberships defined in the container image.
     * If unspecified, no additional groups are added, though group memberships
     * defined in the container image may still be used, depending on the
     * supplementalGroupsPolicy field.
     * Note that this field cannot be set when spec.os.name is windows.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<java.lang.Number> getSupplementalGroups() {
        return null;
    }

    /**
     * Defines how supplemental groups of the first container processes are calculated.
     * <p>
     * Valid values are "Merge" and "Strict". If not specified, "Merge" is used.
     * (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled
     * and the container runtime must implement support for this feature.
     * Note that this field cannot be set when spec.os.name is windows.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getSupplementalGroupsPolicy() {
        return null;
    }

    /**
     * Sysctls hold a list of namespaced sysctls used for the pod.
     * <p>
     * Pods with unsupported
     * sysctls (by the container runtime) might fail to launch.
     * Note that this field cannot be set when spec.os.name is windows.
     */
    default @org.jetbrains.annotations.Nullable java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSysctls> getSysctls() {
        return null;
    }

    /**
     * The Windows specific settings applied to all containers.
     * <p>
     * If unspecified, the options within a container's SecurityContext will be used.
     * If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
     * Note that this field cannot be set when spec.os.name is linux.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextWindowsOptions getWindowsOptions() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecTemplateSpecSecurityContext}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecTemplateSpecSecurityContext}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecTemplateSpecSecurityContext> {
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextAppArmorProfile appArmorProfile;
        java.lang.Number fsGroup;
        java.lang.String fsGroupChangePolicy;
        java.lang.Number runAsGroup;
        java.lang.Boolean runAsNonRoot;
        java.lang.Number runAsUser;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSeccompProfile seccompProfile;
        java.lang.String seLinuxChangePolicy;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSeLinuxOptions seLinuxOptions;
        java.util.List<java.lang.Number> supplementalGroups;
        java.lang.String supplementalGroupsPolicy;
        java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSysctls> sysctls;
        imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextWindowsOptions windowsOptions;

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecSecurityContext#getAppArmorProfile}
         * @param appArmorProfile appArmorProfile is the AppArmor options to use by the containers in this pod.
         *                        Note that this field cannot be set when spec.os.name is windows.
         * @return {@code this}
         */
        public Builder appArmorProfile(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextAppArmorProfile appArmorProfile) {
            this.appArmorProfile = appArmorProfile;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecSecurityContext#getFsGroup}
         * @param fsGroup A special supplemental group that applies to all containers in a pod.
         *                Some volume types allow the Kubelet to change the ownership of that volume
         *                to be owned by the pod:
         *                <p>
         *                <ol>
         *                <li>The owning GID will be the FSGroup</li>
         *                <li>The setgid bit is set (new files created in the volume will be owned by FSGroup)</li>
         *                <li>The permission bits are OR'd with rw-rw----</li>
         *                </ol>
         *                <p>
         *                If unset, the Kubelet will not modify the ownership and permissions of any volume.
         *                Note that this field cannot be set when spec.os.name is windows.
         * @return {@code this}
         */
        public Builder fsGroup(java.lang.Number fsGroup) {
            this.fsGroup = fsGroup;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecSecurityContext#getFsGroupChangePolicy}
         * @param fsGroupChangePolicy fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod.
         *                            This field will only apply to
         *                            volume types which support fsGroup based ownership(and permissions).
         *                            It will have no effect on ephemeral volume types such as: secret, configmaps
         *                            and emptydir.
         *                            Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used.
         *                            Note that this field cannot be set when spec.os.name is windows.
         * @return {@code this}
         */
        public Builder fsGroupChangePolicy(java.lang.String fsGroupChangePolicy) {
            this.fsGroupChangePolicy = fsGroupChangePolicy;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecSecurityContext#getRunAsGroup}
         * @param runAsGroup The GID to run the entrypoint of the container process.
         *                   Uses runtime default if unset.
         *                   May also be set in SecurityContext.  If set in both SecurityContext and
         *                   PodSecurityContext, the value specified in SecurityContext takes precedence
         *                   for that container.
         *                   Note that this field cannot be set when spec.os.name is windows.
         * @return {@code this}
         */
        public Builder runAsGroup(java.lang.Number runAsGroup) {
            this.runAsGroup = runAsGroup;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecSecurityContext#getRunAsNonRoot}
         * @param runAsNonRoot Indicates that the container must run as a non-root user.
         *                     If true, the Kubelet will validate the image at runtime to ensure that it
         *                     does not run as UID 0 (root) and fail to start the container if it does.
         *                     If unset or false, no such validation will be performed.
         *                     May also be set in SecurityContext.  If set in both SecurityContext and
         *                     PodSecurityContext, the value specified in SecurityContext takes precedence.
         * @return {@code this}
         */
        public Builder runAsNonRoot(java.lang.Boolean runAsNonRoot) {
            this.runAsNonRoot = runAsNonRoot;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecSecurityContext#getRunAsUser}
         * @param runAsUser The UID to run the entrypoint of the container process.
         *                  Defaults to user specified in image metadata if unspecified.
         *                  May also be set in SecurityContext.  If set in both SecurityContext and
         *                  PodSecurityContext, the value specified in SecurityContext takes precedence
         *                  for that container.
         *                  Note that this field cannot be set when spec.os.name is windows.
         * @return {@code this}
         */
        public Builder runAsUser(java.lang.Number runAsUser) {
            this.runAsUser = runAsUser;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecSecurityContext#getSeccompProfile}
         * @param seccompProfile The seccomp options to use by the containers in this pod.
         *                       Note that this field cannot be set when spec.os.name is windows.
         * @return {@code this}
         */
        public Builder seccompProfile(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSeccompProfile seccompProfile) {
            this.seccompProfile = seccompProfile;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecSecurityContext#getSeLinuxChangePolicy}
         * @param seLinuxChangePolicy seLinuxChangePolicy defines how the container's SELinux label is applied to all volumes used by the Pod.
         *                            It has no effect on nodes that do not support SELinux or to volumes does not support SELinux.
         *                            Valid values are "MountOption" and "Recursive".
         *                            <p>
         *                            "Recursive" means relabeling of all files on all Pod volumes by the container runtime.
         *                            This may be slow for large volumes, but allows mixing privileged and unprivileged Pods sharing the same volume on the same node.
         *                            <p>
         *                            "MountOption" mounts all eligible Pod volumes with <code>-o context</code> mount option.
         *                            This requires all Pods that share the same volume to use the same SELinux label.
         *                            It is not possible to share the same volume among privileged and unprivileged Pods.
         *                            Eligible volumes are in-tree FibreChannel and iSCSI volumes, and all CSI volumes
         *                            whose CSI driver announces SELinux support by setting spec.seLinuxMount: true in their
         *                            CSIDriver instance. Other volumes are always re-labelled recursively.
         *                            "MountOption" value is allowed only when SELinuxMount feature gate is enabled.
         *                            <p>
         *                            If not specified and SELinuxMount feature gate is enabled, "MountOption" is used.
         *                            If not specified and SELinuxMount feature gate is disabled, "MountOption" is used for ReadWriteOncePod volumes
         *                            and "Recursive" for all other volumes.
         *                            <p>
         *                            This field affects only Pods that have SELinux label set, either in PodSecurityContext or in SecurityContext of all containers.
         *                            <p>
         *                            All Pods that use the same volume should use the same seLinuxChangePolicy, otherwise some pods can get stuck in ContainerCreating state.
         *                            Note that this field cannot be set when spec.os.name is windows.
         * @return {@code this}
         */
        public Builder seLinuxChangePolicy(java.lang.String seLinuxChangePolicy) {
            this.seLinuxChangePolicy = seLinuxChangePolicy;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecSecurityContext#getSeLinuxOptions}
         * @param seLinuxOptions The SELinux context to be applied to all containers.
         *                       If unspecified, the container runtime will allocate a random SELinux context for each
         *                       container.  May also be set in SecurityContext.  If set in
         *                       both SecurityContext and PodSecurityContext, the value specified in SecurityContext
         *                       takes precedence for that container.
         *                       Note that this field cannot be set when spec.os.name is windows.
         * @return {@code this}
         */
        public Builder seLinuxOptions(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSeLinuxOptions seLinuxOptions) {
            this.seLinuxOptions = seLinuxOptions;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecSecurityContext#getSupplementalGroups}
         * @param supplementalGroups A list of groups applied to the first process run in each container, in addition to the container's primary GID and fsGroup (if specified).
         *                           If
         *                           the SupplementalGroupsPolicy feature is enabled, the
         *                           supplementalGroupsPolicy field determines whether these are in addition
         *                           to or instead of any group memberships defined in the container image.
         *                           If unspecified, no additional groups are added, though group memberships
         *                           defined in the container image may still be used, depending on the
         *                           supplementalGroupsPolicy field.
         *                           Note that this field cannot be set when spec.os.name is windows.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder supplementalGroups(java.util.List<? extends java.lang.Number> supplementalGroups) {
            this.supplementalGroups = (java.util.List<java.lang.Number>)supplementalGroups;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecSecurityContext#getSupplementalGroupsPolicy}
         * @param supplementalGroupsPolicy Defines how supplemental groups of the first container processes are calculated.
         *                                 Valid values are "Merge" and "Strict". If not specified, "Merge" is used.
         *                                 (Alpha) Using the field requires the SupplementalGroupsPolicy feature gate to be enabled
         *                                 and the container runtime must implement support for this feature.
         *                                 Note that this field cannot be set when spec.os.name is windows.
         * @return {@code this}
         */
        public Builder supplementalGroupsPolicy(java.lang.String supplementalGroupsPolicy) {
            this.supplementalGroupsPolicy = supplementalGroupsPolicy;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecSecurityContext#getSysctls}
         * @param sysctls Sysctls hold a list of namespaced sysctls used for the pod.
         *                Pods with unsupported
         *                sysctls (by the container runtime) might fail to launch.
         *                Note that this field cannot be set when spec.os.name is windows.
         * @return {@code this}
         */
        @SuppressWarnings("unchecked")
        public Builder sysctls(java.util.List<? extends imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSysctls> sysctls) {
            this.sysctls = (java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSysctls>)sysctls;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecSecurityContext#getWindowsOptions}
         * @param windowsOptions The Windows specific settings applied to all containers.
         *                       If unspecified, the options within a container's SecurityContext will be used.
         *                       If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
         *                       Note that this field cannot be set when spec.os.name is linux.
         * @return {@code this}
         */
        public Builder windowsOptions(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextWindowsOptions windowsOptions) {
            this.windowsOptions = windowsOptions;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecTemplateSpecSecurityContext}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecTemplateSpecSecurityContext build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecTemplateSpecSecurityContext}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecTemplateSpecSecurityContext {
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextAppArmorProfile appArmorProfile;
        private final java.lang.Number fsGroup;
        private final java.lang.String fsGroupChangePolicy;
        private final java.lang.Number runAsGroup;
        private final java.lang.Boolean runAsNonRoot;
        private final java.lang.Number runAsUser;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSeccompProfile seccompProfile;
        private final java.lang.String seLinuxChangePolicy;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSeLinuxOptions seLinuxOptions;
        private final java.util.List<java.lang.Number> supplementalGroups;
        private final java.lang.String supplementalGroupsPolicy;
        private final java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSysctls> sysctls;
        private final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextWindowsOptions windowsOptions;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.appArmorProfile = software.amazon.jsii.Kernel.get(this, "appArmorProfile", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextAppArmorProfile.class));
            this.fsGroup = software.amazon.jsii.Kernel.get(this, "fsGroup", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.fsGroupChangePolicy = software.amazon.jsii.Kernel.get(this, "fsGroupChangePolicy", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.runAsGroup = software.amazon.jsii.Kernel.get(this, "runAsGroup", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.runAsNonRoot = software.amazon.jsii.Kernel.get(this, "runAsNonRoot", software.amazon.jsii.NativeType.forClass(java.lang.Boolean.class));
            this.runAsUser = software.amazon.jsii.Kernel.get(this, "runAsUser", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.seccompProfile = software.amazon.jsii.Kernel.get(this, "seccompProfile", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSeccompProfile.class));
            this.seLinuxChangePolicy = software.amazon.jsii.Kernel.get(this, "seLinuxChangePolicy", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.seLinuxOptions = software.amazon.jsii.Kernel.get(this, "seLinuxOptions", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSeLinuxOptions.class));
            this.supplementalGroups = software.amazon.jsii.Kernel.get(this, "supplementalGroups", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(java.lang.Number.class)));
            this.supplementalGroupsPolicy = software.amazon.jsii.Kernel.get(this, "supplementalGroupsPolicy", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.sysctls = software.amazon.jsii.Kernel.get(this, "sysctls", software.amazon.jsii.NativeType.listOf(software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSysctls.class)));
            this.windowsOptions = software.amazon.jsii.Kernel.get(this, "windowsOptions", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextWindowsOptions.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        @SuppressWarnings("unchecked")
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.appArmorProfile = builder.appArmorProfile;
            this.fsGroup = builder.fsGroup;
            this.fsGroupChangePolicy = builder.fsGroupChangePolicy;
            this.runAsGroup = builder.runAsGroup;
            this.runAsNonRoot = builder.runAsNonRoot;
            this.runAsUser = builder.runAsUser;
            this.seccompProfile = builder.seccompProfile;
            this.seLinuxChangePolicy = builder.seLinuxChangePolicy;
            this.seLinuxOptions = builder.seLinuxOptions;
            this.supplementalGroups = (java.util.List<java.lang.Number>)builder.supplementalGroups;
            this.supplementalGroupsPolicy = builder.supplementalGroupsPolicy;
            this.sysctls = (java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSysctls>)builder.sysctls;
            this.windowsOptions = builder.windowsOptions;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextAppArmorProfile getAppArmorProfile() {
            return this.appArmorProfile;
        }

        @Override
        public final java.lang.Number getFsGroup() {
            return this.fsGroup;
        }

        @Override
        public final java.lang.String getFsGroupChangePolicy() {
            return this.fsGroupChangePolicy;
        }

        @Override
        public final java.lang.Number getRunAsGroup() {
            return this.runAsGroup;
        }

        @Override
        public final java.lang.Boolean getRunAsNonRoot() {
            return this.runAsNonRoot;
        }

        @Override
        public final java.lang.Number getRunAsUser() {
            return this.runAsUser;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSeccompProfile getSeccompProfile() {
            return this.seccompProfile;
        }

        @Override
        public final java.lang.String getSeLinuxChangePolicy() {
            return this.seLinuxChangePolicy;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSeLinuxOptions getSeLinuxOptions() {
            return this.seLinuxOptions;
        }

        @Override
        public final java.util.List<java.lang.Number> getSupplementalGroups() {
            return this.supplementalGroups;
        }

        @Override
        public final java.lang.String getSupplementalGroupsPolicy() {
            return this.supplementalGroupsPolicy;
        }

        @Override
        public final java.util.List<imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextSysctls> getSysctls() {
            return this.sysctls;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.PoolerSpecTemplateSpecSecurityContextWindowsOptions getWindowsOptions() {
            return this.windowsOptions;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAppArmorProfile() != null) {
                data.set("appArmorProfile", om.valueToTree(this.getAppArmorProfile()));
            }
            if (this.getFsGroup() != null) {
                data.set("fsGroup", om.valueToTree(this.getFsGroup()));
            }
            if (this.getFsGroupChangePolicy() != null) {
                data.set("fsGroupChangePolicy", om.valueToTree(this.getFsGroupChangePolicy()));
            }
            if (this.getRunAsGroup() != null) {
                data.set("runAsGroup", om.valueToTree(this.getRunAsGroup()));
            }
            if (this.getRunAsNonRoot() != null) {
                data.set("runAsNonRoot", om.valueToTree(this.getRunAsNonRoot()));
            }
            if (this.getRunAsUser() != null) {
                data.set("runAsUser", om.valueToTree(this.getRunAsUser()));
            }
            if (this.getSeccompProfile() != null) {
                data.set("seccompProfile", om.valueToTree(this.getSeccompProfile()));
            }
            if (this.getSeLinuxChangePolicy() != null) {
                data.set("seLinuxChangePolicy", om.valueToTree(this.getSeLinuxChangePolicy()));
            }
            if (this.getSeLinuxOptions() != null) {
                data.set("seLinuxOptions", om.valueToTree(this.getSeLinuxOptions()));
            }
            if (this.getSupplementalGroups() != null) {
                data.set("supplementalGroups", om.valueToTree(this.getSupplementalGroups()));
            }
            if (this.getSupplementalGroupsPolicy() != null) {
                data.set("supplementalGroupsPolicy", om.valueToTree(this.getSupplementalGroupsPolicy()));
            }
            if (this.getSysctls() != null) {
                data.set("sysctls", om.valueToTree(this.getSysctls()));
            }
            if (this.getWindowsOptions() != null) {
                data.set("windowsOptions", om.valueToTree(this.getWindowsOptions()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecSecurityContext"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecTemplateSpecSecurityContext.Jsii$Proxy that = (PoolerSpecTemplateSpecSecurityContext.Jsii$Proxy) o;

            if (this.appArmorProfile != null ? !this.appArmorProfile.equals(that.appArmorProfile) : that.appArmorProfile != null) return false;
            if (this.fsGroup != null ? !this.fsGroup.equals(that.fsGroup) : that.fsGroup != null) return false;
            if (this.fsGroupChangePolicy != null ? !this.fsGroupChangePolicy.equals(that.fsGroupChangePolicy) : that.fsGroupChangePolicy != null) return false;
            if (this.runAsGroup != null ? !this.runAsGroup.equals(that.runAsGroup) : that.runAsGroup != null) return false;
            if (this.runAsNonRoot != null ? !this.runAsNonRoot.equals(that.runAsNonRoot) : that.runAsNonRoot != null) return false;
            if (this.runAsUser != null ? !this.runAsUser.equals(that.runAsUser) : that.runAsUser != null) return false;
            if (this.seccompProfile != null ? !this.seccompProfile.equals(that.seccompProfile) : that.seccompProfile != null) return false;
            if (this.seLinuxChangePolicy != null ? !this.seLinuxChangePolicy.equals(that.seLinuxChangePolicy) : that.seLinuxChangePolicy != null) return false;
            if (this.seLinuxOptions != null ? !this.seLinuxOptions.equals(that.seLinuxOptions) : that.seLinuxOptions != null) return false;
            if (this.supplementalGroups != null ? !this.supplementalGroups.equals(that.supplementalGroups) : that.supplementalGroups != null) return false;
            if (this.supplementalGroupsPolicy != null ? !this.supplementalGroupsPolicy.equals(that.supplementalGroupsPolicy) : that.supplementalGroupsPolicy != null) return false;
            if (this.sysctls != null ? !this.sysctls.equals(that.sysctls) : that.sysctls != null) return false;
            return this.windowsOptions != null ? this.windowsOptions.equals(that.windowsOptions) : that.windowsOptions == null;
        }

        @Override
        public final int hashCode() {
            int result = this.appArmorProfile != null ? this.appArmorProfile.hashCode() : 0;
            result = 31 * result + (this.fsGroup != null ? this.fsGroup.hashCode() : 0);
            result = 31 * result + (this.fsGroupChangePolicy != null ? this.fsGroupChangePolicy.hashCode() : 0);
            result = 31 * result + (this.runAsGroup != null ? this.runAsGroup.hashCode() : 0);
            result = 31 * result + (this.runAsNonRoot != null ? this.runAsNonRoot.hashCode() : 0);
            result = 31 * result + (this.runAsUser != null ? this.runAsUser.hashCode() : 0);
            result = 31 * result + (this.seccompProfile != null ? this.seccompProfile.hashCode() : 0);
            result = 31 * result + (this.seLinuxChangePolicy != null ? this.seLinuxChangePolicy.hashCode() : 0);
            result = 31 * result + (this.seLinuxOptions != null ? this.seLinuxOptions.hashCode() : 0);
            result = 31 * result + (this.supplementalGroups != null ? this.supplementalGroups.hashCode() : 0);
            result = 31 * result + (this.supplementalGroupsPolicy != null ? this.supplementalGroupsPolicy.hashCode() : 0);
            result = 31 * result + (this.sysctls != null ? this.sysctls.hashCode() : 0);
            result = 31 * result + (this.windowsOptions != null ? this.windowsOptions.hashCode() : 0);
            return result;
        }
    }
}
