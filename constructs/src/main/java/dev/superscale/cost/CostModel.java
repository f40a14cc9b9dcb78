package dev.superscale.cost;

import static dev.superscale.capacity.Format.decimal;

import dev.superscale.capacity.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Prices a {@link Deployment} with a {@link PriceTable}, per target. Decides nothing about sizes:
 * every count and size comes from the deployment; this class only picks, per item, the cheapest
 * row of the table that holds it and multiplies by the month's hours.
 */
public final class CostModel {

    /**
     * Average KiB per web request served, for load balancer traffic and egress. Most requests are
     * async-query polls and API calls under a KiB; chart results are tens of KiB but one per chart
     * (and cached in the browser), static assets come from the browser cache. An estimate: measure
     * yours (the balancer's processed bytes / request count) and the traffic lines scale with it.
     */
    public static final double RESPONSE_KIB = 8;

    private static final double MIB_PER_GIB = 1024;

    private final PriceTable table;

    public CostModel(PriceTable table) {
        this.table = table;
    }

    public PriceTable table() {
        return table;
    }

    /** The deployment on every target of the table, in table order. */
    public List<TargetCost> price(Deployment deployment) {
        return table.targets().stream().map(t -> price(deployment, t)).toList();
    }

    public TargetCost price(Deployment deployment, PriceTable.PricedTarget target) {
        List<LineItem> items = new ArrayList<>();
        for (Workload workload : deployment.workloads()) {
            items.add(compute(target.id(), workload));
        }
        items.add(database(target.id(), deployment.database()));
        items.add(redis(target.id(), "redis-broker", deployment.broker(), PricedService.REDIS_REPLICATED));
        items.add(redis(target.id(), "redis-cache", deployment.cache(), PricedService.REDIS_CLUSTER_NODE));
        items.add(loadBalancer(target.id(), deployment));
        optionalHourly(target.id(), PricedService.INTERNAL_LOAD_BALANCER, "pgbouncer-balancer", 1).ifPresent(items::add);
        nat(target.id(), deployment).ifPresent(items::add);
        optionalHourly(target.id(), PricedService.CLUSTER_FEE, "cluster", 1).ifPresent(items::add);
        egress(target.id(), deployment).ifPresent(items::add);
        return TargetCost.of(target.id(), target.region(), target.name(), deployment.registeredUsers(), items);
    }

    // ---- compute ----

    /** What one replica of a workload costs an hour, on-demand and on spot, and what was bought. */
    private record HourlyRate(String offering, List<String> rows, double onDemandHour, double spotHour) {
    }

    private LineItem compute(String target, Workload w) {
        if (w.runsOnce()) {
            return LineItem.fixed(w.name(), "run-once job: billed only for the minutes it runs per rollout", List.of(), 0);
        }
        HourlyRate rate = rate(target, w);
        return replicas(w, rate.offering(), rate.rows(), rate.onDemandHour(), rate.spotHour());
    }

    /**
     * The compute of a deployment on one target priced at the replica-hours a simulated day used
     * ({@code replicaHoursPerDay} per workload name; a workload absent from it is left out), next
     * to the same workloads at their floor and at their peak all month. Replicas up to a workload's
     * on-demand base run on-demand, the rest on spot: the autoscaler never goes below the minimum,
     * which is at least the base, so the base's hours are on-demand all day.
     */
    public DayCost priceDay(Deployment deployment, PriceTable.PricedTarget target, Map<String, Double> replicaHoursPerDay) {
        double days = table.hoursPerMonth() / 24;
        List<DayCost.Pool> pools = new ArrayList<>();
        for (Workload w : deployment.workloads()) {
            Double used = replicaHoursPerDay.get(w.name());
            if (w.runsOnce() || used == null) {
                continue;
            }
            HourlyRate rate = rate(target.id(), w);
            double onDemandHours = w.spot() ? Math.min(used, w.onDemandBase() * 24.0) : used;
            double day = days * (onDemandHours * rate.onDemandHour() + (used - onDemandHours) * rate.spotHour());
            LineItem allMonth = replicas(w, rate.offering(), rate.rows(), rate.onDemandHour(), rate.spotHour());
            pools.add(new DayCost.Pool(w.name(), used, w.peakReplicas() * 24.0, allMonth.floor(), LineItem.cents(day), allMonth.peak()));
        }
        return DayCost.of(target.id(), target.region(), target.name(), pools);
    }

