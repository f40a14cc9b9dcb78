package dev.superscale.aws;

import java.util.List;
import software.amazon.awscdk.services.ecs.ICluster;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.IBucket;

/** Props of {@link WebService}. */
public final class WebServiceProps {

    private final ICluster cluster;
    private final SupersetRuntime runtime;
    private final String certificateArn;
    private final Boolean internetFacing;
    private final List<String> ingressCidrs;
    private final IBucket existingAccessLogBucket;
    private final RetentionDays logRetention;

    private WebServiceProps(Builder b) {
        this.cluster = b.cluster;
        this.runtime = b.runtime;
        this.certificateArn = b.certificateArn;
        this.internetFacing = b.internetFacing;
        this.ingressCidrs = b.ingressCidrs == null ? null : List.copyOf(b.ingressCidrs);
        this.existingAccessLogBucket = b.existingAccessLogBucket;
        this.logRetention = b.logRetention;
        this.allowPlainHttp = b.allowPlainHttp;
        this.deletionProtection = b.deletionProtection;
    }

    private final Boolean allowPlainHttp;
    private final Boolean deletionProtection;

    public static Builder builder() {
        return new Builder();
    }

    /** The ECS cluster (its VPC is used). Required. */
    public ICluster getCluster() {
        return cluster;
    }

    /** Image, config, endpoints, secrets and app-tier security group; its plan sizes the service. Required. */
    public SupersetRuntime getRuntime() {
        return runtime;
    }

    /**
     * An ACM certificate for the load balancer. When given, HTTPS on 443 serves and HTTP on 80
     * redirects to it. Default: none, HTTP on 80 only (put your own TLS terminator in front).
     */
    public String getCertificateArn() {
        return certificateArn;
    }

    /**
     * Whether the load balancer has a public address. Default false: internal, reachable from the VPC
     * and the networks joined to it. Internet-facing needs certificateArn, or allowPlainHttp.
     */
    public Boolean getInternetFacing() {
        return internetFacing;
    }

    /** Serve an internet-facing load balancer over plain HTTP (logins cross the internet unencrypted). Default false. */
    public Boolean getAllowPlainHttp() {
        return allowPlainHttp;
    }

    /** Whether the load balancer is protected from deletion (a stack delete then needs it switched off first). Default true. */
    public Boolean getDeletionProtection() {
        return deletionProtection;
    }

    /** Who may reach the load balancer. Default ["0.0.0.0/0"] (for an internal balancer: every network routed to the VPC). */
    public List<String> getIngressCidrs() {
        return ingressCidrs;
    }

    /** A bucket for the load balancer's access logs (S3-managed encryption). Default: a new bucket. */
    public IBucket getExistingAccessLogBucket() {
        return existingAccessLogBucket;
    }

    /** How long container logs are kept. Default one month. */
    public RetentionDays getLogRetention() {
        return logRetention;
    }

    public static final class Builder {
        private ICluster cluster;
        private SupersetRuntime runtime;
        private String certificateArn;
        private Boolean internetFacing;
        private List<String> ingressCidrs;
        private IBucket existingAccessLogBucket;
        private RetentionDays logRetention;
        private Boolean allowPlainHttp;
        private Boolean deletionProtection;

        public Builder allowPlainHttp(Boolean allowPlainHttp) {
            this.allowPlainHttp = allowPlainHttp;
            return this;
        }

        public Builder deletionProtection(Boolean deletionProtection) {
            this.deletionProtection = deletionProtection;
            return this;
        }

        public Builder cluster(ICluster cluster) {
            this.cluster = cluster;
            return this;
        }

        public Builder runtime(SupersetRuntime runtime) {
            this.runtime = runtime;
            return this;
        }

        public Builder certificateArn(String certificateArn) {
            this.certificateArn = certificateArn;
            return this;
        }

        public Builder internetFacing(Boolean internetFacing) {
            this.internetFacing = internetFacing;
            return this;
        }

        public Builder ingressCidrs(List<String> ingressCidrs) {
            this.ingressCidrs = ingressCidrs;
            return this;
        }

        public Builder existingAccessLogBucket(IBucket existingAccessLogBucket) {
            this.existingAccessLogBucket = existingAccessLogBucket;
            return this;
        }

        public Builder logRetention(RetentionDays logRetention) {
            this.logRetention = logRetention;
            return this;
        }

        public WebServiceProps build() {
            return new WebServiceProps(this);
        }
    }
}
