package dev.superscale.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.aws.SupersetPlatformProps;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.InfeasiblePlanException;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.PlanFeasibility;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.UserLoad;
import dev.superscale.stacks.AwsSynth;
import dev.superscale.stacks.EnvironmentFault;
import dev.superscale.stacks.OutputFolder;
import dev.superscale.stacks.SupersetCdkApp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bad-input and fault matrix of issue 10: every command's options, the output-folder rules,
 * the Java entry points and faults of the machine. Each case asserts the exit code (or the
 * exception), a message fragment naming the value, and that nothing was left or lost on disk.
 *
 * <p>Every case runs in its own sandbox: a temporary working folder, home folder, a foreign
 * folder full of someone's files, fake repository roots. No case points an output at the
 * build's own working folder; the build's folder is checked to be unchanged too.
 */
class SafetyMatrixTest {

    @TempDir
    Path sandbox;

    Path work;
    Path home;
    Path foreign;
    Path gitRepo;
    Path pomRepo;
    Path file;
    OutputFolder.Surroundings surroundings;

    @BeforeEach
    void buildSandbox() throws IOException {
        work = Files.createDirectories(sandbox.resolve("work/project"));
        Files.writeString(work.resolve("notes.txt"), "the user's work");
        home = Files.createDirectories(sandbox.resolve("home"));
        Files.writeString(home.resolve(".profile"), "the user's profile");
        foreign = Files.createDirectories(sandbox.resolve("photos"));
        Files.writeString(foreign.resolve("holiday.jpg"), "not a Superscale output");
        gitRepo = Files.createDirectories(sandbox.resolve("repo/.git")).getParent();
        pomRepo = Files.createDirectories(sandbox.resolve("checkout"));
        Files.writeString(pomRepo.resolve("pom.xml"), "<project><artifactId>superscale-parent</artifactId></project>");
        file = Files.writeString(sandbox.resolve("a-file"), "x");
        Files.createSymbolicLink(sandbox.resolve("link-to-home"), home);
        surroundings = new OutputFolder.Surroundings(work, home, System.getenv());
    }

