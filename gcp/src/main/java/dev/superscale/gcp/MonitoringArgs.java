package dev.superscale.gcp;

import dev.superscale.topology.SupersetTopology;
import java.util.List;
import java.util.Optional;

/**
 * Inputs of {@link Monitoring}. Bring your notification channels or give an e-mail address, not both.
 *
 * @param topology             thresholds, windows and the components to watch (required)
 * @param project              the project the metrics live in (required)
 * @param namespace            the Kubernetes namespace of the workloads (required)
 * @param database             the Cloud SQL database to watch (required)
 * @param broker               the broker to watch (required)
 * @param cache                the cache to watch (required)
 * @param notificationChannels existing channel names (projects/P/notificationChannels/ID); default none
 * @param alertEmail           creates an e-mail channel for this address; default none (policies still fire in the console)
 */
public record MonitoringArgs(SupersetTopology topology, String project, String namespace, CloudSqlPostgres database,
        MemorystoreBroker broker, MemorystoreCache cache, List<String> notificationChannels, Optional<String> alertEmail) {

    public MonitoringArgs {
        notificationChannels = List.copyOf(notificationChannels);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private SupersetTopology topology;
        private String project;
        private String namespace;
        private CloudSqlPostgres database;
        private MemorystoreBroker broker;
        private MemorystoreCache cache;
        private List<String> channels = List.of();
        private Optional<String> email = Optional.empty();

        public Builder topology(SupersetTopology topology) {
            this.topology = topology;
            return this;
        }

        public Builder project(String project) {
            this.project = project;
            return this;
        }

        public Builder namespace(String namespace) {
            this.namespace = namespace;
            return this;
        }

        public Builder database(CloudSqlPostgres database) {
            this.database = database;
            return this;
        }

        public Builder broker(MemorystoreBroker broker) {
            this.broker = broker;
            return this;
        }

        public Builder cache(MemorystoreCache cache) {
            this.cache = cache;
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

        public MonitoringArgs build() {
            return new MonitoringArgs(topology, project, namespace, database, broker, cache, channels, email);
        }
    }
}
