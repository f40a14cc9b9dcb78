package dev.superscale.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.capacity.Preset;
import dev.superscale.capacity.UserLoad;
import dev.superscale.topology.Component;
import dev.superscale.topology.SupersetTopology;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CostModelTest {

    private static final PriceTable PRICES = PriceTable.bundled();
    private static final CostModel MODEL = new CostModel(PRICES);

    private static TargetCost cost(CapacityPlan plan, String target) {
        return MODEL.price(Deployment.of(SupersetTopology.of(plan), "plan")).stream().filter(t -> t.target().equals(target)).findFirst()
                .orElseThrow();
    }

    @Test
    void webOnAwsIsItsReplicasTimesTheFargateRatesForTheMonth() {
        CapacityPlan plan = CapacityPlanner.planFor(UserLoad.ofUsers(50_000));
        Component web = SupersetTopology.of(plan).web();
        PriceRow vcpu = PRICES.row("aws", PricedService.CONTAINER, PriceUnit.VCPU_HOUR, false).orElseThrow();
        PriceRow gib = PRICES.row("aws", PricedService.CONTAINER, PriceUnit.GIB_HOUR, false).orElseThrow();
        double perReplicaMonth = (web.resources().cpuMillicores().value() / 1000.0 * vcpu.usd()
                + web.resources().memoryMiB().value() / 1024.0 * gib.usd()) * PRICES.hoursPerMonth();

        LineItem item = cost(plan, "aws").item("web");

        assertThat(item.peak()).isCloseTo(web.replicas().peak().value() * perReplicaMonth, within(0.01));
        assertThat(item.floor()).isCloseTo(web.replicas().min().value() * perReplicaMonth, within(0.01));
        assertThat(item.rows()).containsExactly(vcpu.id(), gib.id());
    }

    @Test
    void workersPayOnDemandForTheBaseAndSpotBeyondIt() {
        CapacityPlan plan = CapacityPlanner.planFor(UserLoad.ofUsers(50_000));
        Component worker = SupersetTopology.of(plan).worker("interactive");
        LineItem item = cost(plan, "aws").item("worker-interactive");
        PriceRow onDemand = row(item.rows().get(0));
        PriceRow spot = row(item.rows().get(1));
        assertThat(onDemand.spot()).isFalse();
        assertThat(spot.spot()).isTrue();
        assertThat(spot.offering()).isEqualTo(onDemand.offering());
        // The machine holds the plan's worker machine.
        var machine = plan.workerGroup("interactive").machine();
        assertThat(onDemand.vcpu()).isGreaterThanOrEqualTo(machine.vcpu().value());
        assertThat(onDemand.memoryGiB() * 1024).isGreaterThanOrEqualTo(machine.memoryMiB().value());

        long peak = worker.replicas().peak().value();
        long base = worker.placement().onDemandBaseReplicas().value();
        assertThat(peak).isGreaterThan(base);
        double h = PRICES.hoursPerMonth();
        assertThat(item.peak()).isCloseTo(h * (base * onDemand.usd() + (peak - base) * spot.usd()), within(0.01));
        assertThat(item.peakOnDemand()).isCloseTo(h * peak * onDemand.usd(), within(0.01));
        assertThat(item.peak()).isLessThan(item.peakOnDemand());
    }

    @Test
    void multiAzPostgresPaysForEveryInstanceAndItsStorage() {
        CapacityPlan plan = CapacityPlanner.planFor(UserLoad.ofUsers(10_000));
        LineItem item = cost(plan, "aws").item("postgres");
        PriceRow instance = row(item.rows().get(0));
        PriceRow storage = row(item.rows().get(1));
        long instances = plan.postgres().instances().value();
        assertThat(instances).isGreaterThanOrEqualTo(2);
        assertThat(item.peak()).isCloseTo(instances * (instance.usd() * PRICES.hoursPerMonth() + plan.postgres().storageGiB().value()
                * storage.usd()), within(0.01));
        assertThat(instance.memoryGiB() * 1024).isGreaterThanOrEqualTo(plan.postgres().memoryMiB().value());
    }

    @Test
    void redisNodesHoldThePlannedDataInTheirUsableMemory() {
        CapacityPlan plan = CapacityPlanner.planFor(UserLoad.ofUsers(50_000));
        for (String target : List.of("aws", "gcp")) {
            TargetCost cost = cost(plan, target);
            PriceRow cacheNode = row(cost.item("redis-cache").rows().get(0));
            assertThat(cacheNode.dataMemoryGiB() * 1024).isGreaterThanOrEqualTo(plan.redisCache().memoryMiBPerShard().value());
            // Cheapest that holds it: no cheaper node of the same service would.
            PRICES.rows(target, cacheNode.service()).stream().filter(r -> r.usd() < cacheNode.usd())
                    .forEach(r -> assertThat(r.dataMemoryGiB() * 1024).isLessThan(plan.redisCache().memoryMiBPerShard().value()));
        }
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void totalsAddUpAndTheFloorNeverCostsMoreThanThePeak(Preset preset) {
        CapacityPlan plan = CapacityPlanner.planFor(preset.load());
        for (String target : List.of("aws", "gcp")) {
            TargetCost cost = cost(plan, target);
            assertThat(cost.peak()).isCloseTo(cost.items().stream().mapToDouble(LineItem::peak).sum(), within(0.011));
            assertThat(cost.items()).allSatisfy(i -> {
                assertThat(i.floor()).isLessThanOrEqualTo(i.peak());
                assertThat(i.peak()).isLessThanOrEqualTo(i.peakOnDemand());
            });
            assertThat(cost.peakPerUser()).isCloseTo(cost.peak() / preset.registeredUsers(), within(0.0001));
            // Every component of the topology has its line.
            assertThat(cost.items()).extracting(LineItem::component)
                    .containsAll(SupersetTopology.of(plan).components().stream().map(Component::name).toList());
        }
    }

    @Test
    void costPerUserFallsAsTheTiersGrow() {
        for (String target : List.of("aws", "gcp")) {
            List<Double> perUser = Stream.of(Preset.values()).map(p -> cost(CapacityPlanner.planFor(p.load()), target).peakPerUser()).toList();
            assertThat(perUser).as(target).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        }
    }

    @Test
    void aTableWithoutContainerRowsForATargetIsRefusedNamingIt() throws Exception {
        String json = new String(PriceTable.class.getResourceAsStream("prices.json").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        var rows = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("rows");
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).get("id").asText().startsWith("gcp-n2-")) {
                rows.remove(i);
            }
        }
        PriceTable partial = PriceTableReader.read(new java.io.ByteArrayInputStream(tree.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "--prices partial.json");
        assertThatThrownBy(() -> new CostModel(partial).price(Deployment.of(SupersetTopology.of(CapacityPlanner.planFor(UserLoad.ofUsers(1_000))), "plan")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("--prices partial.json: target 'gcp' has no 'container' row");
    }

    private static PriceRow row(String id) {
        return PRICES.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
