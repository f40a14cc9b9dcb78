package dev.superscale.stacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.aws.SupersetStack;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.PostgresHaMode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;

class SupersetCdkAppTest {

    @TempDir
    Path tmp;

    private App app(Map<String, Object> context) {
        return App.Builder.create().outdir(tmp.toString()).context(context).build();
    }

    @Test
    void defaultsToTenThousandUsers() {
        SupersetStack stack = SupersetCdkApp.configure(app(Map.of("nag", "false")));
        assertThat(stack.getStackName()).isEqualTo("Superset");
        assertThat(stack.getPlatform().getPlan().load().registeredUsers()).isEqualTo(10_000);
    }

    @Test
    void readsUsersPresetStackNameAndDatabaseModeFromContext() {
        SupersetStack stack = SupersetCdkApp.configure(app(Map.of("users", "50000", "stackName", "Analytics",
                "databaseHaMode", "multi_az_with_reader", "nag", "false")));
        assertThat(stack.getStackName()).isEqualTo("Analytics");
        assertThat(stack.getPlatform().getPlan().load().registeredUsers()).isEqualTo(50_000);
        assertThat(stack.getPlatform().getDatabase().getHaMode()).isEqualTo(PostgresHaMode.MULTI_AZ_WITH_READER);
        assertThat(SupersetCdkApp.configure(app(Map.of("preset", "1k", "nag", "false"))).getPlatform().getPlan().load().registeredUsers())
                .isEqualTo(1_000);
    }

    @Test
    void namesEveryBadContextValue() {
        assertThatThrownBy(() -> SupersetCdkApp.configure(app(Map.of("users", "lots", "stackName", "1bad", "databaseHaMode", "single"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("-c users=lots is not a whole number")
                .hasMessageContaining("-c stackName=1bad")
                .hasMessageContaining("-c databaseHaMode=single is not allowed");
        assertThatThrownBy(() -> SupersetCdkApp.configure(app(Map.of("users", "100", "preset", "1k"))))
                .hasMessageContaining("not both");
    }

    @Test
    void turnsABadConstructPropIntoOneClearLine() {
        assertThatThrownBy(() -> SupersetCdkApp.configure(app(Map.of("certificateArn", "not-an-arn", "nag", "false"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("certificateArn 'not-an-arn'");
    }
}
