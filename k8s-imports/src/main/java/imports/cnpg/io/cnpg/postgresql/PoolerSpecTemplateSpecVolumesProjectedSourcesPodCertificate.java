package imports.cnpg.io.cnpg.postgresql;

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
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:49.253Z")
@software.amazon.jsii.Jsii(module = imports.cnpg.io.cnpg.postgresql.$Module.class, fqn = "cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate")
@software.amazon.jsii.Jsii.Proxy(PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate.Jsii$Proxy.class)
public interface PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate extends software.amazon.jsii.JsiiSerializable {

    /**
     * The type of keypair Kubelet will generate for the pod.
     * <p>
     * Valid values are "RSA3072", "RSA4096", "ECDSAP256", "ECDSAP384",
     * "ECDSAP521", and "ED25519".
     */
    @org.jetbrains.annotations.NotNull java.lang.String getKeyType();

    /**
     * Kubelet's generated CSRs will be addressed to this signer.
     */
    @org.jetbrains.annotations.NotNull java.lang.String getSignerName();

    /**
     * Write the certificate chain at this path in the projected volume.
     * <p>
     * Most applications should use credentialBundlePath.  When using keyPath
     * and certificateChainPath, your application needs to check that the key
     * and leaf certificate are consistent, because it is possible to read the
     * files mid-rotation.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getCertificateChainPath() {
        return null;
    }

    /**
     * Write the credential bundle at this path in the projected volume.
     * <p>
     * The credential bundle is a single file that contains multiple PEM blocks.
     * The first PEM block is a PRIVATE KEY block, containing a PKCS#8 private
     * key.
     * <p>
     * The remaining blocks are CERTIFICATE blocks, containing the issued
     * certificate chain from the signer (leaf and any intermediates).
     * <p>
     * Using credentialBundlePath lets your Pod's application code make a single
     * atomic read that retrieves a consistent key and certificate chain.  If you
     * project them to separate files, your application code will need to
     * additionally check that the leaf certificate was issued to the key.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getCredentialBundlePath() {
        return null;
    }

    /**
     * Write the key at this path in the projected volume.
     * <p>
     * Most applications should use credentialBundlePath.  When using keyPath
     * and certificateChainPath, your application needs to check that the key
     * and leaf certificate are consistent, because it is possible to read the
     * files mid-rotation.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getKeyPath() {
        return null;
    }

    /**
     * maxExpirationSeconds is the maximum lifetime permitted for the certificate.
     * <p>
     * Kubelet copies this value verbatim into the PodCertificateRequests it
     * generates for this projection.
     * <p>
     * If omitted, kube-apiserver will set it to 86400(24 hours). kube-apiserver
     * will reject values shorter than 3600 (1 hour).  The maximum allowable
     * value is 7862400 (91 days).
     * <p>
     * The signer implementation is then free to issue a certificate with any
     * lifetime <em>shorter</em> than MaxExpirationSeconds, but no shorter than 3600
     * seconds (1 hour).  This constraint is enforced by kube-apiserver.
     * <code>kubernetes.io</code> signers will never issue certificates with a lifetime
     * longer than 24 hours.
     */
    default @org.jetbrains.annotations.Nullable java.lang.Number getMaxExpirationSeconds() {
        return null;
    }

