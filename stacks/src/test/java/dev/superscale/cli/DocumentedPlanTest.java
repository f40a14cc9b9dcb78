package dev.superscale.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The plan printed in the docs is what the command prints today. Regenerate with: ./superscale plan --preset 10k > docs/plan-10000-users.txt */
class DocumentedPlanTest {

    @Test
    void docsShowTheCurrentDefaultTierPlan() throws Exception {
        String documented = Files.readString(Path.of("..", "docs", "plan-10000-users.txt"));
        assertThat(documented).isEqualTo(PlanTable.render(CapacityPlanner.planFor(Preset.ENTERPRISE.load())));
    }
}