    private HourlyRate rate(String target, Workload w) {
        if (w.machine().isPresent() && table.has(target, PricedService.MACHINE)) {
            return machines(target, w, w.machine().get());
        }
        PriceRow vcpu = required(target, PricedService.CONTAINER, PriceUnit.VCPU_HOUR, false, w.name());
        PriceRow gib = required(target, PricedService.CONTAINER, PriceUnit.GIB_HOUR, false, w.name());
        double cpu = w.cpuMillicores() / 1000.0;
        double mem = w.memoryMiB() / MIB_PER_GIB;
        double onDemandHour = cpu * vcpu.usd() + mem * gib.usd();
        List<String> rows = new ArrayList<>(List.of(vcpu.id(), gib.id()));
        double spotHour = onDemandHour;
        if (w.spot()) {
            Optional<PriceRow> spotVcpu = table.row(target, PricedService.CONTAINER, PriceUnit.VCPU_HOUR, true);
            Optional<PriceRow> spotGib = table.row(target, PricedService.CONTAINER, PriceUnit.GIB_HOUR, true);
            if (spotVcpu.isPresent() && spotGib.isPresent()) {
                spotHour = cpu * spotVcpu.get().usd() + mem * spotGib.get().usd();
                rows.add(spotVcpu.get().id());
                rows.add(spotGib.get().id());
            }
        }
        String offering = decimal(cpu) + " vCPU / " + decimal(mem) + " GiB containers (" + vcpu.offering() + ")";
        return new HourlyRate(offering, rows, onDemandHour, spotHour);
    }

    private HourlyRate machines(String target, Workload w, Workload.Machine m) {
        Predicate<PriceRow> holds = r -> r.unit() == PriceUnit.INSTANCE_HOUR && r.vcpu() >= m.vcpu() && r.memoryGiB() * MIB_PER_GIB >= m.memoryMiB();
        PriceRow onDemand = table.rows(target, PricedService.MACHINE).stream().filter(holds.and(r -> !r.spot())).findFirst()
                .orElseThrow(() -> missing(target, PricedService.MACHINE, "an on-demand instance with " + m.vcpu() + " vCPU and "
                        + m.memoryMiB() + " MiB for " + w.name()));
        List<String> rows = new ArrayList<>(List.of(onDemand.id()));
        double spotHour = onDemand.usd();
        if (w.spot()) {
            // The same instance type on spot if the table prices it, else the cheapest spot type that holds the machine.
            List<PriceRow> spot = table.rows(target, PricedService.MACHINE).stream().filter(holds.and(PriceRow::spot)).toList();
            Optional<PriceRow> chosen = spot.stream().filter(r -> r.offering().equals(onDemand.offering())).findFirst()
                    .or(() -> spot.stream().findFirst());
            if (chosen.isPresent()) {
                spotHour = chosen.get().usd();
                rows.add(chosen.get().id());
            }
        }
        return new HourlyRate(onDemand.offering() + " machines, one per replica", rows, onDemand.usd(), spotHour);
    }

    private LineItem replicas(Workload w, String offering, List<String> rows, double onDemandHour, double spotHour) {
        double h = table.hoursPerMonth();
        double floor = h * (w.onDemand(w.floorReplicas()) * onDemandHour + (w.floorReplicas() - w.onDemand(w.floorReplicas())) * spotHour);
        double peak = h * (w.onDemand(w.peakReplicas()) * onDemandHour + (w.peakReplicas() - w.onDemand(w.peakReplicas())) * spotHour);
        String counts = w.floorReplicas() == w.peakReplicas() ? String.valueOf(w.peakReplicas()) : w.floorReplicas() + "-" + w.peakReplicas();
        String spotShare = w.spot() ? ", spot beyond " + w.onDemandBase() + " on-demand" : "";
        return new LineItem(w.name(), counts + " x " + offering + spotShare, rows, floor, peak, h * w.floorReplicas() * onDemandHour,
                h * w.peakReplicas() * onDemandHour);
    }

