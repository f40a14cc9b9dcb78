package imports.cnpg.io.cnpg.postgresql;

/**
 * Projection that may be projected along with other supported volume types.
 * <p>
 * Exactly one of these fields must be set.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:48.788Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.ClusterSpecProjectedVolumeTemplateSources")
@software.amazon.jsii.Jsii.Proxy(ClusterSpecProjectedVolumeTemplateSources.Jsii$Proxy.class)
public interface ClusterSpecProjectedVolumeTemplateSources extends software.amazon.jsii.JsiiSerializable {

    /**
     * ClusterTrustBundle allows a pod to access the <code>.spec.trustBundle</code> field of ClusterTrustBundle objects in an auto-updating file.
     * <p>
     * Alpha, gated by the ClusterTrustBundleProjection feature gate.
     * <p>
     * ClusterTrustBundle objects can either be selected by name, or by the
     * combination of signer name and a label selector.
     * <p>
     * Kubelet performs aggressive normalization of the PEM contents written
     * into the pod filesystem.  Esoteric PEM features such as inter-block
     * comments and block headers are stripped.  Certificates are deduplicated.
     * The ordering of certificates within the file is arbitrary, and Kubelet
     * may change the order over time.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundle getClusterTrustBundle() {
        return null;
    }

    /**
     * configMap information about the configMap data to project.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesConfigMap getConfigMap() {
        return null;
    }

    /**
     * downwardAPI information about the downwardAPI data to project.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesDownwardApi getDownwardApi() {
        return null;
    }

    /**
     * Projects an auto-rotating credential bundle (private key and certificate chain) that the pod can use either as a TLS client or server.
     * <p>
     * Kubelet generates a private key and uses it to send a
     * PodCertificateRequest to the named signer.  Once the signer approves the
     * request and issues a certificate chain, Kubelet writes the key and
     * certificate chain to the pod filesystem.  The pod does not start until
     * certificates have been issued for each podCertificate projected volume
     * source in its spec.
     * <p>
     * Kubelet will begin trying to rotate the certificate at the time indicated
     * by the signer using the PodCertificateRequest.Status.BeginRefreshAt
     * timestamp.
     * <p>
     * Kubelet can write a single file, indicated by the credentialBundlePath
     * field, or separate files, indicated by the keyPath and
     * certificateChainPath fields.
     * <p>
     * The credential bundle is a single file in PEM format.  The first PEM
     * entry is the private key (in PKCS#8 format), and the remaining PEM
     * entries are the certificate chain issued by the signer (typically,
     * signers will return their certificate chain in leaf-to-root order).
     * <p>
     * Prefer using the credential bundle format, since your application code
     * can read it atomically.  If you use keyPath and certificateChainPath,
     * your application must make two separate file reads. If these coincide
     * with a certificate rotation, it is possible that the private key and leaf
     * certificate you read may not correspond to each other.  Your application
     * will need to check for this condition, and re-read until they are
     * consistent.
     * <p>
     * The named signer controls chooses the format of the certificate it
     * issues; consult the signer implementation's documentation to learn how to
     * use the certificates it issues.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesPodCertificate getPodCertificate() {
        return null;
    }

    /**
     * secret information about the secret data to project.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesSecret getSecret() {
        return null;
    }

    /**
     * serviceAccountToken is information about the serviceAccountToken data to project.
     */
    default @org.jetbrains.annotations.Nullable imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesServiceAccountToken getServiceAccountToken() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link ClusterSpecProjectedVolumeTemplateSources}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link ClusterSpecProjectedVolumeTemplateSources}
     */
    public static final class Builder implements software.amazon.jsii.Builder<ClusterSpecProjectedVolumeTemplateSources> {
        imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundle clusterTrustBundle;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesConfigMap configMap;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesDownwardApi downwardApi;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesPodCertificate podCertificate;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesSecret secret;
        imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesServiceAccountToken serviceAccountToken;

        /**
         * Sets the value of {@link ClusterSpecProjectedVolumeTemplateSources#getClusterTrustBundle}
         * @param clusterTrustBundle ClusterTrustBundle allows a pod to access the <code>.spec.trustBundle</code> field of ClusterTrustBundle objects in an auto-updating file.
         *                           Alpha, gated by the ClusterTrustBundleProjection feature gate.
         *                           <p>
         *                           ClusterTrustBundle objects can either be selected by name, or by the
         *                           combination of signer name and a label selector.
         *                           <p>
         *                           Kubelet performs aggressive normalization of the PEM contents written
         *                           into the pod filesystem.  Esoteric PEM features such as inter-block
         *                           comments and block headers are stripped.  Certificates are deduplicated.
         *                           The ordering of certificates within the file is arbitrary, and Kubelet
         *                           may change the order over time.
         * @return {@code this}
         */
        public Builder clusterTrustBundle(imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundle clusterTrustBundle) {
            this.clusterTrustBundle = clusterTrustBundle;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecProjectedVolumeTemplateSources#getConfigMap}
         * @param configMap configMap information about the configMap data to project.
         * @return {@code this}
         */
        public Builder configMap(imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesConfigMap configMap) {
            this.configMap = configMap;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecProjectedVolumeTemplateSources#getDownwardApi}
         * @param downwardApi downwardAPI information about the downwardAPI data to project.
         * @return {@code this}
         */
        public Builder downwardApi(imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesDownwardApi downwardApi) {
            this.downwardApi = downwardApi;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecProjectedVolumeTemplateSources#getPodCertificate}
         * @param podCertificate Projects an auto-rotating credential bundle (private key and certificate chain) that the pod can use either as a TLS client or server.
         *                       Kubelet generates a private key and uses it to send a
         *                       PodCertificateRequest to the named signer.  Once the signer approves the
         *                       request and issues a certificate chain, Kubelet writes the key and
         *                       certificate chain to the pod filesystem.  The pod does not start until
         *                       certificates have been issued for each podCertificate projected volume
         *                       source in its spec.
         *                       <p>
         *                       Kubelet will begin trying to rotate the certificate at the time indicated
         *                       by the signer using the PodCertificateRequest.Status.BeginRefreshAt
         *                       timestamp.
         *                       <p>
         *                       Kubelet can write a single file, indicated by the credentialBundlePath
         *                       field, or separate files, indicated by the keyPath and
         *                       certificateChainPath fields.
         *                       <p>
         *                       The credential bundle is a single file in PEM format.  The first PEM
         *                       entry is the private key (in PKCS#8 format), and the remaining PEM
         *                       entries are the certificate chain issued by the signer (typically,
         *                       signers will return their certificate chain in leaf-to-root order).
         *                       <p>
         *                       Prefer using the credential bundle format, since your application code
         *                       can read it atomically.  If you use keyPath and certificateChainPath,
         *                       your application must make two separate file reads. If these coincide
         *                       with a certificate rotation, it is possible that the private key and leaf
         *                       certificate you read may not correspond to each other.  Your application
         *                       will need to check for this condition, and re-read until they are
         *                       consistent.
         *                       <p>
         *                       The named signer controls chooses the format of the certificate it
         *                       issues; consult the signer implementation's documentation to learn how to
         *                       use the certificates it issues.
         * @return {@code this}
         */
        public Builder podCertificate(imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesPodCertificate podCertificate) {
            this.podCertificate = podCertificate;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecProjectedVolumeTemplateSources#getSecret}
         * @param secret secret information about the secret data to project.
         * @return {@code this}
         */
        public Builder secret(imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesSecret secret) {
            this.secret = secret;
            return this;
        }

        /**
         * Sets the value of {@link ClusterSpecProjectedVolumeTemplateSources#getServiceAccountToken}
         * @param serviceAccountToken serviceAccountToken is information about the serviceAccountToken data to project.
         * @return {@code this}
         */
        public Builder serviceAccountToken(imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesServiceAccountToken serviceAccountToken) {
            this.serviceAccountToken = serviceAccountToken;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link ClusterSpecProjectedVolumeTemplateSources}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public ClusterSpecProjectedVolumeTemplateSources build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link ClusterSpecProjectedVolumeTemplateSources}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements ClusterSpecProjectedVolumeTemplateSources {
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundle clusterTrustBundle;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesConfigMap configMap;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesDownwardApi downwardApi;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesPodCertificate podCertificate;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesSecret secret;
        private final imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesServiceAccountToken serviceAccountToken;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.clusterTrustBundle = software.amazon.jsii.Kernel.get(this, "clusterTrustBundle", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundle.class));
            this.configMap = software.amazon.jsii.Kernel.get(this, "configMap", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesConfigMap.class));
            this.downwardApi = software.amazon.jsii.Kernel.get(this, "downwardApi", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesDownwardApi.class));
            this.podCertificate = software.amazon.jsii.Kernel.get(this, "podCertificate", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesPodCertificate.class));
            this.secret = software.amazon.jsii.Kernel.get(this, "secret", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesSecret.class));
            this.serviceAccountToken = software.amazon.jsii.Kernel.get(this, "serviceAccountToken", software.amazon.jsii.NativeType.forClass(imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesServiceAccountToken.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.clusterTrustBundle = builder.clusterTrustBundle;
            this.configMap = builder.configMap;
            this.downwardApi = builder.downwardApi;
            this.podCertificate = builder.podCertificate;
            this.secret = builder.secret;
            this.serviceAccountToken = builder.serviceAccountToken;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesClusterTrustBundle getClusterTrustBundle() {
            return this.clusterTrustBundle;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesConfigMap getConfigMap() {
            return this.configMap;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesDownwardApi getDownwardApi() {
            return this.downwardApi;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesPodCertificate getPodCertificate() {
            return this.podCertificate;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesSecret getSecret() {
            return this.secret;
        }

        @Override
        public final imports.cnpg.io.cnpg.postgresql.ClusterSpecProjectedVolumeTemplateSourcesServiceAccountToken getServiceAccountToken() {
            return this.serviceAccountToken;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getClusterTrustBundle() != null) {
                data.set("clusterTrustBundle", om.valueToTree(this.getClusterTrustBundle()));
            }
            if (this.getConfigMap() != null) {
                data.set("configMap", om.valueToTree(this.getConfigMap()));
            }
            if (this.getDownwardApi() != null) {
                data.set("downwardApi", om.valueToTree(this.getDownwardApi()));
            }
            if (this.getPodCertificate() != null) {
                data.set("podCertificate", om.valueToTree(this.getPodCertificate()));
            }
            if (this.getSecret() != null) {
                data.set("secret", om.valueToTree(this.getSecret()));
            }
            if (this.getServiceAccountToken() != null) {
                data.set("serviceAccountToken", om.valueToTree(this.getServiceAccountToken()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.ClusterSpecProjectedVolumeTemplateSources"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            ClusterSpecProjectedVolumeTemplateSources.Jsii$Proxy that = (ClusterSpecProjectedVolumeTemplateSources.Jsii$Proxy) o;

            if (this.clusterTrustBundle != null ? !this.clusterTrustBundle.equals(that.clusterTrustBundle) : that.clusterTrustBundle != null) return false;
            if (this.configMap != null ? !this.configMap.equals(that.configMap) : that.configMap != null) return false;
            if (this.downwardApi != null ? !this.downwardApi.equals(that.downwardApi) : that.downwardApi != null) return false;
            if (this.podCertificate != null ? !this.podCertificate.equals(that.podCertificate) : that.podCertificate != null) return false;
            if (this.secret != null ? !this.secret.equals(that.secret) : that.secret != null) return false;
            return this.serviceAccountToken != null ? this.serviceAccountToken.equals(that.serviceAccountToken) : that.serviceAccountToken == null;
        }

        @Override
        public final int hashCode() {
            int result = this.clusterTrustBundle != null ? this.clusterTrustBundle.hashCode() : 0;
            result = 31 * result + (this.configMap != null ? this.configMap.hashCode() : 0);
            result = 31 * result + (this.downwardApi != null ? this.downwardApi.hashCode() : 0);
            result = 31 * result + (this.podCertificate != null ? this.podCertificate.hashCode() : 0);
            result = 31 * result + (this.secret != null ? this.secret.hashCode() : 0);
            result = 31 * result + (this.serviceAccountToken != null ? this.serviceAccountToken.hashCode() : 0);
            return result;
        }
    }
}
