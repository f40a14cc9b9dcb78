package dev.superscale.stacks;

import dev.superscale.aws.SupersetPlatformProps;
import dev.superscale.aws.SupersetStack;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.InfeasiblePlanException;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.PlanFeasibility;
import dev.superscale.capacity.PostgresHaMode;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.UserLoad;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;

/**
 * The CDK app of {@code cdk.json}: {@code npx aws-cdk synth -c users=10000}, {@code cdk deploy}.
 *
 * <p>Context (all optional): {@code users} (default {@value #DEFAULT_USERS}) or {@code preset}
 * (100, 1k, 10k, 50k); {@code stackName} (default {@value #DEFAULT_STACK_NAME}); {@code certificateArn};
 * {@code internetFacing} and {@code allowPlainHttp} (true/false, default false: an internal load balancer);
 * {@code publicUrl} (the address users open, matching the certificate);
 * {@code alarmEmail}; {@code availabilityZones} (comma-separated names); {@code databaseHaMode}
 * (MULTI_AZ_STANDBY, the default, or MULTI_AZ_WITH_READER for Aurora: choose it when the database is created);
 * {@code nag} (default true: cdk-nag's AwsSolutions pack runs on every synth and the CLI fails on
 * any unsuppressed finding).
 */
public final class SupersetCdkApp {

    public static final int DEFAULT_USERS = 10_000;
    public static final String DEFAULT_STACK_NAME = "Superset";

    private SupersetCdkApp() {
    }

    public static void main(String[] args) {
        // Without the CDK CLI there is no CDK_OUTDIR and App would write to a temporary directory.
        App app = System.getenv("CDK_OUTDIR") == null
                ? App.Builder.create().outdir("cdk.out").analyticsReporting(false).build()
                : App.Builder.create().analyticsReporting(false).build();
        try {
            configure(app);
        } catch (InvalidInputException e) {
            System.err.println("superscale: " + String.join("; ", e.problems()));
            System.exit(2);
        } catch (InfeasiblePlanException e) {
            System.err.println("superscale: " + String.join("; ", e.problems()));
            System.exit(3);
        }
        app.synth();
    }

    /** Reads the context, adds the stack (and cdk-nag unless nag=false). */
    public static SupersetStack configure(App app) {
        List<String> problems = new ArrayList<>();
        String users = context(app, "users");
        String preset = context(app, "preset");
        UserLoad load = null;
        if (users != null && preset != null) {
            problems.add("give -c users=N or -c preset=NAME, not both (got users=" + users + " and preset=" + preset + ")");
        } else if (preset != null) {
            try {
                load = Preset.fromName(preset).load();
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        } else {
            try {
                load = UserLoad.ofUsers(users == null ? DEFAULT_USERS : parseUsers(users));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        String stackName = context(app, "stackName") != null ? context(app, "stackName") : DEFAULT_STACK_NAME;
        if (!stackName.matches("[A-Za-z][A-Za-z0-9-]{0,127}")) {
            problems.add("-c stackName=" + stackName + " is not a CloudFormation stack name (letters, digits, hyphens; starts with a letter)");
        }
        PostgresHaMode haMode = null;
        String mode = context(app, "databaseHaMode");
        if (mode != null) {
            try {
                haMode = PostgresHaMode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("-c databaseHaMode=" + mode + " is not allowed: use " + Arrays.toString(PostgresHaMode.values()));
            }
        }
        boolean nag = !"false".equalsIgnoreCase(context(app, "nag"));
        Boolean internetFacing = flag(app, "internetFacing", problems);
        Boolean allowPlainHttp = flag(app, "allowPlainHttp", problems);
        String zones = context(app, "availabilityZones");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SupersetPlatformProps props = SupersetPlatformProps.builder()
                .plan(PlanFeasibility.require(CapacityPlanner.planFor(load)))
                .certificateArn(context(app, "certificateArn"))
                .publicUrl(context(app, "publicUrl"))
                .alarmEmail(context(app, "alarmEmail"))
                .availabilityZones(zones == null ? null : Arrays.stream(zones.split(",")).map(String::trim).toList())
                .databaseHaMode(haMode)
                .internetFacing(internetFacing)
                .allowPlainHttp(allowPlainHttp)
                .build();
        if (nag) {
            Aspects.of(app).add(new AwsSolutionsChecks());
        }
        try {
            return new SupersetStack(app, stackName, props);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /** A true/false context value, or null when unset; anything else is a problem naming the key. */
    private static Boolean flag(App app, String key, List<String> problems) {
        String text = context(app, key);
        if (text == null) {
            return null;
        }
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            problems.add("-c " + key + "=" + text + " is not allowed: use true or false");
            return null;
        }
        return Boolean.valueOf(text.toLowerCase(Locale.ROOT));
    }

    private static String context(App app, String key) {
        Object value = app.getNode().tryGetContext(key);
        if (value == null) {
            return null;
        }
        String text = value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                ? Long.toString(number.longValue()) : value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    /** The {@code -c users=N} context value, parsed strictly; throws {@link InvalidInputException} naming it. */
    public static int parseUsers(String text) {
        String allowed = "a whole number from " + UserLoad.MIN_USERS + " to " + UserLoad.MAX_USERS;
        long value;
        // ASCII digits only: Long.parseLong also takes "+5" and non-ASCII digits such as "١٠٠٠".
        if (!text.strip().matches("-?[0-9]{1,18}(_[0-9]+)*") || text.strip().replace("_", "").length() > 18) {
            throw new InvalidInputException("-c users=" + text + " is not " + allowed);
        }
        value = Long.parseLong(text.strip().replace("_", ""));
        if (value < UserLoad.MIN_USERS || value > UserLoad.MAX_USERS) {
            throw new InvalidInputException("-c users=" + value + " is outside the supported range: use " + allowed);
        }
        return (int) value;
    }
}
