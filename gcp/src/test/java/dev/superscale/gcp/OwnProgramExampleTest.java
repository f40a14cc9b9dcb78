package dev.superscale.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import dev.superscale.gcp.examples.OwnProgramExample;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The README's own-program example runs under mocks and builds the platform it describes. */
class OwnProgramExampleTest {

    @AfterAll
    static void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void theReadmeExampleBuildsThePlatform() {
        RecordingMocks mocks = new RecordingMocks();
        TestResult result = PulumiTest.withMocks(mocks).withOptions(TestOptions.builder().projectName("analytics").stackName("test").build())
                .runTest(ctx -> OwnProgramExample.define(ctx, new SupersetSecretValues("p".repeat(20), "k".repeat(40), Optional.of("j".repeat(40)))));
        assertThat(result.exceptions()).isEmpty();
        assertThat(mocks.ofType("gcp:sql/databaseInstance:DatabaseInstance")).hasSize(1);
        assertThat(mocks.one("gcp:redis/cluster:Cluster").number("shardCount")).isPositive();
        assertThat(mocks.one("kubernetes:gateway.networking.k8s.io/v1:HTTPRoute").<List<String>>at("spec", "hostnames")).containsExactly("bi.acme.example");
    }
}