    // ---- data services ----

    private LineItem database(String target, Deployment.DatabaseNeed db) {
        double h = table.hoursPerMonth();
        List<String> rows = new ArrayList<>();
        double instanceHour;
        String offering;
        Optional<PriceRow> instance = table.rows(target, PricedService.DATABASE).stream()
                .filter(r -> r.unit() == PriceUnit.INSTANCE_HOUR && r.vcpu() >= db.vcpu() && r.memoryGiB() * MIB_PER_GIB >= db.memoryMiB())
                .findFirst();
        if (instance.isPresent()) {
            instanceHour = instance.get().usd();
            offering = instance.get().offering();
            rows.add(instance.get().id());
        } else {
            PriceRow vcpu = required(target, PricedService.DATABASE, PriceUnit.VCPU_HOUR, false, "postgres");
            PriceRow gib = required(target, PricedService.DATABASE, PriceUnit.GIB_HOUR, false, "postgres");
            instanceHour = db.vcpu() * vcpu.usd() + db.memoryMiB() / MIB_PER_GIB * gib.usd();
            offering = db.vcpu() + " vCPU / " + decimal(db.memoryMiB() / MIB_PER_GIB) + " GiB";
            rows.add(vcpu.id());
            rows.add(gib.id());
        }
        PriceRow storage = required(target, PricedService.DATABASE_STORAGE, PriceUnit.GIB_MONTH, false, "postgres");
        rows.add(storage.id());
        double monthly = db.instances() * (instanceHour * h + db.storageGiB() * storage.usd());
        return LineItem.fixed("postgres", db.instances() + " x " + offering + " with " + db.storageGiB() + " GiB " + storage.offering()
                + " each", rows, monthly);
    }

    private LineItem redis(String target, String component, Deployment.RedisNeed need, PricedService preferred) {
        PricedService service = table.has(target, preferred) ? preferred : PricedService.REDIS_NODE;
        List<PriceRow> candidates = table.rows(target, service);
        if (candidates.isEmpty()) {
            throw missing(target, PricedService.REDIS_NODE, "Redis nodes (or '" + preferred.jsonName() + "' rows) for " + component);
        }
        double h = table.hoursPerMonth();
        double dataGiB = need.dataMiBPerNode() / MIB_PER_GIB;
        // Node rows: the cheapest node whose usable memory holds the data. Capacity rows: the cheapest tier
        // for the capacity billed (whole GiB, at least the tier's minimum).
        PriceRow best = null;
        double bestMonthly = Double.MAX_VALUE;
        for (PriceRow r : candidates) {
            double monthly;
            if (r.unit() == PriceUnit.INSTANCE_HOUR) {
                if (r.dataMemoryGiB() < dataGiB) {
                    continue;
                }
                monthly = need.nodes() * r.usd() * h;
            } else if (r.unit() == PriceUnit.GIB_HOUR) {
                double billed = Math.max(Math.ceil(dataGiB), Math.max(1, r.minMemoryGiB()));
                if (r.memoryGiB() > 0 && billed > r.memoryGiB()) {
                    continue;
                }
                monthly = (double) need.nodes() / r.nodesPerUnit() * billed * r.usd() * h;
            } else {
                continue;
            }
            if (monthly < bestMonthly || (monthly == bestMonthly && r.id().compareTo(best.id()) < 0)) {
                best = r;
                bestMonthly = monthly;
            }
        }
        if (best == null) {
            throw missing(target, service, "a node or tier holding " + need.dataMiBPerNode() + " MiB for " + component);
        }
        String offering = best.unit() == PriceUnit.INSTANCE_HOUR
                ? need.nodes() + " x " + best.offering()
                : need.nodes() + " nodes of " + best.offering() + " at " + decimal(Math.max(Math.ceil(dataGiB), Math.max(1, best.minMemoryGiB())))
                        + " GiB";
        return LineItem.fixed(component, offering, List.of(best.id()), bestMonthly);
    }

