package dev.superscale.stacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsSynthTest {

    @Test
    void readsViolationsFromTheValidationReport(@TempDir Path assembly) throws Exception {
        assertThat(AwsSynth.validationViolations(assembly)).isEmpty();
        Files.writeString(assembly.resolve("validation-report.json"), "{\"pluginReports\":[{\"pluginName\":\"CloudFormation Validate\","
                + "\"violations\":[{\"ruleName\":\"E1154\",\"description\":\"'subnet-1' does not match format\"}]}]}");
        assertThat(AwsSynth.validationViolations(assembly)).containsExactly("CloudFormation Validate E1154: 'subnet-1' does not match format");
        Files.writeString(assembly.resolve("validation-report.json"), "{\"pluginReports\":[]}");
        assertThat(AwsSynth.validationViolations(assembly)).isEmpty();
    }

    @Test
    void swapsInPlaceReplacingThePreviousDirectory(@TempDir Path tmp) throws Exception {
        Path staging = Files.createDirectories(tmp.resolve("staging"));
        Files.writeString(staging.resolve("new.json"), "new");
        Path target = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(target.resolve("old.json"), "old");
        OutputFolder.swapIn(staging, target);
        assertThat(target.resolve("new.json")).hasContent("new");
        assertThat(target.resolve("old.json")).doesNotExist();
        try (var entries = Files.list(tmp)) {
            assertThat(entries.map(p -> p.getFileName().toString()).toList()).containsExactly("out");
        }
    }
}