    // ---- the command line: exit code, one line naming the value, nothing written ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // user counts
        "plan --users 0                           | 2 | --users 0 is outside 10..200000",
        "plan --users -5                          | 2 | --users -5 is outside 10..200000",
        "plan --users abc                         | 2 | --users 'abc' is not a whole number from 10 to 200000",
        "plan --users 1e4                         | 2 | --users '1e4' is not a whole number",
        "plan --users 0x10                        | 2 | --users '0x10' is not a whole number",
        "plan --users ١٠٠٠                        | 2 | --users '١٠٠٠' is not a whole number",
        "plan --users 10.5                        | 2 | --users '10.5' is not a whole number",
        "plan --users +100                        | 2 | --users '+100' is not a whole number",
        "plan --users 99999999999999              | 2 | --users 99999999999999 is outside 10..200000",
        "plan --users 200001                      | 2 | --users 200001 is outside 10..200000",
        "plan --preset 5k                         | 2 | unknown preset '5k': allowed are 100, 1k, 10k, 50k",
        "plan --users 10 --preset 1k              | 2 | give --users or --preset, not both",
        "plan                                     | 2 | --users N or --preset NAME is required",
        "plan --users 100 --bogus                 | 2 | Unknown option: '--bogus'",
        "plan --users                             | 2 | Missing required parameter for option '--users'",
        "frobnicate                               | 2 | Unmatched argument at index 0: 'frobnicate'",
        // load overrides: strict decimals, ranges named by flag
        "plan --users 100 --cache-hit 1.0         | 2 | --cache-hit 1.0 is outside 0..0.99",
        "plan --users 100 --cache-hit -0.1        | 2 | --cache-hit -0.1 is outside 0..0.99",
        "plan --users 100 --cache-hit 0.5f        | 2 | --cache-hit '0.5f' is not a decimal number from 0 to 0.99",
        "plan --users 100 --cache-hit 0x1p-1      | 2 | --cache-hit '0x1p-1' is not a decimal number",
        "plan --users 100 --cache-hit NaN         | 2 | --cache-hit 'NaN' is not a decimal number",
        "plan --users 100 --cache-hit ０.５        | 2 | --cache-hit '０.５' is not a decimal number",
        "plan --users 100 --active-share Infinity | 2 | --active-share 'Infinity' is not a decimal number above 0 and at most 1",
        "plan --users 100 --active-share 0        | 2 | --active-share 0 is outside 0..1 (it must be above 0)",
        "plan --users 100 --active-share 1.5      | 2 | --active-share 1.5 is outside 0..1",
        "plan --users 100 --views-per-minute 61   | 2 | --views-per-minute 61 is outside 0..60",
        "plan --users 100 --views-per-minute ٣    | 2 | --views-per-minute '٣' is not a decimal number",
        "plan --users 100 --charts-per-dashboard 0   | 2 | --charts-per-dashboard 0 is outside 1..200",
        "plan --users 100 --charts-per-dashboard 2.5 | 2 | --charts-per-dashboard '2.5' is not a whole number from 1 to 200",
        "plan --users 100 --charts-per-dashboard 201 | 2 | --charts-per-dashboard 201 is outside 1..200",
        "plan --users 100 --query-mean 0          | 2 | --query-mean 0 is outside 0..86400 (it must be above 0)",
        "plan --users 100 --query-mean 1,5        | 2 | --query-mean '1,5' is not a decimal number",
        "plan --users 100 --query-mean 2 --query-p95 1 | 2 | chart query p95 seconds 1 must be above the mean (2)",
        "plan --users 100 --sql-lab-share 1.01    | 2 | --sql-lab-share 1.01 is outside 0..1",
        "plan --users 100 --reports-per-day -1    | 2 | --reports-per-day -1 is outside 0..10000000",
        "plan --users 100 --reports-per-day 1e9   | 2 | --reports-per-day '1e9' is not a decimal number",
        "plan --users 100 --web-p95 0             | 2 | --web-p95 0 is outside 0..600 (it must be above 0)",
        "plan --users 100 --web-p95 601           | 2 | --web-p95 601 is outside 0..600",
        "plan --users 100 --chart-queries maybe   | 2 | --chart-queries 'maybe' is not allowed: use sync or async",
        "plan --users abc --cache-hit 2 --web-p95 x | 2 | --users 'abc' && --cache-hit 2 is outside 0..0.99 && --web-p95 'x' is not a decimal number",
        // plans that cannot be built or cannot meet their targets
        "plan --users 10000 --web-p95 0.01        | 3 | the web p95 target of 0.01 s (--web-p95) cannot be met && use --web-p95 0.26 or more",
        "plan --users 10000 --web-p95 0.01 --json | 3 | the web p95 target of 0.01 s (--web-p95) cannot be met",
        "plan --users 10000 --web-p95 0.01 --chart-queries sync | 3 | --chart-queries async && above 0.8 (--cache-hit)",
        "plan --users 10000 --web-p95 0.05 --chart-queries async | 3 | cannot be met && !--chart-queries async && !--cache-hit",
        "plan --users 10000 --web-p95 0.1 --chart-queries sync --cache-hit 0.99 | 3 | --chart-queries async && !--cache-hit",
        "plan --users 200000 --active-share 1     | 3 | Postgres needs 512 vCPU, the most AWS RDS provides is 64 (db.r6g.16xlarge) && the Redis broker needs",
        "plan --users 200000 --active-share 1 --views-per-minute 60 | 2 | the load is too large to plan && 200,000 users x 100% active",
        "plan --users 200000 --active-share 1 --views-per-minute 60 --charts-per-dashboard 200 --query-mean 86400 --query-p95 86401 --cache-hit 0 --chart-queries async | 2 | the load is too large to plan",
        // simulate
        "simulate --users 10000 --max-arrivals 1000000 | 2 | above the cap of 1,000,000 && raise it with --max-arrivals 5280000",
        "simulate --users 10000 --max-arrivals 5x | 2 | --max-arrivals '5x' is not a whole number",
        "simulate --users 10000 --max-arrivals 0  | 2 | --max-arrivals 0 is outside 1000000..100000000000",
        "simulate --users 10000 --what-if-users 0 | 2 | --what-if-users 0 is outside 10..200000",
        "simulate --users 10000 --what-if-cache-hit 0x1p-1 | 2 | --what-if-cache-hit '0x1p-1' is not a decimal number",
        "simulate --users 10000 --what-if-active-share NaN | 2 | --what-if-active-share 'NaN' is not a decimal number",
        "simulate --users 10000 --what-if-cache-hit 2 | 2 | --what-if-cache-hit 2 is outside 0..0.99",
        "simulate --users ten --what-if-users 0   | 2 | --users 'ten' && --what-if-users 0 is outside",
        "simulate --users 10000 --web-p95 0.01    | 3 | the web p95 target of 0.01 s (--web-p95) cannot be met",
        // synth options (refused before anything is written)
        "synth --users 10000 --target k8s --out {sandbox}/out | 2 | --target k8s needs --postgres-host, --postgres-cidr, --redis-broker, --redis-cache-nodes, --redis-cidr",
        "synth --users 10000 --target gcp --out {sandbox}/out | 2 | --target 'gcp' is not allowed: use aws, k8s or all",
        "synth --users 10000 --target k8s --postgres in-cluster --redis in-cluster --flower --out {sandbox}/out | 2 | --flower is not available with --redis in-cluster && use --redis external or drop --flower",
        "synth --users 10000 --flower --out {sandbox}/out | 2 | --flower is for --target k8s or all",
        "synth --users abc --target gcp --out {file} | 2 | --users 'abc' && --target 'gcp' && --out '{file}' is a file",
        "synth --users 10000 --web-p95 0.01 --out {sandbox}/out | 3 | the web p95 target of 0.01 s (--web-p95) cannot be met",
        "synth --users 200000 --active-share 1 --out {sandbox}/out | 3 | Postgres needs",
        // output folders
        "synth --preset 100 --out ''              | 2 | --out '' is empty",
        "synth --preset 100 --out '   '           | 2 | --out '   ' is empty",
        "synth --preset 100 --out .               | 2 | --out '.' is the working folder",
        "synth --preset 100 --out ..              | 2 | --out '..' is above the working folder",
        "synth --preset 100 --out ../..           | 2 | --out '../..' is above the working folder",
        "synth --preset 100 --out a/..            | 2 | --out 'a/..' is the working folder",
        "synth --preset 100 --out {work}          | 2 | --out '{work}' is the working folder",
        "synth --preset 100 --out .. --force      | 2 | --out '..' is above the working folder",
        "synth --preset 100 --out /               | 2 | --out '/' is the filesystem root",
        "synth --preset 100 --out {home}          | 2 | --out '{home}' is your home folder",
        "synth --preset 100 --out {home} --force  | 2 | --out '{home}' is your home folder",
        "synth --preset 100 --out {sandbox}/link-to-home | 2 | link-to-home' is your home folder",
        "synth --preset 100 --out {gitRepo}       | 2 | --out '{gitRepo}' is a repository root",
        "synth --preset 100 --out {pomRepo} --force | 2 | --out '{pomRepo}' is a repository root",
        "synth --preset 100 --out {foreign}       | 2 | --out '{foreign}' holds files that are not a Superscale output && add --force",
        "synth --preset 100 --out {file}          | 2 | --out '{file}' is a file",
        "synth --preset 100 --out {file}/sub      | 2 | --out '{file}/sub' cannot be created",
    })
    void everyBadInputGetsOneLineItsExitCodeAndLeavesTheDiskAsItWas(String args, int exitCode, String fragments) throws Exception {
        Map<String, String> before = snapshot(sandbox);
        List<String> buildFolder = entries(Path.of(System.getProperty("user.dir")));
        long start = System.nanoTime();
        CliRun run = CliRun.in(surroundings, arguments(args));
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.out()).isEmpty();
        assertOneLine(run.err(), fragments);
        assertThat(seconds).as("no input runs for long").isLessThan(30);
        assertThat(snapshot(sandbox)).as("nothing left or lost in the sandbox").isEqualTo(before);
        assertThat(entries(Path.of(System.getProperty("user.dir")))).as("the build's folder").isEqualTo(buildFolder);
    }

    // ---- faults of the machine: exit 1, one line naming the cause ----

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "PATH=/nonexistent/bin                         | node is not on the PATH (/nonexistent/bin)",
        "JSII_NODE=/nonexistent/node                   | JSII_NODE=/nonexistent/node is not an executable",
        "CDK_CONTEXT_JSON={bad                         | CDK_CONTEXT_JSON is not valid JSON",
        "CDK_CONTEXT_JSON=[1]                          | CDK_CONTEXT_JSON is not a JSON object (got [1])",
        "JSII_RUNTIME_PACKAGE_CACHE_ROOT={file}/cache  | the jsii package cache {file}/cache cannot be written ({file} is not a folder)",
        "HOME={file}                                   | the jsii package cache {file}/.cache/aws/jsii/package-cache cannot be written",
    })
    void faultsOfTheMachineGetOneLineAndExitCodeOne(String variable, String fragment) throws Exception {
        String[] pair = fill(variable).split("=", 2);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put(pair[0], pair[1]);
        Map<String, String> before = snapshot(sandbox);
        CliRun run = CliRun.in(new OutputFolder.Surroundings(work, home, env), "synth", "--preset", "100", "--out", sandbox.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertOneLine(run.err(), fill(fragment));
        assertThat(run.err()).doesNotContain("please report it").doesNotContain("internal error");
        assertThat(snapshot(sandbox)).isEqualTo(before);
    }

    @Test
    void aFullDiskIsNamedAndThePreviousOutputStays() throws Exception {
        Path out = previousOutput("aws");
        Map<String, String> before = snapshot(sandbox);
        assertThatThrownBy(() -> OutputFolder.replace(out, false, surroundings, staging -> {
            Files.writeString(staging.resolve("half.json"), "{");
            throw new FileSystemException(staging.resolve("half.json").toString(), null, "No space left on device");
        })).isInstanceOf(EnvironmentFault.class)
                .hasMessageContaining("cannot write " + out + ": no space left on device; nothing was changed");
        assertThat(snapshot(sandbox)).isEqualTo(before);
    }

    // ---- the output-folder rules through the Java API (no CDK) ----

    @Test
    void aNewOutputGetsItsMarkerAndNoStagingIsLeft() throws Exception {
        Path out = sandbox.resolve("outputs/aws");
        String result = OutputFolder.replace(out, false, surroundings, staging -> {
            Files.writeString(staging.resolve("template.json"), "{}");
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(entries(out)).containsExactly(OutputFolder.MARKER, "template.json");
        assertThat(entries(out.getParent())).containsExactly("aws");
    }

    @Test
    void aPreviousOutputIsReplacedAsAWhole() throws Exception {
        Path out = previousOutput("aws");
        OutputFolder.replace(out, false, surroundings, staging -> Files.writeString(staging.resolve("new.json"), "new"));
        assertThat(entries(out)).containsExactly(OutputFolder.MARKER, "new.json");
        assertThat(entries(sandbox)).as("no staging or previous folder left").allMatch(name -> !name.startsWith(".aws."));
    }

    @Test
    void aForeignFolderIsKeptWithoutForceAndReplacedWithIt() throws Exception {
        Map<String, String> before = snapshot(sandbox);
        assertThatThrownBy(() -> OutputFolder.replace(foreign, false, surroundings, staging -> null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("out '" + foreign + "' holds files that are not a Superscale output");
        assertThat(snapshot(sandbox)).isEqualTo(before);
        OutputFolder.replace(foreign, true, surroundings, staging -> Files.writeString(staging.resolve("new.json"), "new"));
        assertThat(entries(foreign)).containsExactly(OutputFolder.MARKER, "new.json");
    }

    @Test
    void aFailedWriteLeavesThePreviousOutputAndNoStaging() throws Exception {
        Path out = previousOutput("aws");
        Map<String, String> before = snapshot(sandbox);
        assertThatThrownBy(() -> OutputFolder.replace(out, false, surroundings, staging -> {
            Files.writeString(staging.resolve("half.json"), "{");
            throw new IllegalStateException("cdk-nag found 1 unsuppressed finding");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("cdk-nag");
        assertThat(snapshot(sandbox)).isEqualTo(before);
    }

    @Test
    void theNextRunRemovesStagingFoldersADeadRunLeftAndNothingElse() throws Exception {
        Path out = previousOutput("aws");
        Path deadRun = Files.createDirectories(sandbox.resolve(".aws.superscale-staging-999999999-42"));
        Files.writeString(deadRun.resolve(OutputFolder.MARKER), "x");
        Path deadPrevious = Files.createDirectories(sandbox.resolve(".aws.superscale-previous-999999999-43"));
        Files.writeString(deadPrevious.resolve(OutputFolder.MARKER), "x");
        Path unmarked = Files.createDirectories(sandbox.resolve(".aws.superscale-staging-999999999-44"));
        Path liveRun = Files.createDirectories(sandbox.resolve(".aws.superscale-staging-" + ProcessHandle.current().pid() + "-45"));
        Files.writeString(liveRun.resolve(OutputFolder.MARKER), "x");
        Path otherOutput = Files.createDirectories(sandbox.resolve(".gcp.superscale-staging-999999999-46"));
        Files.writeString(otherOutput.resolve(OutputFolder.MARKER), "x");

        OutputFolder.replace(out, false, surroundings, staging -> Files.writeString(staging.resolve("new.json"), "new"));

        assertThat(deadRun).doesNotExist();
        assertThat(deadPrevious).doesNotExist();
        assertThat(unmarked).as("not marked: not ours").exists();
        assertThat(liveRun).as("its process is alive").exists();
        assertThat(otherOutput).as("another output's staging").exists();
    }

    @Test
    void whenThePreviousOutputCannotBeDeletedTheMessageSaysWhereItIs() throws Exception {
        Path out = previousOutput("aws");
        Path locked = Files.writeString(out.resolve("locked.json"), "kept by chattr +i");
        assumeChattr(locked, "+i");
        try {
            assertThatThrownBy(() -> OutputFolder.replace(out, false, surroundings, staging -> Files.writeString(staging.resolve("new.json"), "new")))
                    .isInstanceOf(EnvironmentFault.class)
                    .hasMessageContaining("wrote " + out + ", but the previous output, moved aside to " + sandbox.resolve(".aws.superscale-previous-"))
                    .hasMessageContaining("delete it yourself");
            assertThat(entries(out)).as("the new output is in place").containsExactly(OutputFolder.MARKER, "new.json");
            List<String> previous = entries(sandbox).stream().filter(name -> name.startsWith(".aws.superscale-previous-")).toList();
            assertThat(previous).hasSize(1);
            assertThat(entries(sandbox.resolve(previous.get(0)))).contains("locked.json");
        } finally {
            try (Stream<Path> all = Files.walk(sandbox)) {
                for (Path path : all.filter(p -> p.getFileName().toString().equals("locked.json")).toList()) {
                    chattr(path, "-i");
                }
            }
        }
    }

    @Test
    void whenTheOldOutputCannotBeMovedAsideItIsUnchangedAndNothingIsWritten() throws Exception {
        Path out = previousOutput("aws");
        Map<String, String> before = snapshot(sandbox);
        assumeChattr(out, "+i");
        try {
            assertThatThrownBy(() -> OutputFolder.replace(out, false, surroundings, staging -> Files.writeString(staging.resolve("new.json"), "new")))
                    .isInstanceOf(EnvironmentFault.class)
                    .hasMessageContaining("cannot replace " + out + ": operation not permitted; it is unchanged and nothing new was written");
        } finally {
            chattr(out, "-i");
        }
        assertThat(snapshot(sandbox)).isEqualTo(before);
    }

    /** Runs chattr; skips the test where the filesystem or user cannot make files immutable. */
    private static void assumeChattr(Path path, String flag) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(chattr(path, flag), "chattr " + flag + " is not available here");
    }

    private static boolean chattr(Path path, String flag) throws Exception {
        try {
            return new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @ParameterizedTest
    @CsvSource({"TERM", "INT"})
    void aSignalDuringTheWriteLeavesNothingBehind(String signal) throws Exception {
        Path out = previousOutput("aws");
        Map<String, String> before = snapshot(sandbox);
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowWrite.class.getName(), out.toString(), work.toString(), home.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("staging written");
            assertThat(entries(sandbox)).anyMatch(name -> name.startsWith(".aws.superscale-staging-"));
            assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(writer.pid())).start().waitFor()).isZero();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            writer.destroyForcibly();
        }
        assertThat(snapshot(sandbox)).as("the previous output, and nothing else").isEqualTo(before);
    }

    /** Started by {@link #aSignalDuringTheWriteLeavesNothingBehind}: writes into staging, then waits to be signalled. */
    public static final class SlowWrite {
        public static void main(String[] args) {
            OutputFolder.Surroundings surroundings = new OutputFolder.Surroundings(Path.of(args[1]), Path.of(args[2]), Map.of());
            OutputFolder.replace(Path.of(args[0]), false, surroundings, staging -> {
                Files.writeString(staging.resolve("half.json"), "{");
                System.out.println("staging written");
                System.out.flush();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
        }
    }

    // ---- the Java API: builders and entry points apply the same rules ----

    @Test
    void theLoadBuilderNamesEveryBadValue() {
        assertThatThrownBy(() -> UserLoad.builder(5).cacheHitRatio(Double.NaN).peakActiveShare(0).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("users 5 is outside the supported range 10..200000")
                .hasMessageContaining("cache hit ratio NaN is outside 0..0.99")
                .hasMessageContaining("peak active share 0 must be above 0");
    }

    @Test
    void thePlannerRefusesALoadTooLargeToPlanNamingIt() {
        UserLoad huge = UserLoad.builder(200_000).peakActiveShare(1).dashboardViewsPerActiveUserPerMinute(60).build();
        long start = System.nanoTime();
        assertThatThrownBy(() -> CapacityPlanner.planFor(huge)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the load is too large to plan").hasMessageContaining("200,000 users x 100% active");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyPresetCanBeBuiltAndMeetsItsTargets(Preset preset) {
        assertThat(PlanFeasibility.problems(CapacityPlanner.planFor(preset.load()))).isEmpty();
    }

    @Test
    void awsSynthRefusesAPlanThatCannotMeetItsTargetsBeforeWriting() {
        SupersetPlatformProps props = SupersetPlatformProps.builder()
                .plan(CapacityPlanner.planFor(UserLoad.builder(10_000).webP95LatencySeconds(0.01).build())).build();
        Path out = sandbox.resolve("out");
        assertThatThrownBy(() -> AwsSynth.synthesize(props, "Superset", out, true, false, surroundings))
                .isInstanceOf(InfeasiblePlanException.class).hasMessageContaining("the web p95 target of 0.01 s");
        assertThat(out).doesNotExist();
    }

    @Test
    void awsSynthAppliesTheOutputFolderRules() throws Exception {
        SupersetPlatformProps props = SupersetPlatformProps.builder().plan(CapacityPlanner.planFor(UserLoad.ofUsers(100))).build();
        Map<String, String> before = snapshot(sandbox);
        for (Path refused : List.of(foreign, work, work.getParent(), home, gitRepo, pomRepo)) {
            assertThatThrownBy(() -> AwsSynth.synthesize(props, "Superset", refused, true, false, surroundings))
                    .as("%s", refused).isInstanceOf(InvalidInputException.class).hasMessageContaining("out '" + refused + "'");
        }
        assertThat(snapshot(sandbox)).isEqualTo(before);
    }

    @Test
    void awsSynthNamesAMissingNodeBeforeStartingTheCdk() throws Exception {
        SupersetPlatformProps props = SupersetPlatformProps.builder().plan(CapacityPlanner.planFor(UserLoad.ofUsers(100))).build();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PATH", "/nonexistent");
        env.remove("JSII_NODE");
        assertThatThrownBy(() -> AwsSynth.synthesize(props, "Superset", sandbox.resolve("out"), true, false,
                new OutputFolder.Surroundings(work, home, env)))
                .isInstanceOf(EnvironmentFault.class).hasMessageContaining("node is not on the PATH (/nonexistent)");
        assertThat(sandbox.resolve("out")).doesNotExist();
    }

    @Test
    void theCdkAppParsesUserCountsStrictly() {
        for (String bad : List.of("١٠٠٠", "+100", "1e4", "0x10", "10.0")) {
            assertThatThrownBy(() -> SupersetCdkApp.parseUsers(bad))
                    .as(bad).isInstanceOf(InvalidInputException.class).hasMessageContaining("-c users=" + bad + " is not a whole number");
        }
    }

    /** The flags' ranges are UserLoad's: each bound is accepted by the builder, and just past it refused. */
    @Test
    void theFlagsRangesAreTheLoadsRanges() {
        Map<NumericOption, Consumer<Double>> builders = new java.util.LinkedHashMap<>();
        builders.put(LoadOptions.ACTIVE_SHARE, v -> UserLoad.builder(100).peakActiveShare(v).build());
        builders.put(LoadOptions.VIEWS_PER_MINUTE, v -> UserLoad.builder(100).dashboardViewsPerActiveUserPerMinute(v).build());
        builders.put(LoadOptions.CHARTS_PER_DASHBOARD, v -> UserLoad.builder(100).chartsPerDashboard(v.intValue()).build());
        builders.put(LoadOptions.CACHE_HIT, v -> UserLoad.builder(100).cacheHitRatio(v).build());
        builders.put(LoadOptions.QUERY_MEAN, v -> UserLoad.builder(100).chartQueryMeanSeconds(v).chartQueryP95Seconds(v * 2).build());
        builders.put(LoadOptions.SQL_LAB_SHARE, v -> UserLoad.builder(100).sqlLabShare(v).build());
        builders.put(LoadOptions.REPORTS_PER_DAY, v -> UserLoad.builder(100).scheduledReportsPerDay(v).build());
        builders.put(LoadOptions.WEB_P95, v -> UserLoad.builder(100).webP95LatencySeconds(v).build());
        builders.put(LoadOptions.USERS, v -> UserLoad.builder(v.intValue()).build());
        builders.forEach((option, build) -> {
            double step = option.whole() ? 1 : 1e-6;
            if (option.minInclusive()) {
                build.accept(option.min());
            }
            assertThatThrownBy(() -> build.accept(option.minInclusive() ? option.min() - step : option.min()))
                    .as("%s below its minimum", option.flag()).isInstanceOf(InvalidInputException.class);
            build.accept(option.max());
            assertThatThrownBy(() -> build.accept(option.max() + step))
                    .as("%s above its maximum", option.flag()).isInstanceOf(InvalidInputException.class);
        });
    }

    // ---- real synths: reproducible, marked, replaced only when allowed ----

    @Test
    void twoSynthsWriteByteIdenticalAssembliesMetadataIncluded() throws Exception {
        CliRun first = CliRun.in(surroundings, "synth", "--preset", "100", "--out", sandbox.resolve("a").toString());
        CliRun second = CliRun.in(surroundings, "synth", "--preset", "100", "--out", sandbox.resolve("b").toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        Map<String, String> a = snapshot(sandbox.resolve("a"));
        assertThat(a).containsKeys(OutputFolder.MARKER, "Superset.template.json", "Superset.metadata.json", "manifest.json", "tree.json");
        assertThat(snapshot(sandbox.resolve("b"))).isEqualTo(a);
    }

    @Test
    void forceReplacesAForeignFolderWithAMarkedOutput() throws Exception {
        CliRun run = CliRun.in(surroundings, "synth", "--preset", "100", "--force", "--out", foreign.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(entries(foreign)).contains(OutputFolder.MARKER, "Superset.template.json").doesNotContain("holiday.jpg");
        assertThat(entries(sandbox)).allMatch(name -> !name.startsWith(".photos."));
        CliRun again = CliRun.in(surroundings, "synth", "--preset", "100", "--out", foreign.toString());
        assertThat(again.exitCode()).as("a marked output is replaced without --force: " + again.err()).isZero();
    }

    // ---- helpers ----

    private Path previousOutput(String name) throws IOException {
        Path out = Files.createDirectories(sandbox.resolve(name));
        Files.writeString(out.resolve(OutputFolder.MARKER), "marker");
        Files.writeString(out.resolve("old.json"), "old");
        return out;
    }

    private String[] arguments(String args) {
        List<String> list = new ArrayList<>();
        java.util.regex.Matcher tokens = java.util.regex.Pattern.compile("'([^']*)'|(\\S+)").matcher(args.strip());
        while (tokens.find()) {
            list.add(fill(tokens.group(1) != null ? tokens.group(1) : tokens.group(2)));
        }
        return list.toArray(String[]::new);
    }

    private String fill(String text) {
        return text.replace("{sandbox}", sandbox.toString()).replace("{work}", work.toString()).replace("{home}", home.toString())
                .replace("{foreign}", foreign.toString()).replace("{gitRepo}", gitRepo.toString()).replace("{pomRepo}", pomRepo.toString())
                .replace("{file}", file.toString());
    }

    /** One line starting "superscale: ", with every fragment ("a && b") and none of the "!c" ones, and no stack trace. */
    private void assertOneLine(String err, String fragments) {
        assertThat(err).startsWith("superscale: ");
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
        for (String fragment : fill(fragments).split(" && ")) {
            if (fragment.startsWith("!")) {
                assertThat(err).doesNotContain(fragment.substring(1));
            } else {
                assertThat(err).contains(fragment);
            }
        }
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every path under {@code root} with a digest of its content ("dir" for folders, the target for links). */
    private static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String key = root.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    files.put(key, "link " + Files.readSymbolicLink(path));
                } else if (Files.isDirectory(path)) {
                    files.put(key, "dir");
                } else {
                    files.put(key, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(path))));
                }
            }
        }
        return files;
    }
}
