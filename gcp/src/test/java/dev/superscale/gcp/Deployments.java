package dev.superscale.gcp;

import com.pulumi.resources.Resource;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import dev.superscale.capacity.Preset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the whole program under mocks for a preset and keeps what was registered. */
final class Deployments {

    /** A mocked run: what the mocks recorded, the resources with their URNs, and the configuration used. */
    record Deployed(RecordingMocks mocks, List<Resource> resources, Map<Resource, String> urns, GcpStackConfig config, SupersetGcp platform) {
    }

    static final String REGION = "europe-west1";
    static final String EMAIL = "data-platform-oncall@example.com";
    static final String HOSTNAME = "bi.acme.example";
    static final List<String> WAREHOUSE_CIDRS = List.of("10.40.0.0/16", "172.16.5.0/24");

    private Deployments() {
    }

    /** A valid configuration for a preset, as `pulumi config set` would give it. */
    static Map<String, String> config(Preset preset) {
        Map<String, String> config = new HashMap<>();
        config.put(GcpStackConfig.PRESET, preset.cliName());
        config.put(GcpStackConfig.PROJECT, RecordingMocks.PROJECT);
        config.put(GcpStackConfig.REGION, REGION);
        config.put(GcpStackConfig.ALERT_EMAIL, EMAIL);
        config.put(GcpStackConfig.HOSTNAME, HOSTNAME);
        config.put(GcpStackConfig.WAREHOUSE_CIDRS, String.join(",", WAREHOUSE_CIDRS));
        config.put(GcpStackConfig.DATABASE_PASSWORD, "correct-horse-battery-staple-42");
        config.put(GcpStackConfig.SECRET_KEY, "k".repeat(48));
        if (dev.superscale.capacity.CapacityPlanner.planFor(preset.load()).asyncChartQueries()) {
            config.put(GcpStackConfig.ASYNC_QUERIES_JWT_SECRET, "j".repeat(48));
        }
        return config;
    }

    static Deployed deploy(Preset preset) {
        return deploy(GcpStackConfig.from(key -> Optional.ofNullable(config(preset).get(key))));
    }

    static Deployed deploy(GcpStackConfig config) {
        RecordingMocks mocks = new RecordingMocks();
        SupersetGcp[] platform = new SupersetGcp[1];
        TestResult result = PulumiTest.withMocks(mocks)
                .withOptions(TestOptions.builder().projectName("superscale-gcp").stackName("test").preview(false).build())
                .runTest(ctx -> platform[0] = new SupersetGcp(SupersetGcpProgram.COMPONENT_NAME, SupersetGcpArgs.fromConfig(config), null));
        if (!result.exceptions().isEmpty() || !result.errors().isEmpty()) {
            AssertionError failure = new AssertionError("the program failed under mocks for " + config.plan().load() + " (" + result.exceptions().size()
                    + " exceptions)");
            result.exceptions().forEach(failure::addSuppressed);
            throw failure;
        }
        Map<Resource, String> urns = new HashMap<>();
        for (Resource r : result.resources()) {
            urns.put(r, PulumiTest.extractValue(r.urn()));
        }
        return new Deployed(mocks, result.resources(), urns, config, platform[0]);
    }
}
