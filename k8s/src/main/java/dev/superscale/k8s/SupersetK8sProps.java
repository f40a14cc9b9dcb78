package dev.superscale.k8s;

import dev.superscale.capacity.InvalidInputException;
import dev.superscale.topology.SupersetTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What the Kubernetes charts need beyond the topology: where things are, never how big they are. */
public final class SupersetK8sProps {

    private static final Pattern CIDR = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}/\\d{1,2}");
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern CONFIG_MAP_KEY = Pattern.compile("(?=.{1,253}$)[-._a-zA-Z0-9]+");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    /** The Kubernetes default namespace of the charts. */
    public static final String DEFAULT_NAMESPACE = "superset";
    public static final String DEFAULT_SUPERSET_IMAGE = dev.superscale.render.SupersetVersion.IMAGE;
    public static final String DEFAULT_PGBOUNCER_IMAGE = "edoburu/pgbouncer:v1.25.1-p0";
    public static final String DEFAULT_PROMETHEUS_NAMESPACE = "monitoring";

    private final SupersetTopology topology;
    private final String namespace;
    private final String supersetImage;
    private final String pgBouncerImage;
    private final PostgresChoice postgres;
    private final RedisChoice redis;
    private final WebExposure exposure;
    private final String webUrl;
    private final SpotNodes spotNodes;
    private final List<String> warehouseCidrs;
    private final String prometheusNamespace;

    private SupersetK8sProps(Builder b) {
        this.topology = b.topology;
        this.namespace = b.namespace != null ? b.namespace : DEFAULT_NAMESPACE;
        this.supersetImage = b.supersetImage != null ? b.supersetImage : DEFAULT_SUPERSET_IMAGE;
        this.pgBouncerImage = b.pgBouncerImage != null ? b.pgBouncerImage : DEFAULT_PGBOUNCER_IMAGE;
        this.postgres = b.postgres;
        this.redis = b.redis;
        this.exposure = b.exposure != null ? b.exposure : WebExposure.gateway("superset-gateway", "gateway-system", b.hostname());
        this.webUrl = b.webUrl != null ? b.webUrl : "https://" + b.hostname() + "/";
        this.spotNodes = b.spotNodes != null ? b.spotNodes : SpotNodes.eksKarpenter();
        this.warehouseCidrs = List.copyOf(b.warehouseCidrs);
        this.prometheusNamespace = b.prometheusNamespace != null ? b.prometheusNamespace : DEFAULT_PROMETHEUS_NAMESPACE;
        List<String> problems = new ArrayList<>();
        if (topology == null) {
            problems.add("SupersetK8sProps: topology is required (SupersetTopology.of(plan))");
        }
        if (postgres == null) {
            problems.add("SupersetK8sProps: postgres is required: ExternalPostgres.of(host, cidrs) (bring your own) or CloudNativePostgres.inCluster()");
        }
        if (redis == null) {
            problems.add("SupersetK8sProps: redis is required: ExternalRedis.of(broker, cacheNodes, cidrs) (bring your own) or InClusterRedis.defaults()");
        }
        if (topology != null && redis != null) {
            // superset_config.py and the environment must speak the way this Redis is reached.
            boolean sentinelTopology = topology.web().env(dev.superscale.render.SupersetEnvironment.REDIS_BROKER_SENTINELS).isPresent();
            if (sentinelTopology != (redis.addressing() == dev.superscale.render.RedisAddressing.SENTINEL)) {
                problems.add("SupersetK8sProps: the topology was built for " + (sentinelTopology ? "SENTINEL" : "ENDPOINTS")
                        + " Redis addressing but " + redis.getClass().getSimpleName() + " needs " + redis.addressing()
                        + ": build it with SupersetTopology.of(plan, withFlower, redis.addressing())");
            }
        }
        List<String> namespaces = new ArrayList<>(List.of(namespace, exposure.proxyNamespace(), prometheusNamespace));
        if (postgres instanceof CloudNativePostgres cnpg) {
            namespaces.add(cnpg.operatorNamespace());
        }
        if (redis instanceof InClusterRedis inCluster) {
            namespaces.add(inCluster.kedaNamespace());
        }
        for (String ns : namespaces) {
            if (!DNS_LABEL.matcher(ns).matches()) {
                problems.add("SupersetK8sProps: namespace '" + ns + "' is not a DNS label (lower-case letters, digits, '-', at most 63)");
            }
        }
        if (postgres instanceof ExternalPostgres external && external.cidrs().isEmpty()) {
            problems.add("SupersetK8sProps: postgres cidrs are empty: give the server's addresses (an empty egress peer list would allow everywhere)");
        }
        if (redis instanceof ExternalRedis external && external.cidrs().isEmpty()) {
            problems.add("SupersetK8sProps: redis cidrs are empty: give the broker's and cache's addresses (an empty egress peer list would allow everywhere)");
        }
        List<String> allCidrs = new ArrayList<>(warehouseCidrs);
        if (postgres instanceof ExternalPostgres external) {
            allCidrs.addAll(external.cidrs());
        }
        if (postgres instanceof CloudNativePostgres cnpg) {
            allCidrs.addAll(cnpg.apiServerCidrs());
            allCidrs.addAll(cnpg.objectStoreCidrs());
            if (cnpg.apiServerCidrs().isEmpty()) {
                problems.add("SupersetK8sProps: CloudNativePostgres apiServerCidrs are empty: CNPG's instance manager must reach the Kubernetes API");
            }
        }
        if (redis instanceof ExternalRedis external) {
            allCidrs.addAll(external.cidrs());
            if (external.caConfigMap() != null && !DNS_SUBDOMAIN.matcher(external.caConfigMap()).matches()) {
                problems.add("SupersetK8sProps: redis CA ConfigMap '" + external.caConfigMap()
                        + "' is not a Kubernetes name (lower-case letters, digits, '-', '.', at most 253)");
            }
            if (external.caConfigMap() != null && (external.caKey() == null || !CONFIG_MAP_KEY.matcher(external.caKey()).matches())) {
                problems.add("SupersetK8sProps: redis CA key '" + external.caKey()
                        + "' is not a ConfigMap key (letters, digits, '-', '_', '.', such as ca.pem)");
            }
        }
        allCidrs.addAll(exposure.webSourceCidrs());
        allCidrs.addAll(exposure.publicUrlCidrs());
        for (String cidr : allCidrs) {
            if (!CIDR.matcher(cidr).matches()) {
                problems.add("SupersetK8sProps: '" + cidr + "' is not an IPv4 CIDR such as 10.0.0.0/16");
            }
        }
        if (!webUrl.startsWith("https://") && !webUrl.startsWith("http://")) {
            problems.add("SupersetK8sProps: webUrl '" + webUrl + "' must start with https:// or http://");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The components to render. Required. */
    public SupersetTopology getTopology() {
        return topology;
    }

    /** Namespace of every object. Default {@value #DEFAULT_NAMESPACE}. */
    public String getNamespace() {
        return namespace;
    }

    /** Image for web, workers, beat and migrations: Superset with the psycopg2 driver. Default {@value #DEFAULT_SUPERSET_IMAGE}. */
    public String getSupersetImage() {
        return supersetImage;
    }

    /** PgBouncer image with /bin/sh and pgbouncer on PATH. Default {@value #DEFAULT_PGBOUNCER_IMAGE}. */
    public String getPgBouncerImage() {
        return pgBouncerImage;
    }

    /** Where the metadata database runs. Required: {@link ExternalPostgres} or {@link CloudNativePostgres}. */
    public PostgresChoice getPostgresChoice() {
        return postgres;
    }

    /** Where the broker and cache Redis run. Required: {@link ExternalRedis} or {@link InClusterRedis}. */
    public RedisChoice getRedisChoice() {
        return redis;
    }

    /** The PostgreSQL server you bring; throws when the database runs in the cluster (see {@link #getPostgresChoice()}). */
    public ExternalPostgres getPostgres() {
        if (postgres instanceof ExternalPostgres external) {
            return external;
        }
        throw new IllegalStateException("the database runs in the cluster (CloudNativePostgres): use getPostgresChoice()");
    }

    /** The Redis endpoints you bring; throws when Redis runs in the cluster (see {@link #getRedisChoice()}). */
    public ExternalRedis getRedis() {
        if (redis instanceof ExternalRedis external) {
            return external;
        }
        throw new IllegalStateException("Redis runs in the cluster (InClusterRedis): use getRedisChoice()");
    }

    /** How users reach web. Default an HTTPRoute on Gateway superset-gateway in gateway-system for the hostname. */
    public WebExposure getExposure() {
        return exposure;
    }

    /** The address users open (report links and screenshots). Default https://HOSTNAME/. */
    public String getWebUrl() {
        return webUrl;
    }

    /** How spot and on-demand nodes are labelled. Default {@link SpotNodes#eksKarpenter()}. */
    public SpotNodes getSpotNodes() {
        return spotNodes;
    }

    /** Where Superset may query warehouses (CIDRs, egress on any port). Default none. */
    public List<String> getWarehouseCidrs() {
        return warehouseCidrs;
    }

    /** Namespace Prometheus scrapes from (admitted to the metrics ports). Default {@value #DEFAULT_PROMETHEUS_NAMESPACE}. */
    public String getPrometheusNamespace() {
        return prometheusNamespace;
    }

    public static final class Builder {
        private SupersetTopology topology;
        private String namespace;
        private String supersetImage;
        private String pgBouncerImage;
        private PostgresChoice postgres;
        private RedisChoice redis;
        private WebExposure exposure;
        private String hostname;
        private String webUrl;
        private SpotNodes spotNodes;
        private List<String> warehouseCidrs = List.of();
        private String prometheusNamespace;

        public Builder topology(SupersetTopology topology) {
            this.topology = topology;
            return this;
        }

        public Builder namespace(String namespace) {
            this.namespace = namespace;
            return this;
        }

        public Builder supersetImage(String supersetImage) {
            this.supersetImage = supersetImage;
            return this;
        }

        public Builder pgBouncerImage(String pgBouncerImage) {
            this.pgBouncerImage = pgBouncerImage;
            return this;
        }

        /** Bring your own ({@link ExternalPostgres}) or in-cluster ({@link CloudNativePostgres}); one of them, required. */
        public Builder postgres(PostgresChoice postgres) {
            this.postgres = postgres;
            return this;
        }

        /** Bring your own ({@link ExternalRedis}) or in-cluster ({@link InClusterRedis}); one of them, required. */
        public Builder redis(RedisChoice redis) {
            this.redis = redis;
            return this;
        }

        public Builder exposure(WebExposure exposure) {
            this.exposure = exposure;
            return this;
        }

        /** The public hostname, used by the default exposure and web URL. Default superset.example.com. */
        public Builder hostname(String hostname) {
            this.hostname = hostname;
            return this;
        }

        public Builder webUrl(String webUrl) {
            this.webUrl = webUrl;
            return this;
        }

        public Builder spotNodes(SpotNodes spotNodes) {
            this.spotNodes = spotNodes;
            return this;
        }

        public Builder warehouseCidrs(List<String> warehouseCidrs) {
            this.warehouseCidrs = warehouseCidrs;
            return this;
        }

        public Builder prometheusNamespace(String prometheusNamespace) {
            this.prometheusNamespace = prometheusNamespace;
            return this;
        }

        String hostname() {
            return hostname != null ? hostname : "superset.example.com";
        }

        public SupersetK8sProps build() {
            return new SupersetK8sProps(this);
        }
    }
}