    /**
     * userAnnotations allow pod authors to pass additional information to the signer implementation.
     * <p>
     * Kubernetes does not restrict or validate this
     * metadata in any way.
     * <p>
     * These values are copied verbatim into the <code>spec.unverifiedUserAnnotations</code> field of
     * the PodCertificateRequest objects that Kubelet creates.
     * <p>
     * Entries are subject to the same validation as object metadata annotations,
     * with the addition that all keys must be domain-prefixed. No restrictions
     * are placed on values, except an overall size limitation on the entire field.
     * <p>
     * Signers should document the keys and values they support. Signers should
     * deny requests that contain keys they do not recognize.
     */
    default @org.jetbrains.annotations.Nullable java.util.Map<java.lang.String, java.lang.String> getUserAnnotations() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate}
     */
    public static final class Builder implements software.amazon.jsii.Builder<PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate> {
        java.lang.String keyType;
        java.lang.String signerName;
        java.lang.String certificateChainPath;
        java.lang.String credentialBundlePath;
        java.lang.String keyPath;
        java.lang.Number maxExpirationSeconds;
        java.util.Map<java.lang.String, java.lang.String> userAnnotations;

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate#getKeyType}
         * @param keyType The type of keypair Kubelet will generate for the pod. This parameter is required.
         *                Valid values are "RSA3072", "RSA4096", "ECDSAP256", "ECDSAP384",
         *                "ECDSAP521", and "ED25519".
         * @return {@code this}
         */
        public Builder keyType(java.lang.String keyType) {
            this.keyType = keyType;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate#getSignerName}
         * @param signerName Kubelet's generated CSRs will be addressed to this signer. This parameter is required.
         * @return {@code this}
         */
        public Builder signerName(java.lang.String signerName) {
            this.signerName = signerName;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate#getCertificateChainPath}
         * @param certificateChainPath Write the certificate chain at this path in the projected volume.
         *                             Most applications should use credentialBundlePath.  When using keyPath
         *                             and certificateChainPath, your application needs to check that the key
         *                             and leaf certificate are consistent, because it is possible to read the
         *                             files mid-rotation.
         * @return {@code this}
         */
        public Builder certificateChainPath(java.lang.String certificateChainPath) {
            this.certificateChainPath = certificateChainPath;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate#getCredentialBundlePath}
         * @param credentialBundlePath Write the credential bundle at this path in the projected volume.
         *                             The credential bundle is a single file that contains multiple PEM blocks.
         *                             The first PEM block is a PRIVATE KEY block, containing a PKCS#8 private
         *                             key.
         *                             <p>
         *                             The remaining blocks are CERTIFICATE blocks, containing the issued
         *                             certificate chain from the signer (leaf and any intermediates).
         *                             <p>
         *                             Using credentialBundlePath lets your Pod's application code make a single
         *                             atomic read that retrieves a consistent key and certificate chain.  If you
         *                             project them to separate files, your application code will need to
         *                             additionally check that the leaf certificate was issued to the key.
         * @return {@code this}
         */
        public Builder credentialBundlePath(java.lang.String credentialBundlePath) {
            this.credentialBundlePath = credentialBundlePath;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate#getKeyPath}
         * @param keyPath Write the key at this path in the projected volume.
         *                Most applications should use credentialBundlePath.  When using keyPath
         *                and certificateChainPath, your application needs to check that the key
         *                and leaf certificate are consistent, because it is possible to read the
         *                files mid-rotation.
         * @return {@code this}
         */
        public Builder keyPath(java.lang.String keyPath) {
            this.keyPath = keyPath;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate#getMaxExpirationSeconds}
         * @param maxExpirationSeconds maxExpirationSeconds is the maximum lifetime permitted for the certificate.
         *                             Kubelet copies this value verbatim into the PodCertificateRequests it
         *                             generates for this projection.
         *                             <p>
         *                             If omitted, kube-apiserver will set it to 86400(24 hours). kube-apiserver
         *                             will reject values shorter than 3600 (1 hour).  The maximum allowable
         *                             value is 7862400 (91 days).
         *                             <p>
         *                             The signer implementation is then free to issue a certificate with any
         *                             lifetime <em>shorter</em> than MaxExpirationSeconds, but no shorter than 3600
         *                             seconds (1 hour).  This constraint is enforced by kube-apiserver.
         *                             <code>kubernetes.io</code> signers will never issue certificates with a lifetime
         *                             longer than 24 hours.
         * @return {@code this}
         */
        public Builder maxExpirationSeconds(java.lang.Number maxExpirationSeconds) {
            this.maxExpirationSeconds = maxExpirationSeconds;
            return this;
        }

        /**
         * Sets the value of {@link PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate#getUserAnnotations}
         * @param userAnnotations userAnnotations allow pod authors to pass additional information to the signer implementation.
         *                        Kubernetes does not restrict or validate this
         *                        metadata in any way.
         *                        <p>
         *                        These values are copied verbatim into the <code>spec.unverifiedUserAnnotations</code> field of
         *                        the PodCertificateRequest objects that Kubelet creates.
         *                        <p>
         *                        Entries are subject to the same validation as object metadata annotations,
         *                        with the addition that all keys must be domain-prefixed. No restrictions
         *                        are placed on values, except an overall size limitation on the entire field.
         *                        <p>
         *                        Signers should document the keys and values they support. Signers should
         *                        deny requests that contain keys they do not recognize.
         * @return {@code this}
         */
        public Builder userAnnotations(java.util.Map<java.lang.String, java.lang.String> userAnnotations) {
            this.userAnnotations = userAnnotations;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate {
        private final java.lang.String keyType;
        private final java.lang.String signerName;
        private final java.lang.String certificateChainPath;
        private final java.lang.String credentialBundlePath;
        private final java.lang.String keyPath;
        private final java.lang.Number maxExpirationSeconds;
        private final java.util.Map<java.lang.String, java.lang.String> userAnnotations;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.keyType = software.amazon.jsii.Kernel.get(this, "keyType", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.signerName = software.amazon.jsii.Kernel.get(this, "signerName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.certificateChainPath = software.amazon.jsii.Kernel.get(this, "certificateChainPath", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.credentialBundlePath = software.amazon.jsii.Kernel.get(this, "credentialBundlePath", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.keyPath = software.amazon.jsii.Kernel.get(this, "keyPath", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.maxExpirationSeconds = software.amazon.jsii.Kernel.get(this, "maxExpirationSeconds", software.amazon.jsii.NativeType.forClass(java.lang.Number.class));
            this.userAnnotations = software.amazon.jsii.Kernel.get(this, "userAnnotations", software.amazon.jsii.NativeType.mapOf(software.amazon.jsii.NativeType.forClass(java.lang.String.class)));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.keyType = java.util.Objects.requireNonNull(builder.keyType, "keyType is required");
            this.signerName = java.util.Objects.requireNonNull(builder.signerName, "signerName is required");
            this.certificateChainPath = builder.certificateChainPath;
            this.credentialBundlePath = builder.credentialBundlePath;
            this.keyPath = builder.keyPath;
            this.maxExpirationSeconds = builder.maxExpirationSeconds;
            this.userAnnotations = builder.userAnnotations;
        }

        @Override
        public final java.lang.String getKeyType() {
            return this.keyType;
        }

        @Override
        public final java.lang.String getSignerName() {
            return this.signerName;
        }

        @Override
        public final java.lang.String getCertificateChainPath() {
            return this.certificateChainPath;
        }

        @Override
        public final java.lang.String getCredentialBundlePath() {
            return this.credentialBundlePath;
        }

        @Override
        public final java.lang.String getKeyPath() {
            return this.keyPath;
        }

        @Override
        public final java.lang.Number getMaxExpirationSeconds() {
            return this.maxExpirationSeconds;
        }

        @Override
        public final java.util.Map<java.lang.String, java.lang.String> getUserAnnotations() {
            return this.userAnnotations;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("keyType", om.valueToTree(this.getKeyType()));
            data.set("signerName", om.valueToTree(this.getSignerName()));
            if (this.getCertificateChainPath() != null) {
                data.set("certificateChainPath", om.valueToTree(this.getCertificateChainPath()));
            }
            if (this.getCredentialBundlePath() != null) {
                data.set("credentialBundlePath", om.valueToTree(this.getCredentialBundlePath()));
            }
            if (this.getKeyPath() != null) {
                data.set("keyPath", om.valueToTree(this.getKeyPath()));
            }
            if (this.getMaxExpirationSeconds() != null) {
                data.set("maxExpirationSeconds", om.valueToTree(this.getMaxExpirationSeconds()));
            }
            if (this.getUserAnnotations() != null) {
                data.set("userAnnotations", om.valueToTree(this.getUserAnnotations()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("cnpg_iocnpgpostgresql.PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate.Jsii$Proxy that = (PoolerSpecTemplateSpecVolumesProjectedSourcesPodCertificate.Jsii$Proxy) o;

            if (!keyType.equals(that.keyType)) return false;
            if (!signerName.equals(that.signerName)) return false;
            if (this.certificateChainPath != null ? !this.certificateChainPath.equals(that.certificateChainPath) : that.certificateChainPath != null) return false;
            if (this.credentialBundlePath != null ? !this.credentialBundlePath.equals(that.credentialBundlePath) : that.credentialBundlePath != null) return false;
            if (this.keyPath != null ? !this.keyPath.equals(that.keyPath) : that.keyPath != null) return false;
            if (this.maxExpirationSeconds != null ? !this.maxExpirationSeconds.equals(that.maxExpirationSeconds) : that.maxExpirationSeconds != null) return false;
            return this.userAnnotations != null ? this.userAnnotations.equals(that.userAnnotations) : that.userAnnotations == null;
        }

        @Override
        public final int hashCode() {
            int result = this.keyType.hashCode();
            result = 31 * result + (this.signerName.hashCode());
            result = 31 * result + (this.certificateChainPath != null ? this.certificateChainPath.hashCode() : 0);
            result = 31 * result + (this.credentialBundlePath != null ? this.credentialBundlePath.hashCode() : 0);
            result = 31 * result + (this.keyPath != null ? this.keyPath.hashCode() : 0);
            result = 31 * result + (this.maxExpirationSeconds != null ? this.maxExpirationSeconds.hashCode() : 0);
            result = 31 * result + (this.userAnnotations != null ? this.userAnnotations.hashCode() : 0);
            return result;
        }
    }
}
