package dev.superscale.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.UserLoad;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GcpStackConfigTest {

    private static GcpStackConfig parse(Map<String, String> config) {
        return GcpStackConfig.from(key -> Optional.ofNullable(config.get(key)));
    }

    private static Map<String, String> valid() {
        return new HashMap<>(Deployments.config(Preset.ENTERPRISE));
    }

    @Test
    void aValidPresetGivesItsPlanAndTheRegionsFirstZones() {
        GcpStackConfig config = parse(valid());
        assertThat(config.plan()).isEqualTo(CapacityPlanner.planFor(Preset.ENTERPRISE.load()));
        assertThat(config.zones()).hasSize((int) config.plan().availabilityZones().value()).allSatisfy(z -> assertThat(z).startsWith("europe-west1-"));
        assertThat(config.namespace()).isEqualTo(GcpStackConfig.DEFAULT_NAMESPACE);
    }

    @Test
    void usersGiveTheSamePlanAsTheCommandLine() {
        Map<String, String> config = valid();
        config.remove(GcpStackConfig.PRESET);
        config.put(GcpStackConfig.USERS, "25000");
        assertThat(parse(config).plan()).isEqualTo(CapacityPlanner.planFor(UserLoad.ofUsers(25_000)));
    }

    @Test
    void failsIfUsersAndPresetAreBothSet() {
        Map<String, String> config = valid();
        config.put(GcpStackConfig.USERS, "10000");
        assertThatThrownBy(() -> parse(config)).isInstanceOf(InvalidInputException.class).hasMessageContaining("not both");
    }

    @Test
    void failsOnNonNumericOrOutOfRangeUsersNamingTheKey() {
        for (String users : new String[] {"lots", "0", "-5", "99999999"}) {
            Map<String, String> config = valid();
            config.remove(GcpStackConfig.PRESET);
            config.put(GcpStackConfig.USERS, users);
            assertThatThrownBy(() -> parse(config)).as(users).isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith(GcpStackConfig.USERS + ": ").hasMessageContaining(users);
        }
    }

    @Test
    void collectsEveryMissingKeyInOneMessage() {
        InvalidInputException e = (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() -> parse(Map.of()));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(GcpStackConfig.PROJECT + " is not set"))
                .anySatisfy(p -> assertThat(p).startsWith(GcpStackConfig.REGION + " is not set"))
                .anySatisfy(p -> assertThat(p).startsWith(GcpStackConfig.DATABASE_PASSWORD + " is not set"))
                .anySatisfy(p -> assertThat(p).startsWith(GcpStackConfig.SECRET_KEY + " is not set"));
        assertThat(e.getMessage()).doesNotContain("\n");
    }

    @Test
    void theHostnameIsRequiredAndADnsName() {
        Map<String, String> config = valid();
        config.remove(GcpStackConfig.HOSTNAME);
        assertThatThrownBy(() -> parse(config)).hasMessageStartingWith(GcpStackConfig.HOSTNAME + " is not set: pulumi config set " + GcpStackConfig.HOSTNAME);
        config.put(GcpStackConfig.HOSTNAME, "Superset Prod");
        assertThatThrownBy(() -> parse(config)).hasMessage(GcpStackConfig.HOSTNAME + " 'Superset Prod' is not a lower-case DNS name such as superset.example.com");
        config.put(GcpStackConfig.HOSTNAME, "bi.acme.example");
        assertThat(parse(config).hostname()).isEqualTo("bi.acme.example");
    }

    @Test
    void warehouseCidrsAreAListOfIpv4CidrsAndDefaultToNone() {
        Map<String, String> config = valid();
        config.put(GcpStackConfig.WAREHOUSE_CIDRS, " 10.40.0.0/16 , 172.16.5.0/24 ");
        assertThat(parse(config).warehouseCidrs()).containsExactly("10.40.0.0/16", "172.16.5.0/24");
        config.put(GcpStackConfig.WAREHOUSE_CIDRS, "10.40.0.0/16,warehouse.internal");
        assertThatThrownBy(() -> parse(config))
                .hasMessage(GcpStackConfig.WAREHOUSE_CIDRS + ": 'warehouse.internal' is not an IPv4 CIDR such as 10.40.0.0/16");
        config.remove(GcpStackConfig.WAREHOUSE_CIDRS);
        assertThat(parse(config).warehouseCidrs()).isEmpty();
    }

    @Test
    void neverEchoesAShortSecret() {
        Map<String, String> config = valid();
        config.put(GcpStackConfig.SECRET_KEY, "hunter2");
        assertThatThrownBy(() -> parse(config)).hasMessageContaining(GcpStackConfig.SECRET_KEY + " has 7 characters").hasMessageNotContaining("hunter2");
    }

    @Test
    void theJwtSecretIsRequiredExactlyWithAsyncChartQueries() {
        Map<String, String> async = valid();
        async.remove(GcpStackConfig.ASYNC_QUERIES_JWT_SECRET);
        assertThat(CapacityPlanner.planFor(Preset.ENTERPRISE.load()).asyncChartQueries()).isTrue();
        assertThatThrownBy(() -> parse(async)).hasMessageContaining(GcpStackConfig.ASYNC_QUERIES_JWT_SECRET + " is not set");

        Map<String, String> sync = new HashMap<>(Deployments.config(Preset.TEAM));
        assertThat(CapacityPlanner.planFor(Preset.TEAM.load()).asyncChartQueries()).isFalse();
        sync.put(GcpStackConfig.ASYNC_QUERIES_JWT_SECRET, "j".repeat(40));
        assertThatThrownBy(() -> parse(sync)).hasMessageContaining("remove it");
    }

    @Test
    void failsOnZonesOutsideTheRegionOrTooFewForThePlan() {
        Map<String, String> config = valid();
        config.put(GcpStackConfig.ZONES, "europe-west1-b,us-east1-c");
        assertThatThrownBy(() -> parse(config)).hasMessageContaining("'us-east1-c' is not a zone of europe-west1")
                .hasMessageContaining("the plan needs 3");
    }

    @Test
    void failsOnBadProjectRegionEmailOrChannel() {
        Map<String, String> config = valid();
        config.put(GcpStackConfig.PROJECT, "My_Project");
        config.put(GcpStackConfig.REGION, "Europe West");
        config.put(GcpStackConfig.ALERT_EMAIL, "oncall");
        assertThatThrownBy(() -> parse(config)).hasMessageContaining("'My_Project' is not a project ID")
                .hasMessageContaining("'Europe West' is not a region").hasMessageContaining("'oncall' is not an e-mail address");
        Map<String, String> both = valid();
        both.put(GcpStackConfig.NOTIFICATION_CHANNELS, "projects/p/notificationChannels/12,channel-7");
        assertThatThrownBy(() -> parse(both)).hasMessageContaining("not both").hasMessageContaining("'channel-7' is not a channel name");
    }

    @Test
    void controlPlaneCidrsAreCheckedAndReachTheCluster() {
        Map<String, String> config = valid();
        config.put(GcpStackConfig.CONTROL_PLANE_CIDRS, "203.0.113.0/24, 10.0.0.300/8");
        assertThatThrownBy(() -> parse(config)).hasMessageContaining("'10.0.0.300/8' is not an IPv4 CIDR").hasMessageNotContaining("203.0.113.0/24'");
        config.put(GcpStackConfig.CONTROL_PLANE_CIDRS, "203.0.113.0/24,198.51.100.7/32");
        assertThat(SupersetGcpArgs.fromConfig(parse(config)).controlPlaneCidrs()).containsExactly("203.0.113.0/24", "198.51.100.7/32");
    }

    @Test
    void theProgramPrintsOneLineAndExitsWithTwoOnBadConfig() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int[] exit = {-1};
        Optional<GcpStackConfig> config = SupersetGcpProgram.validate(key -> Optional.empty(), new PrintStream(err, true, StandardCharsets.UTF_8),
                code -> exit[0] = code);
        assertThat(config).isEmpty();
        assertThat(exit[0]).isEqualTo(2);
        String printed = err.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("superscale: ").contains(GcpStackConfig.PROJECT).endsWith(System.lineSeparator());
        assertThat(printed.strip()).doesNotContain("\n");
    }

    /** The error line gcp-program/README.md shows is what the program prints for that configuration. */
    @Test
    void theProgramReadmesErrorLineIsWhatTheProgramPrints() throws java.io.IOException {
        Map<String, String> config = valid();
        config.remove(GcpStackConfig.HOSTNAME);
        config.put(GcpStackConfig.WAREHOUSE_CIDRS, "warehouse.internal");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SupersetGcpProgram.validate(key -> Optional.ofNullable(config.get(key)), new PrintStream(err, true, StandardCharsets.UTF_8), code -> { });
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "gcp-program", "README.md"));
        assertThat(readme).contains("\n" + err.toString(StandardCharsets.UTF_8).strip() + "\n");
    }
}
