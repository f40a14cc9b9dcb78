package imports.keda.sh.keda;

/**
 */
@javax.annotation.Generated(value = "jsii-pacmak/1.140.0 (build 79fd58c)", date = "2026-12-01T21:36:20.896Z")
@software.amazon.jsii.Jsii(module = imports.keda.sh.keda.$Module.class, fqn = "keda_shkeda.TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData")
@software.amazon.jsii.Jsii.Proxy(TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData.Jsii$Proxy.class)
public interface TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData extends software.amazon.jsii.JsiiSerializable {

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getAltNames() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getCommonName() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getFormat() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getIpSans() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getOtherSans() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getTtl() {
        return null;
    }

    /**
     */
    default @org.jetbrains.annotations.Nullable java.lang.String getUriSans() {
        return null;
    }

    /**
     * @return a {@link Builder} of {@link TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData}
     */
    static Builder builder() {
        return new Builder();
    }
    /**
     * A builder for {@link TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData}
     */
    public static final class Builder implements software.amazon.jsii.Builder<TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData> {
        java.lang.String altNames;
        java.lang.String commonName;
        java.lang.String format;
        java.lang.String ipSans;
        java.lang.String otherSans;
        java.lang.String ttl;
        java.lang.String uriSans;

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#getAltNames}
         * @param altNames the value to be set.
         * @return {@code this}
         */
        public Builder altNames(java.lang.String altNames) {
            this.altNames = altNames;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#getCommonName}
         * @param commonName the value to be set.
         * @return {@code this}
         */
        public Builder commonName(java.lang.String commonName) {
            this.commonName = commonName;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#getFormat}
         * @param format the value to be set.
         * @return {@code this}
         */
        public Builder format(java.lang.String format) {
            this.format = format;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#getIpSans}
         * @param ipSans the value to be set.
         * @return {@code this}
         */
        public Builder ipSans(java.lang.String ipSans) {
            this.ipSans = ipSans;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#getOtherSans}
         * @param otherSans the value to be set.
         * @return {@code this}
         */
        public Builder otherSans(java.lang.String otherSans) {
            this.otherSans = otherSans;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#getTtl}
         * @param ttl the value to be set.
         * @return {@code this}
         */
        public Builder ttl(java.lang.String ttl) {
            this.ttl = ttl;
            return this;
        }

        /**
         * Sets the value of {@link TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData#getUriSans}
         * @param uriSans the value to be set.
         * @return {@code this}
         */
        public Builder uriSans(java.lang.String uriSans) {
            this.uriSans = uriSans;
            return this;
        }

        /**
         * Builds the configured instance.
         * @return a new instance of {@link TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData}
         * @throws NullPointerException if any required attribute was not provided
         */
        @Override
        public TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData build() {
            return new Jsii$Proxy(this);
        }
    }

    /**
     * An implementation for {@link TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData}
     */
    @software.amazon.jsii.Internal
    final class Jsii$Proxy extends software.amazon.jsii.JsiiObject implements TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData {
        private final java.lang.String altNames;
        private final java.lang.String commonName;
        private final java.lang.String format;
        private final java.lang.String ipSans;
        private final java.lang.String otherSans;
        private final java.lang.String ttl;
        private final java.lang.String uriSans;

        /**
         * Constructor that initializes the object based on values retrieved from the JsiiObject.
         * @param objRef Reference to the JSII managed object.
         */
        protected Jsii$Proxy(final software.amazon.jsii.JsiiObjectRef objRef) {
            super(objRef);
            this.altNames = software.amazon.jsii.Kernel.get(this, "altNames", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.commonName = software.amazon.jsii.Kernel.get(this, "commonName", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.format = software.amazon.jsii.Kernel.get(this, "format", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.ipSans = software.amazon.jsii.Kernel.get(this, "ipSans", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.otherSans = software.amazon.jsii.Kernel.get(this, "otherSans", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.ttl = software.amazon.jsii.Kernel.get(this, "ttl", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
            this.uriSans = software.amazon.jsii.Kernel.get(this, "uriSans", software.amazon.jsii.NativeType.forClass(java.lang.String.class));
        }

        /**
         * Constructor that initializes the object based on literal property values passed by the {@link Builder}.
         */
        protected Jsii$Proxy(final Builder builder) {
            super(software.amazon.jsii.JsiiObject.InitializationMode.JSII);
            this.altNames = builder.altNames;
            this.commonName = builder.commonName;
            this.format = builder.format;
            this.ipSans = builder.ipSans;
            this.otherSans = builder.otherSans;
            this.ttl = builder.ttl;
            this.uriSans = builder.uriSans;
        }

        @Override
        public final java.lang.String getAltNames() {
            return this.altNames;
        }

        @Override
        public final java.lang.String getCommonName() {
            return this.commonName;
        }

        @Override
        public final java.lang.String getFormat() {
            return this.format;
        }

        @Override
        public final java.lang.String getIpSans() {
            return this.ipSans;
        }

        @Override
        public final java.lang.String getOtherSans() {
            return this.otherSans;
        }

        @Override
        public final java.lang.String getTtl() {
            return this.ttl;
        }

        @Override
        public final java.lang.String getUriSans() {
            return this.uriSans;
        }

        @Override
        @software.amazon.jsii.Internal
        public com.fasterxml.jackson.databind.JsonNode $jsii$toJson() {
            final com.fasterxml.jackson.databind.ObjectMapper om = software.amazon.jsii.JsiiObjectMapper.INSTANCE;
            final com.fasterxml.jackson.databind.node.ObjectNode data = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();

            if (this.getAltNames() != null) {
                data.set("altNames", om.valueToTree(this.getAltNames()));
            }
            if (this.getCommonName() != null) {
                data.set("commonName", om.valueToTree(this.getCommonName()));
            }
            if (this.getFormat() != null) {
                data.set("format", om.valueToTree(this.getFormat()));
            }
            if (this.getIpSans() != null) {
                data.set("ipSans", om.valueToTree(this.getIpSans()));
            }
            if (this.getOtherSans() != null) {
                data.set("otherSans", om.valueToTree(this.getOtherSans()));
            }
            if (this.getTtl() != null) {
                data.set("ttl", om.valueToTree(this.getTtl()));
            }
            if (this.getUriSans() != null) {
                data.set("uriSans", om.valueToTree(this.getUriSans()));
            }

            final com.fasterxml.jackson.databind.node.ObjectNode struct = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            struct.set("fqn", om.valueToTree("keda_shkeda.TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData"));
            struct.set("data", data);

            final com.fasterxml.jackson.databind.node.ObjectNode obj = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            obj.set("$jsii.struct", struct);

            return obj;
        }

        @Override
        public final boolean equals(final java.lang.Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;

            TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData.Jsii$Proxy that = (TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData.Jsii$Proxy) o;

            if (this.altNames != null ? !this.altNames.equals(that.altNames) : that.altNames != null) return false;
            if (this.commonName != null ? !this.commonName.equals(that.commonName) : that.commonName != null) return false;
            if (this.format != null ? !this.format.equals(that.format) : that.format != null) return false;
            if (this.ipSans != null ? !this.ipSans.equals(that.ipSans) : that.ipSans != null) return false;
            if (this.otherSans != null ? !this.otherSans.equals(that.otherSans) : that.otherSans != null) return false;
            if (this.ttl != null ? !this.ttl.equals(that.ttl) : that.ttl != null) return false;
            return this.uriSans != null ? this.uriSans.equals(that.uriSans) : that.uriSans == null;
        }

        @Override
        public final int hashCode() {
            int result = this.altNames != null ? this.altNames.hashCode() : 0;
            result = 31 * result + (this.commonName != null ? this.commonName.hashCode() : 0);
            result = 31 * result + (this.format != null ? this.format.hashCode() : 0);
            result = 31 * result + (this.ipSans != null ? this.ipSans.hashCode() : 0);
            result = 31 * result + (this.otherSans != null ? this.otherSans.hashCode() : 0);
            result = 31 * result + (this.ttl != null ? this.ttl.hashCode() : 0);
            result = 31 * result + (this.uriSans != null ? this.uriSans.hashCode() : 0);
            return result;
        }
    }
}
