package dev.superscale.gcp;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.UserLoad;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Pulumi stack configuration of the Superset program, validated in one pass: every problem is
 * collected and reported on one line, as the command line does.
 *
 * @param plan                 the capacity plan of {@code superscale:users} (or {@code superscale:preset})
 * @param project              {@code gcp:project}
 * @param region               {@code gcp:region}
 * @param zones                {@code superscale:zones}, or the region's zones a, b, c; the plan's zone count is used
 * @param namespace            {@code superscale:namespace}: the Kubernetes namespace of the workloads (Workload Identity binding)
 * @param alertEmail           {@code superscale:alertEmail}: an e-mail notification channel is created for it
 * @param notificationChannels {@code superscale:notificationChannels}: existing channel names (projects/P/notificationChannels/ID), comma-separated
 * @param controlPlaneCidrs    {@code superscale:controlPlaneCidrs}: CIDRs allowed to reach the GKE control plane, comma-separated; default any
 * @param secrets              the secret values, from {@code pulumi config set --secret}
 * @param hostname             {@code superscale:hostname}: Superset's public hostname (required)
 * @param warehouseCidrs       {@code superscale:warehouseCidrs}: where Superset pods may reach data warehouses, comma-separated; default none
 */
public record GcpStackConfig(CapacityPlan plan, String project, String region, List<String> zones, String namespace,
        Optional<String> alertEmail, List<String> notificationChannels, List<String> controlPlaneCidrs, SupersetSecretValues secrets,
        String hostname, List<String> warehouseCidrs) {

    public static final String USERS = "superscale:users";
    public static final String PRESET = "superscale:preset";
    public static final String ZONES = "superscale:zones";
    public static final String NAMESPACE = "superscale:namespace";
    public static final String ALERT_EMAIL = "superscale:alertEmail";
    public static final String NOTIFICATION_CHANNELS = "superscale:notificationChannels";
    public static final String CONTROL_PLANE_CIDRS = "superscale:controlPlaneCidrs";
    public static final String HOSTNAME = "superscale:hostname";
    public static final String WAREHOUSE_CIDRS = "superscale:warehouseCidrs";
    public static final String DATABASE_PASSWORD = "superscale:databasePassword";
    public static final String SECRET_KEY = "superscale:secretKey";
    public static final String ASYNC_QUERIES_JWT_SECRET = "superscale:asyncQueriesJwtSecret";
    public static final String PROJECT = "gcp:project";
    public static final String REGION = "gcp:region";

    /** The default tier, as on the command line. */
    public static final int DEFAULT_USERS = 10_000;
    public static final String DEFAULT_NAMESPACE = "superset";
    /** Superset's SECRET_KEY and the JWT secret sign sessions: Superset's docs ask for a long random key. */
    static final int MIN_SIGNING_KEY_LENGTH = 32;
    static final int MIN_PASSWORD_LENGTH = 16;

    public GcpStackConfig {
        zones = List.copyOf(zones);
        notificationChannels = List.copyOf(notificationChannels);
        controlPlaneCidrs = List.copyOf(controlPlaneCidrs);
        warehouseCidrs = List.copyOf(warehouseCidrs);
    }

    /**
     * Reads and validates the configuration through {@code lookup} (a full key such as
     * {@code gcp:region} to its value, empty when unset).
     *
     * @throws InvalidInputException naming every bad or missing key and what is allowed
     */
    public static GcpStackConfig from(Function<String, Optional<String>> lookup) {
        List<String> problems = new ArrayList<>();
        Optional<String> users = get(lookup, USERS);
        Optional<String> preset = get(lookup, PRESET);
        CapacityPlan plan = null;
        if (users.isPresent() && preset.isPresent()) {
            problems.add("set " + USERS + " or " + PRESET + ", not both");
        } else {
            try {
                UserLoad load = preset.isPresent() ? Preset.fromName(preset.get()).load() : UserLoad.ofUsers(parseUsers(users));
                plan = CapacityPlanner.planFor(load);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(users.isPresent() ? USERS + ": " + p : preset.isPresent() ? PRESET + ": " + p : p));
            }
        }

        String project = get(lookup, PROJECT).orElse(null);
        if (project == null) {
            problems.add(PROJECT + " is not set: pulumi config set gcp:project YOUR-PROJECT-ID");
        } else if (!project.matches("[a-z][a-z0-9-]{4,28}[a-z0-9]")) {
            problems.add(PROJECT + " '" + project + "' is not a project ID (6-30 lower-case letters, digits and dashes, starting with a letter)");
        }
        String region = get(lookup, REGION).orElse(null);
        if (region == null) {
            problems.add(REGION + " is not set: pulumi config set gcp:region europe-west1 (any region with three zones)");
        } else if (!region.matches("[a-z]+-[a-z]+[0-9]+")) {
            problems.add(REGION + " '" + region + "' is not a region name such as europe-west1");
        }

        List<String> zones = List.of();
        if (region != null) {
            zones = get(lookup, ZONES).map(GcpStackConfig::list).orElse(List.of(region + "-a", region + "-b", region + "-c"));
            for (String zone : zones) {
                if (!zone.matches(java.util.regex.Pattern.quote(region) + "-[a-z]")) {
                    problems.add(ZONES + ": '" + zone + "' is not a zone of " + region + " (" + region + "-a, " + region + "-b, ...)");
                }
            }
            if (zones.stream().distinct().count() != zones.size()) {
                problems.add(ZONES + " '" + String.join(",", zones) + "' names a zone twice");
            }
            if (plan != null && zones.size() < plan.availabilityZones().value()) {
                problems.add(ZONES + " names " + zones.size() + " zones; the plan needs " + plan.availabilityZones().value()
                        + " (" + plan.availabilityZones().reason() + ")");
            }
        }

        String namespace = get(lookup, NAMESPACE).orElse(DEFAULT_NAMESPACE);
        if (!namespace.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")) {
            problems.add(NAMESPACE + " '" + namespace + "' is not a Kubernetes namespace name (lower-case letters, digits and dashes, at most 63)");
        }
        Optional<String> email = get(lookup, ALERT_EMAIL);
        List<String> channels = get(lookup, NOTIFICATION_CHANNELS).map(GcpStackConfig::list).orElse(List.of());
        if (email.isPresent() && !channels.isEmpty()) {
            problems.add("set " + ALERT_EMAIL + " or " + NOTIFICATION_CHANNELS + ", not both");
        }
        if (email.isPresent() && !email.get().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(ALERT_EMAIL + " '" + email.get() + "' is not an e-mail address");
        }
        for (String channel : channels) {
            if (!channel.matches("projects/[^/]+/notificationChannels/[0-9]+")) {
                problems.add(NOTIFICATION_CHANNELS + ": '" + channel + "' is not a channel name (projects/PROJECT/notificationChannels/ID)");
            }
        }

        List<String> cidrs = cidrs(lookup, CONTROL_PLANE_CIDRS, "203.0.113.0/24", problems);
        List<String> warehouses = cidrs(lookup, WAREHOUSE_CIDRS, "10.40.0.0/16", problems);
        String hostname = get(lookup, HOSTNAME).orElse(null);
        if (hostname == null) {
            problems.add(HOSTNAME + " is not set: pulumi config set " + HOSTNAME + " superset.example.com (the name users open; its HTTPRoute)");
        } else if (!hostname.matches("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}")) {
            problems.add(HOSTNAME + " '" + hostname + "' is not a lower-case DNS name such as superset.example.com");
        }

        String password = secret(lookup, DATABASE_PASSWORD, MIN_PASSWORD_LENGTH, problems);
        String secretKey = secret(lookup, SECRET_KEY, MIN_SIGNING_KEY_LENGTH, problems);
        Optional<String> jwt = get(lookup, ASYNC_QUERIES_JWT_SECRET);
        if (plan != null && plan.asyncChartQueries()) {
            jwt = Optional.ofNullable(secret(lookup, ASYNC_QUERIES_JWT_SECRET, MIN_SIGNING_KEY_LENGTH, problems));
        } else if (plan != null && jwt.isPresent()) {
            problems.add(ASYNC_QUERIES_JWT_SECRET + " is set but this plan runs chart queries synchronously (" + plan.chartQueryModeReason().reason()
                    + "): remove it");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new GcpStackConfig(plan, project, region, zones.subList(0, plan.availabilityZones().intValue()), namespace, email, channels, cidrs,
                new SupersetSecretValues(password, secretKey, jwt), hostname, warehouses);
    }

    private static List<String> cidrs(Function<String, Optional<String>> lookup, String key, String example, List<String> problems) {
        List<String> cidrs = get(lookup, key).map(GcpStackConfig::list).orElse(List.of());
        for (String cidr : cidrs) {
            if (!cidr.matches("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}/(3[0-2]|[12]?\\d)")) {
                problems.add(key + ": '" + cidr + "' is not an IPv4 CIDR such as " + example);
            }
        }
        return cidrs;
    }

    private static int parseUsers(Optional<String> users) {
        if (users.isEmpty()) {
            return DEFAULT_USERS;
        }
        try {
            return Integer.parseInt(users.get().trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'" + users.get() + "' is not a whole number of users");
        }
    }

    private static String secret(Function<String, Optional<String>> lookup, String key, int minLength, List<String> problems) {
        Optional<String> value = get(lookup, key);
        String command = "pulumi config set --secret " + key + " \"$(openssl rand -base64 " + Math.max(minLength, 32) + ")\"";
        if (value.isEmpty()) {
            problems.add(key + " is not set: " + command);
            return null;
        }
        if (value.get().length() < minLength) {
            // Never echo a secret value, only its length.
            problems.add(key + " has " + value.get().length() + " characters, at least " + minLength + " are needed: " + command);
            return null;
        }
        return value.get();
    }

    private static Optional<String> get(Function<String, Optional<String>> lookup, String key) {
        return lookup.apply(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
