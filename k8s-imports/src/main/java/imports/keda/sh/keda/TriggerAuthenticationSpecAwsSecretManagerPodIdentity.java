package imports.keda.sh.keda;

/**
 * AuthPodIdentity allows users to select the platform native identity mechanism.
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.866Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecAwsSecretManagerPodIdentity")
@software.amazon.jsii.Jsii.Proxy(TriggerAuthenticationSpecAwsSecretManagerPodIdentity.Jsii$Proxy.class)
public interface TriggerAuthenticationSpecAwsSecretManagerPodIdentity extends software.amazon.jsii.JsiiSerializable {

    /**
     * PodIdentityProvider contains the list of providers.
     */
    @org.jetbrains.annotations.NotNull imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider getProvider();

    /**
     * ExternalID sets the External ID to be used when assuming an identity.
     * <p>
     * This is only applicable when using AWS pod identity with a RoleArn.
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getExternalId() {
        return null;
    }

    /**
     * Set identityAuthorityHost to override the default Azure authority host.
     * <p>
     * If this is set, then the IdentityTenantID must also be set
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getIdentityAuthorityHost() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getIdentityId() {
        return null;
    }

    /**
     * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload.
     * <p>
     * Mutually exclusive with roleArn
     */
    default @org.jetbrains.annotations.Nullable imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner getIdentityOwner() {
        return null;
    }

    /**
     * Set identityTenantId to override the default Azure tenant id.
     * <p>
     * If this is set, then the IdentityID must also be set
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getIdentityTenantId() {
        return null;
    }

    /**
     * RoleArn sets the AWS RoleArn to be used.
     * <p>
     * Mutually exclusive with IdentityOwner
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getRoleArn() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link TriggerAuthenticationSpecAwsSecretManagerPodIdentity}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link TriggerAuthenticationSpecAwsSecretManagerPodIdentity}
     */
    public static final class Builder implements software.amazon.jsii.Builder<TriggerAuthenticationSpecAwsSecretManagerPodIdentity> {
        imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider provider;
        java.lang.String externalId;
        java.lang.String identityAuthorityHost;
        java.lang.String identityId;
        imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner identityOwner;
        java.lang.String identityTenantId;
        java.lang.String roleArn;

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAwsSecretManagerPodIdentity#getProvider}
         * @param provider PodIdentityProvider contains the list of providers. This parameter is required.
         * @return {@code this}
         */
        public Builder provider(imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider provider) {
            this.provider = provider;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAwsSecretManagerPodIdentity#getExternalId}
         * @param externalId ExternalID sets the External ID to be used when assuming an identity.
         *                   This is only applicable when using AWS pod identity with a RoleArn.
         * @return {@code this}
         */
        public Builder externalId(java.lang.String externalId) {
            this.externalId = externalId;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAwsSecretManagerPodIdentity#getIdentityAuthorityHost}
         * @param identityAuthorityHost Set identityAuthorityHost to override the default Azure authority host.
         *                              If this is set, then the IdentityTenantID must also be set
         * @return {@code this}
         */
        public Builder identityAuthorityHost(java.lang.String identityAuthorityHost) {
            this.identityAuthorityHost = identityAuthorityHost;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAwsSecretManagerPodIdentity#getIdentityId}
         * @param identityId the value to be set.
         * @return {@code this}
         */
        public Builder identityId(java.lang.String identityId) {
            this.identityId = identityId;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAwsSecretManagerPodIdentity#getIdentityOwner}
         * @param identityOwner IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload.
         *                      Mutually exclusive with roleArn
         * @return {@code this}
         */
        public Builder identityOwner(imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner identityOwner) {
            this.identityOwner = identityOwner;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAwsSecretManagerPodIdentity#getIdentityTenantId}
         * @param identityTenantId Set identityTenantId to override the default Azure tenant id.
         *                         If this is set, then the IdentityID must also be set
         * @return {@code this}
         */
        public Builder identityTenantId(java.lang.String identityTenantId) {
            this.identityTenantId = identityTenantId;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecAwsSecretManagerPodIdentity#getRoleArn}
         * @param roleArn RoleArn sets the AWS RoleArn to be used.
         *                Mutually exclusive with IdentityOwner
         * @return {@code this}
         */
        public Builder roleArn(java.lang.String roleArn) {
            this.roleArn = roleArn;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link TriggerAuthenticationSpecAwsSecretManagerPodIdentity}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public TriggerAuthenticationSpecAwsSecretManagerPodIdentity build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link TriggerAuthenticationSpecAwsSecretManagerPodIdentity}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements TriggerAuthenticationSpecAwsSecretManagerPodIdentity {
        private final imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider provider;
        private final java.lang.String externalId;
        private final java.lang.String identityAuthorityHost;
        private final java.lang.String identityId;
        private final imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner identityOwner;
        private final java.lang.String identityTenantId;
        private final java.lang.String roleArn;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.provider = software.amazon.jsii.Kernel.get(this, "provider", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider.class));
            this.externalId = software.amazon.jsii.Kernel.get(this, "externalId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.identityAuthorityHost = software.amazon.jsii.Kernel.get(this, "identityAuthorityHost", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.identityId = software.amazon.jsii.Kernel.get(this, "identityId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.identityOwner = software.amazon.jsii.Kernel.get(this, "identityOwner", software.amazon.jsii.NativeType.forClass(imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner.class));
            this.identityTenantId = software.amazon.jsii.Kernel.get(this, "identityTenantId", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.roleArn = software.amazon.jsii.Kernel.get(this, "roleArn", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.provider = java.util.Objects.requireNonNull(builder.provider, "provider is required");
            this.externalId = builder.externalId;
            this.identityAuthorityHost = builder.identityAuthorityHost;
            this.identityId = builder.identityId;
            this.identityOwner = builder.identityOwner;
            this.identityTenantId = builder.identityTenantId;
            this.roleArn = builder.roleArn;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider getProvider() {
            return this.provider;
        }

        @Override
        public final java.lang.String getExternalId() {
            return this.externalId;
        }

        @Override
        public final java.lang.String getIdentityAuthorityHost() {
            return this.identityAuthorityHost;
        }

        @Override
        public final java.lang.String getIdentityId() {
            return this.identityId;
        }

        @Override
        public final imports.keda.sh.keda.TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner getIdentityOwner() {
            return this.identityOwner;
        }

        @Override
        public final java.lang.String getIdentityTenantId() {
            return this.identityTenantId;
        }

        @Override
        public final java.lang.String getRoleArn() {
            return this.roleArn;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            data.set("provider", om.valueToTree(this.getProvider()));
            if (this.getExternalId() != null) {
                data.set("externalId", om.valueToTree(this.getExternalId()));
            }
            if (this.getIdentityAuthorityHost() != null) {
                data.set("identityAuthorityHost", om.valueToTree(this.getIdentityAuthorityHost()));
            }
            if (this.getIdentityId() != null) {
                data.set("identityId", om.valueToTree(this.getIdentityId()));
            }
            if (this.getIdentityOwner() != null) {
                data.set("identityOwner", om.valueToTree(this.getIdentityOwner()));
            }
            if (this.getIdentityTenantId() != null) {
                data.set("identityTenantId", om.valueToTree(this.getIdentityTenantId()));
            }
            if (this.getRoleArn() != null) {
                data.set("roleArn", om.valueToTree(this.getRoleArn()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.TriggerAuthenticationSpecAwsSecretManagerPodIdentity"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            TriggerAuthenticationSpecAwsSecretManagerPodIdentity.Jsii$Proxy that = (TriggerAuthenticationSpecAwsSecretManagerPodIdentity.Jsii$Proxy) o;

            if (!provider.equals(that.provider)) return false;
            if (this.externalId != null ? !this.externalId.equals(that.externalId) : that.externalId != null) return false;
            if (this.identityAuthorityHost != null ? !this.identityAuthorityHost.equals(that.identityAuthorityHost) : that.identityAuthorityHost != null) return false;
            if (this.identityId != null ? !this.identityId.equals(that.identityId) : that.identityId != null) return false;
            if (this.identityOwner != null ? !this.identityOwner.equals(that.identityOwner) : that.identityOwner != null) return false;
            if (this.identityTenantId != null ? !this.identityTenantId.equals(that.identityTenantId) : that.identityTenantId != null) return false;
            return this.roleArn != null ? this.roleArn.equals(that.roleArn) : that.roleArn == null;
        }

        @Override
        public final int hashCode() {
            int result = this.provider.hashCode();
            result = 31 * result + (this.externalId != null ? this.externalId.hashCode() : 0);
            result = 31 * result + (this.identityAuthorityHost != null ? this.identityAuthorityHost.hashCode() : 0);
            result = 31 * result + (this.identityId != null ? this.identityId.hashCode() : 0);
            result = 31 * result + (this.identityOwner != null ? this.identityOwner.hashCode() : 0);
            result = 31 * result + (this.identityTenantId != null ? this.identityTenantId.hashCode() : 0);
            result = 31 * result + (this.roleArn != null ? this.roleArn.hashCode() : 0);
            return result;
        }
    }
}
