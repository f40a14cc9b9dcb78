package dev.superscale.gcp;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.superscale.capacity.InvalidInputException;
import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The Pulumi program: reads and validates the stack configuration, then creates {@link SupersetGcp}.
 * Bad configuration ends the program with one line on stderr and exit code 2, before any resource
 * is registered.
 */
public final class SupersetGcpProgram {

    public static final String COMPONENT_NAME = "superset";
    public static final int CONFIG_ERROR_EXIT = 2;

    private SupersetGcpProgram() {
    }

    /** The program body for {@code Pulumi.run}. */
    public static void define(Context ctx) {
        define(ctx, System.err, System::exit);
    }

    static void define(Context ctx, PrintStream err, IntConsumer exit) {
        Optional<GcpStackConfig> config = validate(key -> {
            int colon = key.indexOf(':');
            return ctx.config(key.substring(0, colon)).get(key.substring(colon + 1));
        }, err, exit);
        if (config.isEmpty()) {
            return;
        }
        SupersetGcp platform = new SupersetGcp(COMPONENT_NAME, SupersetGcpArgs.fromConfig(config.get()), null);
        ctx.export("clusterName", platform.getGke().clusterName());
        ctx.export("databasePrivateIp", platform.getDatabase().privateIpAddress());
        ctx.export("brokerHost", platform.getBroker().host());
        ctx.export("brokerPort", platform.getBroker().port());
        ctx.export("cacheNodes", platform.getCache().nodes());
        ctx.export("workloadServiceAccount", platform.getSecrets().getWorkloadServiceAccount().email());
        ctx.export("users", Output.of(config.get().plan().load().registeredUsers()));
        ctx.export("url", Output.of(platform.getWorkloads().props().getWebUrl()));
        ctx.export("kubernetesObjects", Output.of(platform.getWorkloads().getManifests().size()));
    }

    /** The validated configuration, or empty after printing the one-line error and calling {@code exit} with 2. */
    static Optional<GcpStackConfig> validate(Function<String, Optional<String>> lookup, PrintStream err, IntConsumer exit) {
        try {
            return Optional.of(GcpStackConfig.from(lookup));
        } catch (InvalidInputException e) {
            err.println("superscale: " + String.join("; ", e.problems()));
            exit.accept(CONFIG_ERROR_EXIT);
            return Optional.empty();
        }
    }
}
