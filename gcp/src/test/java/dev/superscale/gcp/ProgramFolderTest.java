package dev.superscale.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The folder `pulumi up` runs in: Pulumi.yaml declares every key the program reads, and the pom runs what the CLI asks for. */
class ProgramFolderTest {

    private static final Path PROGRAM = Path.of("..", "gcp-program");

    @Test
    void pulumiYamlIsAJavaProjectNamedLikeItsConfigNamespace() throws IOException {
        List<String> lines = Files.readAllLines(PROGRAM.resolve("Pulumi.yaml"));
        assertThat(lines).contains("runtime: java");
        // Typed config keys must live in the project's own namespace.
        assertThat(lines).contains("name: " + GcpStackConfig.USERS.substring(0, GcpStackConfig.USERS.indexOf(':')));
    }

    @Test
    void pulumiYamlDeclaresEverySuperscaleKeyTheProgramReads() throws Exception {
        String yaml = Files.readString(PROGRAM.resolve("Pulumi.yaml"));
        List<String> keys = new ArrayList<>();
        for (Field field : GcpStackConfig.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String key = (String) field.get(null);
                if (key.startsWith("superscale:")) {
                    keys.add(key);
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(5).allSatisfy(key -> assertThat(yaml).contains("  " + key + ":"));
        for (String secret : List.of(GcpStackConfig.DATABASE_PASSWORD, GcpStackConfig.SECRET_KEY, GcpStackConfig.ASYNC_QUERIES_JWT_SECRET)) {
            String block = yaml.substring(yaml.indexOf("  " + secret + ":"));
            assertThat(block.lines().skip(1).takeWhile(l -> l.startsWith("    ")).toList()).as(secret).contains("    secret: true");
        }
    }

    @Test
    void thePomRunsTheMainClassOrWhatTheCliPasses() throws IOException {
        String pom = Files.readString(PROGRAM.resolve("pom.xml"));
        assertThat(pom).contains("<artifactId>exec-maven-plugin</artifactId>").contains("<mainClass>${mainClass}</mainClass>")
                .contains("<commandlineArgs>${mainArgs}</commandlineArgs>");
        String mainClass = pom.substring(pom.indexOf("<mainClass>") + "<mainClass>".length(), pom.indexOf("</mainClass>"));
        Path source = PROGRAM.resolve("src/main/java").resolve(mainClass.replace('.', '/') + ".java");
        assertThat(source).exists();
        assertThat(Files.readString(source)).contains("Pulumi.run(SupersetGcpProgram::define)");
    }
}