    // ---- network ----

    private LineItem loadBalancer(String target, Deployment d) {
        double h = table.hoursPerMonth();
        PriceRow hourly = required(target, PricedService.LOAD_BALANCER, PriceUnit.HOUR, false, "the load balancer");
        List<String> rows = new ArrayList<>(List.of(hourly.id()));
        double floor = hourly.usd() * h;
        double peak = floor;
        Optional<PriceRow> capacity = table.rows(target, PricedService.LOAD_BALANCER_CAPACITY).stream().findFirst();
        if (capacity.isPresent()) {
            PriceRow c = capacity.get();
            rows.add(c.id());
            floor += traffic(c, d.floorRequestsPerSecond());
            peak += traffic(c, d.peakRequestsPerSecond());
        }
        return new LineItem("load-balancer", "1 x " + hourly.offering() + (capacity.isPresent() ? " + " + capacity.get().offering() : ""),
                rows, floor, peak, floor, peak);
    }

    /** The month's charge for traffic at a request rate: capacity units per hour, or GiB processed. */
    private double traffic(PriceRow row, double requestsPerSecond) {
        double gibPerHour = requestsPerSecond * RESPONSE_KIB * 3600 / (MIB_PER_GIB * MIB_PER_GIB);
        if (row.unit() == PriceUnit.UNIT_HOUR) {
            return Math.max(1, gibPerHour / row.unitGiBPerHour()) * row.usd() * table.hoursPerMonth();
        }
        return gibPerHour * table.hoursPerMonth() * row.usd();
    }

    private Optional<LineItem> nat(String target, Deployment d) {
        return table.rows(target, PricedService.NAT_GATEWAY).stream().findFirst().map(r -> {
            // One per zone where the target's NAT is zonal and the tier is HA (as the AWS network builds it), else one.
            int gateways = r.perZone() && d.highlyAvailable() ? d.zones() : 1;
            return LineItem.fixed("nat", gateways + " x " + r.offering(), List.of(r.id()), gateways * r.usd() * table.hoursPerMonth());
        });
    }

    private Optional<LineItem> egress(String target, Deployment d) {
        return table.rows(target, PricedService.EGRESS).stream().findFirst().map(r -> {
            double h = table.hoursPerMonth();
            double perRps = RESPONSE_KIB * 3600 * h / (MIB_PER_GIB * MIB_PER_GIB) * r.usd();
            return new LineItem("egress", decimal(RESPONSE_KIB) + " KiB per web request, " + r.offering(), List.of(r.id()),
                    d.floorRequestsPerSecond() * perRps, d.peakRequestsPerSecond() * perRps, d.floorRequestsPerSecond() * perRps,
                    d.peakRequestsPerSecond() * perRps);
        });
    }

    private Optional<LineItem> optionalHourly(String target, PricedService service, String component, int count) {
        return table.rows(target, service).stream().filter(r -> r.unit() == PriceUnit.HOUR).min(Comparator.comparingDouble(PriceRow::usd))
                .map(r -> LineItem.fixed(component, count + " x " + r.offering(), List.of(r.id()), count * r.usd() * table.hoursPerMonth()));
    }

    // ---- lookups ----

    private PriceRow required(String target, PricedService service, PriceUnit unit, boolean spot, String forWhat) {
        return table.row(target, service, unit, spot).orElseThrow(() -> missing(target, service,
                "a" + (spot ? " spot" : "n on-demand") + " '" + unit.jsonName() + "' row for " + forWhat));
    }

    private InvalidInputException missing(String target, PricedService service, String what) {
        return new InvalidInputException(table.source() + ": target '" + target + "' has no '" + service.jsonName() + "' row to price "
                + what + ": add one");
    }
}
