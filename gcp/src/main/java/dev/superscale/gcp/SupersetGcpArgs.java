package dev.superscale.gcp;

import dev.superscale.topology.SupersetTopology;
import java.util.List;
import java.util.Optional;

/**
 * Inputs of {@link SupersetGcp}; {@link #fromConfig} builds them from a validated stack configuration.
 *
 * @param topology             the components, sized from the plan (required)
 * @param project              the GCP project (required)
 * @param region               the region (required)
 * @param zones                the plan's number of zones in the region (required)
 * @param namespace            the Kubernetes namespace of the workloads; default {@value GcpStackConfig#DEFAULT_NAMESPACE}
 * @param secrets              the secret values (required)
 * @param notificationChannels existing Cloud Monitoring channels; default none
 * @param alertEmail           an address to create an e-mail channel for; default none
 * @param controlPlaneCidrs    CIDRs allowed to reach the GKE control plane; default none (any authenticated caller)
 * @param cacheAuthorization   default and only workable value {@link MemorystoreArgs.CacheAuthorization#DISABLED} (gcp/README.md)
 * @param hostname             the public hostname of Superset (required)
 * @param warehouseCidrs       where Superset pods may reach data warehouses; default none
 * @param supersetImage        the Superset image; null for the charts' default
 */
public record SupersetGcpArgs(SupersetTopology topology, String project, String region, List<String> zones, String namespace,
        SupersetSecretValues secrets, List<String> notificationChannels, Optional<String> alertEmail, List<String> controlPlaneCidrs,
        MemorystoreArgs.CacheAuthorization cacheAuthorization, String hostname, List<String> warehouseCidrs, String supersetImage) {

    public SupersetGcpArgs {
        zones = zones == null ? null : List.copyOf(zones);
        notificationChannels = List.copyOf(notificationChannels);
        controlPlaneCidrs = List.copyOf(controlPlaneCidrs);
        warehouseCidrs = List.copyOf(warehouseCidrs);
    }

    public static SupersetGcpArgs fromConfig(GcpStackConfig config) {
        return builder()
                .topology(SupersetTopology.of(config.plan()))
                .project(config.project())
                .region(config.region())
                .zones(config.zones())
                .namespace(config.namespace())
                .secrets(config.secrets())
                .notificationChannels(config.notificationChannels())
                .alertEmail(config.alertEmail())
                .controlPlaneCidrs(config.controlPlaneCidrs())
                .hostname(config.hostname())
                .warehouseCidrs(config.warehouseCidrs())
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private SupersetTopology topology;
        private String project;
        private String region;
        private List<String> zones;
        private String namespace = GcpStackConfig.DEFAULT_NAMESPACE;
        private SupersetSecretValues secrets;
        private List<String> channels = List.of();
        private Optional<String> email = Optional.empty();
        private List<String> cidrs = List.of();
        private MemorystoreArgs.CacheAuthorization cacheAuthorization = MemorystoreArgs.CacheAuthorization.DISABLED;
        private String hostname;
        private List<String> warehouseCidrs = List.of();
        private String supersetImage;

        public Builder hostname(String hostname) {
            this.hostname = hostname;
            return this;
        }

        public Builder warehouseCidrs(List<String> cidrs) {
            this.warehouseCidrs = cidrs;
            return this;
        }

        public Builder supersetImage(String image) {
            this.supersetImage = image;
            return this;
        }

        public Builder topology(SupersetTopology topology) {
            this.topology = topology;
            return this;
        }

        public Builder project(String project) {
            this.project = project;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder zones(List<String> zones) {
            this.zones = zones;
            return this;
        }

        public Builder namespace(String namespace) {
            this.namespace = namespace;
            return this;
        }

        public Builder secrets(SupersetSecretValues secrets) {
            this.secrets = secrets;
            return this;
        }

        public Builder notificationChannels(List<String> channels) {
            this.channels = channels;
            return this;
        }

        public Builder alertEmail(Optional<String> email) {
            this.email = email;
            return this;
        }

        public Builder controlPlaneCidrs(List<String> cidrs) {
            this.cidrs = cidrs;
            return this;
        }

        public Builder cacheAuthorization(MemorystoreArgs.CacheAuthorization authorization) {
            this.cacheAuthorization = authorization;
            return this;
        }

        public SupersetGcpArgs build() {
            return new SupersetGcpArgs(topology, project, region, zones, namespace, secrets, channels, email, cidrs, cacheAuthorization, hostname,
                    warehouseCidrs, supersetImage);
        }
    }
}
