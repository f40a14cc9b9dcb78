package dev.superscale.aws;

import dev.superscale.capacity.CapacityPlan;
import java.util.List;
import software.amazon.awscdk.services.sns.ITopic;

/** Props of {@link Monitoring}: the plan's thresholds and the components to watch (each optional but the plan). */
public final class MonitoringProps {

    private final CapacityPlan plan;
    private final WebService web;
    private final List<SpotWorkerGroup> workers;
    private final CeleryBeat beat;
    private final PgBouncerPool pgBouncer;
    private final HaPostgres database;
    private final RedisBroker broker;
    private final RedisCache cache;
    private final ITopic existingTopic;
    private final String alarmEmail;

    private MonitoringProps(Builder b) {
        this.plan = b.plan;
        this.web = b.web;
        this.workers = b.workers == null ? List.of() : List.copyOf(b.workers);
        this.beat = b.beat;
        this.pgBouncer = b.pgBouncer;
        this.database = b.database;
        this.broker = b.broker;
        this.cache = b.cache;
        this.existingTopic = b.existingTopic;
        this.alarmEmail = b.alarmEmail;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The capacity plan: its alert thresholds. Required. */
    public CapacityPlan getPlan() {
        return plan;
    }

    /** Web latency, error rate and tasks down. Default: not watched. */
    public WebService getWeb() {
        return web;
    }

    /** Queue depth and workers down per queue. Default: none. */
    public List<SpotWorkerGroup> getWorkers() {
        return workers;
    }

    /** Beat down. Default: not watched. */
    public CeleryBeat getBeat() {
        return beat;
    }

    /** PgBouncer tasks down. Default: not watched. */
    public PgBouncerPool getPgBouncer() {
        return pgBouncer;
    }

    /** Connections near max_connections and query latency. Default: not watched (a database you bring has its own). */
    public HaPostgres getDatabase() {
        return database;
    }

    /** Broker memory. Default: not watched. */
    public RedisBroker getBroker() {
        return broker;
    }

    /** Cache memory and hit ratio. Default: not watched. */
    public RedisCache getCache() {
        return cache;
    }

    /** Send alarms to this topic. Default: a new topic encrypted with a new KMS key. */
    public ITopic getExistingTopic() {
        return existingTopic;
    }

    /** Subscribe this address to the new topic. Default: no subscription. */
    public String getAlarmEmail() {
        return alarmEmail;
    }

    public static final class Builder {
        private CapacityPlan plan;
        private WebService web;
        private List<SpotWorkerGroup> workers;
        private CeleryBeat beat;
        private PgBouncerPool pgBouncer;
        private HaPostgres database;
        private RedisBroker broker;
        private RedisCache cache;
        private ITopic existingTopic;
        private String alarmEmail;

        public Builder plan(CapacityPlan plan) {
            this.plan = plan;
            return this;
        }

        public Builder web(WebService web) {
            this.web = web;
            return this;
        }

        public Builder workers(List<SpotWorkerGroup> workers) {
            this.workers = workers;
            return this;
        }

        public Builder beat(CeleryBeat beat) {
            this.beat = beat;
            return this;
        }

        public Builder pgBouncer(PgBouncerPool pgBouncer) {
            this.pgBouncer = pgBouncer;
            return this;
        }

        public Builder database(HaPostgres database) {
            this.database = database;
            return this;
        }

        public Builder broker(RedisBroker broker) {
            this.broker = broker;
            return this;
        }

        public Builder cache(RedisCache cache) {
            this.cache = cache;
            return this;
        }

        public Builder existingTopic(ITopic existingTopic) {
            this.existingTopic = existingTopic;
            return this;
        }

        public Builder alarmEmail(String alarmEmail) {
            this.alarmEmail = alarmEmail;
            return this;
        }

        public MonitoringProps build() {
            return new MonitoringProps(this);
        }
    }
}
